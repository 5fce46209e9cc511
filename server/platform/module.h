#pragma once

#include "scope.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace Courtyard::Server {

class ApiServer;
class Database;
class PrincipalCache;
class Registry;
class Revisions;
struct Principal;
struct ServerConfig;

/// One step of a module's schema, numbered from 1 within the module.
struct Migration
{
    int version = 0;
    QStringList statements;
    /// Runs after the statements in the same transaction (it may hand out revisions): data
    /// moves SQL alone cannot do. Returns false with *error set to stop the migration.
    std::function<bool(Database &db, QString *error)> code;
};

/// A synced entity: where its rows are, who sees which, and how a row reads as JSON.
struct EntitySpec
{
    QString entity; ///< wire name, e.g. "ticket"
    QString table;  ///< its table, e.g. "tickets"; the columns id and rev are the platform's
    QString alias;  ///< the table's alias in `from`, e.g. "t"
    QString from;   ///< e.g. "tickets t LEFT JOIN users a ON a.id = t.assignee_id"
    QString columns; ///< the SELECT list `json` reads by position
    /// Over the table's own columns (without the alias), per role.
    Visibility visibility;
    std::function<QJsonObject(const QSqlQuery &row, const Principal &viewer)> json;
    /// Optional: adds to one row's JSON what one query per row reads (e.g. a colleague's estates).
    std::function<void(Database &db, const Principal &viewer, QJsonObject &data)> complete;
};

/// What became of one command: 200 applied, or a 4xx with a reason code; 5xx is our failure
/// (nothing is kept and the client sends it again).
struct CommandOutcome
{
    int status = 200;
    QString error;
    QString message;
    QString entity;           ///< the record concerned, when there is one
    QString entityId;
    bool showCurrent = false; ///< a refusal that carries the record's current state

    [[nodiscard]] bool applied() const { return status == 200; }
    [[nodiscard]] static CommandOutcome done(const QString &entity, const QString &id)
    {
        return CommandOutcome{200, {}, {}, entity, id, false};
    }
    [[nodiscard]] static CommandOutcome refuse(int status, const QString &code, const QString &message)
    {
        return CommandOutcome{status, code, message, {}, {}, false};
    }
    /// A refusal that shows the caller the record as it is now.
    [[nodiscard]] static CommandOutcome refuseShowing(int status, const QString &code, const QString &message,
                                                      const QString &entity, const QString &id)
    {
        return CommandOutcome{status, code, message, entity, id, true};
    }
    [[nodiscard]] static CommandOutcome failure(const QString &message)
    {
        return CommandOutcome{500, QStringLiteral("internal"), message, {}, {}, false};
    }
};

/// Everything a command handler may use; it runs inside a revisioned transaction.
struct CommandContext
{
    Database &db;
    const Principal &who;
    qint64 now; ///< the server's time of the command
    const ServerConfig &config;
    const Registry &registry;
    QString address; ///< the client's address (for the audit log); empty for seeds
};

struct CommandSpec
{
    QString type; ///< e.g. "ticket.checkIn"
    std::function<CommandOutcome(CommandContext &ctx, const QJsonObject &payload)> apply;
};

struct JobContext
{
    Database &db;
    const ServerConfig &config;
    qint64 now;
};

/// Work a server runs every `interval` (and once at start). Several processes may run it at
/// once: it must do each piece of work in its own transaction and re-check it there.
struct Job
{
    QString name;
    std::chrono::milliseconds interval{std::chrono::minutes(10)};
    std::function<void(JobContext &ctx)> run;
};

/// The period a KPI request asks about.
struct KpiQuery
{
    QString estateId;
    qint64 from = 0; ///< ms, inclusive
    qint64 to = 0;   ///< ms, exclusive
    qint64 now = 0;
};

/// A module's figures in GET /v1/kpis: adds its fields to the answer.
struct KpiSection
{
    QString name;
    std::function<bool(Database &db, const KpiQuery &query, QJsonObject &out)> fill;
};

/// What a seed may use.
struct SeedContext
{
    Database &db;
    const Registry &registry;
    const ServerConfig &config;
    qint64 now;
    /// The command line (a module's bench seed reads its own options from it, e.g. --units).
    const QCommandLineParser &args;
    QStringList report; ///< one line per module, printed at the end
    /// Runs a command as @p userId at the server time @p at, in its own transaction, exactly
    /// as POST /v1/commands would; false with *error set when it is not applied.
    bool run(const QString &userId, const QString &type, const QJsonObject &payload, qint64 at, QString *error);
};

/// A module's sample data: `demo` for `seed-demo` (the README's logins), `bench` for the
/// benchmark's large estate. Each does nothing when its data is there already.
struct Seed
{
    std::function<bool(SeedContext &ctx, QString *error)> demo;
    std::function<bool(SeedContext &ctx, QString *error)> bench;
    /// Options of `seed-bench` this module reads (e.g. --units with its default).
    QList<QCommandLineOption> benchOptions;
};

/// What a command-line command may use.
struct CliContext
{
    Database &db;
    const ServerConfig &config;
    const QCommandLineParser &args;
    const Registry &registry;
    QTextStream &out;
};

/// A command of `courtyard-server` a module adds (e.g. create-user). It runs on the store,
/// safe beside running servers: changes go through revisioned transactions.
struct CliCommand
{
    QString name;
    QString summary;
    QList<QCommandLineOption> options;
    std::function<bool(CliContext &ctx, QString *error)> run;
    /// The positional arguments it takes after its name (e.g. "FILE"): exactly these many are
    /// accepted; run() reads them as args.positionalArguments().mid(1).
    QStringList arguments;
};

/// A whole-number setting of a module: read from the config file's `key`, then from
/// `--flag` when it has one.
struct Setting
{
    QString key; ///< e.g. "tickets/autoCloseDays"
    QString flag; ///< e.g. "auto-close-days"; empty for none
    int defaultValue = 0;
    int min = 0;
    int max = 0;
    QString description;
};

/// The parts of `serve` that hold state while it runs (routes, caches, timers).
class ModuleService
{
public:
    virtual ~ModuleService() = default;
};

/// What a module's service is made with; a factory that fails returns null with *error set.
struct ServiceContext
{
    Database &db;
    const ServerConfig &config;
    const Registry &registry;
    PrincipalCache &principals;
    Revisions &revisions;
    ApiServer &http;
    QString *error;
};

/// Prepares a module's files in the state folder for `init` (e.g. the token secret).
using InitStep = std::function<bool(const ServerConfig &config, QString *error)>;

/// Reads a person into the principal: false when they do not exist. Modules add their part
/// (the account, estates and units) in dependency order.
using PrincipalFacet = std::function<bool(Database &db, Principal &principal)>;
/// Adds a module's part of GET /v1/me.
using ProfileFacet = std::function<void(Database &db, const Principal &principal, QJsonObject &me)>;

/**
 * A feature on the server. It lives in its own folder (server/<name>/) and plugs into the
 * platform only through register(): its migrations, synced entities, commands, jobs, KPI
 * section, seeds, command-line commands, settings, routes and its part of the principal.
 */
class ServerModule
{
public:
    virtual ~ServerModule() = default;
    [[nodiscard]] virtual QString name() const = 0;
    /// Modules whose tables this one uses; they migrate, seed and register first.
    [[nodiscard]] virtual QStringList dependencies() const { return {}; }
    /// The version of this module's schema in a database written before schemas were per
    /// module, whose one schema_version was @p legacySchema (0: this module was not there).
    [[nodiscard]] virtual int legacyVersion(int legacySchema) const
    {
        Q_UNUSED(legacySchema)
        return 0;
    }
    virtual void registerWith(Registry &registry) = 0;
};

} // namespace Courtyard::Server
