#pragma once

#include "httphead.h"

namespace Courtyard::Server {

class Registry;
struct ServerConfig;

/// The `http/…` settings (timeouts and connection caps) with their flags.
void registerHttpSettings(Registry &registry);
/// The limits those settings give.
[[nodiscard]] Http::Limits httpLimits(const ServerConfig &config);

} // namespace Courtyard::Server
