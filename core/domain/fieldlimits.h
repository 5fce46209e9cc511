#pragma once

#include <QtGlobal>

/// Limits every layer agrees on, for what every feature shares: the server refuses anything
/// past them, the apps stop the person before they get there. Text lengths count characters
/// (Unicode code points, see text.h), as the contract does. A feature keeps its own limits
/// beside its rules (e.g. tickets/ticketlimits.h).
namespace Courtyard::Limits {

inline constexpr int NameMax = 64;
inline constexpr int PhoneMin = 5;
inline constexpr int PhoneMax = 20;
inline constexpr int PasswordMin = 8;
inline constexpr int PasswordMax = 128;
inline constexpr qint64 JsonBodyMax = 64 * 1024;
inline constexpr qint64 AttachmentMax = 8 * 1024 * 1024;
inline constexpr int SyncPageDefault = 500;
inline constexpr int SyncPageMax = 1000;
/// A command's type ("ticket.checkIn"): at most this many characters.
inline constexpr int CommandTypeMax = 64;
/// A device clock may run ahead or behind a little; further than this is refused.
inline constexpr qint64 ClockSkewMs = 10 * 60 * 1000;

} // namespace Courtyard::Limits
