#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Courtyard::Client {

/**
 * The wire values of the estate's administration (docs/ESTATE-ADMIN.md) and the words screens
 * show for them, translated when asked. The server checks the same sets (server/estate);
 * they are listed here once for the phone so no QML file names a value of its own.
 */
namespace EstateWords {

[[nodiscard]] QStringList dispatchModes();   ///< assign, pool, roundRobin
[[nodiscard]] QStringList priorities();      ///< low, normal, high, urgent
[[nodiscard]] QStringList purposes();        ///< residential, shop, office, storage
[[nodiscard]] QStringList unitStatuses();    ///< occupied, vacant, notHandedOver
[[nodiscard]] QStringList relations();       ///< owner, tenant, family
[[nodiscard]] QStringList staffRoles();      ///< agent, technician, manager

[[nodiscard]] QString dispatchModeTitle(const QString &mode);
/// One sentence on what the mode does with a new request.
[[nodiscard]] QString dispatchModeText(const QString &mode);
[[nodiscard]] QString priorityTitle(const QString &priority);
[[nodiscard]] QString purposeTitle(const QString &purpose);
[[nodiscard]] QString unitStatusTitle(const QString &status);
[[nodiscard]] QString relationTitle(const QString &relation);
[[nodiscard]] QString roleTitle(const QString &role);
[[nodiscard]] QString joinCodeStateTitle(const QString &state);

/// [{id, title}] (and `text` for dispatch modes) for a picker.
[[nodiscard]] QVariantList choices(const QString &kind);

/// "ABCD-EFGH" for "ABCDEFGH" (the code as people read it).
[[nodiscard]] QString displayCode(const QString &code);

} // namespace EstateWords

} // namespace Courtyard::Client
