#pragma once

#include "apptool.h"

#include <QString>

namespace Courtyard::Client {

/**
 * The developers' tools of an app, linked in only when CMake's COURTYARD_DEVTOOLS is on (tests,
 * benchmarks and the demo):
 *   --screenshot DIR  save the sign-in page, then (with COURTYARD_DEMO_LOGIN="phone:password")
 *                     sign in, save home and tour the app's screens (qml/devtools: the app's
 *                     tour), saving each; quit (ScreenshotDriver)
 *   --first-frame-exit  print "first-frame-ms N" (since COURTYARD_BENCH_T0, ms since the epoch)
 *                     when the first frame is shown, and quit
 *   --scroll-bench STEP:LIST[:FRAMES]  open tour step STEP, scroll its list LIST (FRAMES frames),
 *                     print frame times, quit (ScrollBenchDriver)
 */
class DevTools : public AppTool
{
public:
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    bool configure(const QCommandLineParser &parser, const QProcessEnvironment &environment, QString *error) override;
    [[nodiscard]] bool opensKeptSession() const override { return m_screenshotDir.isEmpty(); }
    [[nodiscard]] bool isActive() const override;
    void start(const AppToolContext &context) override;

    [[nodiscard]] QString screenshotDir() const { return m_screenshotDir; }
    [[nodiscard]] QString demoPhone() const { return m_demoPhone; }
    [[nodiscard]] QString demoPassword() const { return m_demoPassword; }
    [[nodiscard]] bool firstFrameExit() const { return m_firstFrameExit; }
    [[nodiscard]] QString scrollBench() const { return m_scrollBench; }

private:
    QString m_screenshotDir;
    QString m_demoPhone;
    QString m_demoPassword;
    bool m_firstFrameExit = false;
    QString m_scrollBench;
};

std::unique_ptr<AppTool> makeDevTools();

} // namespace Courtyard::Client
