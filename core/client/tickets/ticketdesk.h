#pragma once

#include "roles.h"
#include "tickets/ticketrules.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <qqmlintegration.h>

#include <functional>

class AttachmentQueue;
class LocalStore;

/**
 * Every change a person makes to a work order (`Workspace.tickets` in QML). Each call saves
 * first — the command and its optimistic effect on the order in one fsynced transaction of
 * the account's store (Outbox) — and the sync engine sends it later, exactly once. The
 * order shows the change at once, marked pending until the server has answered; a refusal
 * comes back with the server's reason and the order returns to the server's state.
 *
 * The desk checks the life cycle and the viewer's rights (TicketRules) on the order as the
 * person sees it, so a screen can never queue what the server would refuse for that reason
 * alone; the server still decides. Times of acts done on site (check-in, fix) and of a
 * report are the device's clock at the moment of the act, sent with the command.
 */
class TicketDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Workspace.tickets")
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    /// Who is acting: the signed-in person.
    struct Viewer
    {
        QString id;
        Courtyard::Role role = Courtyard::Role::Resident;
        QStringList estateIds;
        QStringList unitIds;
    };

    /// @p mediaDir holds processed photos named `<sha256>.jpg` (PhotoTray writes them there).
    TicketDesk(LocalStore &store, AttachmentQueue &attachments, Viewer viewer, QString mediaDir,
               QObject *parent = nullptr);

    [[nodiscard]] const Viewer &viewer() const { return m_viewer; }
    [[nodiscard]] QString mediaDir() const { return m_mediaDir; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    /// The clock used for the times of acts (tests set their own).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    /// A new request; returns the new order's id ("" when refused, see lastError).
    /// form: kind, category, description, unitId | locationLabel (+ latitude, longitude,
    /// accuracyM), photos (sha256 list), visitFrom, visitTo (Date or ms), contactPhone,
    /// onBehalfOf (office only, optional).
    Q_INVOKABLE QString submit(const QVariantMap &form);

    // Each returns the queued command's id, "" when refused (see lastError).
    Q_INVOKABLE QString accept(const QString &ticketId);
    Q_INVOKABLE QString setPriority(const QString &ticketId, const QString &priority);
    Q_INVOKABLE QString assign(const QString &ticketId, const QString &technicianId);
    Q_INVOKABLE QString assignRoundRobin(const QString &ticketId);
    Q_INVOKABLE QString openToPool(const QString &ticketId);
    Q_INVOKABLE QString take(const QString &ticketId);
    /// fix: {latitude, longitude, accuracyM}, or null when the device had no fix.
    Q_INVOKABLE QString checkIn(const QString &ticketId, const QVariant &fix);
    Q_INVOKABLE QString hold(const QString &ticketId, const QString &reason);
    Q_INVOKABLE QString resume(const QString &ticketId);
    /// report: {summary, parts: [{name, quantity}], minutesWorked, signature, photos}.
    Q_INVOKABLE QString resolve(const QString &ticketId, const QVariantMap &report);
    Q_INVOKABLE QString confirm(const QString &ticketId, int overall, int speed, int service,
                                const QString &comment);
    Q_INVOKABLE QString reject(const QString &ticketId, const QString &reason);
    Q_INVOKABLE QString cancel(const QString &ticketId, const QString &reason);
    Q_INVOKABLE QString note(const QString &ticketId, const QString &text, bool internal,
                             const QStringList &photos = {});
    Q_INVOKABLE QString callBack(const QString &ticketId, const QString &note);
    Q_INVOKABLE QString convert(const QString &ticketId, const QString &category);

    /// Units of the viewer's estates whose label contains @p search: [{id, label}], at most max.
    Q_INVOKABLE QVariantList unitChoices(const QString &search, int max) const;
    /// The resident's own units: [{id, label}].
    Q_INVOKABLE QVariantList myUnits() const;
    /// "3栋 1202": the unit's building and number, from the store; the id when unknown.
    Q_INVOKABLE QString unitLabel(const QString &unitId) const;
    /// The image URL of an uploaded or local photo (served by the attachment image provider).
    Q_INVOKABLE static QString photoUrl(const QString &sha256);

    /// The actions the viewer may take on @p ticket now (wire names without "ticket.").
    [[nodiscard]] static QStringList allowedActions(const QJsonObject &ticket, const Viewer &viewer);
    [[nodiscard]] static Courtyard::TicketRelation relation(const QJsonObject &ticket, const Viewer &viewer);

Q_SIGNALS:
    void lastErrorChanged();

private:
    /// Checks, builds the optimistic effect and queues one command; "" with lastError on refusal.
    QString act(Courtyard::TicketAction action, const QString &ticketId, QJsonObject payload,
                const std::function<void(QJsonObject &)> &effect, const QStringList &photos = {});
    QString queue(const QString &type, const QString &ticketId, const QJsonObject &payload,
                  const QJsonObject &optimistic, const QStringList &photos);
    QString fail(const QString &message);
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] QString staffName(const QString &id) const;

    LocalStore &m_store;
    AttachmentQueue &m_attachments;
    Viewer m_viewer;
    QString m_mediaDir;
    QString m_lastError;
    std::function<qint64()> m_clock;
};
