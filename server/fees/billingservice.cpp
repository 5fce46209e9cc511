// The three ways bills are generated, all through BillGeneration::generate: the command line
// (`generate-bills`), the manager's route and the daily job that makes the current period's
// bills once the period has begun in the estate's calendar.
#include "feesparts.h"

#include "apiserver.h"
#include "database.h"
#include "fees/feerules.h"
#include "json.h"
#include "principal.h"
#include "registry.h"
#include "serverconfig.h"

#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBilling, "courtyard.fees.billing")

namespace Courtyard::Server {

namespace {

/// The report in lines for people, as the console prints it.
QString reportText(const BillGeneration::Report &r, bool dryRun)
{
    QString text = u"%1 %2: %3 units, %4 bills %5, %6 had one already; %7 billed, %8 late fees, %9 paid from credit\n"_s
                       .arg(dryRun ? u"dry run"_s : u"generated"_s, r.period)
                       .arg(r.units)
                       .arg(r.created)
                       .arg(dryRun ? u"to make"_s : u"made"_s)
                       .arg(r.existing)
                       .arg(Money::format(r.totalFen), Money::format(r.lateFeeFen), Money::format(r.creditAppliedFen));
    for (const QString &s : r.skipped)
        text += u"skipped %1\n"_s.arg(s);
    return text;
}

QString errorText(const QString &code)
{
    if (code == u"bad_period")
        return u"--period must be a month such as 2026-12"_s;
    if (code == u"not_found")
        return u"no such estate"_s;
    return u"could not store the bills"_s;
}

bool generateCli(CliContext &ctx, QString *error)
{
    const QString estateId = ctx.args.value(u"estate"_s);
    const QString period = ctx.args.value(u"period"_s);
    const bool dryRun = ctx.args.isSet(u"dry-run"_s);
    BillGeneration::Report report;
    QString code;
    if (!BillGeneration::generate(ctx.db, estateId, period, dryRun, Json::nowMs(), {}, &report, &code)) {
        *error = errorText(code);
        return false;
    }
    ctx.out << reportText(report, dryRun);
    return true;
}

/// POST /v1/estates/{id}/bills/generate {period, dryRun}: a manager of the estate.
class BillingService final : public ModuleService
{
public:
    explicit BillingService(ServiceContext &ctx) : m_db(ctx.db)
    {
        ctx.http.route("POST", u"/v1/estates/{id}/bills/generate"_s, ApiServer::Access::Authenticated, 4096,
                       [this](const Context &c) { generate(c); });
    }

private:
    void generate(const Context &ctx)
    {
        const Principal &who = *ctx->principal;
        const QString estateId = ctx->params.value(0);
        if (!who.inEstate(estateId))
            return ctx->respond(HttpReply::error(404, u"not_found"_s, u"There is no such estate."_s));
        if (who.role != Role::Manager)
            return ctx->respond(HttpReply::error(403, u"forbidden"_s, u"Only a manager generates bills."_s));
        HttpReply refusal;
        const std::optional<QJsonObject> body = jsonObjectBody(*ctx, &refusal);
        if (!body)
            return ctx->respond(refusal);
        for (auto it = body->begin(); it != body->end(); ++it) {
            if (it.key() != u"period" && it.key() != u"dryRun")
                return ctx->respond(HttpReply::error(400, u"unknown_field"_s, u"Only period and dryRun are accepted."_s));
        }
        const QJsonValue period = body->value(u"period"_s);
        const QJsonValue dryRun = body->value(u"dryRun"_s);
        if (!period.isString() || !Fees::isPeriod(period.toString()))
            return ctx->respond(HttpReply::error(400, u"bad_period"_s, u"'period' must be a month such as 2026-12."_s));
        if (!dryRun.isUndefined() && !dryRun.isBool())
            return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"'dryRun' must be true or false."_s));
        BillGeneration::Report report;
        QString code;
        if (!BillGeneration::generate(m_db, estateId, period.toString(), dryRun.toBool(), Json::nowMs(), who.id, &report,
                                      &code))
            return ctx->respond(code == u"not_found"
                                    ? HttpReply::error(404, u"not_found"_s, u"There is no such estate."_s)
                                    : HttpReply::error(500, u"internal"_s, u"Could not store the bills."_s));
        QJsonObject answer = report.toJson();
        answer.insert(u"dryRun"_s, dryRun.toBool());
        ctx->respond(HttpReply::json(200, answer));
    }

    Database &m_db;
};

/// Every estate whose current period (in its own calendar) has no bills yet gets them.
void generateCurrentPeriods(JobContext &ctx)
{
    if (!ctx.config.setting(u"fees/autoGenerate"_s))
        return;
    QStringList estates;
    QSqlQuery &q = ctx.db.query(u"SELECT id FROM estates ORDER BY id"_s);
    if (ctx.db.execPrepared(q)) {
        while (q.next())
            estates << q.value(0).toString();
    }
    q.finish();
    for (const QString &estateId : std::as_const(estates)) {
        const QString period = Fees::periodOf(estateToday(ctx.db, estateId, ctx.now));
        BillGeneration::Report report;
        QString code;
        if (!BillGeneration::generate(ctx.db, estateId, period, false, ctx.now, {}, &report, &code))
            qCWarning(lcBilling) << "could not generate the bills of" << estateId << period << code;
        else if (report.created > 0)
            qCInfo(lcBilling) << "generated" << report.created << "bills of" << estateId << period;
    }
}

} // namespace

void registerBilling(Registry &registry)
{
    registerFeeCommands(registry);
    registry.addCliCommand({u"generate-bills"_s,
                            u"make a period's bills for an estate (--estate E --period 2026-12 [--dry-run])"_s,
                            {{u"estate"_s, u"generate-bills: the estate id."_s, u"id"_s},
                             {u"period"_s, u"generate-bills: the month, e.g. 2026-12."_s, u"yyyy-mm"_s},
                             {u"dry-run"_s, u"generate-bills: report what would be made, change nothing."_s}},
                            generateCli});
    registry.addService([](ServiceContext &ctx) -> std::unique_ptr<ModuleService> {
        return std::make_unique<BillingService>(ctx);
    });
    registry.addSetting({u"fees/autoGenerate"_s, u"auto-generate-bills"_s, 1, 0, 1,
                         u"Whether the daily job makes each estate's bills for the current month (1) or not (0)."_s});
    registry.addJob({u"fees.generateBills"_s, std::chrono::hours(24), generateCurrentPeriods});
}

} // namespace Courtyard::Server
