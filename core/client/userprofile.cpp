#include "userprofile.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

std::optional<UserProfile::Role> UserProfile::roleFromName(const QString &name)
{
    return Courtyard::roleFromName(name);
}

std::optional<UserProfile> UserProfile::fromJson(const QJsonObject &json)
{
    UserProfile profile;
    profile.id = json.value(u"id"_s).toString();
    profile.name = json.value(u"name"_s).toString();
    const std::optional<Role> role = roleFromName(json.value(u"role"_s).toString());
    profile.phoneMasked = json.value(u"phoneMasked"_s).toString();
    if (profile.id.isEmpty() || profile.name.isEmpty() || !role)
        return std::nullopt;
    profile.role = *role;

    const QJsonArray estates = json.value(u"estates"_s).toArray();
    for (const QJsonValue &value : estates) {
        const QJsonObject estate = value.toObject();
        profile.estates.append({estate.value(u"id"_s).toString(), estate.value(u"name"_s).toString()});
    }
    const QJsonArray units = json.value(u"units"_s).toArray();
    for (const QJsonValue &value : units) {
        const QJsonObject unit = value.toObject();
        profile.units.append({unit.value(u"id"_s).toString(), unit.value(u"estateId"_s).toString(),
                              unit.value(u"buildingId"_s).toString(),
                              unit.value(u"number"_s).toString()});
    }
    return profile;
}

} // namespace Courtyard::Client
