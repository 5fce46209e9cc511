#pragma once

#include "clientmodule.h"
#include "tickets/ticketdesk.h"
#include "tickets/ticketlimits.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <qqmlintegration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace Courtyard::Client {

/**
 * The tickets module in QML (singleton "Tickets" of Courtyard.Tickets): the desk every change
 * goes through while an account is open (null otherwise), and the form check a screen shows
 * as the person types (the desk's own, so the form and submit() never disagree).
 */
class Tickets : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Courtyard::Client::TicketDesk *desk READ desk NOTIFY deskChanged)

public:
    /// Made by the module (no default constructor: QML would prefer it to create()).
    struct Made {};
    explicit Tickets(Made, QObject *parent = nullptr);
    ~Tickets() override;
    static Tickets *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] TicketDesk *desk() const { return m_desk; }
    void setDesk(TicketDesk *desk);

    /// The image URL of a photo (CommandDesk::photoUrl), signed in or not.
    Q_INVOKABLE static QString photoUrl(const QString &sha256);
    /// TicketDesk::checkRequest at the device's time: {field: message} for the fields that fail.
    Q_INVOKABLE QVariantMap validateRequest(const QVariantMap &form) const;
    /// TicketPolicy::checkReport: {summary, minutes, parts: [per row], valid}.
    Q_INVOKABLE QVariantMap validateReport(const QVariantMap &report) const;
    Q_INVOKABLE QString validatePart(const QString &name, const QString &quantity) const;
    /// The queues of a role's order lists, in tab order: [{id, title, icon, emptyTitle, emptyText}].
    Q_INVOKABLE QVariantList queues(const QString &roleName) const;
    Q_INVOKABLE QVariantMap queue(const QString &id) const;
    /// TicketPolicy::actionPolicy for a role ("agent", "technician", ...).
    Q_INVOKABLE QVariantMap actionPolicy(const QStringList &actions, const QString &roleName) const;

Q_SIGNALS:
    void deskChanged();

private:
    QPointer<TicketDesk> m_desk;
};

/// tickets/ticketlimits.h in QML (singleton "TicketLimits" of Courtyard.Tickets): the numbers
/// the server checks, so no form writes one of its own.
class TicketLimitsObject : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(TicketLimits)
    QML_SINGLETON
    Q_PROPERTY(int descriptionMax MEMBER m_descriptionMax CONSTANT)
    Q_PROPERTY(int noteMax MEMBER m_noteMax CONSTANT)
    Q_PROPERTY(int reasonMax MEMBER m_reasonMax CONSTANT)
    Q_PROPERTY(int commentMax MEMBER m_commentMax CONSTANT)
    Q_PROPERTY(int locationLabelMax MEMBER m_locationLabelMax CONSTANT)
    Q_PROPERTY(int photosPerTicket MEMBER m_photosPerTicket CONSTANT)
    Q_PROPERTY(int photosPerEvent MEMBER m_photosPerEvent CONSTANT)
    Q_PROPERTY(int partsMax MEMBER m_partsMax CONSTANT)
    Q_PROPERTY(int partNameMax MEMBER m_partNameMax CONSTANT)
    Q_PROPERTY(int partQuantityMin MEMBER m_partQuantityMin CONSTANT)
    Q_PROPERTY(int partQuantityMax MEMBER m_partQuantityMax CONSTANT)
    Q_PROPERTY(int minutesWorkedMax MEMBER m_minutesWorkedMax CONSTANT)

public:
    explicit TicketLimitsObject(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

private:
    int m_descriptionMax = Courtyard::TicketLimits::DescriptionMax;
    int m_noteMax = Courtyard::TicketLimits::NoteMax;
    int m_reasonMax = Courtyard::TicketLimits::ReasonMax;
    int m_commentMax = Courtyard::TicketLimits::CommentMax;
    int m_locationLabelMax = Courtyard::TicketLimits::LocationLabelMax;
    int m_photosPerTicket = Courtyard::TicketLimits::PhotosPerTicket;
    int m_photosPerEvent = Courtyard::TicketLimits::PhotosPerEvent;
    int m_partsMax = Courtyard::TicketLimits::PartsMax;
    int m_partNameMax = Courtyard::TicketLimits::PartNameMax;
    int m_partQuantityMin = Courtyard::TicketLimits::PartQuantityMin;
    int m_partQuantityMax = Courtyard::TicketLimits::PartQuantityMax;
    int m_minutesWorkedMax = Courtyard::TicketLimits::MinutesWorkedMax;
};

/**
 * Repair requests and work orders on the phone: the tickets and ticket_events tables (the repair
 * loop's store, version 1) with the columns list screens filter and sort on, the cascade of a
 * ticket's tombstone to its timeline, and the desk, made when an account opens.
 */
class TicketsModule : public ClientModule
{
public:
    TicketsModule();
    ~TicketsModule() override;
    [[nodiscard]] QString name() const override { return QStringLiteral("tickets"); }
    [[nodiscard]] QStringList dependencies() const override { return {QStringLiteral("estate")}; }
    void registerCatalog(EntityCatalog &catalog) override;
    void registerShell(ShellRegistry &shell) override;
    void openSession(const SessionContext &context) override;
    void closeSession() override;

    [[nodiscard]] TicketDesk *desk() const { return m_desk.get(); }

private:
    std::unique_ptr<Tickets> m_facade;
    std::unique_ptr<TicketDesk> m_desk;
};

std::unique_ptr<ClientModule> makeTicketsModule();

} // namespace Courtyard::Client
