// SeedContext::run: a seed's command goes through the same handler as POST /v1/commands.
#include "database.h"
#include "module.h"
#include "principal.h"
#include "registry.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

bool SeedContext::run(const QString &userId, const QString &type, const QJsonObject &payload, qint64 at, QString *error)
{
    PrincipalCache principals(db, registry);
    const std::optional<Principal> who = principals.get(userId, at);
    const CommandSpec *spec = registry.command(type);
    if (!who || !spec) {
        *error = u"seed command %1 by %2: no such user or command"_s.arg(type, userId);
        return false;
    }
    Database::Transaction tx(db, Database::Kind::Revisioned);
    CommandContext ctx{db, *who, at, config, registry, {}};
    const CommandOutcome outcome = tx.isOpen() ? spec->apply(ctx, payload) : CommandOutcome::failure(u"busy"_s);
    if (!outcome.applied() || !tx.commit()) {
        *error = u"seed command %1 by %2 refused: %3"_s.arg(type, userId, outcome.message);
        return false;
    }
    return true;
}

} // namespace Courtyard::Server
