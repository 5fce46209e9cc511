#include "serverlog.h"

#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace Courtyard::Server {

namespace {

/// Characters a log line must not carry raw: they end a line (LF, CR, VT, FF, NEL, U+2028,
/// U+2029), hide or rewrite text on a terminal (the other C0 and C1 controls, DEL, the
/// bidirectional overrides), or are not characters at all (lone surrogates, which is what
/// invalid UTF-8 decoded by hand leaves behind).
bool needsEscape(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == u'\\' || c == 0x2028 || c == 0x2029
           || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF
           || (c >= 0xD800 && c <= 0xDFFF);
}

void appendHex(QByteArray &out, char32_t c, int digits)
{
    static constexpr char Hex[] = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out.append(Hex[(c >> shift) & 0xF]);
}

} // namespace

QByteArray escapeLogText(const QString &message)
{
    bool clean = true;
    for (const QChar ch : message) {
        if (needsEscape(ch.unicode())) {
            clean = false;
            break;
        }
    }
    if (clean)
        return message.toUtf8();

    QByteArray out;
    out.reserve(message.size() + 16);
    const qsizetype n = message.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = message.at(i);
        char32_t c = ch.unicode();
        if (ch.isHighSurrogate() && i + 1 < n && message.at(i + 1).isLowSurrogate()) {
            // A well-formed pair: one printable character outside the BMP.
            out.append(QStringView(message).sliced(i, 2).toUtf8());
            ++i;
            continue;
        }
        if (!needsEscape(c)) {
            out.append(QStringView(&ch, 1).toUtf8());
            continue;
        }
        if (c == u'\\') {
            out.append("\\\\");
        } else if (c <= 0xFF) {
            out.append("\\x");
            appendHex(out, c, 2);
        } else {
            out.append("\\u");
            appendHex(out, c, 4);
        }
    }
    return out;
}

namespace {

void writeLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    tm utc{};
    gmtime_r(&now.tv_sec, &utc);
    const char *level = type == QtWarningMsg ? "W " : type == QtCriticalMsg ? "E " : type == QtFatalMsg ? "F " : "";
    // Whatever a message carries (a path, a command type, a header a client chose), one call
    // is one line: control characters arrive as visible escapes, never as line breaks.
    const QByteArray text = escapeLogText(message);
    const QByteArray category = escapeLogText(QString::fromUtf8(context.category ? context.category : "default"));
    char head[64];
    const int n = std::snprintf(head, sizeof head, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ %s", utc.tm_year + 1900,
                                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, now.tv_nsec / 1000000,
                                level);
    QByteArray line;
    line.reserve(n + category.size() + text.size() + 3);
    line.append(head, qBound(0, n, int(sizeof head) - 1)).append(category).append(": ").append(text).append('\n');
    // One write per line, so lines from a crash are never half in a buffer.
    [[maybe_unused]] const auto written = ::write(STDERR_FILENO, line.constData(), size_t(line.size()));
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installLogHandler()
{
    qInstallMessageHandler(writeLine);
}

} // namespace Courtyard::Server
