#pragma once

#include "kit/commanddesk.h"
#include "tickets/ticketrules.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <qqmlintegration.h>

#include <functional>

namespace Courtyard::Client {

class EstateDirectory;

/**
 * Every change a person makes to a work order (`Tickets.desk` in QML, while an account is
 * open). Each call saves first — the command and its optimistic effect in one transaction of
 * the account's store (CommandDesk) — and the sync engine sends it later, exactly once.
 *
 * The desk checks the form (validateRequest: one check, per field, the one the form shows as
 * the person types), the life cycle and the viewer's rights (TicketRules) on the order as the
 * person sees it, so a screen can never queue what the server would refuse for that reason
 * alone; the server still decides. Times of acts done on site (check-in, fix) and of a report
 * are the device's clock at the moment of the act, sent with the command.
 */
class TicketDesk : public CommandDesk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Tickets.desk")

public:
    /// @p directory names units and staff (the estate module's); it must outlive the desk.
    TicketDesk(LocalStore &store, AttachmentQueue &attachments, const Viewer &viewer, QString mediaDir,
               const EstateDirectory &directory, QObject *parent = nullptr);

    /// The per-field problems of a request form (empty when it may be sent): kind, category,
    /// description, place, visit, photos, phone. form: kind, category, description,
    /// placeKind ("unit" | "common", optional), unitId | locationLabel, photos (sha256 list),
    /// photosBusy, visitFrom, visitTo (Date or ms), contactPhone. Lengths are characters
    /// (Text::length), the phone a contact phone (Formats::isContactPhone).
    [[nodiscard]] static QVariantMap checkRequest(const QVariantMap &form, qint64 now);
    Q_INVOKABLE QVariantMap validateRequest(const QVariantMap &form) const { return checkRequest(form, now()); }

    /// A new request; returns the new order's id ("" when refused, see lastError).
    /// form: as checkRequest, plus latitude, longitude, accuracyM for a common area and
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
    /// Back to the status the order was held from (`heldFrom`, as the server records it).
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

    /// The actions @p viewer may take on @p ticket now (wire names without "ticket.").
    [[nodiscard]] static QStringList allowedActions(const QJsonObject &ticket, const Viewer &viewer);
    [[nodiscard]] static Courtyard::TicketRelation relation(const QJsonObject &ticket, const Viewer &viewer);

private:
    /// Checks, builds the optimistic effect and queues one command; "" with lastError on refusal.
    QString act(Courtyard::TicketAction action, const QString &ticketId, QJsonObject payload,
                const std::function<bool(QJsonObject &)> &effect, const QStringList &photos = {});
    /// A person's text: "" when fine, else why not (empty, too long, or not sendable).
    [[nodiscard]] static QString textProblem(const QString &text, int max, bool required);

    const EstateDirectory &m_directory;
};

} // namespace Courtyard::Client
