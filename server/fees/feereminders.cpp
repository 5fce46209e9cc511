// Reminders (催缴): a logged contact with a unit about its arrears — in the app, by SMS, a
// phone call, a visit or a letter — with the outcome. The office sees all of it; residents
// see the reminders that reached them (app, SMS, letter) without the office's notes.
#include "feesparts.h"

#include "auditlog.h"
#include "database.h"
#include "fees/feerules.h"
#include "json.h"
#include "messages.h"
#include "money.h"
#include "payloadreader.h"
#include "principal.h"
#include "registry.h"
#include "text.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

constexpr int NoteMax = 2000;
/// The channels a resident notices: the rest (a call, a visit) they know of anyway.
const QStringList ResidentChannels{u"app"_s, u"sms"_s, u"letter"_s};

QList<Migration> migrations()
{
    return {{4,
             {
                 u"CREATE TABLE fee_reminders (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
                 " unit_id TEXT NOT NULL REFERENCES units(id), channel TEXT NOT NULL, outcome TEXT NOT NULL,"
                 " promised_date TEXT, note TEXT, given_by TEXT NOT NULL REFERENCES users(id), given_at BIGINT NOT NULL,"
                 " rev BIGINT NOT NULL)"_s,
                 u"CREATE INDEX fee_reminders_estate_rev ON fee_reminders (estate_id, rev)"_s,
                 u"CREATE INDEX fee_reminders_unit_given ON fee_reminders (unit_id, given_at)"_s,
                 // Collection figures for agents only when the estate says so (docs/FEES.md).
                 u"ALTER TABLE fee_policies ADD COLUMN agents_see_collection INTEGER NOT NULL DEFAULT 0"_s,
                 // For the arrears list: what is allocated to each bill without reading the
                 // allocations' rows, and the (few) reversed payments of an estate.
                 u"CREATE INDEX payment_allocations_bill_amount ON payment_allocations (bill_id, amount_fen)"_s,
                 u"CREATE INDEX payments_reversed ON payments (estate_id) WHERE reversed_at IS NOT NULL"_s,
             },
             {}}};
}

Scope reminderScope(Role role)
{
    if (role == Role::Resident)
        return Scope::inUnits(u"unit_id"_s)
               && (Scope::equals(u"channel"_s, u"app"_s) || Scope::equals(u"channel"_s, u"sms"_s)
                   || Scope::equals(u"channel"_s, u"letter"_s));
    return isOffice(role) ? Scope::inEstates(u"estate_id"_s) : Scope::none();
}

QJsonObject reminderJson(const QSqlQuery &q, const Principal &viewer)
{
    QJsonObject o{{u"id"_s, q.value(0).toString()},        {u"estateId"_s, q.value(1).toString()},
                  {u"unitId"_s, q.value(2).toString()},    {u"channel"_s, q.value(3).toString()},
                  {u"givenAt"_s, Json::isoTime(q.value(8).toLongLong())}, {u"givenBy"_s, q.value(7).toString()},
                  {u"givenByName"_s, q.value(9).toString()}};
    // The office's own account of the contact stays with the office.
    if (isOffice(viewer.role)) {
        o.insert(u"outcome"_s, q.value(4).toString());
        o.insert(u"promisedDate"_s, Json::textOrNull(q.value(5)));
        o.insert(u"note"_s, Json::textOrNull(q.value(6)));
    }
    return o;
}

CommandOutcome refuse(int status, const QString &code, const QString &message)
{
    return CommandOutcome::refuse(status, code, message);
}

QString unitLabel(Database &db, const QString &unitId)
{
    QSqlQuery &q = db.query(u"SELECT b.name, u.number FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = ?"_s);
    q.bindValue(0, unitId);
    QString label;
    if (db.execPrepared(q) && q.next())
        label = q.value(0).toString() + u' ' + q.value(1).toString();
    q.finish();
    return label;
}

/// The text of an SMS reminder, in Chinese as the estate's residents read it.
QString smsText(const QString &estateName, const QString &label, qint64 owedFen)
{
    return u"【%1】尊敬的住户：您的房屋 %2 尚有到期未缴的物业费用共 %3，请尽快缴纳。如已缴纳，请忽略本短信。"_s.arg(
        estateName, label, Money::format(owedFen));
}

CommandOutcome logReminder(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"reminderId"_s, u"unitId"_s, u"channel"_s, u"outcome"_s, u"promisedDate"_s, u"note"_s, u"at"_s});
    const std::optional<QString> id = r.id(u"reminderId"_s, true, true);
    const std::optional<QString> unitId = r.id(u"unitId"_s, true);
    const std::optional<QString> channel = r.choice(u"channel"_s, true, Fees::reminderChannels());
    const QString outcome = r.choice(u"outcome"_s, false, Fees::reminderOutcomes()).value_or(u"none"_s);
    const std::optional<QString> promised = r.text(u"promisedDate"_s, false, 10);
    const std::optional<QString> note = r.text(u"note"_s, false, NoteMax);
    const qint64 at = r.time(u"at"_s, false, ctx.now).value_or(ctx.now);
    if (r.ok() && note && Text::hasControlCharacters(Text::clean(*note)))
        r.fail(u"validation_failed"_s, u"'note' must be plain text."_s);
    QDate promisedDate;
    if (r.ok() && promised) {
        promisedDate = QDate::fromString(*promised, Qt::ISODate);
        if (!promisedDate.isValid())
            r.fail(u"validation_failed"_s, u"'promisedDate' must be a date (YYYY-MM-DD)."_s);
    }
    if (r.ok() && (outcome == u"promised") != promisedDate.isValid())
        r.fail(u"validation_failed"_s, u"'promisedDate' goes with the outcome promised, and only with it."_s);
    if (!r.ok())
        return refuse(400, r.errorCode(), r.errorMessage());

    const QString estateId = ctx.db.scalar(u"SELECT estate_id FROM units WHERE id = ?"_s, {*unitId}).toString();
    if (estateId.isEmpty() || !ctx.who.inEstate(estateId))
        return refuse(404, u"not_found"_s, u"There is no such unit."_s);
    if (!isOffice(ctx.who.role))
        return refuse(403, u"forbidden"_s, u"Only the office logs reminders."_s);
    if (ctx.db.scalar(u"SELECT 1 FROM fee_reminders WHERE id = ?"_s, {*id}).isValid())
        return refuse(409, u"already_exists"_s, u"A reminder with this id exists already."_s);
    const QDate today = estateToday(ctx.db, estateId, ctx.now);
    if (promisedDate.isValid() && promisedDate < today)
        return refuse(400, u"validation_failed"_s, u"'promisedDate' lies in the past."_s);

    const QString label = unitLabel(ctx.db, *unitId);
    if (*channel == u"sms") {
        const qint64 owed = unitArrearsFen(ctx.db, *unitId, today);
        if (owed <= 0)
            return refuse(409, u"nothing_owed"_s, u"The unit owes nothing past due: there is nothing to remind of."_s);
        QStringList phones;
        QSqlQuery &q = ctx.db.query(u"SELECT p.phone FROM user_units uu JOIN users p ON p.id = uu.user_id"
                                    " WHERE uu.unit_id = ? AND p.deactivated_at IS NULL ORDER BY p.id"_s);
        q.bindValue(0, *unitId);
        if (ctx.db.execPrepared(q)) {
            while (q.next())
                phones << q.value(0).toString();
        }
        q.finish();
        if (phones.isEmpty())
            return refuse(409, u"no_recipient"_s, u"Nobody with a phone number lives in this unit."_s);
        const QString estateName = ctx.db.scalar(u"SELECT name FROM estates WHERE id = ?"_s, {estateId}).toString();
        const QString body = smsText(estateName, label, owed);
        for (const QString &phone : std::as_const(phones)) {
            if (!Messages::queue(ctx.db, phone, u"reminder"_s, body, ctx.now))
                return CommandOutcome::failure(u"Could not queue the text."_s);
        }
    }
    QString summary = u"Reminder by %1 to %2, outcome %3"_s.arg(*channel, label, outcome);
    if (promisedDate.isValid())
        summary += u" (by %1)"_s.arg(promisedDate.toString(Qt::ISODate));
    const bool ok = ctx.db.exec(u"INSERT INTO fee_reminders (id, estate_id, unit_id, channel, outcome, promised_date, note,"
                                " given_by, given_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                {*id, estateId, *unitId, *channel, outcome,
                                 promisedDate.isValid() ? QVariant(promisedDate.toString(Qt::ISODate)) : QVariant(),
                                 note ? QVariant(Text::clean(*note)) : QVariant(), ctx.who.id, at, ctx.db.nextRevision()})
                    && AuditLog::record(ctx.db, {estateId, ctx.who.id, u"reminder.log"_s, u"unit"_s, *unitId, summary, ctx.address},
                                        ctx.now);
    if (!ok)
        return CommandOutcome::failure(u"Could not store the reminder."_s);
    return CommandOutcome::done(u"reminder"_s, *id);
}

} // namespace

void registerReminders(Registry &registry)
{
    registry.addMigrations(migrations());
    registry.addEntity({u"reminder"_s, u"fee_reminders"_s, u"r"_s, u"fee_reminders r JOIN users g ON g.id = r.given_by"_s,
                        u"r.id, r.estate_id, r.unit_id, r.channel, r.outcome, r.promised_date, r.note, r.given_by, r.given_at,"
                        " g.name"_s,
                        reminderScope, reminderJson, {}});
    registry.addCommand({u"reminder.log"_s, logReminder});
}

bool seedReminders(SeedContext &ctx, QString *error)
{
    Database &db = ctx.db;
    if (db.scalar(u"SELECT 1 FROM fee_reminders WHERE estate_id = 'est-1'"_s).isValid())
        return true;
    const QDate today = estateToday(db, u"est-1"_s, ctx.now);
    // Units of the demo estate with arrears, those with residents first (an SMS needs a phone);
    // Wang Fang's home first of all.
    QStringList units;
    {
        QSqlQuery &q = db.query(u"SELECT b.unit_id, (SELECT COUNT(*) FROM user_units uu WHERE uu.unit_id = b.unit_id) FROM bills b"
                                " WHERE b.estate_id = 'est-1' AND b.waived_at IS NULL AND b.due_date < ?"
                                " GROUP BY b.unit_id ORDER BY 2 DESC, b.unit_id"_s);
        q.bindValue(0, today.toString(Qt::ISODate));
        if (db.execPrepared(q)) {
            while (q.next())
                units << q.value(0).toString();
        }
        q.finish();
    }
    const QString home = u"unit-1-1-0301"_s;
    units.removeAll(home);
    QStringList owing{home};
    for (const QString &u : std::as_const(units)) {
        if (owing.size() >= 8)
            break;
        if (unitArrearsFen(db, u, today) > 0)
            owing << u;
    }
    struct Plan
    {
        QString channel, outcome;
        int daysAgo;
        QString note;
    };
    const QList<Plan> plans{
        {u"app"_s, u"none"_s, 3, {}},
        {u"sms"_s, u"none"_s, 10, {}},
        {u"phone"_s, u"promised"_s, 6, u"业主称月底前缴清"_s},
        {u"visit"_s, u"refused"_s, 20, u"对电梯维修不满，暂不缴费"_s},
        {u"letter"_s, u"none"_s, 30, {}},
        {u"phone"_s, u"not_reached"_s, 2, u"无人接听"_s},
        {u"app"_s, u"none"_s, 1, {}},
        {u"visit"_s, u"promised"_s, 4, u"已约定下周缴费"_s},
    };
    int given = 0;
    for (int i = 0; i < owing.size() && i < plans.size(); ++i) {
        const Plan &p = plans.at(i);
        const qint64 at = ctx.now - qint64(p.daysAgo) * 86400000 - 3600000;
        QJsonObject payload{{u"reminderId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {u"unitId"_s, owing.at(i)},
                            {u"channel"_s, p.channel},
                            {u"outcome"_s, p.outcome},
                            {u"at"_s, Json::isoTime(at)}};
        if (p.outcome == u"promised")
            payload.insert(u"promisedDate"_s, today.addDays(10).toString(Qt::ISODate));
        if (!p.note.isEmpty())
            payload.insert(u"note"_s, p.note);
        // The app reminder of Wang Fang's home, and the rest by the demo's agent.
        QString why;
        if (!ctx.run(u"usr-agent-1"_s, u"reminder.log"_s, payload, ctx.now, &why)) {
            *error = u"demo reminder: "_s + why;
            return false;
        }
        ++given;
    }
    ctx.report << u"fees: %1 reminders"_s.arg(given);
    return true;
}

} // namespace Courtyard::Server
