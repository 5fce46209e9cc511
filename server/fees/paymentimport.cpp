// The payment import (see paymentimport.h): the file read by the platform's CSV reader (UTF-8
// with or without BOM, GB18030; RFC 4180), the checks of every row, and the one transaction that records a
// clean file's payments through recordPayment.
#include "paymentimport.h"

#include "apiserver.h"
#include "auditlog.h"
#include "csvreader.h"
#include "database.h"
#include "feesparts.h"
#include "fees/feerules.h"
#include "json.h"
#include "money.h"
#include "principal.h"
#include "registry.h"
#include "serverconfig.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPaymentImport, "courtyard.fees.import")

namespace Courtyard::Server {

namespace PaymentImport {

namespace {

/// The reader's problem as the payment import names it in the header ("encoding" or "csv").
QString problemCode(Csv::Problem problem)
{
    return problem == Csv::Problem::Encoding ? u"encoding"_s : u"csv"_s;
}

// ---- columns and values -----------------------------------------------------------------

enum Column { Bill, Amount, PaidAt, Txn, Method, Payer, ColumnCount };

struct ColumnName
{
    Column column;
    QStringList names; ///< English (any case, spaces or underscores) and Chinese
    bool required;
};

const ColumnName Columns[] = {
    {Bill, {u"bill"_s, u"billnumber"_s, u"bill number"_s, u"账单编号"_s, u"账单号"_s}, true},
    {Amount, {u"amount"_s, u"金额"_s, u"支付金额"_s}, true},
    {PaidAt, {u"paidat"_s, u"paid time"_s, u"paid at"_s, u"time"_s, u"支付时间"_s, u"交易时间"_s}, true},
    {Txn, {u"transaction"_s, u"transactionid"_s, u"transaction id"_s, u"txn"_s, u"交易流水号"_s, u"流水号"_s}, true},
    {Method, {u"method"_s, u"支付方式"_s}, false},
    {Payer, {u"payer"_s, u"付款人"_s}, false},
};

const QHash<QString, QString> &methodNames()
{
    static const QHash<QString, QString> names{{u"现金"_s, u"cash"_s},   {u"银行"_s, u"bank"_s},   {u"银行转账"_s, u"bank"_s},
                                               {u"微信"_s, u"wechat"_s}, {u"微信支付"_s, u"wechat"_s}, {u"支付宝"_s, u"alipay"_s},
                                               {u"刷卡"_s, u"card"_s},   {u"银行卡"_s, u"card"_s}};
    return names;
}

QString methodOf(const QString &text)
{
    if (text.isEmpty())
        return u"bank"_s;
    const QString lower = text.toLower();
    if (Fees::paymentMethods().contains(lower) && lower != u"import")
        return lower;
    return methodNames().value(text);
}

QString quoted(const QString &cell)
{
    return u"'"_s + (cell.size() > 40 ? cell.first(40) + u"…"_s : cell) + u"'"_s;
}

/// A paid time as banks write it: ISO 8601 with a zone, or a local time of the estate
/// ("2026-12-03 14:05:09", "2026/12/03 14:05", a "T" between date and time).
std::optional<qint64> readTime(const QString &text, const QTimeZone &zone)
{
    if (const std::optional<qint64> iso = Json::parseIsoTime(text))
        return iso;
    QString t = text;
    t.replace(u'/', u'-').replace(u'T', u' ');
    for (const QString &format : {u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s, u"yyyy-M-d H:mm:ss"_s, u"yyyy-M-d H:mm"_s}) {
        const QDateTime local = QDateTime::fromString(t, format);
        if (local.isValid())
            return QDateTime(local.date(), local.time(), zone).toMSecsSinceEpoch();
    }
    return std::nullopt;
}

struct Row
{
    int line = 0;
    QString billId, unitId, txn, method;
    qint64 amountFen = 0;
    qint64 paidAt = 0;
};

class Importer
{
public:
    Report report;

    void problem(int line, const QString &code, const QString &message)
    {
        ++report.problemCount;
        if (report.problems.size() < MaxProblems)
            report.problems.append({line, code, message});
    }

    /// Reads and checks every row; false with the problems in the report.
    bool check(Database &db, const QString &estateId, const Csv::Text &text, const QTimeZone &zone, qint64 now, QList<Row> *rows)
    {
        Csv::Reader reader(text);
        Csv::Record record;
        bool haveHeader = false;
        while (reader.read(&record)) {
            if (record.blank())
                continue;
            if (!haveHeader) {
                haveHeader = true;
                if (!readHeader(record))
                    return false;
                continue;
            }
            ++report.rows;
            if (report.rows > MaxRows) {
                problem(record.line, u"too_many_rows"_s, u"more than %1 rows: split the file"_s.arg(MaxRows));
                break;
            }
            Row row;
            if (checkRow(db, estateId, record, zone, now, &row))
                rows->append(row);
        }
        if (!haveHeader)
            problem(1, u"empty"_s, u"the file is empty: the first line names the columns"_s);
        else if (report.rows == 0)
            problem(1, u"empty"_s, u"the file has a header but no rows"_s);
        return report.problemCount == 0;
    }

private:
    bool readHeader(const Csv::Record &record)
    {
        if (record.problem != Csv::Problem::None) {
            problem(record.line, problemCode(record.problem), u"the header line cannot be read"_s);
            return false;
        }
        m_index.fill(-1, ColumnCount);
        for (qsizetype i = 0; i < record.cells.size(); ++i) {
            QString name = record.cells.at(i);
            name.remove(QChar(0xFEFF));
            const QString key = name.toLower().replace(u'_', u' ');
            const QString squeezed = QString(key).remove(u' ');
            bool known = false;
            for (const ColumnName &c : Columns) {
                if (c.names.contains(key) || c.names.contains(squeezed)) {
                    known = true;
                    m_index[c.column] = int(i);
                }
            }
            if (!known && !name.isEmpty())
                problem(record.line, u"unknown_column"_s,
                        u"unknown column %1; the columns are 账单编号 (bill number), 金额 (amount), 支付时间 (paid time),"
                        " 交易流水号 (transaction id), 支付方式 (method), 付款人 (payer)"_s.arg(quoted(name)));
        }
        for (const ColumnName &c : Columns) {
            if (c.required && m_index[c.column] < 0)
                problem(record.line, u"missing_column"_s, u"the header has no column %1"_s.arg(c.names.constLast()));
        }
        return report.problemCount == 0;
    }

    QString cell(const Csv::Record &record, Column column) const
    {
        const int i = m_index[column];
        return i >= 0 && i < record.cells.size() ? record.cells.at(i) : QString();
    }

    bool checkRow(Database &db, const QString &estateId, const Csv::Record &record, const QTimeZone &zone, qint64 now, Row *row)
    {
        const int line = record.line;
        if (record.problem == Csv::Problem::Encoding) {
            problem(line, u"encoding"_s, u"the line is not UTF-8 or GB18030 text"_s);
            return false;
        }
        if (record.problem != Csv::Problem::None) {
            problem(line, u"bad_csv"_s, u"the line is not well-formed CSV (quotes)"_s);
            return false;
        }
        const int before = report.problemCount;
        row->line = line;
        const QString number = cell(record, Bill);
        if (number.isEmpty()) {
            problem(line, u"unknown_bill"_s, u"the bill number is missing"_s);
        } else {
            QSqlQuery &q = db.query(u"SELECT id, unit_id FROM bills WHERE estate_id = ? AND number = ?"_s);
            q.bindValue(0, estateId);
            q.bindValue(1, number);
            if (db.execPrepared(q) && q.next()) {
                row->billId = q.value(0).toString();
                row->unitId = q.value(1).toString();
            }
            q.finish();
            if (row->billId.isEmpty())
                problem(line, u"unknown_bill"_s, u"no bill of this estate has the number %1"_s.arg(quoted(number)));
        }
        const QString amount = cell(record, Amount);
        const std::optional<qint64> fen = Money::parse(amount);
        if (!fen || *fen <= 0)
            problem(line, u"bad_amount"_s, u"the amount %1 is not a sum of yuan with at most two decimals"_s.arg(quoted(amount)));
        else
            row->amountFen = *fen;
        const QString paid = cell(record, PaidAt);
        const std::optional<qint64> at = readTime(paid, zone);
        if (!at)
            problem(line, u"bad_time"_s, u"the paid time %1 is not a time like 2026-12-03 14:05:09"_s.arg(quoted(paid)));
        else if (*at > now)
            problem(line, u"bad_time"_s, u"the paid time %1 lies in the future"_s.arg(quoted(paid)));
        else
            row->paidAt = *at;
        row->txn = cell(record, Txn);
        if (row->txn.isEmpty() || row->txn.size() > 64)
            problem(line, u"missing_txn"_s, u"the transaction id is missing or longer than 64 characters"_s);
        const QString method = cell(record, Method);
        row->method = methodOf(method);
        if (row->method.isEmpty())
            problem(line, u"bad_method"_s, u"unknown method %1; use cash, bank, wechat, alipay, card or pos"_s.arg(quoted(method)));
        return report.problemCount == before;
    }

    QList<int> m_index;
};

} // namespace

Report run(Database &db, const ServerConfig &config, const Registry &registry, const Request &request)
{
    Importer importer;
    Report &report = importer.report;
    report.dryRun = request.dryRun;
    if (request.bytes.size() > MaxBytes) {
        report.status = Report::Status::TooLarge;
        report.message = u"The file is larger than %1 MiB."_s.arg(MaxBytes / (1024 * 1024));
        return report;
    }
    const Csv::Text text = Csv::decode(request.bytes);
    report.encoding = text.encoding;
    // One transaction from the first read to the commit; a dry run (or a bad row) rolls back.
    Database::Transaction tx(db, Database::Kind::Revisioned);
    if (!tx.isOpen()) {
        report.message = u"The store is busy; try again."_s;
        return report;
    }
    if (!db.scalar(u"SELECT 1 FROM estates WHERE id = ?"_s, {request.estateId}).isValid()) {
        report.status = Report::Status::NoEstate;
        report.message = u"There is no estate %1."_s.arg(request.estateId);
        return report;
    }
    const QTimeZone zone = estateZone(db, request.estateId);
    QList<Row> rows;
    if (!importer.check(db, request.estateId, text, zone, request.now, &rows)) {
        report.status = Report::Status::Invalid;
        report.message = u"%1 problem(s) in the file; nothing was imported."_s.arg(report.problemCount);
        return report;
    }

    // The console acts as a manager of the estate without an account of its own.
    Principal who;
    if (!request.actorId.isEmpty()) {
        std::optional<Principal> p = Principals::load(db, registry, request.actorId);
        if (p)
            who = *p;
    }
    if (who.id.isEmpty()) {
        who.role = Role::Manager;
        who.name = u"console"_s;
        who.estateIds = {request.estateId};
    }
    CommandContext ctx{db, who, request.now, config, registry, request.address};
    for (const Row &row : std::as_const(rows)) {
        if (db.scalar(u"SELECT 1 FROM payments WHERE provider = ? AND provider_txn = ?"_s, {request.provider, row.txn}).isValid()) {
            ++report.duplicates;
            continue;
        }
        PaymentInput input;
        input.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        input.unitId = row.unitId;
        input.amountFen = row.amountFen;
        input.method = row.method;
        input.paidAt = row.paidAt;
        input.billIds = {row.billId};
        input.source = u"import"_s;
        input.provider = request.provider;
        input.providerTxn = row.txn;
        const CommandOutcome outcome = recordPayment(ctx, input);
        if (db.transactionFailed()) {
            report.message = u"The payments could not be stored; nothing was imported."_s;
            return report;
        }
        if (!outcome.applied()) {
            importer.problem(row.line, outcome.error, outcome.message);
            continue;
        }
        ++report.applied;
        report.totalFen += row.amountFen;
    }
    if (report.problemCount) {
        report.status = Report::Status::Invalid;
        report.applied = 0;
        report.totalFen = 0;
        report.message = u"%1 problem(s) in the file; nothing was imported."_s.arg(report.problemCount);
        return report;
    }
    if (request.dryRun) {
        report.status = Report::Status::Applied;
        return report; // rolled back
    }
    const QString summary = u"Imported %1 payment rows from %2: %3 applied (%4), %5 duplicates"_s.arg(report.rows)
                                .arg(request.provider)
                                .arg(report.applied)
                                .arg(Money::format(report.totalFen))
                                .arg(report.duplicates);
    if (!AuditLog::record(db, {request.estateId, request.actorId, u"payments.import"_s, u"estate"_s, request.estateId, summary,
                               request.address},
                          request.now)
        || db.transactionFailed() || !tx.commit()) {
        report.message = u"The payments could not be stored; nothing was imported."_s;
        return report;
    }
    report.status = Report::Status::Applied;
    return report;
}

namespace {

/// The report as both the console and the route give it.
QJsonObject reportJson(const Report &r)
{
    QJsonArray problems;
    for (const Problem &p : r.problems)
        problems.append(QJsonObject{{u"line"_s, p.line}, {u"code"_s, p.code}, {u"message"_s, p.message}});
    QJsonObject o{{u"rows"_s, r.rows},          {u"applied"_s, r.applied},   {u"duplicates"_s, r.duplicates},
                  {u"totalFen"_s, r.totalFen}, {u"dryRun"_s, r.dryRun},     {u"encoding"_s, r.encoding},
                  {u"problems"_s, problems},   {u"problemCount"_s, r.problemCount}};
    if (r.status == Report::Status::Invalid) {
        o.insert(u"error"_s, u"import_invalid"_s);
        o.insert(u"message"_s, r.message);
    }
    return o;
}

QString providerOf(const QString &text)
{
    return text.isEmpty() ? u"bank"_s : text;
}

bool validProvider(const QString &provider)
{
    return Json::isId(provider) && provider.size() <= 32;
}

bool importPayments(CliContext &ctx, QString *error)
{
    const QString estateId = ctx.args.value(u"estate"_s);
    const QStringList files = ctx.args.positionalArguments().mid(1);
    const QString provider = providerOf(ctx.args.value(u"provider"_s));
    if (estateId.isEmpty() || files.size() != 1) {
        *error = u"import-payments needs --estate ID and one FILE"_s;
        return false;
    }
    if (!validProvider(provider)) {
        *error = u"--provider must be a short name (letters, digits, - and _)"_s;
        return false;
    }
    QFile file(files.constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    if (file.size() > MaxBytes) {
        *error = u"%1 is larger than %2 MiB; split it into smaller files"_s.arg(file.fileName()).arg(MaxBytes / (1024 * 1024));
        return false;
    }
    Request request;
    request.estateId = estateId;
    request.bytes = file.readAll();
    request.provider = provider;
    request.dryRun = ctx.args.isSet(u"dry-run"_s);
    request.now = Json::nowMs();
    const Report r = run(ctx.db, ctx.config, ctx.registry, request);
    if (r.status == Report::Status::Applied || r.status == Report::Status::Invalid) {
        ctx.out << QString::fromUtf8(QJsonDocument(reportJson(r)).toJson(QJsonDocument::Compact)) << Qt::endl;
        if (r.status == Report::Status::Applied)
            return true;
    }
    *error = r.message;
    return false;
}

/// POST /v1/estates/{estateId}/payments/import, for the managers of that estate.
class ImportService final : public ModuleService
{
public:
    explicit ImportService(ServiceContext &ctx) : m_db(ctx.db), m_config(ctx.config), m_registry(ctx.registry)
    {
        ctx.http.route("POST", u"/v1/estates/{estateId}/payments/import"_s, ApiServer::Access::Authenticated, MaxBytes,
                       [this](const Context &c) { post(c); });
    }

private:
    void post(const Context &ctx)
    {
        const Principal &who = *ctx->principal;
        const QString estateId = ctx->params.value(0);
        if (!who.inEstate(estateId))
            return ctx->respond(HttpReply::error(404, u"not_found"_s, u"There is no such estate."_s));
        if (who.role != Role::Manager)
            return ctx->respond(HttpReply::error(403, u"forbidden"_s, u"Only a manager imports payments."_s));
        const QByteArray type = ctx->contentType.split(';').constFirst().trimmed().toLower();
        if (type != "text/csv")
            return ctx->respond(HttpReply::error(415, u"unsupported_media_type"_s, u"Send the file as text/csv."_s));
        QString dry, provider;
        for (const auto &[key, value] : ctx->query.queryItems(QUrl::FullyDecoded)) {
            if (key == u"dryRun")
                dry = value;
            else if (key == u"provider")
                provider = value;
            else
                return ctx->respond(HttpReply::error(400, u"unknown_field"_s, u"Only dryRun and provider are accepted."_s));
        }
        if (!dry.isEmpty() && dry != u"true" && dry != u"false")
            return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"dryRun is true or false."_s));
        provider = providerOf(provider);
        if (!validProvider(provider))
            return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"provider must be a short name."_s));
        Request request;
        request.estateId = estateId;
        request.bytes = ctx->body;
        request.provider = provider;
        request.dryRun = dry == u"true";
        request.actorId = who.id;
        request.address = ctx->remote.toString();
        request.now = Json::nowMs();
        const Report r = run(m_db, m_config, m_registry, request);
        switch (r.status) {
        case Report::Status::Applied:
            if (!r.dryRun)
                qCInfo(lcPaymentImport).noquote()
                    << u"payments imported estate=%1 rows=%2 applied=%3 duplicates=%4"_s.arg(estateId).arg(r.rows).arg(r.applied).arg(
                           r.duplicates);
            return ctx->respond(HttpReply::json(200, reportJson(r)));
        case Report::Status::Invalid:
            return ctx->respond(HttpReply::json(422, reportJson(r)));
        case Report::Status::TooLarge:
            return ctx->respond(HttpReply::error(413, u"payload_too_large"_s, r.message));
        case Report::Status::NoEstate:
            return ctx->respond(HttpReply::error(404, u"not_found"_s, u"There is no such estate."_s));
        case Report::Status::Failed:
            break;
        }
        HttpReply busy = HttpReply::error(503, u"unavailable"_s, r.message);
        busy.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
        ctx->respond(busy);
    }

    Database &m_db;
    const ServerConfig &m_config;
    const Registry &m_registry;
};

} // namespace
} // namespace PaymentImport

void registerPaymentImport(Registry &registry)
{
    registry.addCliCommand({u"import-payments"_s,
                            u"record payments from a bank's or provider's CSV (--estate ID [--provider P] [--dry-run] FILE)"_s,
                            {{u"provider"_s, u"import-payments: the provider whose transaction ids the file has (default bank)."_s,
                              u"name"_s}},
                            PaymentImport::importPayments,
                            {u"FILE"_s}});
    registry.addService([](ServiceContext &ctx) -> std::unique_ptr<ModuleService> {
        return std::make_unique<PaymentImport::ImportService>(ctx);
    });
}

} // namespace Courtyard::Server
