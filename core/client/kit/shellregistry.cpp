#include "kit/shellregistry.h"

#include "kit/format.h"
#include "logging.h"
#include "store/localstore.h"
#include "viewer.h"

#include <QDateTime>
#include <QJSEngine>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

QPointer<ShellRegistry> s_shell;

QStringList watchedBy(bool tiles)
{
    QStringList out;
    if (const ShellRegistry *shell = ShellRegistry::instance()) {
        if (tiles) {
            for (const ShellRegistry::Tile &t : shell->tilesFor(Viewer()))
                out << t.watched;
        }
        for (const ShellRegistry::FeedSource &f : shell->feedSources())
            out << f.watched;
    }
    out.removeDuplicates();
    return out;
}

struct TileRow : ListRow
{
    QString title;
    QString icon;
    int count = 0;
    bool counted = false;
    PageRequest target;
    QString tab;
    int tabIndex = 0;
    bool sameAs(const ListRow &other) const override
    {
        const auto &o = static_cast<const TileRow &>(other);
        return title == o.title && icon == o.icon && count == o.count && target.url == o.target.url
            && target.properties == o.target.properties;
    }
};

struct FeedRow : ListRow
{
    ShellRegistry::FeedItem item;
    bool sameAs(const ListRow &other) const override
    {
        const auto &o = static_cast<const FeedRow &>(other).item;
        return item.title == o.title && item.text == o.text && item.at == o.at;
    }
};

} // namespace

ShellRegistry::ShellRegistry(App app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    s_shell = this;
}

ShellRegistry::~ShellRegistry() = default;

ShellRegistry *ShellRegistry::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    if (!s_shell)
        s_shell = new ShellRegistry(App::Resident); // a QML test without an app: an empty shell
    QJSEngine::setObjectOwnership(s_shell, QJSEngine::CppOwnership);
    return s_shell;
}

ShellRegistry *ShellRegistry::instance()
{
    return s_shell;
}

void ShellRegistry::addTab(Tab tab)
{
    m_tabs.append(std::move(tab));
    std::stable_sort(m_tabs.begin(), m_tabs.end(), [](const Tab &a, const Tab &b) { return a.order < b.order; });
}

void ShellRegistry::addTile(Tile tile)
{
    m_tiles.append(std::move(tile));
    std::stable_sort(m_tiles.begin(), m_tiles.end(), [](const Tile &a, const Tile &b) { return a.order < b.order; });
}

void ShellRegistry::addFeedSource(FeedSource source)
{
    m_feed.append(std::move(source));
}

void ShellRegistry::addRecordPage(const QString &entity, App app, QUrl page, QString idProperty)
{
    m_pages.append({entity, app, std::move(page), std::move(idProperty)});
}

void ShellRegistry::addSignInAction(SignInAction action)
{
    m_signInActions.append(std::move(action));
    std::stable_sort(m_signInActions.begin(), m_signInActions.end(),
                     [](const SignInAction &a, const SignInAction &b) { return a.order < b.order; });
}

void ShellRegistry::addMeSection(MeSection section)
{
    m_meSections.append(std::move(section));
    std::stable_sort(m_meSections.begin(), m_meSections.end(),
                     [](const MeSection &a, const MeSection &b) { return a.order < b.order; });
}

QVariantList ShellRegistry::signInActions() const
{
    QVariantList out;
    for (const SignInAction &a : m_signInActions) {
        if (!a.apps.contains(m_app))
            continue;
        out.append(QVariantMap{{u"id"_s, a.id}, {u"title"_s, a.title ? a.title() : a.id}, {u"icon"_s, a.icon},
                               {u"page"_s, a.page}});
    }
    return out;
}

QVariantList ShellRegistry::meSections(Viewer *viewer) const
{
    QVariantList out;
    for (const MeSection &s : m_meSections) {
        if (s.app != m_app || (viewer && s.shownTo && !s.shownTo(*viewer)))
            continue;
        out.append(QVariantMap{{u"id"_s, s.id}, {u"component"_s, s.component}});
    }
    return out;
}

QList<ShellRegistry::Tile> ShellRegistry::tilesFor(const Viewer &viewer) const
{
    QList<Tile> out;
    for (const Tile &t : m_tiles) {
        if (t.app == m_app && (!t.shownTo || !viewer.isSignedIn() || t.shownTo(viewer)))
            out.append(t);
    }
    return out;
}

QVariantList ShellRegistry::tabs(Viewer *viewer) const
{
    QVariantList out;
    for (const Tab &t : m_tabs) {
        if (t.app != m_app || (viewer && t.shownTo && !t.shownTo(*viewer)))
            continue;
        out.append(QVariantMap{{u"id"_s, t.id}, {u"title"_s, t.title ? t.title() : t.id}, {u"icon"_s, t.icon},
                               {u"page"_s, t.page}});
    }
    return out;
}

QVariantMap ShellRegistry::pageFor(const QString &entity, const QString &id) const
{
    for (const RecordPage &p : m_pages) {
        if (p.entity == entity && p.app == m_app)
            return {{u"url"_s, p.page}, {u"properties"_s, QVariantMap{{p.idProperty, id}}}};
    }
    return {};
}

void ShellRegistry::open(const QUrl &url, const QVariantMap &properties)
{
    Q_EMIT openRequested(url, properties, false);
}

void ShellRegistry::replace(const QUrl &url, const QVariantMap &properties)
{
    Q_EMIT openRequested(url, properties, true);
}

void ShellRegistry::showTab(const QString &id, int index)
{
    Q_EMIT tabRequested(id, index);
}

ShellListModel::ShellListModel(QStringList watchedEntities, QObject *parent)
    : PagedListModel(std::move(watchedEntities), parent)
{
    setPaged(false);
}

void ShellListModel::setViewer(Viewer *viewer)
{
    if (m_viewer == viewer)
        return;
    if (m_viewer)
        disconnect(m_viewer, nullptr, this, nullptr);
    m_viewer = viewer;
    if (m_viewer)
        connect(m_viewer, &Viewer::changed, this, &ShellListModel::invalidate);
    Q_EMIT viewerChanged();
    invalidate();
}

HomeTileModel::HomeTileModel(QObject *parent)
    : ShellListModel(watchedBy(true), parent)
{
}

QList<ListRowPtr> HomeTileModel::fetchRows(LocalStore &store, int offset, int limit) const
{
    Q_UNUSED(offset)
    Q_UNUSED(limit)
    QList<ListRowPtr> rows;
    const ShellRegistry *shell = ShellRegistry::instance();
    if (!shell || !viewer())
        return rows;
    for (const ShellRegistry::Tile &t : shell->tilesFor(*viewer())) {
        auto row = std::make_shared<TileRow>();
        row->id = t.id;
        row->title = t.title ? t.title() : t.id;
        row->icon = t.icon;
        row->count = t.count ? t.count(store, *viewer()) : 0;
        row->counted = bool(t.count);
        row->target = t.target ? t.target(store, *viewer()) : PageRequest{};
        row->tab = t.tab;
        row->tabIndex = t.tabIndex;
        rows.append(row);
    }
    return rows;
}

QVariant HomeTileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TileRow &t = rowAs<TileRow>(index.row());
    switch (role) {
    case IdRole:
        return t.id;
    case Qt::DisplayRole:
    case TitleRole:
        return t.title;
    case IconRole:
        return t.icon;
    case CountRole:
        return t.count;
    case CountedRole:
        return t.counted;
    case PageUrlRole:
        return t.target.url;
    case PagePropertiesRole:
        return t.target.properties;
    case TabRole:
        return t.tab;
    case TabIndexRole:
        return t.tabIndex;
    default:
        return {};
    }
}

QHash<int, QByteArray> HomeTileModel::roleNames() const
{
    return {{IdRole, "tileId"}, {TitleRole, "title"}, {IconRole, "iconName"}, {CountRole, "count"},
            {PageUrlRole, "pageUrl"}, {PagePropertiesRole, "pageProperties"}, {TabRole, "tab"},
            {TabIndexRole, "tabIndex"}, {CountedRole, "counted"}};
}

FeedModel::FeedModel(QObject *parent)
    : ShellListModel(watchedBy(false), parent)
{
}

QList<ListRowPtr> FeedModel::fetchRows(LocalStore &store, int offset, int limit) const
{
    Q_UNUSED(offset)
    Q_UNUSED(limit)
    QList<std::shared_ptr<FeedRow>> rows;
    const ShellRegistry *shell = ShellRegistry::instance();
    if (!shell || !viewer())
        return {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const ShellRegistry::FeedSource &source : shell->feedSources()) {
        for (const ShellRegistry::FeedItem &item : source.items(store, *viewer(), now)) {
            auto row = std::make_shared<FeedRow>();
            row->id = source.id + u':' + item.id;
            row->item = item;
            rows.append(row);
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a->item.at > b->item.at; });
    return QList<ListRowPtr>(rows.cbegin(), rows.cend());
}

QVariant FeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ShellRegistry::FeedItem &i = rowAs<FeedRow>(index.row()).item;
    switch (role) {
    case IdRole:
        return rowAt(index.row()).id;
    case Qt::DisplayRole:
    case TitleRole:
        return i.title;
    case TextRole:
        return i.text;
    case IconRole:
        return i.icon;
    case TintRole:
        return i.tint;
    case WhenRole:
        return Format::dateTime(i.at > 0 ? QVariant(i.at) : QVariant());
    case PageUrlRole:
        return i.page.url;
    case PagePropertiesRole:
        return i.page.properties;
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedModel::roleNames() const
{
    return {{IdRole, "itemId"}, {TitleRole, "title"}, {TextRole, "body"}, {IconRole, "iconName"}, {TintRole, "tint"},
            {WhenRole, "when"}, {PageUrlRole, "pageUrl"}, {PagePropertiesRole, "pageProperties"}};
}

} // namespace Courtyard::Client
