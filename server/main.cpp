// courtyard-server: init | serve | seed-demo | seed-bench | create-user | migrate
#include "database.h"
#include "pki.h"
#include "revisions.h"
#include "seeder.h"
#include "serverapp.h"
#include "serverconfig.h"
#include "serverlog.h"
#include "tokenservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

int init(const ServerConfig &config)
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
    TokenService tokens;
    if (!tokens.loadSecret(config.resolve(config.tokenSecretFile), &error) || !config.save(&error))
        return fail(error);
    Database db;
    if (!db.open(config, &error) || !db.migrate(&error))
        return fail(error);
    out << "state folder ready: " << config.stateDir << " (schema " << db.schemaVersion() << ")\n";
    return 0;
}

int withStore(const ServerConfig &config, const std::function<bool(Database &, Revisions &, QString *)> &work)
{
    Database db;
    Revisions revisions;
    QString error;
    if (!db.open(config, &error) || !db.migrate(&error))
        return fail(error);
    if (!revisions.load(db))
        return fail(u"cannot read the store's revisions"_s);
    if (!work(db, revisions, &error))
        return fail(error);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"courtyard-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COURTYARD_VERSION));
    installLogHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Courtyard sync server.\n\nCommands:\n"
        "  init         make the state folder: local CA, server certificate, token secret, config, database\n"
        "  serve        run the HTTPS API (prints \"courtyard-server listening on https://HOST:PORT\")\n"
        "  seed-demo    add the demo estate and its logins\n"
        "  seed-bench   add a large estate for benchmarks (--units, --tickets)\n"
        "  create-user  add an account (--phone --name --role and --estate or --unit; password on stdin)\n"
        "  set-duty     put a technician on or off duty for round-robin dispatch (--phone --duty on|off);\n"
        "               like migrate, run it while serve is stopped\n"
        "  migrate      bring the database schema up to date"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"init | serve | seed-demo | seed-bench | create-user | set-duty | migrate"_s);
    addConfigOptions(parser);
    parser.addOptions({
        {u"units"_s, u"seed-bench: units (default 5000)."_s, u"n"_s, u"5000"_s},
        {u"tickets"_s, u"seed-bench: requests (default 50000)."_s, u"n"_s, u"50000"_s},
        {u"phone"_s, u"create-user, set-duty: phone number."_s, u"phone"_s},
        {u"duty"_s, u"set-duty: on or off."_s, u"on|off"_s},
        {u"name"_s, u"create-user: display name."_s, u"name"_s},
        {u"role"_s, u"create-user: resident, agent, technician or manager."_s, u"role"_s},
        {u"estate"_s, u"create-user: estate id (staff)."_s, u"id"_s},
        {u"unit"_s, u"create-user: unit id (residents)."_s, u"id"_s},
    });
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        parser.showHelp(1);
    const QString command = args.constFirst();

    QString error;
    const ServerConfig config = ServerConfig::load(parser, &error);
    if (!error.isEmpty())
        return fail(error);

    if (command == u"init")
        return init(config);
    if (command == u"migrate")
        return withStore(config, [](Database &, Revisions &, QString *) { return true; });
    if (command == u"seed-demo" || command == u"seed-bench") {
        return withStore(config, [&](Database &db, Revisions &revisions, QString *err) {
            Seeder seeder(db, revisions);
            QString report;
            const bool ok = command == u"seed-demo"
                                ? seeder.seedDemo(&report, err)
                                : seeder.seedBench(parser.value(u"units"_s).toInt(), parser.value(u"tickets"_s).toInt(),
                                                   &report, err);
            if (ok)
                QTextStream(stdout) << report << '\n';
            return ok;
        });
    }
    if (command == u"create-user") {
        QTextStream in(stdin);
        const QString password = in.readLine();
        return withStore(config, [&](Database &db, Revisions &revisions, QString *err) {
            Seeder seeder(db, revisions);
            return seeder.createUser(parser.value(u"phone"_s), parser.value(u"name"_s), parser.value(u"role"_s),
                                     parser.value(u"estate"_s), parser.value(u"unit"_s), password, err);
        });
    }
    if (command == u"set-duty") {
        const QString duty = parser.value(u"duty"_s);
        if (duty != u"on" && duty != u"off")
            return fail(u"set-duty needs --duty on or --duty off"_s);
        return withStore(config, [&](Database &db, Revisions &revisions, QString *err) {
            return Seeder(db, revisions).setDuty(parser.value(u"phone"_s), duty == u"on", err);
        });
    }
    if (command == u"serve") {
        // Each password check takes 32 MiB. Keep blocks this large out of the heap so they
        // go back to the system when freed, instead of glibc raising its threshold and
        // holding on to them.
        mallopt(M_MMAP_THRESHOLD, 1 << 20);
        ServerApp server(config);
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
