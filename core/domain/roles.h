#pragma once

#include <QString>

#include <optional>

namespace Courtyard {

/// The four kinds of people who use Courtyard (PRODUCT.md, "Roles").
enum class Role { Resident, Agent, Technician, Manager };

[[nodiscard]] QString roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(QStringView name);

/// Agents and managers see everything in their estates and run the office side.
[[nodiscard]] constexpr bool isOffice(Role role)
{
    return role == Role::Agent || role == Role::Manager;
}
[[nodiscard]] constexpr bool isStaff(Role role)
{
    return role != Role::Resident;
}

} // namespace Courtyard
