#pragma once

#include "roles.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Courtyard::Client {

/// The signed-in person as the server describes them (GET /v1/me, and "user" in Tokens).
struct UserProfile
{
    using Role = Courtyard::Role;

    struct Estate
    {
        QString id;
        QString name;
    };
    struct Unit
    {
        QString id;
        QString estateId;
        QString buildingId;
        QString number;
    };

    QString id;
    QString name;
    Role role = Role::Resident;
    QString phoneMasked;
    QList<Estate> estates;
    QList<Unit> units;

    /// Parses a Me object; nullopt when id, name or a known role is missing.
    [[nodiscard]] static std::optional<UserProfile> fromJson(const QJsonObject &json);
    /// "resident", "agent", "technician", "manager" as on the wire.
    [[nodiscard]] static std::optional<Role> roleFromName(const QString &name);
    [[nodiscard]] bool isStaff() const { return Courtyard::isStaff(role); }
    /// Agents and managers: the office side (dispatch, fees, notices).
    [[nodiscard]] bool isOffice() const { return Courtyard::isOffice(role); }
};

} // namespace Courtyard::Client
