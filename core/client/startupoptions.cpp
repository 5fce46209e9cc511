#include "startupoptions.h"

#include "appsettings.h"
#include "apptool.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

std::optional<StartupOptions> StartupOptions::parse(const QStringList &arguments,
                                                    const QProcessEnvironment &environment,
                                                    QString *error,
                                                    const std::vector<std::unique_ptr<AppTool>> &tools)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "StartupOptions", "Courtyard: residential property management."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption serverOption(
        u"server"_s,
        QCoreApplication::translate("StartupOptions", "The server to use (https only)."),
        u"url"_s);
    const QCommandLineOption caOption(
        u"ca"_s,
        QCoreApplication::translate("StartupOptions",
                                    "An extra trusted CA certificate (PEM file)."),
        u"file"_s);
    const QCommandLineOption langOption(
        u"lang"_s, QCoreApplication::translate("StartupOptions", "The UI language: zh_CN or en."),
        u"language"_s);
    const QCommandLineOption selfTestOption(
        u"self-test"_s, QCoreApplication::translate("StartupOptions", "Load all QML and quit."));
    parser.addOptions({serverOption, caOption, langOption, selfTestOption});
    for (const auto &tool : tools)
        parser.addOptions(tool->options());

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        *error = u"Unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    StartupOptions options;
    QString server = parser.value(serverOption);
    if (server.isEmpty())
        server = environment.value(u"COURTYARD_SERVER"_s);
    options.serverFromCommandLine = !server.isEmpty();
    options.serverUrl = QUrl::fromUserInput(server.isEmpty() ? DefaultServer : server);
    // fromUserInput guesses http:// for a bare host; https is the only scheme we speak.
    if (!server.contains(u"://"_s))
        options.serverUrl.setScheme(u"https"_s);

    options.caFile = parser.value(caOption);
    if (options.caFile.isEmpty())
        options.caFile = environment.value(u"COURTYARD_CA"_s);

    options.language = parser.value(langOption);
    if (!options.language.isEmpty() && !AppSettings::supportedLanguages().contains(options.language)) {
        *error = u"Unsupported language %1 (use zh_CN or en)"_s.arg(options.language);
        return std::nullopt;
    }

    options.selfTest = parser.isSet(selfTestOption);
    for (const auto &tool : tools) {
        if (!tool->configure(parser, environment, error))
            return std::nullopt;
    }
    return options;
}

} // namespace Courtyard::Client
