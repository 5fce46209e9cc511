#include "ticketscope.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server::Tickets {

Scope orderScope(Role role)
{
    switch (role) {
    case Role::Resident:
        return Scope::inUnits(u"unit_id"_s) || Scope::isMe(u"created_by"_s);
    case Role::Technician:
        return Scope::inEstates(u"estate_id"_s)
               && (Scope::isMe(u"assignee_id"_s) || (Scope::isTrue(u"pooled"_s) && Scope::isNull(u"assignee_id"_s)));
    case Role::Agent:
    case Role::Manager:
        return Scope::inEstates(u"estate_id"_s);
    }
    return Scope::none();
}

Scope eventScope(Role role)
{
    if (role == Role::Resident)
        return orderScope(role) && Scope::isFalse(u"internal"_s);
    return orderScope(role);
}

} // namespace Courtyard::Server::Tickets
