#include "serverlog.h"

#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace Courtyard::Server {

namespace {

void writeLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    tm utc{};
    gmtime_r(&now.tv_sec, &utc);
    const char *level = type == QtWarningMsg ? "W " : type == QtCriticalMsg ? "E " : type == QtFatalMsg ? "F " : "";
    const QByteArray text = message.toUtf8();
    char head[96];
    const int n = std::snprintf(head, sizeof head, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ %s%s: ", utc.tm_year + 1900,
                                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, now.tv_nsec / 1000000,
                                level, context.category ? context.category : "default");
    QByteArray line;
    line.reserve(n + text.size() + 1);
    line.append(head, qMin(n, int(sizeof head) - 1)).append(text).append('\n');
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
