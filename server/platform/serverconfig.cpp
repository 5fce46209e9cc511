#include "serverconfig.h"

#include "module.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

void addConfigOptions(QCommandLineParser &parser, const QList<Setting> &moduleSettings)
{
    for (const Setting &s : moduleSettings) {
        if (!s.flag.isEmpty())
            parser.addOption({s.flag, s.description, u"n"_s});
    }
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
        {u"trusted-proxies"_s,
         u"Comma-separated proxies (address or address/prefix) whose X-Forwarded-For is believed."_s, u"list"_s},
    });
}

QString ServerConfig::resolve(const QString &path) const
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    return QDir(stateDir).filePath(path);
}

ServerConfig ServerConfig::load(const QCommandLineParser &parser, const QList<Setting> &moduleSettings, QString *error)
{
    ServerConfig c;
    c.moduleSettings = moduleSettings;
    for (const Setting &s : moduleSettings)
        c.settings.insert(s.key, s.defaultValue);
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

    QString proxies;
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
        proxies = ini.value(u"server/trustedProxies"_s).toString();
        for (const Setting &s : moduleSettings) {
            if (!ini.contains(s.key))
                continue;
            bool ok = false;
            const int v = ini.value(s.key).toInt(&ok);
            if (!ok || v < s.min || v > s.max) {
                *error = u"%1 in %2 must be a whole number from %3 to %4"_s.arg(s.key, c.configFile).arg(s.min).arg(s.max);
                return c;
            }
            c.settings.insert(s.key, v);
        }
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
    if (parser.isSet(u"trusted-proxies"_s))
        proxies = parser.value(u"trusted-proxies"_s);
    for (const QString &entry : proxies.split(u',', Qt::SkipEmptyParts)) {
        const QString item = entry.trimmed();
        std::pair<QHostAddress, int> net = item.contains(u'/') ? QHostAddress::parseSubnet(item)
                                                              : std::pair<QHostAddress, int>{QHostAddress(item), -1};
        if (net.first.isNull()) {
            *error = u"--trusted-proxies: %1 is not an address or address/prefix"_s.arg(item);
            return c;
        }
        if (net.second < 0)
            net.second = net.first.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
        c.trustedProxies.append(net);
    }
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
    if (!intFlag(u"port"_s, c.port, 0, 65535))
        return c;
    for (const Setting &s : moduleSettings) {
        if (!s.flag.isEmpty() && !intFlag(s.flag, c.settings[s.key], s.min, s.max))
            return c;
    }

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
    QStringList proxies;
    for (const auto &[address, prefix] : trustedProxies)
        proxies << u"%1/%2"_s.arg(address.toString()).arg(prefix);
    ini.setValue(u"server/trustedProxies"_s, proxies.join(u','));
    ini.setValue(u"database/driver"_s, dbDriver);
    ini.setValue(u"database/path"_s, dbPath);
    if (dbUrl.isValid())
        ini.setValue(u"database/url"_s, dbUrl.toString());
    for (const Setting &s : moduleSettings)
        ini.setValue(s.key, setting(s.key));
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        *error = u"cannot write %1"_s.arg(configFile);
        return false;
    }
    QFile::setPermissions(configFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace Courtyard::Server
