#include "startupoptions.h"

#include "appsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

std::optional<StartupOptions> StartupOptions::parse(const QStringList &arguments,
                                                    const QProcessEnvironment &environment,
                                                    QString *error)
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
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QCoreApplication::translate("StartupOptions", "Save screenshots to a folder and quit."),
        u"dir"_s);
    const QCommandLineOption selfTestOption(
        u"self-test"_s, QCoreApplication::translate("StartupOptions", "Load all QML and quit."));
    const QCommandLineOption firstFrameOption(
        u"first-frame-exit"_s,
        QCoreApplication::translate("StartupOptions", "Print the time to the first frame and quit (benchmarks)."));
    const QCommandLineOption scrollOption(
        u"scroll-bench"_s,
        QCoreApplication::translate("StartupOptions", "Scroll the list LIST of tour step STEP, print frame times and quit (benchmarks)."),
        u"STEP:LIST"_s);
    parser.addOptions({serverOption, caOption, langOption, screenshotOption, selfTestOption, firstFrameOption, scrollOption});

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

    options.screenshotDir = parser.value(screenshotOption);
    if (!options.screenshotDir.isEmpty()) {
        const QString login = environment.value(u"COURTYARD_DEMO_LOGIN"_s);
        const qsizetype colon = login.indexOf(u':');
        if (!login.isEmpty() && colon <= 0) {
            *error = u"COURTYARD_DEMO_LOGIN must look like phone:password"_s;
            return std::nullopt;
        }
        if (colon > 0) {
            options.demoPhone = login.left(colon);
            options.demoPassword = login.mid(colon + 1);
        }
    }
    options.selfTest = parser.isSet(selfTestOption);
    options.firstFrameExit = parser.isSet(firstFrameOption);
    options.scrollBench = parser.value(scrollOption);
    return options;
}

} // namespace Courtyard::Client
