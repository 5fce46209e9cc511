// Courtyard Staff: all the start-up work is in AppBootstrap (core/client).
#include "appbootstrap.h"

#include <QGuiApplication>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Courtyard_CorePlugin)
Q_IMPORT_QML_PLUGIN(Courtyard_UiPlugin)
Q_IMPORT_QML_PLUGIN(Courtyard_StaffPlugin)

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(u"Courtyard"_s);
    QGuiApplication::setApplicationName(u"courtyard-staff"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(COURTYARD_VERSION));

    AppBootstrap bootstrap(u"staff"_s, Session::Audience::Staff,
                           QUrl(u"qrc:/qt/qml/Courtyard/Staff/Main.qml"_s), builtInModules(), builtInTools());
    return bootstrap.run();
}
