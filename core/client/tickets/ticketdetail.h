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
    // What the screens show of it, decided here rather than in QML.
    Q_PROPERTY(QString title READ title NOTIFY changed)
    /// Closed or cancelled: nothing more will happen to it.
    Q_PROPERTY(bool finished READ finished NOTIFY changed)
    Q_PROPERTY(bool urgent READ urgent NOTIFY changed)
    Q_PROPERTY(QString priorityText READ priorityText NOTIFY changed)
    Q_PROPERTY(QString statusColor READ statusColor NOTIFY changed)
    Q_PROPERTY(QString badgeIcon READ badgeIcon NOTIFY changed)
    Q_PROPERTY(QString badgeColor READ badgeColor NOTIFY changed)
    /// "On hold: <reason>" while on hold with a reason; empty otherwise.
    Q_PROPERTY(QString holdText READ holdText NOTIFY changed)
    Q_PROPERTY(QString reportedText READ reportedText NOTIFY changed)
    Q_PROPERTY(QString visitText READ visitText NOTIFY changed)
    Q_PROPERTY(QString checkInText READ checkInText NOTIFY changed)
    Q_PROPERTY(bool checkInHasFix READ checkInHasFix NOTIFY changed)
    Q_PROPERTY(bool convertedFromComplaint READ convertedFromComplaint NOTIFY changed)
    /// Whether the response clock is the late one (else the fix clock is, when overdue).
    Q_PROPERTY(bool responseLate READ responseLate NOTIFY changed)
    /// The staff app's buttons for the viewer (TicketPolicy::actionPolicy).
    Q_PROPERTY(QVariantMap actionPolicy READ actionPolicy NOTIFY changed)

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
    [[nodiscard]] QString title() const;
    [[nodiscard]] bool finished() const;
    [[nodiscard]] bool urgent() const;
    [[nodiscard]] QString priorityText() const;
    [[nodiscard]] QString statusColor() const;
    [[nodiscard]] QString badgeIcon() const;
    [[nodiscard]] QString badgeColor() const;
    [[nodiscard]] QString holdText() const;
    [[nodiscard]] QString reportedText() const;
    [[nodiscard]] QString visitText() const;
    [[nodiscard]] QString checkInText() const;
    [[nodiscard]] bool checkInHasFix() const;
    [[nodiscard]] bool convertedFromComplaint() const;
    [[nodiscard]] bool responseLate() const;
    [[nodiscard]] QVariantMap actionPolicy() const { return m_policy; }

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
    QVariantMap m_policy;
};

} // namespace Courtyard::Client
