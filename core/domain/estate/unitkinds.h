#pragma once

#include <QStringList>

namespace Courtyard::UnitKinds {

/// What a unit is for (wire values, docs/ESTATE-ADMIN.md): residential, shop, office,
/// storage. The estate module checks a unit against them; fee items apply by them.
[[nodiscard]] QStringList purposes();
/// Where a unit stands: occupied, vacant, notHandedOver.
[[nodiscard]] QStringList statuses();

} // namespace Courtyard::UnitKinds
