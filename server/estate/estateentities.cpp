// What of the estate module syncs, and who sees it.
#include "estateparts.h"

#include "database.h"
#include "json.h"
#include "principal.h"
#include "registry.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::EstateEntities {

namespace {

/// Only the office: agents and managers of the row's estate.
Scope officeOf(Role role, const QString &estateColumn)
{
    return isOffice(role) ? Scope::inEstates(estateColumn) : Scope::none();
}

} // namespace

void registerWith(Registry &registry)
{
    registry.addEntity({u"estate"_s, u"estates"_s, u"e"_s, u"estates e"_s,
                        u"e.id, e.name, e.address, e.dispatch_mode, e.time_zone, e.owner_invites"_s,
                        [](Role) { return Scope::inEstates(u"id"_s); },
                        [](const QSqlQuery &q, const Principal &) {
                            return QJsonObject{{u"id"_s, q.value(0).toString()},
                                               {u"name"_s, q.value(1).toString()},
                                               {u"address"_s, q.value(2).toString()},
                                               {u"dispatchMode"_s, q.value(3).toString()},
                                               {u"timeZone"_s, q.value(4).toString()},
                                               {u"ownerInvites"_s, q.value(5).toInt() != 0}};
                        },
                        {}});
    registry.addEntity({u"building"_s, u"buildings"_s, u"b"_s, u"buildings b"_s, u"b.id, b.estate_id, b.name"_s,
                        [](Role) { return Scope::inEstates(u"estate_id"_s); },
                        [](const QSqlQuery &q, const Principal &) {
                            return QJsonObject{{u"id"_s, q.value(0).toString()}, {u"estateId"_s, q.value(1).toString()},
                                               {u"name"_s, q.value(2).toString()}};
                        },
                        {}});
    registry.addEntity({u"unit"_s, u"units"_s, u"u"_s, u"units u"_s,
                        u"u.id, u.estate_id, u.building_id, u.number, u.floor, u.area_centi_sqm, u.purpose, u.status"_s,
                        // A resident sees their own units; staff every unit of their estates.
                        [](Role role) { return role == Role::Resident ? Scope::inUnits(u"id"_s) : Scope::inEstates(u"estate_id"_s); },
                        [](const QSqlQuery &q, const Principal &) {
                            return QJsonObject{{u"id"_s, q.value(0).toString()}, {u"estateId"_s, q.value(1).toString()},
                                               {u"buildingId"_s, q.value(2).toString()}, {u"number"_s, q.value(3).toString()},
                                               {u"floor"_s, q.value(4).toInt()}, {u"areaCentiSqm"_s, q.value(5).toLongLong()},
                                               {u"purpose"_s, q.value(6).toString()}, {u"status"_s, q.value(7).toString()}};
                        },
                        {}});
    registry.addEntity({u"parkingSpace"_s, u"parking_spaces"_s, u"p"_s, u"parking_spaces p"_s,
                        u"p.id, p.estate_id, p.number, p.unit_id"_s,
                        // Staff see the estate's spaces; a resident those of their units.
                        [](Role role) { return role == Role::Resident ? Scope::inUnits(u"unit_id"_s) : Scope::inEstates(u"estate_id"_s); },
                        [](const QSqlQuery &q, const Principal &) {
                            return QJsonObject{{u"id"_s, q.value(0).toString()}, {u"estateId"_s, q.value(1).toString()},
                                               {u"number"_s, q.value(2).toString()}, {u"unitId"_s, Json::textOrNull(q.value(3))}};
                        },
                        {}});
    registry.addEntity({u"residency"_s, u"user_units"_s, u"r"_s, u"user_units r JOIN users ru ON ru.id = r.user_id"_s,
                        u"r.id, r.estate_id, r.unit_id, r.user_id, ru.name, ru.phone, r.relation, r.created_at"_s,
                        // The office of the estate; the people of the same unit (a household
                        // knows who lives in it). Technicians need none of it.
                        [](Role role) { return role == Role::Resident ? Scope::inUnits(u"unit_id"_s) : officeOf(role, u"estate_id"_s); },
                        [](const QSqlQuery &q, const Principal &) {
                            return QJsonObject{{u"id"_s, q.value(0).toString()},
                                               {u"estateId"_s, q.value(1).toString()},
                                               {u"unitId"_s, q.value(2).toString()},
                                               {u"userId"_s, q.value(3).toString()},
                                               {u"name"_s, q.value(4).toString()},
                                               {u"phoneMasked"_s, Json::maskPhone(q.value(5).toString())},
                                               {u"relation"_s, q.value(6).toString()},
                                               {u"since"_s, Json::isoTime(q.value(7).toLongLong())}};
                        },
                        {}});
    registry.addEntity({u"joinCode"_s, u"join_codes"_s, u"j"_s, u"join_codes j LEFT JOIN users ju ON ju.id = j.used_by"_s,
                        u"j.id, j.estate_id, j.unit_id, j.relation, j.code, j.used_at, j.revoked_at, j.issued_by, j.issued_at,"
                        " j.expires_at, ju.name"_s,
                        // The office of the estate, and the resident who issued it (an owner's invitation).
                        [](Role role) { return role == Role::Resident ? Scope::isMe(u"issued_by"_s) : officeOf(role, u"estate_id"_s); },
                        [](const QSqlQuery &q, const Principal &) {
                            const QString state = !q.value(5).isNull()   ? u"used"_s
                                                  : !q.value(6).isNull() ? u"revoked"_s
                                                                         : u"open"_s;
                            return QJsonObject{{u"id"_s, q.value(0).toString()},
                                               {u"estateId"_s, q.value(1).toString()},
                                               {u"unitId"_s, q.value(2).toString()},
                                               {u"relation"_s, q.value(3).toString()},
                                               {u"code"_s, q.value(4).toString()},
                                               {u"state"_s, state},
                                               {u"usedAt"_s, Json::timeOrNull(q.value(5))},
                                               {u"issuedBy"_s, q.value(7).toString()},
                                               {u"issuedAt"_s, Json::isoTime(q.value(8).toLongLong())},
                                               {u"expiresAt"_s, Json::isoTime(q.value(9).toLongLong())},
                                               {u"usedByName"_s, Json::textOrNull(q.value(10))}};
                        },
                        {}});
    registry.addEntity({u"staff"_s, u"users"_s, u"s"_s, u"users s"_s, u"s.id, s.name, s.role, s.on_duty, s.phone, s.deactivated_at"_s,
                        // Colleagues: staff who share an estate with the viewer; residents see none.
                        [](Role role) {
                            return role == Role::Resident
                                       ? Scope::none()
                                       : Scope::differs(u"role"_s, u"resident"_s)
                                             && Scope::linkedToEstates(u"user_estates"_s, u"user_id"_s, u"estate_id"_s);
                        },
                        [](const QSqlQuery &q, const Principal &viewer) {
                            QJsonObject o{{u"id"_s, q.value(0).toString()}, {u"name"_s, q.value(1).toString()},
                                          {u"role"_s, q.value(2).toString()}, {u"onDuty"_s, q.value(3).toInt() != 0},
                                          {u"phoneMasked"_s, Json::maskPhone(q.value(4).toString())},
                                          {u"active"_s, q.value(5).isNull()}};
                            // Never the whole number, to anyone: a manager changes it by typing a new one.
                            Q_UNUSED(viewer)
                            return o;
                        },
                        // Each colleague's estates, as far as they overlap the viewer's.
                        [](Database &db, const Principal &p, QJsonObject &data) {
                            QJsonArray shared;
                            QSqlQuery &q = db.query(u"SELECT estate_id FROM user_estates WHERE user_id = ? ORDER BY estate_id"_s);
                            q.bindValue(0, data.value(u"id"_s).toString());
                            if (db.execPrepared(q)) {
                                while (q.next()) {
                                    if (p.inEstate(q.value(0).toString()))
                                        shared.append(q.value(0).toString());
                                }
                            }
                            q.finish();
                            data.insert(u"estateIds"_s, shared);
                        }});
}

} // namespace Courtyard::Server::EstateEntities
