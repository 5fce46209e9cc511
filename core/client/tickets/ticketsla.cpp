#include "ticketsla.h"

#include "entityrepository.h"

#include <QCoreApplication>

namespace TicketSla {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TicketSla", text);
}

bool isOpen(const QString &status)
{
    return status != u"closed" && status != u"cancelled";
}

bool answered(const TicketTimes &t)
{
    return t.acceptedAt > 0 || (t.status != u"submitted" && t.status != u"reopened" && t.status != u"cancelled");
}

bool fixed(const TicketTimes &t)
{
    return t.resolvedAt > 0 && (t.status == u"resolved" || t.status == u"closed");
}

} // namespace

qint64 parseTime(const QString &iso)
{
    return iso.isEmpty() ? 0 : EntityRepository::parseTime(iso).value_or(0);
}

TicketTimes timesOf(const QJsonObject &ticket)
{
    TicketTimes t;
    t.status = ticket.value(u"status").toString();
    t.createdAt = parseTime(ticket.value(u"createdAt").toString());
    t.responseDueAt = parseTime(ticket.value(u"responseDueAt").toString());
    t.resolveDueAt = parseTime(ticket.value(u"resolveDueAt").toString());
    t.acceptedAt = parseTime(ticket.value(u"acceptedAt").toString());
    t.resolvedAt = parseTime(ticket.value(u"resolvedAt").toString());
    return t;
}

QString duration(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, (ms + 30'000) / 60'000);
    if (minutes < 1)
        return tr("under a minute");
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        return minutes % 60 ? tr("%1 h %2 min").arg(hours).arg(minutes % 60) : tr("%1 h").arg(hours);
    }
    const qint64 days = hours / 24;
    return hours % 24 ? tr("%1 d %2 h").arg(days).arg(hours % 24) : tr("%1 d").arg(days);
}

bool isOverdue(const TicketTimes &t, qint64 now)
{
    if (!isOpen(t.status) || t.status == u"resolved")
        return false;
    if (!answered(t) && t.responseDueAt > 0 && now > t.responseDueAt)
        return true;
    return t.resolveDueAt > 0 && now > t.resolveDueAt;
}

QString responseText(const TicketTimes &t, qint64 now)
{
    const qint64 target = t.responseDueAt > 0 && t.createdAt > 0 ? t.responseDueAt - t.createdAt : 0;
    if (t.acceptedAt > 0 && t.createdAt > 0) {
        const QString took = duration(t.acceptedAt - t.createdAt);
        return target > 0 ? tr("Answered in %1 · target %2").arg(took, duration(target)) : tr("Answered in %1").arg(took);
    }
    if (answered(t) || !isOpen(t.status))
        return {};
    if (t.responseDueAt <= 0)
        return tr("Waiting for the property office");
    if (now <= t.responseDueAt)
        return tr("Answer due in %1").arg(duration(t.responseDueAt - now));
    return tr("Answer overdue by %1").arg(duration(now - t.responseDueAt));
}

QString resolveText(const TicketTimes &t, qint64 now)
{
    const qint64 target = t.resolveDueAt > 0 && t.createdAt > 0 ? t.resolveDueAt - t.createdAt : 0;
    if (fixed(t) && t.createdAt > 0) {
        const QString took = duration(t.resolvedAt - t.createdAt);
        return target > 0 ? tr("Fixed in %1 · target %2").arg(took, duration(target)) : tr("Fixed in %1").arg(took);
    }
    if (!isOpen(t.status) || t.resolveDueAt <= 0)
        return {};
    if (now <= t.resolveDueAt)
        return tr("Fix due in %1").arg(duration(t.resolveDueAt - now));
    return tr("Fix overdue by %1").arg(duration(now - t.resolveDueAt));
}

QString headline(const TicketTimes &t, qint64 now)
{
    if (!answered(t) && isOpen(t.status)) {
        const QString response = responseText(t, now);
        if (!response.isEmpty())
            return response;
    }
    return resolveText(t, now);
}

} // namespace TicketSla
