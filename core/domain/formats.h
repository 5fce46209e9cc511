#pragma once

#include <QStringView>

/// The shapes of values every layer checks the same way: the server refuses what fails them,
/// the apps stop the person before sending it.
namespace Courtyard::Formats {

/// 64 lowercase hex digits: how photos are named everywhere (SHA-256 of their bytes).
[[nodiscard]] bool isSha256(QStringView hex);
/// A contact phone as people write it: digits, a leading '+', '-' and spaces, within
/// Limits::PhoneMin..PhoneMax characters.
[[nodiscard]] bool isContactPhone(QStringView phone);

} // namespace Courtyard::Formats
