#pragma once

#include <QHostAddress>
#include <QString>
#include <QUrl>

class QCommandLineParser;

namespace Courtyard::Server {

/// Everything `courtyard-server` is told: read from the state folder's INI file, then
/// overridden by flags. Relative paths are taken from the state folder.
struct ServerConfig
{
    QString stateDir;
    QString configFile;

    QString host = QStringLiteral("127.0.0.1");
    int port = 8443;
    QString certificateFile; ///< PEM chain, leaf first
    QString privateKeyFile;
    QString tokenSecretFile;
    QString attachmentsDir;

    QString dbDriver = QStringLiteral("sqlite"); ///< "sqlite" or "postgres"
    QString dbPath;                               ///< SQLite file
    QUrl dbUrl;                                   ///< postgresql://user:pass@host:port/db

    int maxLoginFailuresPerAccount = 5;
    int loginLockMinutes = 15;
    int maxLoginsPerAddressPerMinute = 30;
    int accessTokenSeconds = 15 * 60;
    int refreshTokenDays = 30;
    int autoCloseDays = 7;

    /// Reads `<state>/courtyard-server.conf` (or --config) and applies the flags on top.
    [[nodiscard]] static ServerConfig load(const QCommandLineParser &parser, QString *error);
    /// Writes the settings a deployment would edit back to the INI file.
    bool save(QString *error) const;

    [[nodiscard]] QString resolve(const QString &path) const;
};

/// Adds the flags ServerConfig::load understands to a parser.
void addConfigOptions(QCommandLineParser &parser);

} // namespace Courtyard::Server
