#include "devtools.h"

#include "screenshotdriver.h"
#include "scrollbenchdriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

const QCommandLineOption ScreenshotOption(u"screenshot"_s, u"Save screenshots to a folder and quit."_s, u"dir"_s);
const QCommandLineOption FirstFrameOption(u"first-frame-exit"_s,
                                          u"Print the time to the first frame and quit (benchmarks)."_s);
const QCommandLineOption ScrollOption(u"scroll-bench"_s,
                                      u"Scroll the list LIST of tour step STEP, print frame times and quit (benchmarks)."_s,
                                      u"STEP:LIST"_s);

} // namespace

QList<QCommandLineOption> DevTools::options() const
{
    return {ScreenshotOption, FirstFrameOption, ScrollOption};
}

bool DevTools::configure(const QCommandLineParser &parser, const QProcessEnvironment &environment, QString *error)
{
    m_screenshotDir = parser.value(ScreenshotOption);
    if (!m_screenshotDir.isEmpty()) {
        const QString login = environment.value(u"COURTYARD_DEMO_LOGIN"_s);
        const qsizetype colon = login.indexOf(u':');
        if (!login.isEmpty() && colon <= 0) {
            *error = u"COURTYARD_DEMO_LOGIN must look like phone:password"_s;
            return false;
        }
        if (colon > 0) {
            m_demoPhone = login.left(colon);
            m_demoPassword = login.mid(colon + 1);
        }
    }
    m_firstFrameExit = parser.isSet(FirstFrameOption);
    m_scrollBench = parser.value(ScrollOption);
    return true;
}

bool DevTools::isActive() const
{
    return !m_screenshotDir.isEmpty() || m_firstFrameExit || !m_scrollBench.isEmpty();
}

void DevTools::start(const AppToolContext &context)
{
    QQuickWindow *window = context.window;
    if (!window) {
        std::fprintf(stderr, "The root object is not a window\n");
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(1); });
        return;
    }
    if (!m_screenshotDir.isEmpty()) {
        auto *driver = new ScreenshotDriver(window, context.engine, context.session, context.workspace,
                                            m_screenshotDir, context.appId, qApp);
        if (!m_demoPhone.isEmpty())
            driver->setDemoLogin(m_demoPhone, m_demoPassword);
        QObject::connect(driver, &ScreenshotDriver::done, qApp, [](int code) { QCoreApplication::exit(code); },
                         Qt::QueuedConnection);
        driver->start();
    }
    if (m_firstFrameExit) {
        // The time from the process's start (the script's spawn time) to the first frame.
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        QObject::connect(window, &QQuickWindow::frameSwapped, qApp, [started] {
            const qint64 fromEnv = qEnvironmentVariable("COURTYARD_BENCH_T0").toLongLong();
            const qint64 ms = QDateTime::currentMSecsSinceEpoch() - (fromEnv > 0 ? fromEnv : started);
            std::fprintf(stdout, "first-frame-ms %lld\n", static_cast<long long>(ms));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        }, Qt::SingleShotConnection);
    }
    if (!m_scrollBench.isEmpty()) {
        auto *driver = new ScrollBenchDriver(window, context.engine, context.appId, m_scrollBench.section(u':', 0, 0),
                                             m_scrollBench.section(u':', 1, 1), qApp);
        QObject::connect(driver, &ScrollBenchDriver::done, qApp, [](int code) { QCoreApplication::exit(code); },
                         Qt::QueuedConnection);
        if (const int frames = m_scrollBench.section(u':', 2).toInt(); frames > 0)
            driver->setFrames(frames);
        driver->start();
    }
}

std::unique_ptr<AppTool> makeDevTools()
{
    return std::make_unique<DevTools>();
}

} // namespace Courtyard::Client
