#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Courtyard::Events {

/// Field limits of an event and a sign-up (docs/EVENTS.md "Commands").
namespace Limits {
inline constexpr int TitleMax = 60;
inline constexpr int DescriptionMax = 2000;
inline constexpr int PlaceMax = 100;
inline constexpr int CapacityMax = 10000;
inline constexpr int PartyMax = 20;
inline constexpr int DefaultPartyMax = 4;
inline constexpr int OfferHoursMin = 1;
inline constexpr int OfferHoursMax = 168;
inline constexpr int DefaultOfferHours = 12;
inline constexpr int ReasonMax = 200;
inline constexpr int WalkInNoteMax = 200;
} // namespace Limits

/// regular (festivals, shows), themed (talks, campaigns), custom (for a group).
[[nodiscard]] const QStringList &kinds();
/// automatic (the next in line is confirmed) or offer (the next in line gets a timed offer).
[[nodiscard]] const QStringList &waitlistModes();
/// draft, published, cancelled.
[[nodiscard]] const QStringList &eventStatuses();
/// confirmed, waitlisted, offered, cancelled, declined, expired.
[[nodiscard]] const QStringList &signupStates();

/// Whether a sign-up in @p state holds places (confirmed, offered).
[[nodiscard]] bool holdsPlaces(const QString &state);
/// Whether a sign-up in @p state is still in play (holds places or waits).
[[nodiscard]] bool isActive(const QString &state);

/// A waiting party, in arrival order.
struct Waiting
{
    QString signupId;
    int partySize = 0;
};

/// Whether a new sign-up of @p partySize is confirmed at once: it fits the places left and
/// nobody waits before it (unless the event lets smaller parties skip ahead).
[[nodiscard]] bool confirmsAtOnce(int capacity, int heldPeople, int partySize, bool someoneWaits, bool skipAhead);

/// The waiting parties (in arrival order) that the places left admit: strictly in order,
/// stopping at the first that does not fit — or, with @p skipAhead, every later one that
/// still fits (first fit). Returns their ids in order.
[[nodiscard]] QStringList admit(int capacity, int heldPeople, const QList<Waiting> &queue, bool skipAhead);

} // namespace Courtyard::Events
