#include "ticketscope.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server::Tickets {

Scope orderScope(Role role)
{
    switch (role) {
    case Role::Resident:
        // Their homes' orders, and what they reported about the estate's common parts. Once
        // they leave a unit, its orders (their own too) stay with the office, not on their phone.
        return Scope::inUnits(u"unit_id"_s) || (Scope::isMe(u"created_by"_s) && Scope::isNull(u"unit_id"_s));
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
