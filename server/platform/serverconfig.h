#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

class QCommandLineParser;

namespace Courtyard::Server {

struct Setting;

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
    /// Proxies (address or address/prefix) whose X-Forwarded-For is believed.
    QList<std::pair<QHostAddress, int>> trustedProxies;

    QList<Setting> moduleSettings; ///< what save() writes besides the platform's keys

    QString dbDriver = QStringLiteral("sqlite"); ///< "sqlite" or "postgres"
    QString dbPath;                               ///< SQLite file
    QUrl dbUrl;                                   ///< postgresql://user:pass@host:port/db

    /// The modules' settings (see Setting), by key.
    QHash<QString, int> settings;

    /// A module's setting; its default when the key is unknown.
    [[nodiscard]] int setting(const QString &key) const { return settings.value(key); }

    /// Reads `<state>/courtyard-server.conf` (or --config) and applies the flags on top;
    /// @p moduleSettings are read from their keys and flags.
    [[nodiscard]] static ServerConfig load(const QCommandLineParser &parser, const QList<Setting> &moduleSettings,
                                           QString *error);
    /// Writes the settings a deployment would edit back to the INI file.
    bool save(QString *error) const;

    [[nodiscard]] QString resolve(const QString &path) const;
};

/// Adds the flags ServerConfig::load understands to a parser.
void addConfigOptions(QCommandLineParser &parser, const QList<Setting> &moduleSettings);

} // namespace Courtyard::Server
