#include "httpsettings.h"

#include "module.h"
#include "registry.h"
#include "serverconfig.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

void registerHttpSettings(Registry &registry)
{
    registry.addSetting({u"http/headerTimeoutSeconds"_s, u"header-timeout"_s, 10, 1, 600,
                         u"Seconds a request head may take to arrive (the TLS handshake included)."_s});
    registry.addSetting({u"http/bodyTimeoutSeconds"_s, u"body-timeout"_s, 10, 1, 600,
                         u"Longest pause in seconds while a request body arrives."_s});
    registry.addSetting({u"http/idleTimeoutSeconds"_s, u"idle-timeout"_s, 60, 1, 3600,
                         u"Seconds an idle keep-alive connection stays open."_s});
    registry.addSetting({u"http/maxConnections"_s, u"max-connections"_s, 10000, 1, 1000000,
                         u"Open connections of this process, WebSockets included."_s});
    registry.addSetting({u"http/maxConnectionsPerAddress"_s, u"max-connections-per-address"_s, 256, 1, 1000000,
                         u"Open connections from one client address."_s});
}

Http::Limits httpLimits(const ServerConfig &config)
{
    Http::Limits l;
    l.headerTimeoutMs = config.setting(u"http/headerTimeoutSeconds"_s) * 1000;
    l.bodyTimeoutMs = config.setting(u"http/bodyTimeoutSeconds"_s) * 1000;
    l.idleTimeoutMs = config.setting(u"http/idleTimeoutSeconds"_s) * 1000;
    l.maxConnections = config.setting(u"http/maxConnections"_s);
    l.maxConnectionsPerAddress = config.setting(u"http/maxConnectionsPerAddress"_s);
    return l;
}

} // namespace Courtyard::Server
