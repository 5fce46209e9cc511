#pragma once

#include "session.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QQmlApplicationEngine;
class ApiClient;
class ApiAttachmentTransport;
class AppSettings;
class AttachmentQueue;
class AttachmentUploader;
class LocalStore;
class SyncEngine;
class TokenStore;
class UiTranslator;
struct StartupOptions;

/**
 * Everything the two front ends do between QGuiApplication and exec(): reads the flags
 * (see StartupOptions), builds the network access manager, API client, session and settings,
 * installs the translator, loads the app's Main.qml and runs --self-test or --screenshot.
 * Keeps both main()s to a few lines.
 */
class AppBootstrap : public QObject
{
    Q_OBJECT

public:
    /// @p appId names the app in files ("resident", "staff"); @p mainQml is its Main.qml.
    explicit AppBootstrap(QString appId, Session::Audience audience, QUrl mainQml,
                          QObject *parent = nullptr);
    ~AppBootstrap() override;

    /// Sets everything up and runs the event loop; returns the exit code.
    int run();

    /// Material style and a font that covers Chinese; call before loading QML.
    static void configureLook();

    /// The signed-in account's store and its sync engine; null while signed out.
    [[nodiscard]] LocalStore *store() const { return m_store.get(); }
    [[nodiscard]] SyncEngine *syncEngine() const { return m_sync.get(); }

Q_SIGNALS:
    /// store() and syncEngine() changed (sign-in, sign-out).
    void accountChanged();

private:
    int selfTest();
    void startScreenshots(const StartupOptions &options);
    std::unique_ptr<TokenStore> makeTokenStore(bool selfTest);
    void openAccount();
    void closeAccount();

    QString m_appId;
    Session::Audience m_audience;
    QUrl m_mainQml;
    std::unique_ptr<UiTranslator> m_translator;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AttachmentQueue> m_attachments;
    std::unique_ptr<ApiAttachmentTransport> m_attachmentTransport;
    std::unique_ptr<AttachmentUploader> m_uploader;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};
