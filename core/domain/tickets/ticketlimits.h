#pragma once

/// The work-order limits every layer agrees on (characters are code points, see text.h).
namespace Courtyard::TicketLimits {

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
inline constexpr int PartQuantityMin = 1;
inline constexpr int PartQuantityMax = 9999;
inline constexpr int MinutesWorkedMax = 100000;
inline constexpr int RatingMin = 1;
inline constexpr int RatingMax = 5;

} // namespace Courtyard::TicketLimits
