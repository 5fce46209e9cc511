#pragma once

#include "kit/recorddetail.h"

#include <QStringList>
#include <QVariant>
#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * One work order for the detail screens (RecordDetail over the entity "ticket"): its JSON, its
 * SLA clock in words (TicketSla), what the viewer may do now, its timeline — the server's
 * steps in the person's language (a step's `detail` says what the server did itself) merged
 * with the person's own commands still waiting to be sent — and the server's reason when one
 * was refused.
 */
class TicketDetail : public RecordDetail
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString ticketId READ ticketId WRITE setTicketId NOTIFY ticketIdChanged)
    Q_PROPERTY(QVariant ticket READ ticket NOTIFY changed)
    Q_PROPERTY(QStringList actions READ actions NOTIFY changed)
    Q_PROPERTY(bool overdue READ overdue NOTIFY changed)
    Q_PROPERTY(QString responseText READ responseText NOTIFY changed)
    Q_PROPERTY(QString resolveText READ resolveText NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString locationText READ locationText NOTIFY changed)

public:
    explicit TicketDetail(QObject *parent = nullptr);

    [[nodiscard]] QString ticketId() const { return recordId(); }
    void setTicketId(const QString &id);
    [[nodiscard]] QVariant ticket() const;
    [[nodiscard]] QStringList actions() const { return m_actions; }
    [[nodiscard]] bool overdue() const { return m_overdue; }
    [[nodiscard]] QString responseText() const { return m_responseText; }
    [[nodiscard]] QString resolveText() const { return m_resolveText; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString locationText() const { return m_locationText; }

Q_SIGNALS:
    void ticketIdChanged();

protected:
    void readRecord(LocalStore *store, const QJsonObject &record) override;
    [[nodiscard]] QVariantList syncedTimeline(LocalStore &store) const override;
    [[nodiscard]] QVariantMap pendingEntry(const Outbox::Entry &entry) const override;

private:
    QStringList m_actions;
    bool m_overdue = false;
    QString m_responseText;
    QString m_resolveText;
    QString m_locationText;
};

} // namespace Courtyard::Client
