#pragma once

#include "ticketdesk.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariant>
#include <qqmlintegration.h>

#include "localstore.h"

/**
 * One work order for the detail screen, read from the account's store and re-read whenever
 * the store reports a change to orders, their timelines or the outbox. The timeline merges
 * the synced events with the person's own commands not answered yet (marked pending), so
 * what was done offline shows at once, in order.
 *
 * The viewer (for `actions`) is the signed-in person unless viewerId/viewerRole are set.
 */
class TicketDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QObject *store READ storeObject WRITE setStoreObject NOTIFY storeChanged)
    Q_PROPERTY(QString ticketId READ ticketId WRITE setTicketId NOTIFY ticketIdChanged)
    Q_PROPERTY(QString viewerId READ viewerId WRITE setViewerId NOTIFY viewerChanged)
    /// "resident", "agent", "technician" or "manager"; empty = the signed-in person.
    Q_PROPERTY(QString viewerRole READ viewerRole WRITE setViewerRole NOTIFY viewerChanged)
    Q_PROPERTY(QStringList viewerUnitIds READ viewerUnitIds WRITE setViewerUnitIds NOTIFY viewerChanged)

    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QVariant ticket READ ticket NOTIFY changed)
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(QVariant rejection READ rejection NOTIFY changed)
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY changed)
    Q_PROPERTY(QStringList actions READ actions NOTIFY changed)
    Q_PROPERTY(bool overdue READ overdue NOTIFY changed)
    Q_PROPERTY(QString responseText READ responseText NOTIFY changed)
    Q_PROPERTY(QString resolveText READ resolveText NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString locationText READ locationText NOTIFY changed)

public:
    explicit TicketDetail(QObject *parent = nullptr);

    [[nodiscard]] QObject *storeObject() const { return m_store; }
    void setStoreObject(QObject *store);
    void setStore(LocalStore *store);
    [[nodiscard]] QString ticketId() const { return m_ticketId; }
    void setTicketId(const QString &id);
    [[nodiscard]] QString viewerId() const { return m_viewerId; }
    void setViewerId(const QString &id);
    [[nodiscard]] QString viewerRole() const { return m_viewerRole; }
    void setViewerRole(const QString &role);
    [[nodiscard]] QStringList viewerUnitIds() const { return m_viewerUnitIds; }
    void setViewerUnitIds(const QStringList &ids);

    [[nodiscard]] bool exists() const { return !m_ticket.isEmpty(); }
    [[nodiscard]] QVariant ticket() const;
    [[nodiscard]] int pending() const { return m_pending; }
    [[nodiscard]] QVariant rejection() const { return m_rejection; }
    [[nodiscard]] QVariantList timeline() const { return m_timeline; }
    [[nodiscard]] QStringList actions() const { return m_actions; }
    [[nodiscard]] bool overdue() const { return m_overdue; }
    [[nodiscard]] QString responseText() const { return m_responseText; }
    [[nodiscard]] QString resolveText() const { return m_resolveText; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString locationText() const { return m_locationText; }

    /// Re-reads the order now.
    Q_INVOKABLE void reload();
    /// The person has read the refusal: it leaves the order's banner (the command stays stored).
    Q_INVOKABLE bool dismissRejection();

    /// The clock SLA texts are measured against (tests set their own).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void storeChanged();
    void ticketIdChanged();
    void viewerChanged();
    void changed();

private:
    [[nodiscard]] TicketDesk::Viewer viewer() const;

    QPointer<LocalStore> m_store;
    QString m_ticketId;
    QString m_viewerId;
    QString m_viewerRole;
    QStringList m_viewerUnitIds;
    QJsonObject m_ticket;
    int m_pending = 0;
    QVariant m_rejection;
    QVariantList m_timeline;
    QStringList m_actions;
    bool m_overdue = false;
    QString m_responseText;
    QString m_resolveText;
    QString m_locationText;
    QTimer m_reloadTimer;
    QTimer m_clockTimer; ///< SLA texts move with time
    std::function<qint64()> m_clock;
};
