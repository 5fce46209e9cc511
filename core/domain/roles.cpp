#include "roles.h"

using namespace Qt::StringLiterals;

namespace Courtyard {

QString roleName(Role role)
{
    switch (role) {
    case Role::Resident:
        return u"resident"_s;
    case Role::Agent:
        return u"agent"_s;
    case Role::Technician:
        return u"technician"_s;
    case Role::Manager:
        return u"manager"_s;
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role r : {Role::Resident, Role::Agent, Role::Technician, Role::Manager}) {
        if (name == roleName(r))
            return r;
    }
    return std::nullopt;
}

} // namespace Courtyard
