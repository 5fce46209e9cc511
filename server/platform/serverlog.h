#pragma once

#include <QByteArray>

class QString;

namespace Courtyard::Server {

/// Installs the server's log format: one line per message on stderr,
/// "2026-11-27T03:09:42.123Z courtyard.http: GET /v1/sync 200 0.41ms user=…", the time in
/// UTC. Formatting by hand keeps a log line cheap next to the request it records.
///
/// Every message is passed through escapeLogText(), so a field a client chose (a path with
/// %0A, a command type with a newline, a header with a NUL) can never start a forged line.
void installLogHandler();

/// @p message as UTF-8 with every character that could break or disguise a log line written
/// as a visible escape: C0 controls (LF, CR, TAB, NUL, ...), DEL and C1 controls as "\x0a",
/// U+2028/U+2029, the bidirectional overrides and isolates, U+FEFF and lone surrogates (what
/// invalid UTF-8 becomes) as "\u2028"; a backslash is doubled so an escape cannot be faked.
[[nodiscard]] QByteArray escapeLogText(const QString &message);

} // namespace Courtyard::Server
