#include "clientmodule.h"

#include "logging.h"
#include "store/entitycatalog.h"

#include <QSet>

namespace Courtyard::Client {

ClientModule::~ClientModule() = default;

void ClientModule::registerCatalog(EntityCatalog &catalog)
{
    Q_UNUSED(catalog)
}

void ClientModule::registerShell(ShellRegistry &shell)
{
    Q_UNUSED(shell)
}

void ClientModule::openSession(const SessionContext &context)
{
    Q_UNUSED(context)
}

void ClientModule::closeSession()
{
}

namespace {

// Dependencies first; a module whose dependency is missing is left out, with a warning.
std::vector<std::unique_ptr<ClientModule>> ordered(std::vector<std::unique_ptr<ClientModule>> modules)
{
    std::vector<std::unique_ptr<ClientModule>> out;
    QSet<QString> placed;
    QSet<QString> present;
    for (const auto &m : modules)
        present.insert(m->name());
    bool progress = true;
    while (progress && !modules.empty()) {
        progress = false;
        for (auto it = modules.begin(); it != modules.end();) {
            bool ready = true;
            for (const QString &dep : (*it)->dependencies())
                ready = ready && placed.contains(dep);
            if (!ready) {
                ++it;
                continue;
            }
            placed.insert((*it)->name());
            out.push_back(std::move(*it));
            it = modules.erase(it);
            progress = true;
        }
    }
    for (const auto &m : modules)
        qCWarning(lcApp).noquote() << "module" << m->name() << "left out: it needs" << m->dependencies();
    return out;
}

} // namespace

ModuleSet::ModuleSet(std::vector<std::unique_ptr<ClientModule>> modules)
    : m_modules(ordered(std::move(modules)))
    , m_catalog(std::make_shared<EntityCatalog>())
{
    for (const auto &m : m_modules)
        m->registerCatalog(*m_catalog);
}

ModuleSet::~ModuleSet()
{
    closeSession();
}

ClientModule *ModuleSet::find(const QString &name) const
{
    for (const auto &m : m_modules) {
        if (m->name() == name)
            return m.get();
    }
    return nullptr;
}

QStringList ModuleSet::names() const
{
    QStringList out;
    for (const auto &m : m_modules)
        out << m->name();
    return out;
}

void ModuleSet::registerShell(ShellRegistry &shell) const
{
    for (const auto &m : m_modules)
        m->registerShell(shell);
}

void ModuleSet::openSession(const SessionContext &context) const
{
    for (const auto &m : m_modules)
        m->openSession(context);
}

void ModuleSet::closeSession() const
{
    for (auto it = m_modules.rbegin(); it != m_modules.rend(); ++it)
        (*it)->closeSession();
}

} // namespace Courtyard::Client
