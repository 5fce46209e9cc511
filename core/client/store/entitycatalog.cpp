#include "store/entitycatalog.h"

#include "store/entityrepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

// The JSON is bound as UTF-8 bytes and cast to TEXT: stored exactly as before, without the
// round trip through UTF-16 that binding a QString costs (the text is most of each row).
// IfCurrent: a pulled change only replaces a row that is not newer and has no pending commands.
QString upsertSql(const QString &table, const QList<EntityColumn> &columns, bool generic, bool ifCurrent)
{
    QStringList names{u"id"_s, u"rev"_s, u"data"_s};
    if (generic)
        names.prepend(u"entity"_s);
    for (const EntityColumn &column : columns)
        names.append(column.name);
    QStringList updates;
    for (const QString &name : names.mid(generic ? 2 : 1))
        updates.append(u"%1 = excluded.%1"_s.arg(name));
    QStringList values(names.size(), u"?"_s);
    values[names.indexOf(u"data"_s)] = u"CAST(? AS TEXT)"_s;
    return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(%4) DO UPDATE SET %5%6"_s.arg(
        table, names.join(u", "_s), values.join(u", "_s), generic ? u"entity, id"_s : u"id"_s,
        updates.join(u", "_s), ifCurrent ? u" WHERE rev <= excluded.rev AND local_pending = 0"_s : QString());
}

EntityCatalog::Table makeTable(EntitySpec spec, bool generic)
{
    EntityCatalog::Table t;
    t.generic = generic;
    t.upsertAlways = upsertSql(spec.table, spec.columns, generic, false);
    t.upsertIfCurrent = upsertSql(spec.table, spec.columns, generic, true);
    t.keyClause = generic ? u"entity = ? AND id = ?"_s : u"id = ?"_s;
    t.spec = std::move(spec);
    return t;
}

QVariant nullOf(QMetaType type)
{
    return QVariant(type);
}

} // namespace

EntityColumn EntityColumn::text(const QString &name, const QString &field)
{
    return {name, [field](const QJsonObject &data) {
                const QJsonValue v = data.value(field);
                return v.isString() ? QVariant(v.toString()) : nullOf(QMetaType::fromType<QString>());
            }};
}

EntityColumn EntityColumn::time(const QString &name, const QString &field)
{
    return {name, [field](const QJsonObject &data) {
                const QJsonValue v = data.value(field);
                const std::optional<qint64> ms = v.isString() ? EntityRepository::parseTime(v.toString()) : std::nullopt;
                return ms ? QVariant(*ms) : nullOf(QMetaType::fromType<qint64>());
            }};
}

EntityColumn EntityColumn::flag(const QString &name, const QString &field)
{
    return {name, [field](const QJsonObject &data) {
                const QJsonValue v = data.value(field);
                return v.isBool() ? QVariant(v.toBool() ? 1 : 0) : nullOf(QMetaType::fromType<int>());
            }};
}

EntityColumn EntityColumn::computed(const QString &name, std::function<QVariant(const QJsonObject &)> value)
{
    return {name, std::move(value)};
}

EntityCatalog::EntityCatalog()
    : m_generic(makeTable(EntitySpec{{}, u"records"_s, {}}, true))
{
}

QString ModuleSchema::entityTable(const QString &table, const QString &moduleColumns)
{
    return u"CREATE TABLE IF NOT EXISTS %1 (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, data TEXT NOT NULL, "
           "local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, server_data TEXT%2)"_s
        .arg(table, moduleColumns.isEmpty() ? QString() : u", "_s + moduleColumns);
}

bool EntityCatalog::isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z][A-Za-z0-9_]{0,63}$"_s);
    return pattern.match(name).hasMatch();
}

void EntityCatalog::addSchema(ModuleSchema schema)
{
    m_schemas.append(std::move(schema));
}

void EntityCatalog::addEntity(EntitySpec spec)
{
    Q_ASSERT(isValidName(spec.entity) && isValidName(spec.table) && !m_tables.contains(spec.entity));
    const QString entity = spec.entity;
    m_order.append(entity);
    m_tables.insert(entity, makeTable(std::move(spec), false));
}

void EntityCatalog::addCascade(EntityCascade cascade)
{
    m_cascades.append(std::move(cascade));
}

const EntityCatalog::Table &EntityCatalog::table(const QString &entity) const
{
    const auto it = m_tables.constFind(entity);
    return it == m_tables.constEnd() ? m_generic : *it;
}

QList<EntityCascade> EntityCatalog::cascadesOf(const QString &parent) const
{
    QList<EntityCascade> out;
    for (const EntityCascade &c : m_cascades) {
        if (c.parent == parent)
            out.append(c);
    }
    return out;
}

} // namespace Courtyard::Client
