#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/// Join codes as every layer reads them (docs/ESTATE-ADMIN.md, "Join codes"): 8 characters from
/// a 32-symbol alphabet without 0/O/1/I, shown as ABCD-EFGH, typed in any case with spaces and
/// hyphens ignored; the QR code holds "courtyard:join:ABCDEFGH".
namespace Courtyard::JoinCodes {

inline constexpr QStringView Alphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
inline constexpr int Length = 8;
inline constexpr QStringView QrPrefix = u"courtyard:join:";
/// How long a new code holds by default, and the range a command may ask for.
inline constexpr int DefaultValidDays = 7;
inline constexpr int MaxValidDays = 30;

/// What was typed, upper-cased, with spaces and hyphens dropped (other characters are kept,
/// so isWellFormed() can refuse them).
[[nodiscard]] QString normalized(QStringView typed);
/// A normalized code of Length symbols of Alphabet.
[[nodiscard]] bool isWellFormed(QStringView code);
/// "ABCD-EFGH" for display, of what is normalized so far ("ABC", "ABCD-E").
[[nodiscard]] QString grouped(QStringView typed);
/// The text of a code's QR code.
[[nodiscard]] QString qrText(QStringView code);
/// The code in a scanned text: a QR code's "courtyard:join:…" or a bare code; empty when it
/// holds none.
[[nodiscard]] QString fromScanned(QStringView scanned);

/// A resident's relation to a unit, as on the wire: owner, tenant, family.
[[nodiscard]] QStringList relations();
/// The relations an owner may invite (tenant, family).
[[nodiscard]] QStringList invitableRelations();

} // namespace Courtyard::JoinCodes
