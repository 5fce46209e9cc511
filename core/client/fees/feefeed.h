#pragma once

#include "viewer.h" // before the registry: its inline members need the whole Viewer
#include "kit/shellregistry.h"

namespace Courtyard::Client {

/**
 * The resident's home feed items of the fees module: each open bill that is overdue or due
 * within DueSoonDays ("¥210.02 due by 31 Dec 2026"), and each in-app reminder of the last
 * ReminderDays, shown as new only from Fees::shownFrom (quiet hours 21:00–08:00 in the
 * estate's zone: a reminder given at 22:00 appears at 08:00).
 */
namespace FeeFeed {

inline constexpr int DueSoonDays = 7;
inline constexpr int ReminderDays = 30;

[[nodiscard]] QList<ShellRegistry::FeedItem> items(LocalStore &store, const Viewer &viewer, qint64 nowMs);

} // namespace FeeFeed

} // namespace Courtyard::Client
