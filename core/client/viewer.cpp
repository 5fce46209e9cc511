#include "viewer.h"

namespace Courtyard::Client {

Viewer::Viewer(QObject *parent)
    : QObject(parent)
{
}

Viewer::Viewer(QString id, Courtyard::Role role, QStringList estateIds, QStringList unitIds, QObject *parent)
    : QObject(parent)
    , m_id(std::move(id))
    , m_role(role)
    , m_estateIds(std::move(estateIds))
    , m_unitIds(std::move(unitIds))
{
}

void Viewer::setId(const QString &id)
{
    if (m_id == id)
        return;
    m_id = id;
    Q_EMIT changed();
}

void Viewer::setName(const QString &name)
{
    if (m_name == name)
        return;
    m_name = name;
    Q_EMIT changed();
}

void Viewer::setRole(Courtyard::Role role)
{
    if (m_role == role)
        return;
    m_role = role;
    Q_EMIT changed();
}

void Viewer::setRoleName(const QString &name)
{
    setRole(Courtyard::roleFromName(name).value_or(Courtyard::Role::Resident));
}

void Viewer::setEstateIds(const QStringList &ids)
{
    if (m_estateIds == ids)
        return;
    m_estateIds = ids;
    Q_EMIT changed();
}

void Viewer::setUnitIds(const QStringList &ids)
{
    if (m_unitIds == ids)
        return;
    m_unitIds = ids;
    Q_EMIT changed();
}

QString Viewer::actingUnitId() const
{
    if (m_unitIds.contains(m_actingUnitId))
        return m_actingUnitId;
    return m_unitIds.size() == 1 ? m_unitIds.constFirst() : QString();
}

void Viewer::setActingUnitId(const QString &id)
{
    if (m_actingUnitId == id)
        return;
    m_actingUnitId = id;
    Q_EMIT changed();
}

void Viewer::set(const QString &id, const QString &name, Courtyard::Role role, const QStringList &estateIds,
                 const QStringList &unitIds)
{
    m_id = id;
    m_name = name;
    m_role = role;
    m_estateIds = estateIds;
    m_unitIds = unitIds;
    Q_EMIT changed();
}

void Viewer::clear()
{
    m_actingUnitId.clear();
    set({}, {}, Courtyard::Role::Resident, {}, {});
}

} // namespace Courtyard::Client
