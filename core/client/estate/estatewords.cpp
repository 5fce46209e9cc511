#include "estate/estatewords.h"

#include <QCoreApplication>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace Courtyard::Client::EstateWords {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EstateWords", text);
}

} // namespace

QStringList dispatchModes() { return {u"assign"_s, u"pool"_s, u"roundRobin"_s}; }
QStringList priorities() { return {u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s}; }
QStringList purposes() { return {u"residential"_s, u"shop"_s, u"office"_s, u"storage"_s}; }
QStringList unitStatuses() { return {u"occupied"_s, u"vacant"_s, u"notHandedOver"_s}; }
QStringList relations() { return {u"owner"_s, u"tenant"_s, u"family"_s}; }
QStringList staffRoles() { return {u"agent"_s, u"technician"_s, u"manager"_s}; }

QString dispatchModeTitle(const QString &mode)
{
    if (mode == u"assign")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "The desk assigns"));
    if (mode == u"pool")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Open pool"));
    if (mode == u"roundRobin")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Round robin"));
    return mode;
}

QString dispatchModeText(const QString &mode)
{
    if (mode == u"assign")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "New requests wait for the front desk, who picks a technician for each."));
    if (mode == u"pool")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "New requests go to a pool; any technician on duty takes one."));
    if (mode == u"roundRobin")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "New requests go to the technicians on duty in turn."));
    return {};
}

QString priorityTitle(const QString &priority)
{
    if (priority == u"low")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Low"));
    if (priority == u"normal")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Normal"));
    if (priority == u"high")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "High"));
    if (priority == u"urgent")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Urgent"));
    return priority;
}

QString purposeTitle(const QString &purpose)
{
    if (purpose == u"residential")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Home"));
    if (purpose == u"shop")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Shop"));
    if (purpose == u"office")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Office"));
    if (purpose == u"storage")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Storage"));
    return purpose;
}

QString unitStatusTitle(const QString &status)
{
    if (status == u"occupied")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Occupied"));
    if (status == u"vacant")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Vacant"));
    if (status == u"notHandedOver")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Not handed over"));
    return status;
}

QString relationTitle(const QString &relation)
{
    if (relation == u"owner")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Owner"));
    if (relation == u"tenant")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Tenant"));
    if (relation == u"family")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Family"));
    return relation;
}

QString roleTitle(const QString &role)
{
    if (role == u"agent")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Front desk"));
    if (role == u"technician")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Technician"));
    if (role == u"manager")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Manager"));
    return role;
}

QString joinCodeStateTitle(const QString &state)
{
    if (state == u"open")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Open"));
    if (state == u"used")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Used"));
    if (state == u"revoked")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Revoked"));
    if (state == u"expired")
        return tr(QT_TRANSLATE_NOOP("EstateWords", "Expired"));
    return state;
}

QVariantList choices(const QString &kind)
{
    QVariantList out;
    const auto add = [&out](const QStringList &ids, QString (*title)(const QString &)) {
        for (const QString &id : ids)
            out.append(QVariantMap{{u"id"_s, id}, {u"title"_s, title(id)}});
    };
    if (kind == u"dispatchMode") {
        for (const QString &id : dispatchModes())
            out.append(QVariantMap{{u"id"_s, id}, {u"title"_s, dispatchModeTitle(id)}, {u"text"_s, dispatchModeText(id)}});
    } else if (kind == u"priority") {
        add(priorities(), priorityTitle);
    } else if (kind == u"purpose") {
        add(purposes(), purposeTitle);
    } else if (kind == u"unitStatus") {
        add(unitStatuses(), unitStatusTitle);
    } else if (kind == u"relation") {
        add(relations(), relationTitle);
    } else if (kind == u"role") {
        add(staffRoles(), roleTitle);
    }
    return out;
}

QString displayCode(const QString &code)
{
    return code.size() == 8 ? code.left(4) + u'-' + code.mid(4) : code;
}

} // namespace Courtyard::Client::EstateWords
