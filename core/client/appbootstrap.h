#pragma once

#include "apptool.h"
#include "clientmodule.h"
#include "session.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
class QNetworkAccessManager;
class QQmlApplicationEngine;

namespace Courtyard::Client {

class ApiClient;
class AppSettings;
class TokenStore;
class UiTranslator;
class Workspace;
class ShellRegistry;
struct StartupOptions;

/**
 * Everything the two front ends do between QGuiApplication and exec(): reads the flags
 * (see StartupOptions), builds the network access manager, API client, session and settings,
 * installs the translator, loads the app's Main.qml and runs --self-test or a built-in tool.
 * Keeps both main()s to a few lines.
 */
class AppBootstrap : public QObject
{
    Q_OBJECT

public:
    /// @p appId names the app in files ("resident", "staff"); @p mainQml is its Main.qml;
    /// @p modules its features (builtInModules()).
    AppBootstrap(QString appId, Session::Audience audience, QUrl mainQml,
                 std::vector<std::unique_ptr<ClientModule>> modules,
                 std::vector<std::unique_ptr<AppTool>> tools = {}, QObject *parent = nullptr);
    ~AppBootstrap() override;

    /// Sets everything up and runs the event loop; returns the exit code.
    int run();

    /// Material style and a font that covers Chinese; call before loading QML.
    static void configureLook();

    /// The signed-in account's store and sync engine.
    [[nodiscard]] Workspace *workspace() const { return m_workspace.get(); }

private:
    int selfTest();
    std::unique_ptr<TokenStore> makeTokenStore(bool selfTest);

    QString m_appId;
    Session::Audience m_audience;
    QUrl m_mainQml;
    std::unique_ptr<ModuleSet> m_modules;
    std::vector<std::unique_ptr<AppTool>> m_tools;
    std::unique_ptr<ShellRegistry> m_shell;
    std::unique_ptr<UiTranslator> m_translator;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

} // namespace Courtyard::Client
