#include "tickets/ticketsla.h"

#include "kit/format.h"
#include "store/entityrepository.h"

#include <QCoreApplication>

namespace Courtyard::Client::TicketSla {

namespace Rules = Courtyard::TicketRules;
using Courtyard::TicketStatus;

namespace {


bool isEnded(const Times &t)
{
    return Rules::isTerminal(t.status);
}

} // namespace

qint64 parseTime(const QString &iso)
{
    return iso.isEmpty() ? 0 : EntityRepository::parseTime(iso).value_or(0);
}

TicketStatus statusOf(const QString &name)
{
    return Rules::statusFromName(name).value_or(TicketStatus::Cancelled);
}

Times timesOf(const QJsonObject &ticket)
{
    Times t;
    t.status = statusOf(ticket.value(u"status").toString());
    t.createdAt = parseTime(ticket.value(u"createdAt").toString());
    t.responseDueAt = parseTime(ticket.value(u"responseDueAt").toString());
    t.resolveDueAt = parseTime(ticket.value(u"resolveDueAt").toString());
    t.acceptedAt = parseTime(ticket.value(u"acceptedAt").toString());
    t.resolvedAt = parseTime(ticket.value(u"resolvedAt").toString());
    return t;
}

QString duration(qint64 ms)
{
    return Format::duration(ms);
}

bool isOverdue(const Times &t, qint64 now)
{
    return Rules::isOverdue(t, now);
}

QString responseText(const Times &t, qint64 now)
{
    const qint64 target = t.responseDueAt > 0 && t.createdAt > 0 ? t.responseDueAt - t.createdAt : 0;
    if (Rules::isAnswered(t) && t.createdAt > 0) {
        const QString took = duration(t.acceptedAt - t.createdAt);
        return target > 0 ? QCoreApplication::translate("TicketSla", "Answered in %1 · target %2").arg(took, duration(target)) : QCoreApplication::translate("TicketSla", "Answered in %1").arg(took);
    }
    if (Rules::isAnswered(t) || isEnded(t) || t.status != TicketStatus::Submitted)
        return {};
    if (t.responseDueAt <= 0)
        return QCoreApplication::translate("TicketSla", "Waiting for the property office");
    if (now <= t.responseDueAt)
        return QCoreApplication::translate("TicketSla", "Answer due in %1").arg(duration(t.responseDueAt - now));
    return QCoreApplication::translate("TicketSla", "Answer overdue by %1").arg(duration(now - t.responseDueAt));
}

QString resolveText(const Times &t, qint64 now)
{
    const qint64 target = t.resolveDueAt > 0 && t.createdAt > 0 ? t.resolveDueAt - t.createdAt : 0;
    if (Rules::isFixed(t) && t.createdAt > 0) {
        const QString took = duration(t.resolvedAt - t.createdAt);
        return target > 0 ? QCoreApplication::translate("TicketSla", "Fixed in %1 · target %2").arg(took, duration(target)) : QCoreApplication::translate("TicketSla", "Fixed in %1").arg(took);
    }
    if (!Rules::isOpen(t.status) || t.resolveDueAt <= 0)
        return {};
    if (now <= t.resolveDueAt)
        return QCoreApplication::translate("TicketSla", "Fix due in %1").arg(duration(t.resolveDueAt - now));
    return QCoreApplication::translate("TicketSla", "Fix overdue by %1").arg(duration(now - t.resolveDueAt));
}

QString headline(const Times &t, qint64 now)
{
    if (!Rules::isAnswered(t) && Rules::isOpen(t.status)) {
        const QString response = responseText(t, now);
        if (!response.isEmpty())
            return response;
    }
    return resolveText(t, now);
}

} // namespace Courtyard::Client::TicketSla
