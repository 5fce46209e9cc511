#include "registry.h"

#include "database.h"
#include "platformmodule.h"
#include "principal.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

Registry::Registry() = default;
Registry::~Registry() = default;

bool Registry::build(std::vector<std::unique_ptr<ServerModule>> modules, QString *error)
{
    modules.insert(modules.begin(), makePlatformModule());
    QHash<QString, ServerModule *> byName;
    for (const auto &m : modules) {
        if (byName.contains(m->name())) {
            *error = u"two modules are called %1"_s.arg(m->name());
            return false;
        }
        byName.insert(m->name(), m.get());
    }
    // Depth-first, so each module follows what it depends on; the given order breaks ties.
    QStringList ordered;
    QSet<QString> visiting;
    std::function<bool(ServerModule *)> visit = [&](ServerModule *m) {
        if (ordered.contains(m->name()))
            return true;
        if (visiting.contains(m->name())) {
            *error = u"modules depend on each other in a circle through %1"_s.arg(m->name());
            return false;
        }
        visiting.insert(m->name());
        QStringList deps = m->dependencies();
        if (m->name() != u"platform")
            deps.prepend(u"platform"_s);
        for (const QString &dep : std::as_const(deps)) {
            ServerModule *d = byName.value(dep);
            if (!d) {
                *error = u"module %1 needs module %2, which is not built in"_s.arg(m->name(), dep);
                return false;
            }
            if (!visit(d))
                return false;
        }
        visiting.remove(m->name());
        ordered << m->name();
        return true;
    };
    for (const auto &m : modules) {
        if (!visit(m.get()))
            return false;
    }
    for (const QString &name : std::as_const(ordered)) {
        ServerModule *m = byName.value(name);
        m_modules.append(ModuleInfo{name, {}, {}, [m](int legacy) { return m->legacyVersion(legacy); }});
        m->registerWith(*this);
    }
    m_owned = std::move(modules);
    if (!m_duplicates.isEmpty()) {
        *error = u"registered twice: %1"_s.arg(m_duplicates.join(u", "_s));
        return false;
    }
    return true;
}

Registry::ModuleInfo &Registry::current()
{
    Q_ASSERT(!m_modules.isEmpty());
    return m_modules.last();
}

void Registry::duplicate(const QString &what)
{
    m_duplicates << what;
}

void Registry::addMigrations(const QList<Migration> &steps)
{
    current().migrations += steps;
}

void Registry::addEntity(EntitySpec spec)
{
    if (entity(spec.entity))
        duplicate(u"entity "_s + spec.entity);
    m_entities.append(std::move(spec));
}

void Registry::addCommand(CommandSpec spec)
{
    if (m_commands.contains(spec.type))
        duplicate(u"command "_s + spec.type);
    m_commands.insert(spec.type, std::move(spec));
}

void Registry::addJob(Job job)
{
    m_jobs.append(std::move(job));
}

void Registry::addKpiSection(KpiSection section)
{
    m_kpis.append(std::move(section));
}

void Registry::setSeed(Seed seed)
{
    current().seed = std::move(seed);
}

void Registry::addCliCommand(CliCommand command)
{
    for (const CliCommand &c : std::as_const(m_cli)) {
        if (c.name == command.name)
            duplicate(u"command-line command "_s + command.name);
    }
    m_cli.append(std::move(command));
}

void Registry::addSetting(Setting setting)
{
    for (const Setting &s : std::as_const(m_settings)) {
        if (s.key == setting.key || (!s.flag.isEmpty() && s.flag == setting.flag))
            duplicate(u"setting "_s + setting.key);
    }
    m_settings.append(std::move(setting));
}

void Registry::addService(ServiceFactory factory)
{
    m_services.append(std::move(factory));
}

void Registry::addPrincipalFacet(PrincipalFacet facet)
{
    m_principalFacets.append(std::move(facet));
}

void Registry::addProfileFacet(ProfileFacet facet)
{
    m_profileFacets.append(std::move(facet));
}

void Registry::addInitStep(InitStep step)
{
    m_initSteps.append(std::move(step));
}

const EntitySpec *Registry::entity(const QString &name) const
{
    for (const EntitySpec &e : m_entities) {
        if (e.entity == name)
            return &e;
    }
    return nullptr;
}

const CommandSpec *Registry::command(const QString &type) const
{
    const auto it = m_commands.constFind(type);
    return it == m_commands.cend() ? nullptr : &*it;
}

std::optional<QJsonObject> Registry::load(Database &db, const QString &entityName, const QString &id,
                                          const Principal &viewer) const
{
    const EntitySpec *spec = entity(entityName);
    if (!spec)
        return std::nullopt;
    const SqlFilter scope = spec->visibility(viewer.role).sql(viewer, spec->alias + u'.');
    QSqlQuery &q = db.query(u"SELECT %1 FROM %2 WHERE %3.id = ? AND %4"_s.arg(spec->columns, spec->from, spec->alias,
                                                                             scope.where));
    int i = 0;
    q.bindValue(i++, id);
    for (const QVariant &v : scope.values)
        q.bindValue(i++, v);
    std::optional<QJsonObject> result;
    if (db.execPrepared(q) && q.next())
        result = spec->json(q, viewer);
    q.finish();
    if (result && spec->complete)
        spec->complete(db, viewer, *result);
    return result;
}

bool Registry::visible(Database &db, const QString &entityName, const QString &id, const Principal &viewer) const
{
    const EntitySpec *spec = entity(entityName);
    if (!spec)
        return false;
    const SqlFilter scope = spec->visibility(viewer.role).sql(viewer);
    QVariantList values{id};
    values += scope.values;
    return db.scalar(u"SELECT 1 FROM %1 WHERE id = ? AND %2"_s.arg(spec->table, scope.where), values).isValid();
}

} // namespace Courtyard::Server
