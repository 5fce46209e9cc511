#include "estate/unitkinds.h"

using namespace Qt::StringLiterals;

namespace Courtyard::UnitKinds {

QStringList purposes()
{
    return {u"residential"_s, u"shop"_s, u"office"_s, u"storage"_s};
}

QStringList statuses()
{
    return {u"occupied"_s, u"vacant"_s, u"notHandedOver"_s};
}

} // namespace Courtyard::UnitKinds
