// The baseline of the start-up benchmark: a minimal Qt Quick Controls (Material) app at phone
// size, started the same way as ours, printing "first-frame-ms N" (since COURTYARD_BENCH_T0)
// when its first frame is shown, then quitting. With --cjk it shows one line of Chinese.

#include <QDateTime>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    // --cjk: the same app with one line of Chinese, to show what loading a CJK font costs.
    engine.rootContext()->setContextProperty(QStringLiteral("cjk"), app.arguments().contains(QStringLiteral("--cjk")));
    engine.loadData(R"(
        import QtQuick
        import QtQuick.Controls
        ApplicationWindow {
            width: 390; height: 844; visible: true
            header: ToolBar { Label { anchors.centerIn: parent; text: "Minimal" } }
            Column {
                anchors.centerIn: parent
                spacing: 12
                Label { text: cjk ? "你好，翠湖花园" : "Hello" }
                Button { text: "OK" }
            }
        }
    )");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [started] {
        const qint64 fromEnv = qEnvironmentVariable("COURTYARD_BENCH_T0").toLongLong();
        const qint64 t0 = fromEnv > 0 ? fromEnv : started;
        std::fprintf(stdout, "first-frame-ms %lld\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch() - t0));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }, Qt::SingleShotConnection);
    return app.exec();
}
