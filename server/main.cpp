// courtyard-server: init | serve | migrate | seed-demo | seed-bench, and the commands the
// modules add (create-user, set-duty, ...).
#include "database.h"
#include "migrator.h"
#include "pki.h"
#include "registry.h"
#include "serverapp.h"
#include "serverconfig.h"
#include "serverlog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <malloc.h>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Courtyard::Server;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

/// Ctrl-C and SIGTERM end the event loop cleanly (the store closes, the WAL is checkpointed).
void quitOnSignals(QCoreApplication &app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "courtyard-server: " << message << '\n';
    return 1;
}

int init(const ServerConfig &config, const Registry &registry)
{
    QDir state(config.stateDir);
    if (!state.mkpath(u"."_s))
        return fail(u"cannot create %1"_s.arg(config.stateDir));
    QFile::setPermissions(config.stateDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QString error;
    QTextStream out(stdout);
    const QString caCert = state.filePath(u"ca.pem"_s);
    const QString caKey = state.filePath(u"ca.key"_s);
    if (!QFile::exists(caCert)) {
        const auto ca = Pki::makeCertificateAuthority(u"Courtyard local CA"_s, 3650, &error);
        if (!ca || !Pki::writePem(caKey, ca->privateKeyPem, true, &error) || !Pki::writePem(caCert, ca->certificatePem, false, &error))
            return fail(error);
        out << "made a local CA: " << caCert << '\n';
    }
    if (!QFile::exists(config.resolve(config.certificateFile))) {
        QFile certFile(caCert), keyFile(caKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(u"cannot read the local CA"_s);
        const Pki::Credential ca{certFile.readAll(), keyFile.readAll()};
        const auto leaf = Pki::makeServerCertificate(ca, Pki::LeafRequest{}, &error);
        if (!leaf || !Pki::writePem(config.resolve(config.privateKeyFile), leaf->privateKeyPem, true, &error)
            || !Pki::writePem(config.resolve(config.certificateFile), leaf->certificatePem + ca.certificatePem, false, &error))
            return fail(error);
        out << "made a server certificate for localhost, 127.0.0.1 and ::1: " << config.resolve(config.certificateFile) << '\n';
    }
    for (const InitStep &step : registry.initSteps()) {
        if (!step(config, &error))
            return fail(error);
    }
    if (!config.save(&error))
        return fail(error);
    Database db;
    if (!db.open(config, &error) || !Migrator::migrate(db, registry, &error))
        return fail(error);
    QStringList schema;
    for (const Migrator::ModuleVersion &v : Migrator::versions(db, registry))
        schema << u"%1 %2"_s.arg(v.module).arg(v.version);
    out << "state folder ready: " << config.stateDir << " (schema: " << schema.join(u", "_s) << ")\n";
    return 0;
}

int withStore(const ServerConfig &config, const Registry &registry, const std::function<bool(Database &, QString *)> &work)
{
    Database db;
    QString error;
    if (!db.open(config, &error) || !Migrator::migrate(db, registry, &error))
        return fail(error);
    if (!work(db, &error))
        return fail(error);
    return 0;
}

int seed(const ServerConfig &config, const Registry &registry, bool demo, const QCommandLineParser &args)
{
    return withStore(config, registry, [&](Database &db, QString *error) {
        SeedContext ctx{db, registry, config, QDateTime::currentMSecsSinceEpoch(), args, {}};
        for (const Registry::ModuleInfo &m : registry.modules()) {
            const auto &step = demo ? m.seed.demo : m.seed.bench;
            if (step && !step(ctx, error))
                return false;
        }
        QTextStream(stdout) << (ctx.report.isEmpty() ? u"present already; nothing added"_s : ctx.report.join(u"\n"_s)) << '\n';
        return true;
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"courtyard-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COURTYARD_VERSION));
    installLogHandler();

    Registry registry;
    QString error;
    if (!registry.build(builtInModules(), &error))
        return fail(error);

    QString help = u"Courtyard sync server.\n\nCommands:\n"
                   "  init         make the state folder: local CA, server certificate, token secret, config, database\n"
                   "  serve        run the HTTPS API (prints \"courtyard-server listening on https://HOST:PORT\")\n"
                   "  migrate      bring the database schema up to date\n"
                   "  seed-demo    add the demo estate and its logins\n"
                   "  seed-bench   add a large estate for benchmarks (sizes: see the seed-bench options)\n"_s;
    QStringList commands{u"init"_s, u"serve"_s, u"migrate"_s, u"seed-demo"_s, u"seed-bench"_s};
    for (const CliCommand &c : registry.cliCommands()) {
        help += u"  %1 %2\n"_s.arg(c.name.leftJustified(12), c.summary);
        commands << c.name;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(help.trimmed());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, commands.join(u" | "_s));
    addConfigOptions(parser, registry.settings());
    QStringList optionNames;
    auto addOnce = [&](const QList<QCommandLineOption> &options) {
        for (const QCommandLineOption &o : options) {
            // Two commands may share an option (e.g. --phone): it is added once.
            if (!optionNames.contains(o.names().constFirst())) {
                optionNames << o.names().constFirst();
                parser.addOption(o);
            }
        }
    };
    for (const Registry::ModuleInfo &m : registry.modules())
        addOnce(m.seed.benchOptions);
    for (const CliCommand &c : registry.cliCommands())
        addOnce(c.options);
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        parser.showHelp(1);
    const QString command = args.constFirst();
    // Only a module's command may take arguments after its name, exactly as many as it names.
    const CliCommand *moduleCommand = nullptr;
    for (const CliCommand &c : registry.cliCommands()) {
        if (c.name == command)
            moduleCommand = &c;
    }
    if (!moduleCommand && args.size() != 1)
        parser.showHelp(1);
    if (moduleCommand && args.size() != 1 + moduleCommand->arguments.size())
        return fail(u"%1 takes %2 after its name; see --help"_s.arg(
            command, moduleCommand->arguments.isEmpty() ? u"no arguments"_s : moduleCommand->arguments.join(u' ')));

    const ServerConfig config = ServerConfig::load(parser, registry.settings(), &error);
    if (!error.isEmpty())
        return fail(error);

    if (command == u"init")
        return init(config, registry);
    if (command == u"migrate")
        return withStore(config, registry, [](Database &, QString *) { return true; });
    if (command == u"seed-demo")
        return seed(config, registry, true, parser);
    if (command == u"seed-bench")
        return seed(config, registry, false, parser);
    for (const CliCommand &c : registry.cliCommands()) {
        if (c.name != command)
            continue;
        return withStore(config, registry, [&](Database &db, QString *err) {
            QTextStream out(stdout);
            CliContext ctx{db, config, parser, registry, out};
            return c.run(ctx, err);
        });
    }
    if (command == u"serve") {
        // Each password check takes 32 MiB. Keep blocks this large out of the heap so they
        // go back to the system when freed, instead of glibc raising its threshold and
        // holding on to them.
        mallopt(M_MMAP_THRESHOLD, 1 << 20);
        ServerApp server(config, registry);
        const quint16 port = server.start(&error);
        if (!port)
            return fail(error);
        quitOnSignals(app);
        std::fprintf(stdout, "courtyard-server listening on https://%s:%u\n", qPrintable(config.host), unsigned(port));
        std::fflush(stdout);
        return app.exec();
    }
    return fail(u"unknown command '%1'; see --help"_s.arg(command));
}
