#include "tickets/ticketsmodule.h"

#include "estate/estatemodule.h"
#include "kit/needsattentionmodel.h"
#include "logging.h"
#include "store/entitycatalog.h"
#include "store/entityrepository.h"
#include "tickets/labels.h"
#include "tickets/ticketdesk.h"
#include "tickets/ticketpolicy.h"
#include "tickets/ticketrules.h"

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
    const QString common = u"id TEXT PRIMARY KEY, rev INTEGER NOT NULL, data TEXT NOT NULL, "
                           "local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, server_data TEXT"_s;
    return {
        u"CREATE TABLE IF NOT EXISTS tickets (%1, estate_id TEXT, unit_id TEXT, status TEXT, priority TEXT, "
        "priority_rank INTEGER NOT NULL DEFAULT 4, kind TEXT, category TEXT, "
        "assignee_id TEXT, created_by TEXT, created_at INTEGER, updated_at INTEGER, "
        "response_due_at INTEGER, resolve_due_at INTEGER, "
        "due_sort INTEGER NOT NULL DEFAULT 9223372036854775807)"_s.arg(common),
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
        u"CREATE TABLE IF NOT EXISTS ticket_events (%1, ticket_id TEXT, at INTEGER)"_s.arg(common),
        u"CREATE INDEX IF NOT EXISTS ticket_events_ticket ON ticket_events (ticket_id, at)"_s,
    };
}

} // namespace

Tickets::Tickets(QObject *parent)
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
    : m_facade(std::make_unique<Tickets>())
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
