#pragma once

namespace Courtyard::Server {

/// Installs the server's log format: one line per message on stderr,
/// "2026-11-27T03:09:42.123Z courtyard.http: GET /v1/sync 200 0.41ms user=…", the time in
/// UTC. Formatting by hand keeps a log line cheap next to the request it records.
void installLogHandler();

} // namespace Courtyard::Server
