#include "estate/estatedesk.h"

#include "estate/estatewords.h"
#include "estate/unitarea.h"
#include "fieldlimits.h"
#include "formats.h"
#include "store/entityrepository.h"
#include "viewer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

// The server's limits for these fields (server/estate/estatecommands.cpp).
constexpr int NumberMax = 32;
constexpr int PlaceNameMax = 64;
constexpr int AddressMax = 200;
constexpr int FloorMin = -20;
constexpr int FloorMax = 300;
constexpr int SlaMinutesMax = 60 * 24 * 90;

QString words(const char *text)
{
    return QCoreApplication::translate("EstateDesk", text);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString trimmed(const QVariantMap &form, const QString &key)
{
    return form.value(key).toString().trimmed();
}

} // namespace

QJsonObject EstateDesk::record(const QString &entity, const QString &id) const
{
    return EntityRepository(store()).get(entity, id).value_or(QJsonObject());
}

QString EstateDesk::updateEstate(const QString &estateId, const QVariantMap &changes)
{
    QJsonObject estate = record(u"estate"_s, estateId);
    if (estate.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "This estate is not on this device yet.")));
    QJsonObject payload{{u"estateId"_s, estateId}};
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QString &key = it.key();
        if (key == u"name" || key == u"address") {
            const QString text = it.value().toString().trimmed();
            if (key == u"name" && text.isEmpty())
                return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "The estate needs a name.")));
            if (text.size() > (key == u"name" ? PlaceNameMax : AddressMax))
                return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "That is too long.")));
            payload.insert(key, text);
        } else if (key == u"timeZone") {
            const QByteArray zone = it.value().toString().toUtf8();
            if (!QTimeZone::isTimeZoneIdAvailable(zone))
                return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "Pick a time zone from the list.")));
            payload.insert(key, QString::fromUtf8(zone));
        } else if (key == u"dispatchMode") {
            if (!EstateWords::dispatchModes().contains(it.value().toString()))
                return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "Pick how new requests are dispatched.")));
            payload.insert(key, it.value().toString());
        } else if (key == u"ownerInvites") {
            payload.insert(key, it.value().toBool());
        }
    }
    if (payload.size() == 1)
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "Nothing has changed.")));
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (it.key() != u"estateId")
            estate.insert(it.key(), it.value());
    }
    m_lastRecordId = estateId;
    return queue(u"estate.update"_s, u"estate"_s, estateId, payload, estate);
}

QString EstateDesk::setSla(const QString &estateId, const QString &priority, int responseMinutes, int resolveMinutes)
{
    if (!EstateWords::priorities().contains(priority))
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "Unknown priority.")));
    if (responseMinutes < 1 || resolveMinutes < 1 || responseMinutes > SlaMinutesMax || resolveMinutes > SlaMinutesMax)
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "Targets run from one minute to 90 days.")));
    if (resolveMinutes < responseMinutes)
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "The resolve target cannot come before the response target.")));
    const QString id = estateId + u'_' + priority;
    const QJsonObject payload{{u"estateId"_s, estateId}, {u"priority"_s, priority},
                              {u"responseMinutes"_s, responseMinutes}, {u"resolveMinutes"_s, resolveMinutes}};
    QJsonObject optimistic = payload;
    optimistic.insert(u"id"_s, id);
    m_lastRecordId = id;
    return queue(u"sla.set"_s, u"slaPolicy"_s, id, payload, optimistic);
}

QString EstateDesk::saveBuilding(const QString &id, const QString &estateId, const QString &name)
{
    const QString clean = name.trimmed();
    if (clean.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "The building needs a name.")));
    if (clean.size() > PlaceNameMax)
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "That is too long.")));
    const QString buildingId = id.isEmpty() ? newId() : id;
    QJsonObject building = record(u"building"_s, buildingId);
    const QJsonObject payload{{u"id"_s, buildingId}, {u"estateId"_s, estateId}, {u"name"_s, clean}};
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it)
        building.insert(it.key(), it.value());
    m_lastRecordId = buildingId;
    return queue(u"building.save"_s, u"building"_s, buildingId, payload, building);
}

QVariantMap EstateDesk::checkUnit(const QVariantMap &form)
{
    QVariantMap problems;
    const QString number = trimmed(form, u"number"_s);
    if (number.isEmpty())
        problems.insert(u"number"_s, words(QT_TRANSLATE_NOOP("EstateDesk", "Enter the unit number.")));
    else if (number.size() > NumberMax)
        problems.insert(u"number"_s, words(QT_TRANSLATE_NOOP("EstateDesk", "At most 32 characters.")));
    bool floorOk = false;
    const int floor = trimmed(form, u"floor"_s).toInt(&floorOk);
    if (!floorOk || floor < FloorMin || floor > FloorMax)
        problems.insert(u"floor"_s, words(QT_TRANSLATE_NOOP("EstateDesk", "A floor from -20 to 300.")));
    UnitArea::Problem area = UnitArea::Problem::None;
    (void)UnitArea::parse(form.value(u"area"_s).toString(), &area);
    if (area != UnitArea::Problem::None)
        problems.insert(u"area"_s, UnitArea::message(area));
    if (!EstateWords::purposes().contains(form.value(u"purpose"_s).toString()))
        problems.insert(u"purpose"_s, words(QT_TRANSLATE_NOOP("EstateDesk", "Pick what the unit is used for.")));
    if (!EstateWords::unitStatuses().contains(form.value(u"status"_s).toString()))
        problems.insert(u"status"_s, words(QT_TRANSLATE_NOOP("EstateDesk", "Pick the unit's status.")));
    if (trimmed(form, u"buildingId"_s).isEmpty())
        problems.insert(u"buildingId"_s, words(QT_TRANSLATE_NOOP("EstateDesk", "Pick a building.")));
    return problems;
}

QString EstateDesk::saveUnit(const QVariantMap &form)
{
    const QVariantMap problems = checkUnit(form);
    if (!problems.isEmpty())
        return fail(problems.first().toString());
    const QString buildingId = trimmed(form, u"buildingId"_s);
    const QJsonObject building = record(u"building"_s, buildingId);
    if (building.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "This building is not on this device yet.")));
    const QString id = form.value(u"id"_s).toString().isEmpty() ? newId() : form.value(u"id"_s).toString();
    const QJsonObject payload{{u"id"_s, id},
                              {u"estateId"_s, building.value(u"estateId"_s).toString()},
                              {u"buildingId"_s, buildingId},
                              {u"number"_s, trimmed(form, u"number"_s)},
                              {u"floor"_s, trimmed(form, u"floor"_s).toInt()},
                              {u"areaCentiSqm"_s, *UnitArea::parse(form.value(u"area"_s).toString())},
                              {u"purpose"_s, form.value(u"purpose"_s).toString()},
                              {u"status"_s, form.value(u"status"_s).toString()}};
    QJsonObject unit = record(u"unit"_s, id);
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it)
        unit.insert(it.key(), it.value());
    m_lastRecordId = id;
    return queue(u"unit.save"_s, u"unit"_s, id, payload, unit);
}

QString EstateDesk::saveParking(const QString &id, const QString &estateId, const QString &number, const QString &unitId)
{
    const QString clean = number.trimmed();
    if (clean.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "Enter the space's number.")));
    if (clean.size() > NumberMax)
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "At most 32 characters.")));
    const QString spaceId = id.isEmpty() ? newId() : id;
    const QJsonObject payload{{u"id"_s, spaceId}, {u"estateId"_s, estateId}, {u"number"_s, clean},
                              {u"unitId"_s, unitId.isEmpty() ? QJsonValue() : QJsonValue(unitId)}};
    QJsonObject space = record(u"parkingSpace"_s, spaceId);
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it)
        space.insert(it.key(), it.value());
    m_lastRecordId = spaceId;
    return queue(u"parking.save"_s, u"parkingSpace"_s, spaceId, payload, space);
}

QString EstateDesk::removeParking(const QString &id)
{
    QJsonObject space = record(u"parkingSpace"_s, id);
    if (space.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "This parking space is gone already.")));
    // Shown as gone at once; the server's tombstone removes the record when it syncs.
    space.insert(u"removed"_s, true);
    m_lastRecordId = id;
    return queue(u"parking.remove"_s, u"parkingSpace"_s, id, QJsonObject{{u"id"_s, id}}, space);
}

QVariantMap EstateDesk::checkStaff(const QVariantMap &form)
{
    QVariantMap problems;
    const QString name = trimmed(form, u"name"_s);
    if (name.isEmpty())
        problems.insert(u"name"_s, words(QT_TRANSLATE_NOOP("EstateDesk", "Enter the person's name.")));
    else if (name.size() > Courtyard::Limits::NameMax)
        problems.insert(u"name"_s, words(QT_TRANSLATE_NOOP("EstateDesk", "That is too long.")));
    // An edit may leave the phone as it is (sync shows it masked only).
    const QString phone = trimmed(form, u"phone"_s);
    const bool isNew = form.value(u"id"_s).toString().isEmpty();
    if ((isNew || !phone.isEmpty()) && !Courtyard::Formats::isContactPhone(phone))
        problems.insert(u"phone"_s, words(QT_TRANSLATE_NOOP("EstateDesk", "Enter a mobile number.")));
    if (!EstateWords::staffRoles().contains(form.value(u"role"_s).toString()))
        problems.insert(u"role"_s, words(QT_TRANSLATE_NOOP("EstateDesk", "Pick a role.")));
    if (form.value(u"estateIds"_s).toStringList().isEmpty())
        problems.insert(u"estateIds"_s, words(QT_TRANSLATE_NOOP("EstateDesk", "Pick at least one estate.")));
    return problems;
}

QString EstateDesk::saveStaff(const QVariantMap &form)
{
    const QVariantMap problems = checkStaff(form);
    if (!problems.isEmpty())
        return fail(problems.first().toString());
    const QString id = form.value(u"id"_s).toString().isEmpty() ? newId() : form.value(u"id"_s).toString();
    QJsonObject staff = record(u"staff"_s, id);
    // Sync shows no one's whole number: an edit sends one only when the manager typed a new one.
    const QString phone = trimmed(form, u"phone"_s);
    const QJsonArray estates = QJsonArray::fromStringList(form.value(u"estateIds"_s).toStringList());
    QJsonObject payload{{u"id"_s, id}, {u"name"_s, trimmed(form, u"name"_s)},
                        {u"role"_s, form.value(u"role"_s).toString()}, {u"estateIds"_s, estates}};
    if (!phone.isEmpty())
        payload.insert(u"phone"_s, phone);
    const bool isNew = staff.isEmpty();
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (it.key() != u"phone")
            staff.insert(it.key(), it.value());
    }
    if (isNew) {
        staff.insert(u"active"_s, true);
        staff.insert(u"onDuty"_s, false);
    }
    m_lastRecordId = id;
    return queue(u"staff.save"_s, u"staff"_s, id, payload, staff);
}

QString EstateDesk::deactivateStaff(const QString &id)
{
    if (id == viewer().id())
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "You cannot deactivate your own account.")));
    QJsonObject staff = record(u"staff"_s, id);
    if (staff.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "This account is not on this device yet.")));
    staff.insert(u"active"_s, false);
    staff.insert(u"onDuty"_s, false);
    m_lastRecordId = id;
    return queue(u"staff.deactivate"_s, u"staff"_s, id, QJsonObject{{u"id"_s, id}}, staff);
}

QString EstateDesk::reactivateStaff(const QString &id)
{
    QJsonObject staff = record(u"staff"_s, id);
    if (staff.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "This account is not on this device yet.")));
    staff.insert(u"active"_s, true);
    m_lastRecordId = id;
    return queue(u"staff.reactivate"_s, u"staff"_s, id, QJsonObject{{u"id"_s, id}}, staff);
}

QString EstateDesk::setDuty(const QString &userId, bool onDuty)
{
    QJsonObject staff = record(u"staff"_s, userId);
    if (!staff.isEmpty() && !staff.value(u"active"_s).toBool(true))
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "This account is deactivated.")));
    if (!staff.isEmpty())
        staff.insert(u"onDuty"_s, onDuty);
    m_lastRecordId = userId;
    return queue(u"duty.set"_s, u"staff"_s, userId, QJsonObject{{u"userId"_s, userId}, {u"onDuty"_s, onDuty}},
                 staff.isEmpty() ? std::nullopt : std::optional<QJsonObject>(staff));
}

QString EstateDesk::issueJoinCode(const QString &unitId, const QString &relation, int validDays)
{
    if (!EstateWords::relations().contains(relation))
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "Pick who the code is for.")));
    if (validDays < 1 || validDays > 30)
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "A code is valid for 1 to 30 days.")));
    const QJsonObject unit = record(u"unit"_s, unitId);
    if (unit.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "Pick a unit.")));
    const QString id = newId();
    const QJsonObject payload{{u"id"_s, id}, {u"unitId"_s, unitId}, {u"relation"_s, relation}, {u"validDays"_s, validDays}};
    // The code is drawn by the server; until its answer the record shows without one.
    const qint64 at = now();
    const QJsonObject optimistic{{u"id"_s, id},
                                 {u"estateId"_s, unit.value(u"estateId"_s).toString()},
                                 {u"unitId"_s, unitId},
                                 {u"relation"_s, relation},
                                 {u"code"_s, QString()},
                                 {u"state"_s, u"open"_s},
                                 {u"issuedBy"_s, viewer().id()},
                                 {u"issuedAt"_s, iso(at)},
                                 {u"expiresAt"_s, iso(at + qint64(validDays) * 24 * 3600 * 1000)}};
    m_lastRecordId = id;
    return queue(u"joinCode.issue"_s, u"joinCode"_s, id, payload, optimistic);
}

QString EstateDesk::revokeJoinCode(const QString &id)
{
    QJsonObject code = record(u"joinCode"_s, id);
    if (code.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "This code is not on this device.")));
    if (code.value(u"state"_s).toString() != u"open")
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "Only an open code can be revoked.")));
    code.insert(u"state"_s, u"revoked"_s);
    m_lastRecordId = id;
    return queue(u"joinCode.revoke"_s, u"joinCode"_s, id, QJsonObject{{u"id"_s, id}}, code);
}

QString EstateDesk::removeResident(const QString &residencyId)
{
    QJsonObject residency = record(u"residency"_s, residencyId);
    if (residency.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "This resident is gone already.")));
    residency.insert(u"removed"_s, true);
    m_lastRecordId = residencyId;
    return queue(u"resident.remove"_s, u"residency"_s, residencyId, QJsonObject{{u"residencyId"_s, residencyId}},
                 residency);
}

QString EstateDesk::issueResetCode(const QString &userId)
{
    if (userId.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("EstateDesk", "Pick a person.")));
    m_lastRecordId = userId;
    // Nothing to show on the phone: the code goes to the person's own phone.
    return queue(u"account.issueResetCode"_s, u"account"_s, userId, QJsonObject{{u"userId"_s, userId}}, std::nullopt);
}

} // namespace Courtyard::Client
