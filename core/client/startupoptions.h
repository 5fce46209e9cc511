#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Courtyard::Client {

/**
 * What the command line and the environment ask of an app at start-up:
 *   --server URL   (or COURTYARD_SERVER; default https://127.0.0.1:8443)
 *   --ca FILE      (or COURTYARD_CA): an extra trusted CA certificate, PEM
 *   --lang zh_CN|en  force the UI language for this run
 *   --screenshot DIR  save screenshots and quit (with COURTYARD_DEMO_LOGIN="phone:password"
 *                     it also signs in and saves the home page)
 *   --self-test    load all QML and quit
 *   --first-frame-exit  print "first-frame-ms N" (since COURTYARD_BENCH_T0, ms since the epoch,
 *                  or since main() began) when the first frame is shown, and quit
 *   --scroll-bench STEP:LIST[:FRAMES]  open tour step STEP, scroll its list LIST (FRAMES frames),
 *                  print frame times, quit
 */
struct StartupOptions
{
    static inline const QString DefaultServer = QStringLiteral("https://127.0.0.1:8443");

    QUrl serverUrl;
    bool serverFromCommandLine = false; ///< --server or COURTYARD_SERVER, not the default
    QString caFile;
    QString language; ///< empty: settings, then the system locale
    QString screenshotDir;
    QString demoPhone;
    QString demoPassword;
    bool selfTest = false;
    bool firstFrameExit = false;
    QString scrollBench; ///< "STEP:LIST"; empty = none

    /// Parses @p arguments (argv, program name first). On a usage error returns nullopt and
    /// sets @p error; --help and --version print and exit like QCommandLineParser::process().
    [[nodiscard]] static std::optional<StartupOptions>
    parse(const QStringList &arguments, const QProcessEnvironment &environment, QString *error);
};

} // namespace Courtyard::Client
