// Courtyard Resident: all the start-up work is in AppBootstrap (core/client).
#include "appbootstrap.h"

#include <QGuiApplication>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Courtyard_CorePlugin)
Q_IMPORT_QML_PLUGIN(Courtyard_UiPlugin)
Q_IMPORT_QML_PLUGIN(Courtyard_ResidentPlugin)

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(u"Courtyard"_s);
    QGuiApplication::setApplicationName(u"courtyard-resident"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(COURTYARD_VERSION));

    AppBootstrap bootstrap(u"resident"_s, Session::Audience::Resident,
                           QUrl(u"qrc:/qt/qml/Courtyard/Resident/Main.qml"_s), builtInModules(), builtInTools());
    return bootstrap.run();
}
