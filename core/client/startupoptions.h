#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

namespace Courtyard::Client {

class AppTool;

/**
 * What the command line and the environment ask of an app at start-up:
 *   --server URL   (or COURTYARD_SERVER; default https://127.0.0.1:8443)
 *   --ca FILE      (or COURTYARD_CA): an extra trusted CA certificate, PEM
 *   --lang zh_CN|en  force the UI language for this run
 *   --self-test    load all QML and quit
 * and the options of the tools built in (AppTool: the developers' --screenshot, ... when the
 * build has them).
 */
struct StartupOptions
{
    static inline const QString DefaultServer = QStringLiteral("https://127.0.0.1:8443");

    QUrl serverUrl;
    bool serverFromCommandLine = false; ///< --server or COURTYARD_SERVER, not the default
    QString caFile;
    QString language; ///< empty: settings, then the system locale
    bool selfTest = false;

    /// Parses @p arguments (argv, program name first). On a usage error returns nullopt and
    /// sets @p error; --help and --version print and exit like QCommandLineParser::process().
    [[nodiscard]] static std::optional<StartupOptions>
    parse(const QStringList &arguments, const QProcessEnvironment &environment, QString *error,
          const std::vector<std::unique_ptr<AppTool>> &tools = {});
};

} // namespace Courtyard::Client
