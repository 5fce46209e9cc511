#pragma once

#include "module.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Courtyard::Server {

class Database;
class PayloadReader;

/// The events module's schema (docs/EVENTS.md "Server tables").
namespace EventsSchema {
[[nodiscard]] QList<Migration> migrations();
}

/// What of events syncs and who sees it (docs/EVENTS.md "Synced entities").
namespace EventsEntities {
void registerWith(Registry &registry);
}

/// One event as the decisions read it.
struct EventRow
{
    QString id;
    QString estateId;
    QString status; ///< draft, published, cancelled
    QString title;
    QString place;
    int capacity = 0;
    int maxParty = 0;
    bool wholeEstate = true;
    QString waitlistMode; ///< automatic, offer
    int offerHours = 12;
    bool walkIns = false;
    bool skipAhead = false;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    qint64 opensAt = 0;
    qint64 closesAt = 0;
};

/// One sign-up as the decisions read it.
struct SignupRow
{
    QString id;
    QString eventId;
    QString estateId;
    QString userId;
    int partySize = 0;
    qint64 seq = 0;
    QString state;
    qint64 offerExpiresAt = 0; ///< 0 when not offered
};

/// The reads and writes every decision shares (eventstore.cpp). All run inside the caller's
/// revisioned transaction; the bool ones return false when a statement failed.
namespace EventStore {
/// The event, locked for the rest of the transaction on PostgreSQL when @p lock (SQLite's
/// writer already holds the only write lock); nothing when there is none.
[[nodiscard]] std::optional<EventRow> event(Database &db, const QString &id, bool lock);
[[nodiscard]] std::optional<SignupRow> signup(Database &db, const QString &id);
/// People of the event's confirmed and offered sign-ups.
[[nodiscard]] int heldPeople(Database &db, const QString &eventId);
[[nodiscard]] bool someoneWaits(Database &db, const QString &eventId);
/// A new revision for the event row (its counts changed).
bool touchEvent(Database &db, const QString &eventId);
/// Sets a sign-up's state (and offer expiry, 0 for none) with a new revision.
bool setState(Database &db, const QString &signupId, const QString &state, qint64 offerExpiresAt, qint64 now);
/// New revisions for the waitlisted sign-ups behind @p seq: their positions moved up.
bool bumpQueueBehind(Database &db, const QString &eventId, qint64 seq);
/// A feed item for one resident.
bool notice(Database &db, const EventRow &event, const QString &userId, const QString &kind, const QStringList &changes,
            qint64 now);
/// Admits waiting parties into the places left (Events::admit): confirmed or offered by the
/// event's mode, each told; the queue's positions and the event's counts renewed.
bool promote(Database &db, const EventRow &event, qint64 now, int *admitted = nullptr);
/// People checked in and people let in at the door.
[[nodiscard]] int checkedInPeople(Database &db, const QString &eventId);
[[nodiscard]] int walkInPeople(Database &db, const QString &eventId);
/// The turnout figures (docs/EVENTS.md): signedUp/checkedIn/noShow/walkIn parties and people.
[[nodiscard]] QJsonObject turnout(Database &db, const QString &eventId);
} // namespace EventStore

/// The estates' Ed25519 ticket keys (eventkeys.cpp). The private key never leaves the server.
namespace EventKeys {
/// Makes the estate's key pair when it has none (inside a revisioned transaction).
bool ensure(Database &db, const QString &estateId, qint64 now);
/// The 32 raw bytes, or empty when the estate has no key yet.
[[nodiscard]] QByteArray publicKey(Database &db, const QString &estateId);
/// The ticket of a sign-up, signed with the estate's private key; empty without a key.
[[nodiscard]] QString ticketFor(Database &db, const QString &estateId, const QString &signupId, const QString &eventId,
                                int partySize);
} // namespace EventKeys

/// What every events command does alike: refusals, who may act, the audit.
namespace EventsCommand {
[[nodiscard]] CommandOutcome invalid(const PayloadReader &r);
[[nodiscard]] CommandOutcome refuse(int status, const QString &code, const QString &message);
[[nodiscard]] CommandOutcome notFound(const QString &what);
[[nodiscard]] CommandOutcome forbidden();
bool audit(CommandContext &ctx, const QString &estateId, const QString &action, const QString &kind, const QString &id,
           const QString &summary);
} // namespace EventsCommand

/// event.save, event.publish, event.cancel.
void registerEventCommands(Registry &registry);
/// signup.create, signup.cancel, offer.accept, offer.decline and the offer expiry job.
void registerSignups(Registry &registry);
/// checkin.record, checkin.undo, walkin.record.
void registerCheckins(Registry &registry);
/// GET /v1/events/{id}/turnout and /attendees.
void registerEventRoutes(Registry &registry);

/// Offers whose time passed become expired and pass on, one event per transaction.
void expireOffers(JobContext &ctx);

/// The demo estate's events: a past one with check-ins, an upcoming full one with a waitlist,
/// one in offer mode with a live offer.
namespace EventsSeed {
bool demo(SeedContext &ctx, QString *error);
}

} // namespace Courtyard::Server
