#include "tickets/ticketsmodule.h"

#include "estate/estatemodule.h"
#include "kit/needsattentionmodel.h"
#include "logging.h"
#include "store/entitycatalog.h"
#include "store/entityrepository.h"
#include "tickets/labels.h"
#include "tickets/ticketdesk.h"
#include "kit/shellregistry.h"
#include "tickets/ticketpolicy.h"
#include "tickets/ticketrepository.h"
#include "viewer.h"
#include "tickets/ticketrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJSEngine>

#include <limits>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

QPointer<Tickets> s_tickets;

// The repair loop's tables, as its store (version 1) had them: IF NOT EXISTS keeps those.
QStringList version1()
{
    return {
        ModuleSchema::entityTable(u"tickets"_s,
                                  u"estate_id TEXT, unit_id TEXT, status TEXT, priority TEXT, "
                                  "priority_rank INTEGER NOT NULL DEFAULT 4, kind TEXT, category TEXT, "
                                  "assignee_id TEXT, created_by TEXT, created_at INTEGER, updated_at INTEGER, "
                                  "response_due_at INTEGER, resolve_due_at INTEGER, "
                                  "due_sort INTEGER NOT NULL DEFAULT 9223372036854775807"_s),
        // List screens: every index ends with the sort keys and holds the filter columns, so
        // a page is found in the index alone and only its rows are read from the table.
        u"CREATE INDEX IF NOT EXISTS tickets_order ON tickets (priority_rank, due_sort, created_at, id, status, "
        "assignee_id, unit_id, estate_id)"_s,
        u"CREATE INDEX IF NOT EXISTS tickets_status ON tickets (status)"_s,
        u"CREATE INDEX IF NOT EXISTS tickets_newest ON tickets (created_at, id, status, assignee_id, unit_id, estate_id)"_s,
        u"CREATE INDEX IF NOT EXISTS tickets_assignee ON tickets (assignee_id, status, priority_rank, due_sort, created_at, id)"_s,
        u"CREATE INDEX IF NOT EXISTS tickets_unit ON tickets (unit_id, status, priority_rank, due_sort, created_at, id)"_s,
        u"CREATE INDEX IF NOT EXISTS tickets_estate ON tickets (estate_id, status, priority_rank, due_sort, created_at, id)"_s,
        u"CREATE INDEX IF NOT EXISTS tickets_creator ON tickets (created_by, status, priority_rank, due_sort, created_at, id)"_s,
        ModuleSchema::entityTable(u"ticket_events"_s, u"ticket_id TEXT, at INTEGER"_s),
        u"CREATE INDEX IF NOT EXISTS ticket_events_ticket ON ticket_events (ticket_id, at)"_s,
    };
}

} // namespace

Tickets::Tickets(Made, QObject *parent)
    : QObject(parent)
{
}

Tickets::~Tickets()
{
    if (s_tickets == this)
        s_tickets = nullptr;
}

Tickets *Tickets::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    if (!s_tickets) {
        qCCritical(lcApp) << "QML asked for Tickets, but the tickets module is not built in";
        return nullptr;
    }
    QJSEngine::setObjectOwnership(s_tickets, QJSEngine::CppOwnership);
    return s_tickets;
}

void Tickets::setDesk(TicketDesk *desk)
{
    if (m_desk == desk)
        return;
    m_desk = desk;
    Q_EMIT deskChanged();
}

QVariantMap Tickets::validateRequest(const QVariantMap &form) const
{
    return m_desk ? m_desk->validateRequest(form) : TicketDesk::checkRequest(form, QDateTime::currentMSecsSinceEpoch());
}

QString Tickets::photoUrl(const QString &sha256)
{
    return CommandDesk::photoUrl(sha256);
}

QVariantMap Tickets::validateReport(const QVariantMap &report) const
{
    return TicketPolicy::checkReport(report);
}

QString Tickets::validatePart(const QString &name, const QString &quantity) const
{
    return TicketPolicy::checkPart(name, quantity);
}

QVariantList Tickets::queues(const QString &roleName) const
{
    QVariantList out;
    for (const QString &id : TicketPolicy::queuesFor(Courtyard::roleFromName(roleName).value_or(Courtyard::Role::Resident)))
        out.append(TicketPolicy::describe(id));
    return out;
}

QVariantMap Tickets::queue(const QString &id) const
{
    return TicketPolicy::describe(id);
}

QVariantMap Tickets::actionPolicy(const QStringList &actions, const QString &roleName) const
{
    return TicketPolicy::actionPolicy(actions, Courtyard::roleFromName(roleName).value_or(Courtyard::Role::Resident));
}

TicketsModule::TicketsModule()
    : m_facade(std::make_unique<Tickets>(Tickets::Made{}))
{
    s_tickets = m_facade.get();
    static const bool named = [] {
        CommandTitles::add([](const QString &type) {
            return type.startsWith(u"ticket."_s) ? Labels::actionText(type) : QString();
        });
        return true;
    }();
    Q_UNUSED(named)
}

TicketsModule::~TicketsModule() = default;

void TicketsModule::registerCatalog(EntityCatalog &catalog)
{
    catalog.addSchema({u"tickets"_s, {{1, version1()}}, [](int legacy) { return legacy >= 1 ? 1 : 0; }});
    const auto rank = [](const QJsonObject &t) {
        return QVariant(Courtyard::TicketRules::priorityRank(t.value(u"priority"_s).toString()));
    };
    const auto dueSort = [](const QJsonObject &t) {
        // Orders without a deadline sort last.
        const QJsonValue v = t.value(u"resolveDueAt"_s);
        const std::optional<qint64> due = v.isString() ? EntityRepository::parseTime(v.toString()) : std::nullopt;
        return QVariant(due.value_or(std::numeric_limits<qint64>::max()));
    };
    catalog.addEntity({u"ticket"_s,
                       u"tickets"_s,
                       {EntityColumn::text(u"estate_id"_s, u"estateId"_s),
                        EntityColumn::text(u"unit_id"_s, u"unitId"_s),
                        EntityColumn::text(u"status"_s, u"status"_s),
                        EntityColumn::text(u"priority"_s, u"priority"_s),
                        EntityColumn::computed(u"priority_rank"_s, rank),
                        EntityColumn::text(u"kind"_s, u"kind"_s),
                        EntityColumn::text(u"category"_s, u"category"_s),
                        EntityColumn::text(u"assignee_id"_s, u"assigneeId"_s),
                        EntityColumn::text(u"created_by"_s, u"createdBy"_s),
                        EntityColumn::time(u"created_at"_s, u"createdAt"_s),
                        EntityColumn::time(u"updated_at"_s, u"updatedAt"_s),
                        EntityColumn::time(u"response_due_at"_s, u"responseDueAt"_s),
                        EntityColumn::time(u"resolve_due_at"_s, u"resolveDueAt"_s),
                        EntityColumn::computed(u"due_sort"_s, dueSort)}});
    catalog.addEntity({u"ticketEvent"_s,
                       u"ticket_events"_s,
                       {EntityColumn::text(u"ticket_id"_s, u"ticketId"_s), EntityColumn::time(u"at"_s, u"at"_s)}});
    // A ticket's tombstone stands for its timeline too (api/openapi.yaml, /sync).
    catalog.addCascade({u"ticket"_s, u"ticketEvent"_s, u"ticket_id"_s});
}

namespace {

const QString Pages = u"qrc:/qt/qml/Courtyard/Tickets/"_s;


/// The orders of a queue for this viewer, as TicketListModel reads them.
TicketRepository::Filter queueFilter(const QString &id, const Viewer &viewer)
{
    TicketRepository::Filter f;
    if (const TicketQueue *q = TicketPolicy::queue(id)) {
        f.statuses = q->statuses;
        if (q->assignee == TicketQueue::Assignee::Viewer)
            f.assigneeId = viewer.id();
        else if (q->assignee == TicketQueue::Assignee::Unassigned)
            f.assigneeId = QString();
    }
    return f;
}

ShellRegistry::Tile queueTile(const QString &id, const char *title, const QString &queue, int tabIndex, int order,
                              std::function<bool(const Viewer &)> shownTo)
{
    ShellRegistry::Tile t;
    t.id = id;
    t.app = ShellRegistry::App::Staff;
    t.title = [title] { return QCoreApplication::translate("TicketsModule", title); };
    t.icon = TicketPolicy::queue(queue)->icon;
    t.order = order;
    t.shownTo = std::move(shownTo);
    t.watched = {u"ticket"_s};
    t.count = [queue](LocalStore &store, const Viewer &viewer) {
        return TicketRepository(store).count(queueFilter(queue, viewer));
    };
    t.tab = u"orders"_s;
    t.tabIndex = tabIndex;
    return t;
}

} // namespace

void TicketsModule::registerShell(ShellRegistry &shell)
{
    using App = ShellRegistry::App;
    const auto technician = [](const Viewer &v) { return v.role() == Courtyard::Role::Technician; };
    const auto office = [](const Viewer &v) { return v.isOffice(); };
    shell.addTab({u"repairs"_s, App::Resident, [] { return QCoreApplication::translate("TicketsModule", "Repairs"); }, u"build"_s,
                  QUrl(Pages + u"RepairsPage.qml"_s), 20, {}});
    shell.addTab({u"orders"_s, App::Staff,
                  [] { return QCoreApplication::translate("TicketsModule", "Orders"); }, u"assignment"_s, QUrl(Pages + u"OrdersPage.qml"_s), 20, {}});
    shell.addRecordPage(u"ticket"_s, App::Resident, QUrl(Pages + u"TicketDetailPage.qml"_s), u"ticketId"_s);
    shell.addRecordPage(u"ticket"_s, App::Staff, QUrl(Pages + u"OrderDetailPage.qml"_s), u"ticketId"_s);

    // The technician's home: the next order a tap away (then check in, resolve).
    ShellRegistry::Tile next = queueTile(u"tickets.next"_s, QT_TRANSLATE_NOOP("TicketsModule", "Next order"), u"tech.mine"_s, 0, 10, technician);
    next.icon = u"play_circle"_s;
    next.tab.clear();
    next.target = [](LocalStore &store, const Viewer &viewer) {
        const QList<TicketRow> first = TicketRepository(store).list(queueFilter(u"tech.mine"_s, viewer),
                                                                    TicketRepository::Sort::PriorityThenDeadline, 1);
        return first.isEmpty() ? PageRequest{}
                               : PageRequest{QUrl(Pages + u"OrderDetailPage.qml"_s), {{u"ticketId"_s, first.first().id}}};
    };
    shell.addTile(next);
    shell.addTile(queueTile(u"tickets.mine"_s, QT_TRANSLATE_NOOP("TicketsModule", "My orders"), u"tech.mine"_s, 0, 20, technician));
    shell.addTile(queueTile(u"tickets.pool"_s, QT_TRANSLATE_NOOP("TicketsModule", "Pool"), u"tech.pool"_s, 1, 30, technician));
    shell.addTile(queueTile(u"tickets.done"_s, QT_TRANSLATE_NOOP("TicketsModule", "Done"), u"tech.done"_s, 2, 40, technician));
    // The office's queue of the day.
    shell.addTile(queueTile(u"tickets.new"_s, QT_TRANSLATE_NOOP("TicketsModule", "New requests"), u"office.new"_s, 0, 10, office));
    shell.addTile(queueTile(u"tickets.inProgress"_s, QT_TRANSLATE_NOOP("TicketsModule", "In progress"), u"office.inProgress"_s, 1, 20, office));
    shell.addTile(queueTile(u"tickets.onHold"_s, QT_TRANSLATE_NOOP("TicketsModule", "On hold"), u"office.onHold"_s, 2, 30, office));
    shell.addTile(queueTile(u"tickets.resolved"_s, QT_TRANSLATE_NOOP("TicketsModule", "Awaiting answer"), u"office.resolved"_s, 3, 40, office));

    // The resident's home: fixes waiting for their confirmation.
    shell.addFeedSource({u"tickets.toConfirm"_s, {u"ticket"_s}, [](LocalStore &store, const Viewer &viewer, qint64) {
        QList<ShellRegistry::FeedItem> items;
        TicketRepository::Filter f = queueFilter(u"resident.toConfirm"_s, viewer);
        for (const TicketRow &row : TicketRepository(store).list(f, TicketRepository::Sort::NewestFirst, 5)) {
            if (row.onBehalf)
                continue; // the office calls back instead
            ShellRegistry::FeedItem item;
            item.id = row.id;
            item.title = QCoreApplication::translate("TicketsModule", "Is it fixed? Please confirm");
            item.text = Labels::titleOf(row.kind, row.category) + u" · "_s + row.description;
            item.icon = u"task_alt"_s;
            item.tint = u"#15803D"_s;
            item.at = row.resolvedAt > 0 ? row.resolvedAt : row.updatedAt;
            item.page = {QUrl(Pages + u"TicketDetailPage.qml"_s), {{u"ticketId"_s, row.id}}};
            items.append(item);
        }
        return items;
    }});
}

void TicketsModule::openSession(const SessionContext &context)
{
    const EstateModule *estate = context.modules.find<EstateModule>();
    if (!estate || !estate->directory()) {
        qCWarning(lcApp) << "the tickets module needs the estate module";
        return;
    }
    m_desk = std::make_unique<TicketDesk>(context.store, context.attachments, context.viewer, context.mediaDir,
                                          *estate->directory());
    m_facade->setDesk(m_desk.get());
}

void TicketsModule::closeSession()
{
    m_facade->setDesk(nullptr);
    m_desk.reset();
}

std::unique_ptr<ClientModule> makeTicketsModule()
{
    return std::make_unique<TicketsModule>();
}

} // namespace Courtyard::Client
