#pragma once

#include "kit/pagedlistmodel.h"
#include "roles.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>
#include <qqmlintegration.h>

#include <functional>

class QQmlEngine;
class QJSEngine;

namespace Courtyard::Client {

class Viewer;

/// A page to open: its QML file and the properties it is made with.
struct PageRequest
{
    QUrl url;
    QVariantMap properties;
    [[nodiscard]] bool isValid() const { return url.isValid() && !url.isEmpty(); }
};

/**
 * What the feature modules add to the two apps' shells (singleton "Shell" of Courtyard.Core):
 * tabs of the bottom navigation, tiles of the staff home per role, items of the resident's
 * home feed (what needs the resident now), the page that shows a record of an entity, the
 * actions the sign-in page offers to people not signed in, and the sections of "Me". A
 * module registers them in ClientModule::registerShell(); the shells only read them, so
 * adding a feature adds files and edits no shell.
 */
class ShellRegistry : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Shell)
    QML_SINGLETON

public:
    enum class App { Resident, Staff };

    struct Tab
    {
        QString id;
        App app = App::Resident;
        std::function<QString()> title; ///< translated when asked
        QString icon;
        QUrl page;
        int order = 50;
        std::function<bool(const Viewer &)> shownTo; ///< empty: everyone of the app
    };
    struct Tile
    {
        QString id;
        App app = App::Staff;
        std::function<QString()> title;
        QString icon;
        int order = 50;
        std::function<bool(const Viewer &)> shownTo;
        QStringList watched; ///< entities whose changes move its count
        std::function<int(LocalStore &, const Viewer &)> count; ///< empty: a link tile, no count shown
        /// What a tap opens (may read the store: "the next order").
        std::function<PageRequest(LocalStore &, const Viewer &)> target;
        /// A tab of the shell to switch to instead, with an index within it.
        QString tab;
        int tabIndex = 0;
    };
    struct FeedItem
    {
        QString id;
        QString title;
        QString text;
        QString icon;
        QString tint;
        qint64 at = 0;
        PageRequest page;
    };
    /// A way in besides signing in ("Join my home"): a button of the sign-in page that opens
    /// @p page over it.
    struct SignInAction
    {
        QString id;
        QList<App> apps;
        std::function<QString()> title;
        QString icon;
        QUrl page;
        int order = 50;
    };
    /// A section of the "Me" page (a QML component file), below the account card.
    struct MeSection
    {
        QString id;
        App app = App::Resident;
        QUrl component;
        int order = 50;
        std::function<bool(const Viewer &)> shownTo;
    };
    struct FeedSource
    {
        QString id;
        QStringList watched;
        std::function<QList<FeedItem>(LocalStore &, const Viewer &, qint64 now)> items;
    };

    /// No default constructor on purpose: QML would prefer it to create() and make a second,
    /// empty registry.
    explicit ShellRegistry(App app, QObject *parent = nullptr);
    ~ShellRegistry() override;
    static ShellRegistry *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    /// The registry the app's modules filled (the last one made).
    [[nodiscard]] static ShellRegistry *instance();

    void setApp(App app) { m_app = app; }
    [[nodiscard]] App app() const { return m_app; }
    void addTab(Tab tab);
    void addTile(Tile tile);
    void addFeedSource(FeedSource source);
    void addRecordPage(const QString &entity, App app, QUrl page, QString idProperty);
    void addSignInAction(SignInAction action);
    void addMeSection(MeSection section);

    [[nodiscard]] QList<Tile> tilesFor(const Viewer &viewer) const;
    [[nodiscard]] const QList<FeedSource> &feedSources() const { return m_feed; }

    /// The app's tabs the viewer may use, in order: [{id, title, icon, page}].
    Q_INVOKABLE QVariantList tabs(Courtyard::Client::Viewer *viewer) const;
    /// The sign-in page's actions of this app, in order: [{id, title, icon, page}].
    Q_INVOKABLE QVariantList signInActions() const;
    /// The sections of "Me" the viewer sees, in order: [{id, component}].
    Q_INVOKABLE QVariantList meSections(Courtyard::Client::Viewer *viewer) const;
    /// The page of a record: {url, properties}, or an empty map when no module shows it.
    Q_INVOKABLE QVariantMap pageFor(const QString &entity, const QString &id) const;
    /// Asks the app's shell to open a page on its stack (replacing the top one).
    Q_INVOKABLE void open(const QUrl &url, const QVariantMap &properties = {});
    Q_INVOKABLE void replace(const QUrl &url, const QVariantMap &properties = {});
    /// Asks the shell to show one of its tabs.
    Q_INVOKABLE void showTab(const QString &id, int index = 0);

Q_SIGNALS:
    void openRequested(const QUrl &url, const QVariantMap &properties, bool replace);
    void tabRequested(const QString &id, int index);

private:
    struct RecordPage
    {
        QString entity;
        App app;
        QUrl page;
        QString idProperty;
    };
    App m_app = App::Resident;
    QList<Tab> m_tabs;
    QList<Tile> m_tiles;
    QList<FeedSource> m_feed;
    QList<RecordPage> m_pages;
    QList<SignInAction> m_signInActions;
    QList<MeSection> m_meSections;
};

/// A list of what the modules registered, for one viewer (the base of HomeTiles and Feed).
class ShellListModel : public PagedListModel
{
    Q_OBJECT
    Q_PROPERTY(Courtyard::Client::Viewer *viewer READ viewer WRITE setViewer NOTIFY viewerChanged)

public:
    [[nodiscard]] Viewer *viewer() const { return m_viewer; }
    void setViewer(Viewer *viewer);

Q_SIGNALS:
    void viewerChanged();

protected:
    ShellListModel(QStringList watchedEntities, QObject *parent);

private:
    QPointer<Viewer> m_viewer;
};

/// The staff home's tiles for the viewer's role, with their counts (QML "HomeTiles").
class HomeTileModel : public ShellListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(HomeTiles)

public:
    /// `counted`: the tile has a count (else it is a link to a page, always enabled).
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, IconRole, CountRole, PageUrlRole, PagePropertiesRole, TabRole, TabIndexRole,
                CountedRole };
    explicit HomeTileModel(QObject *parent = nullptr);
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] QList<ListRowPtr> fetchRows(LocalStore &store, int offset, int limit) const override;
};

/// The resident's home feed: what needs them now, newest first, from every module (QML "Feed").
class FeedModel : public ShellListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Feed)

public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, TextRole, IconRole, TintRole, WhenRole, PageUrlRole, PagePropertiesRole };
    explicit FeedModel(QObject *parent = nullptr);
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] QList<ListRowPtr> fetchRows(LocalStore &store, int offset, int limit) const override;
};

} // namespace Courtyard::Client
