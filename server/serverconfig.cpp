#include "serverconfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

void addConfigOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"state"_s, u"State folder (certificates, database, config). Env COURTYARD_STATE."_s, u"dir"_s},
        {u"config"_s, u"Config file (default: <state>/courtyard-server.conf)."_s, u"file"_s},
        {u"host"_s, u"Address to listen on."_s, u"address"_s},
        {u"port"_s, u"Port to listen on (0 picks a free one)."_s, u"port"_s},
        {u"cert"_s, u"Server certificate chain (PEM)."_s, u"file"_s},
        {u"key"_s, u"Server private key (PEM)."_s, u"file"_s},
        {u"db-driver"_s, u"Database: sqlite (default) or postgres."_s, u"driver"_s},
        {u"db-url"_s, u"PostgreSQL URL, postgresql://user:password@host:port/database."_s, u"url"_s},
        {u"db-path"_s, u"SQLite database file."_s, u"file"_s},
        {u"max-login-failures-per-account"_s, u"Failed logins before an account is locked for a while."_s, u"n"_s},
        {u"max-logins-per-address-per-minute"_s, u"Login attempts allowed from one address per minute."_s, u"n"_s},
        {u"access-token-seconds"_s, u"Lifetime of an access token."_s, u"seconds"_s},
    });
}

QString ServerConfig::resolve(const QString &path) const
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    return QDir(stateDir).filePath(path);
}

ServerConfig ServerConfig::load(const QCommandLineParser &parser, QString *error)
{
    ServerConfig c;
    c.stateDir = parser.value(u"state"_s);
    if (c.stateDir.isEmpty())
        c.stateDir = QProcessEnvironment::systemEnvironment().value(u"COURTYARD_STATE"_s);
    if (c.stateDir.isEmpty()) {
        *error = u"no state folder: pass --state DIR or set COURTYARD_STATE"_s;
        return c;
    }
    c.stateDir = QFileInfo(c.stateDir).absoluteFilePath();
    c.configFile = parser.isSet(u"config"_s) ? parser.value(u"config"_s)
                                            : QDir(c.stateDir).filePath(u"courtyard-server.conf"_s);

    c.certificateFile = u"server.pem"_s;
    c.privateKeyFile = u"server.key"_s;
    c.tokenSecretFile = u"token-secret"_s;
    c.attachmentsDir = u"attachments"_s;
    c.dbPath = u"courtyard.db"_s;

    if (QFileInfo::exists(c.configFile)) {
        QSettings ini(c.configFile, QSettings::IniFormat);
        c.host = ini.value(u"server/host"_s, c.host).toString();
        c.port = ini.value(u"server/port"_s, c.port).toInt();
        c.certificateFile = ini.value(u"server/certificate"_s, c.certificateFile).toString();
        c.privateKeyFile = ini.value(u"server/privateKey"_s, c.privateKeyFile).toString();
        c.tokenSecretFile = ini.value(u"server/tokenSecretFile"_s, c.tokenSecretFile).toString();
        c.attachmentsDir = ini.value(u"server/attachmentsDir"_s, c.attachmentsDir).toString();
        c.dbDriver = ini.value(u"database/driver"_s, c.dbDriver).toString();
        c.dbPath = ini.value(u"database/path"_s, c.dbPath).toString();
        c.dbUrl = QUrl(ini.value(u"database/url"_s).toString());
        c.maxLoginFailuresPerAccount = ini.value(u"limits/maxLoginFailuresPerAccount"_s, c.maxLoginFailuresPerAccount).toInt();
        c.loginLockMinutes = ini.value(u"limits/loginLockMinutes"_s, c.loginLockMinutes).toInt();
        c.maxLoginsPerAddressPerMinute = ini.value(u"limits/maxLoginsPerAddressPerMinute"_s, c.maxLoginsPerAddressPerMinute).toInt();
        c.accessTokenSeconds = ini.value(u"auth/accessTokenSeconds"_s, c.accessTokenSeconds).toInt();
        c.refreshTokenDays = ini.value(u"auth/refreshTokenDays"_s, c.refreshTokenDays).toInt();
        c.autoCloseDays = ini.value(u"tickets/autoCloseDays"_s, c.autoCloseDays).toInt();
    }

    auto intFlag = [&](const QString &name, int &target, int min, int max) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const int v = parser.value(name).toInt(&ok);
        if (!ok || v < min || v > max) {
            *error = u"--%1 must be a whole number from %2 to %3"_s.arg(name).arg(min).arg(max);
            return false;
        }
        target = v;
        return true;
    };
    if (parser.isSet(u"host"_s))
        c.host = parser.value(u"host"_s);
    if (parser.isSet(u"cert"_s))
        c.certificateFile = QFileInfo(parser.value(u"cert"_s)).absoluteFilePath();
    if (parser.isSet(u"key"_s))
        c.privateKeyFile = QFileInfo(parser.value(u"key"_s)).absoluteFilePath();
    if (parser.isSet(u"db-driver"_s))
        c.dbDriver = parser.value(u"db-driver"_s);
    if (parser.isSet(u"db-url"_s))
        c.dbUrl = QUrl(parser.value(u"db-url"_s));
    if (parser.isSet(u"db-path"_s))
        c.dbPath = QFileInfo(parser.value(u"db-path"_s)).absoluteFilePath();
    if (!intFlag(u"port"_s, c.port, 0, 65535)
        || !intFlag(u"max-login-failures-per-account"_s, c.maxLoginFailuresPerAccount, 1, 1000000000)
        || !intFlag(u"max-logins-per-address-per-minute"_s, c.maxLoginsPerAddressPerMinute, 1, 1000000000)
        || !intFlag(u"access-token-seconds"_s, c.accessTokenSeconds, 5, 24 * 3600))
        return c;

    if (c.dbDriver != u"sqlite" && c.dbDriver != u"postgres") {
        *error = u"--db-driver must be sqlite or postgres"_s;
        return c;
    }
    if (c.dbDriver == u"postgres" && (!c.dbUrl.isValid() || c.dbUrl.host().isEmpty())) {
        *error = u"the postgres driver needs --db-url postgresql://user:password@host:port/database"_s;
        return c;
    }
    if (QHostAddress(c.host).isNull() && c.host != u"localhost") {
        *error = u"--host must be an IP address"_s;
        return c;
    }
    return c;
}

bool ServerConfig::save(QString *error) const
{
    QSettings ini(configFile, QSettings::IniFormat);
    ini.setValue(u"server/host"_s, host);
    ini.setValue(u"server/port"_s, port);
    ini.setValue(u"server/certificate"_s, certificateFile);
    ini.setValue(u"server/privateKey"_s, privateKeyFile);
    ini.setValue(u"server/tokenSecretFile"_s, tokenSecretFile);
    ini.setValue(u"server/attachmentsDir"_s, attachmentsDir);
    ini.setValue(u"database/driver"_s, dbDriver);
    ini.setValue(u"database/path"_s, dbPath);
    if (dbUrl.isValid())
        ini.setValue(u"database/url"_s, dbUrl.toString());
    ini.setValue(u"limits/maxLoginFailuresPerAccount"_s, maxLoginFailuresPerAccount);
    ini.setValue(u"limits/loginLockMinutes"_s, loginLockMinutes);
    ini.setValue(u"limits/maxLoginsPerAddressPerMinute"_s, maxLoginsPerAddressPerMinute);
    ini.setValue(u"auth/accessTokenSeconds"_s, accessTokenSeconds);
    ini.setValue(u"auth/refreshTokenDays"_s, refreshTokenDays);
    ini.setValue(u"tickets/autoCloseDays"_s, autoCloseDays);
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        *error = u"cannot write %1"_s.arg(configFile);
        return false;
    }
    QFile::setPermissions(configFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace Courtyard::Server
