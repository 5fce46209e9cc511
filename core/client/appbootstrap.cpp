#include "appbootstrap.h"

#include "apiclient.h"
#include "media/attachmentimageprovider.h"
#include "appsettings.h"
#include "auth/filetokenstore.h"
#include "auth/keychaintokenstore.h"
#include "logging.h"
#include "startupoptions.h"
#include "auth/tokenstore.h"
#include "uitranslator.h"
#include "kit/qrcode.h"
#include "kit/shellregistry.h"
#include "workspace.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

// --self-test fails on any QML warning, not just on a QML file that does not load.
int s_qmlWarnings = 0;
QtMessageHandler s_previousHandler = nullptr;
qint64 s_bootstrapStartMs = 0;

void countQmlWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category(context.category ? context.category : "");
    if (type >= QtWarningMsg
        && (category == "qml" || category == "js" || message.contains(u"qrc:/"_s)))
        ++s_qmlWarnings;
    s_previousHandler(type, context, message);
}

/// COURTYARD_STARTUP_TRACE=1: the milliseconds since start at each step of start-up (stderr).
void traceStartup(const char *step)
{
    static const bool on = qEnvironmentVariableIntValue("COURTYARD_STARTUP_TRACE") == 1;
    if (on)
        std::fprintf(stderr, "startup %5lld ms  %s\n",
                     static_cast<long long>(QDateTime::currentMSecsSinceEpoch() - s_bootstrapStartMs), step);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

AppBootstrap::AppBootstrap(QString appId, Session::Audience audience, QUrl mainQml,
                           std::vector<std::unique_ptr<ClientModule>> modules,
                           std::vector<std::unique_ptr<AppTool>> tools, QObject *parent)
    : QObject(parent)
    , m_appId(std::move(appId))
    , m_audience(audience)
    , m_mainQml(std::move(mainQml))
    , m_modules(std::make_unique<ModuleSet>(std::move(modules)))
    , m_tools(std::move(tools))
{
    s_bootstrapStartMs = QDateTime::currentMSecsSinceEpoch();
    if (qEnvironmentVariableIntValue("COURTYARD_STARTUP_TRACE") == 1) {
        const qint64 spawned = qEnvironmentVariable("COURTYARD_BENCH_T0").toLongLong();
        if (spawned > 0)
            std::fprintf(stderr, "startup: %lld ms from spawn to the application object\n",
                         static_cast<long long>(s_bootstrapStartMs - spawned));
    }
}

AppBootstrap::~AppBootstrap()
{
    // QML goes first: it binds to the session and the settings.
    m_engine.reset();
    m_workspace.reset();
    Session::setQmlInstance(nullptr);
    AppSettings::setQmlInstance(nullptr);
    Workspace::setQmlInstance(nullptr);
}

void AppBootstrap::configureLook()
{
    QQuickStyle::setStyle(u"Material"_s);
    // Desktop Linux may fall back to a Japanese CJK face for Han characters; prefer the
    // Simplified Chinese one (its Latin is fine too). Phones bring their own system font.
    const QString cjk = u"Noto Sans CJK SC"_s;
    if (QFontDatabase::hasFamily(cjk)) {
        QFont font = QGuiApplication::font();
        font.setFamilies({cjk});
        QGuiApplication::setFont(font);
    }
}

int AppBootstrap::run()
{
    QString error;
    const std::optional<StartupOptions> options = StartupOptions::parse(
        QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(), &error, m_tools);
    if (!options) {
        printError(error);
        return 2;
    }

    traceStartup("options");
    configureLook();
    traceStartup("look (fonts, style)");
    m_settings = std::make_unique<AppSettings>(QString());
    if (!options->language.isEmpty())
        m_settings->forceLanguage(options->language);
    m_translator = std::make_unique<UiTranslator>();
    m_translator->setLanguage(m_settings->effectiveLanguage());
    connect(m_settings.get(), &AppSettings::languageChanged, this,
            [this] { m_translator->setLanguage(m_settings->effectiveLanguage()); });

    traceStartup("settings, translations");
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_tokens = makeTokenStore(options->selfTest);
    m_api = std::make_unique<ApiClient>(m_nam.get(), m_tokens.get());
    QUrl server = options->serverUrl;
    if (!options->serverFromCommandLine && !m_settings->serverUrl().isEmpty())
        server = QUrl(m_settings->serverUrl());
    // A refused URL is not fatal: the sign-in page says what is wrong.
    if (!m_api->setBaseUrl(server))
        qCWarning(lcApp).noquote() << m_api->errorString();
    if (!options->caFile.isEmpty() && !m_api->addTrustedCaFile(options->caFile)) {
        printError(m_api->errorString());
        return 2;
    }
    // COURTYARD_PINS: comma-separated SPKI SHA-256 pins (base64) of the server's keys.
    const QString pins = qEnvironmentVariable("COURTYARD_PINS");
    if (!pins.isEmpty()) {
        QSet<QByteArray> set;
        for (const QString &pin : pins.split(u',', Qt::SkipEmptyParts))
            set.insert(pin.trimmed().toLatin1());
        m_api->setPinnedKeys(set);
    }

    traceStartup("network, tokens, api");
    m_session = std::make_unique<Session>(m_api.get(), m_audience);
    if (!options->selfTest) {
        m_session->setProfileCacheFile(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                       + u"/session-profile.json"_s);
    }
    // Each signed-in account has its own store; the sync engine runs while one is open.
    m_workspace = std::make_unique<Workspace>(m_api.get(), m_session.get(), *m_modules,
                                              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    m_translator->setSession(m_session.get());
    Session::setQmlInstance(m_session.get());
    AppSettings::setQmlInstance(m_settings.get());
    Workspace::setQmlInstance(m_workspace.get());

    if (options->selfTest)
        s_previousHandler = qInstallMessageHandler(countQmlWarnings);

    // A kept session opens before the first frame, so the app starts on the person's own data.
    bool resumed = !options->selfTest;
    for (const auto &tool : m_tools)
        resumed = resumed && tool->opensKeptSession();
    // The modules' tabs, tiles, feed items and pages, for the shell this app is.
    m_shell = std::make_unique<ShellRegistry>(m_audience == Session::Audience::Staff ? ShellRegistry::App::Staff
                                                                                      : ShellRegistry::App::Resident);
    m_modules->registerShell(*m_shell);
    traceStartup("session, workspace");
    if (resumed) {
        m_workspace->holdSync();
        m_session->openKeptProfile();
    }
    traceStartup("kept session opened (store, no network yet)");

    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(u"qrc:/qt/qml"_s);
    // Orders' photos: image://attachment/<sha256> (the engine owns the provider).
    m_engine->addImageProvider(u"attachment"_s,
                               new AttachmentImageProvider(m_api.get(), [workspace = m_workspace.get()] {
                                   return workspace->mediaDir();
                               }));
    // QR codes of any text, e.g. a join code to show or print: image://qr/<url-encoded text>.
    m_engine->addImageProvider(u"qr"_s, new QrImageProvider);
    m_engine->setUiLanguage(m_translator->language());
    m_translator->setEngine(m_engine.get());
    connect(m_engine.get(), &QQmlApplicationEngine::objectCreationFailed, qApp,
            [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    traceStartup("engine");
    m_engine->load(m_mainQml);
    traceStartup("QML loaded");
    if (m_engine->rootObjects().isEmpty()) {
        printError(u"Could not load %1"_s.arg(m_mainQml.toString()));
        return 1;
    }

    if (options->selfTest)
        return selfTest();
    auto *window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    for (const auto &tool : m_tools) {
        if (tool->isActive())
            tool->start(AppToolContext{window, m_engine.get(), m_session.get(), m_workspace.get(), m_appId});
    }
    if (resumed) {
        // The network (health check, the server's word on the session, sync) after the first frame.
        auto startNetwork = [this] {
            m_session->start();
            m_workspace->releaseSync();
        };
        if (window)
            connect(window, &QQuickWindow::frameSwapped, this, startNetwork,
                    static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
        else
            startNetwork();
    } else {
        m_session->start();
    }
    return QCoreApplication::exec();
}

std::unique_ptr<TokenStore> AppBootstrap::makeTokenStore(bool selfTest)
{
    if (selfTest)
        return std::make_unique<MemoryTokenStore>(); // loads QML only, never signs in
    const QString filePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             + u"/session-tokens.json"_s;
    // COURTYARD_TOKEN_STORE=file forces the file store (tests, headless Linux).
    const QString forced = qEnvironmentVariable("COURTYARD_TOKEN_STORE");
    if (forced == u"file"_s) {
        qCInfo(lcApp) << "token store: file (forced by COURTYARD_TOKEN_STORE)";
        return std::make_unique<FileTokenStore>(filePath);
    }
    auto keychain = std::make_unique<KeychainTokenStore>(u"Courtyard %1"_s.arg(m_appId));
    if (keychain->loadAndWait(3000) != KeychainTokenStore::LoadResult::NoKeychain) {
        qCInfo(lcApp) << "token store: platform keychain";
        return keychain;
    }
    qCWarning(lcApp) << "token store: file fallback, no keychain service here";
    return std::make_unique<FileTokenStore>(filePath);
}

int AppBootstrap::selfTest()
{
    int failures = 0;
    QDirIterator it(u":/qt/qml/Courtyard"_s, {u"*.qml"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QUrl url(u"qrc"_s + it.next());
        QQmlComponent component(m_engine.get(), url);
        if (component.isError()) {
            printError(component.errorString());
            ++failures;
        }
    }
    // Let the first frames render, so bindings that only fail at run time show up too.
    // The session is not started: the self-test needs no server.
    QTimer::singleShot(1500, qApp, [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    failures += s_qmlWarnings;
    std::fprintf(stderr, "self-test %s: %d problem(s)\n", failures ? "FAILED" : "passed", failures);
    return failures ? 1 : 0;
}

} // namespace Courtyard::Client
