#pragma once

#include <QtGlobal>

/// Limits every layer agrees on: the server refuses anything past them, the apps stop
/// the person before they get there.
namespace Courtyard::Limits {

inline constexpr int DescriptionMax = 2000;
inline constexpr int NoteMax = 2000;
inline constexpr int ReasonMax = 500;
inline constexpr int CommentMax = 1000;
inline constexpr int LocationLabelMax = 100;
inline constexpr int PhotosPerTicket = 6;
/// Photos on one timeline entry (a note, a resolve report).
inline constexpr int PhotosPerEvent = 6;
/// Parts on one resolve report: each a name and a whole quantity.
inline constexpr int PartsMax = 20;
inline constexpr int PartNameMax = 64;
inline constexpr int PartQuantityMax = 9999;
inline constexpr int MinutesWorkedMax = 100000;
inline constexpr int NameMax = 64;
inline constexpr int PhoneMin = 5;
inline constexpr int PhoneMax = 20;
inline constexpr int PasswordMin = 8;
inline constexpr int PasswordMax = 128;
inline constexpr qint64 JsonBodyMax = 64 * 1024;
inline constexpr qint64 AttachmentMax = 8 * 1024 * 1024;
inline constexpr int SyncPageDefault = 500;
inline constexpr int SyncPageMax = 1000;
/// A device clock may run ahead a little; further ahead than this is refused.
inline constexpr qint64 ClockSkewMs = 10 * 60 * 1000;

} // namespace Courtyard::Limits
