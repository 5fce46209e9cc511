// The QML test runner: every tst_*.qml in this folder (quick_test_main), with Courtyard's QML
// modules and the singletons (Session, AppSettings, Workspace) built as the app builds them,
// signed out and never started, so no test needs a server.
#include "apiclient.h"
#include "appbootstrap.h"
#include "appsettings.h"
#include "session.h"
#include "auth/tokenstore.h"
#include "kit/qrcode.h"
#include "testmodules.h"
#include "workspace.h"

#include <QNetworkAccessManager>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Courtyard_CorePlugin)
Q_IMPORT_QML_PLUGIN(Courtyard_UiPlugin)
Q_IMPORT_QML_PLUGIN(Courtyard_ResidentPlugin)
Q_IMPORT_QML_PLUGIN(Courtyard_StaffPlugin)

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup() = default;
    ~Setup() override
    {
        Workspace::setQmlInstance(nullptr);
        AppSettings::setQmlInstance(nullptr);
        Session::setQmlInstance(nullptr);
    }

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppBootstrap::configureLook();
        m_nam = std::make_unique<QNetworkAccessManager>(); // needs the application
        m_api = std::make_unique<ApiClient>(m_nam.get(), &m_tokens);
        m_session = std::make_unique<Session>(m_api.get(), Session::Audience::Resident);
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
        m_settings->forceLanguage(u"en"_s);
        m_workspace = std::make_unique<Workspace>(m_api.get(), m_session.get(), cytest::modules(), m_dir.filePath(u"data"_s));
        Session::setQmlInstance(m_session.get());
        AppSettings::setQmlInstance(m_settings.get());
        Workspace::setQmlInstance(m_workspace.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        engine->addImageProvider(u"qr"_s, new QrImageProvider); // as AppBootstrap does
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    MemoryTokenStore m_tokens;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
};

QUICK_TEST_MAIN_WITH_SETUP(courtyard_qml, Setup)

#include "tst_qml.moc"
