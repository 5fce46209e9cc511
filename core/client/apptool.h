#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

class QCommandLineParser;
class QProcessEnvironment;
class QQmlEngine;
class QQuickWindow;

namespace Courtyard::Client {

class Session;
class Workspace;

/// What a tool may use once the app's QML is loaded.
struct AppToolContext
{
    QQuickWindow *window = nullptr;
    QQmlEngine *engine = nullptr;
    Session *session = nullptr;
    Workspace *workspace = nullptr;
    QString appId;
};

/**
 * Something an app can be built with that is not the product: the developers' tools (screenshot
 * tours, benchmark drivers), linked in only when CMake's COURTYARD_DEVTOOLS option is on (see
 * core/devtools). A tool adds its command-line options, says from them whether this run is its
 * own, and starts once the QML is loaded.
 */
class AppTool
{
public:
    virtual ~AppTool();
    [[nodiscard]] virtual QList<QCommandLineOption> options() const = 0;
    /// Reads its options; false with *error set on a usage error.
    virtual bool configure(const QCommandLineParser &parser, const QProcessEnvironment &environment, QString *error) = 0;
    /// False when this run must not open a kept session (e.g. a tour that signs in itself).
    [[nodiscard]] virtual bool opensKeptSession() const { return true; }
    /// True when the run is the tool's: the network starts as the tool says, not after the first frame.
    [[nodiscard]] virtual bool isActive() const = 0;
    virtual void start(const AppToolContext &context) = 0;
};

/// The tools built into this executable (generated with builtInModules(); none in a product build).
std::vector<std::unique_ptr<AppTool>> builtInTools();

} // namespace Courtyard::Client
