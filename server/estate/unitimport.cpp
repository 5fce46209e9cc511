// The unit import (see unitimport.h): the file read by the platform's CSV reader (UTF-8 with
// or without BOM, GB18030; RFC 4180), the checks of every row, and the one transaction that
// applies a clean file.
#include "unitimport.h"

#include "apiserver.h"
#include "auditlog.h"
#include "csvreader.h"
#include "database.h"
#include "json.h"
#include "principal.h"
#include "registry.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcImport, "courtyard.import")

namespace Courtyard::Server::UnitImport {

namespace {

/// The reader's problem in the words of the unit import's report.
QString reasonOf(Csv::Problem problem)
{
    switch (problem) {
    case Csv::Problem::None:
        break;
    case Csv::Problem::Encoding:
        return u"not UTF-8 or GB18030 text"_s;
    case Csv::Problem::QuoteInCell:
        return u"a quote inside a cell: quote the whole cell and double the quotes in it"_s;
    case Csv::Problem::AfterQuote:
        return u"text after the closing quote of a cell"_s;
    case Csv::Problem::Unclosed:
        return u"a quoted cell is not closed"_s;
    }
    return {};
}

// ---- Columns and values -----------------------------------------------------------------

enum Column { Building, Number, Floor, Area, Purpose, Status, ColumnCount };

struct ColumnName
{
    Column column;
    QString english;
    QString chinese;
    bool required;
};

const ColumnName Columns[] = {
    {Building, u"building"_s, u"楼栋"_s, true}, {Number, u"number"_s, u"房号"_s, true},
    {Floor, u"floor"_s, u"楼层"_s, true},       {Area, u"area"_s, u"面积"_s, true},
    {Purpose, u"purpose"_s, u"用途"_s, false},  {Status, u"status"_s, u"状态"_s, false},
};

struct Choice
{
    QString value;
    QString chinese;
};
const Choice Purposes[] = {{u"residential"_s, u"住宅"_s}, {u"shop"_s, u"商铺"_s}, {u"office"_s, u"办公"_s}, {u"storage"_s, u"储藏"_s}};
const Choice Statuses[] = {{u"occupied"_s, u"已入住"_s}, {u"vacant"_s, u"空置"_s}, {u"notHandedOver"_s, u"未交房"_s}};

template<size_t N>
QString choose(const Choice (&choices)[N], const QString &text)
{
    for (const Choice &c : choices) {
        if (text.compare(c.value, Qt::CaseInsensitive) == 0 || text == c.chinese)
            return c.value;
    }
    return {};
}

template<size_t N>
QString choicesText(const Choice (&choices)[N])
{
    QStringList names;
    for (const Choice &c : choices)
        names << u"%1 (%2)"_s.arg(c.value, c.chinese);
    return names.join(u", "_s);
}

/// A cell quoted back in a reason: short, so a wrong file does not make a huge answer.
QString quoted(const QString &cell)
{
    return u"'"_s + (cell.size() > 40 ? cell.first(40) + u"…"_s : cell) + u"'"_s;
}

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

/// m² with at most two decimals, as hundredths: read from the text, never through a
/// floating-point number (0.29 m² is 29, not 28.999…). Empty reason when fine.
QString parseArea(const QString &text, qint64 *centi)
{
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? QStringView(text) : QStringView(text).first(dot);
    const QStringView fraction = dot < 0 ? QStringView() : QStringView(text).sliced(dot + 1);
    if (!isDigits(whole) || (dot >= 0 && !isDigits(fraction)))
        return u"area %1 is not a number of m² (like 89.50)"_s.arg(quoted(text));
    if (fraction.size() > 2)
        return u"area %1 has more than two decimals"_s.arg(quoted(text));
    // Up to 999,999.99 m²: the hundredths fit PostgreSQL's INTEGER with room to spare.
    QStringView digits = whole;
    while (digits.size() > 1 && digits.front() == u'0')
        digits = digits.sliced(1);
    if (digits.size() > 6)
        return u"area %1 is too large (at most 999999.99 m²)"_s.arg(quoted(text));
    qint64 value = digits.toLongLong() * 100;
    if (fraction.size() >= 1)
        value += (fraction.at(0).unicode() - u'0') * 10;
    if (fraction.size() == 2)
        value += fraction.at(1).unicode() - u'0';
    if (value <= 0)
        return u"area must be more than 0"_s;
    *centi = value;
    return {};
}

QString parseFloor(const QString &text, int *floor)
{
    QStringView digits(text);
    const bool negative = digits.startsWith(u'-');
    if (negative || digits.startsWith(u'+'))
        digits = digits.sliced(1);
    if (!isDigits(digits))
        return u"floor %1 is not a whole number"_s.arg(quoted(text));
    if (digits.size() > 4)
        return u"floor %1 is out of range"_s.arg(quoted(text));
    *floor = negative ? -digits.toInt() : digits.toInt();
    return {};
}

// ---- Checking and applying --------------------------------------------------------------

struct Row
{
    int line = 0;
    QString buildingId;
    QString number;
    int floor = 0;
    qint64 area = 0;
    QString purpose; ///< empty: not given
    QString status;
};

struct Existing
{
    QString id;
    int floor = 0;
    qint64 area = 0;
    QString purpose;
    QString status;
};

QString unitKey(const QString &buildingId, const QString &number)
{
    return buildingId + QChar(0x1F) + number;
}

class Checker
{
public:
    Result result;

    void problem(int line, const QString &reason)
    {
        ++result.problemCount;
        if (result.problems.size() < MaxProblems)
            result.problems.append({line, reason});
    }

    /// Reads the file into rows; false with the problems in result.
    bool check(const Csv::Text &text, const QHash<QString, QString> &buildings, QList<Row> *rows)
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
            if (rows->size() + m_rejected >= MaxRows) {
                result.problems.clear();
                result.problemCount = 0;
                problem(record.line, u"more than %1 rows: split the file"_s.arg(MaxRows));
                result.message = u"The file has more than %1 rows; import at most %1 at a time."_s.arg(MaxRows);
                return false;
            }
            Row row;
            if (checkRow(record, buildings, &row))
                rows->append(row);
            else
                ++m_rejected;
        }
        if (!haveHeader) {
            problem(1, u"the file is empty: the first line names the columns (building, number, floor, area)"_s);
            result.message = u"The file is empty."_s;
            return false;
        }
        if (rows->isEmpty() && !result.problemCount) {
            problem(1, u"the file has a header but no rows"_s);
            result.message = u"The file has no rows."_s;
            return false;
        }
        result.rows = int(rows->size()) + m_rejected;
        if (result.problemCount) {
            result.message = u"%1 problem(s) in the file; nothing was imported."_s.arg(result.problemCount);
            return false;
        }
        return true;
    }

private:
    bool readHeader(const Csv::Record &record)
    {
        if (record.problem != Csv::Problem::None) {
            problem(record.problemLine, reasonOf(record.problem));
            result.message = u"The header line cannot be read."_s;
            return false;
        }
        m_index.fill(-1, ColumnCount);
        m_width = int(record.cells.size());
        for (qsizetype i = 0; i < record.cells.size(); ++i) {
            QString name = record.cells.at(i);
            name.remove(QChar(0xFEFF)); // a BOM a converter left inside the text
            if (name.isEmpty() && i == record.cells.size() - 1 && i > 0) {
                m_width = int(i); // a trailing comma after the last name
                continue;
            }
            bool known = false;
            for (const ColumnName &c : Columns) {
                if (name.compare(c.english, Qt::CaseInsensitive) == 0 || name == c.chinese) {
                    known = true;
                    if (m_index[c.column] >= 0)
                        problem(record.line, u"the column %1 is named twice"_s.arg(c.english));
                    m_index[c.column] = int(i);
                    m_header[c.column] = name;
                }
            }
            if (!known)
                problem(record.line, u"unknown column %1; the columns are building (楼栋), number (房号), floor (楼层),"
                                     " area (面积), purpose (用途), status (状态)"_s
                                         .arg(quoted(name)));
        }
        for (const ColumnName &c : Columns) {
            if (c.required && m_index[c.column] < 0)
                problem(record.line, u"the header has no column %1 (%2)"_s.arg(c.english, c.chinese));
        }
        if (result.problemCount) {
            result.message = u"The header line is not right; nothing was imported."_s;
            return false;
        }
        return true;
    }

    QString cell(const Csv::Record &record, Column column) const
    {
        const int i = m_index[column];
        return i >= 0 && i < record.cells.size() ? record.cells.at(i) : QString();
    }

    bool checkRow(const Csv::Record &record, const QHash<QString, QString> &buildings, Row *row)
    {
        if (record.problem != Csv::Problem::None) {
            problem(record.problemLine, reasonOf(record.problem));
            return false;
        }
        const int before = result.problemCount;
        const int line = record.line;
        // Cells past the header's are refused, unless empty (spreadsheets pad rows with commas).
        for (qsizetype i = m_width; i < record.cells.size(); ++i) {
            if (!record.cells.at(i).isEmpty()) {
                problem(line, u"too many cells: %1, the header names %2 columns"_s.arg(record.cells.size()).arg(m_width));
                break;
            }
        }
        for (const ColumnName &c : Columns) {
            if (c.required && cell(record, c.column).isEmpty())
                problem(line, u"missing cell: %1"_s.arg(m_header[c.column]));
        }
        const QString building = cell(record, Building);
        if (!building.isEmpty()) {
            row->buildingId = buildings.value(building);
            if (row->buildingId.isEmpty())
                problem(line, u"unknown building %1 (add the building first; the import does not create buildings)"_s.arg(quoted(building)));
        }
        row->number = cell(record, Number);
        if (row->number.size() > NumberMax)
            problem(line, u"number is longer than %1 characters"_s.arg(NumberMax));
        if (const QString floor = cell(record, Floor); !floor.isEmpty()) {
            if (const QString why = parseFloor(floor, &row->floor); !why.isEmpty())
                problem(line, why);
        }
        if (const QString area = cell(record, Area); !area.isEmpty()) {
            if (const QString why = parseArea(area, &row->area); !why.isEmpty())
                problem(line, why);
        }
        if (const QString purpose = cell(record, Purpose); !purpose.isEmpty()) {
            row->purpose = choose(Purposes, purpose);
            if (row->purpose.isEmpty())
                problem(line, u"unknown purpose %1; use %2"_s.arg(quoted(purpose), choicesText(Purposes)));
        }
        if (const QString status = cell(record, Status); !status.isEmpty()) {
            row->status = choose(Statuses, status);
            if (row->status.isEmpty())
                problem(line, u"unknown status %1; use %2"_s.arg(quoted(status), choicesText(Statuses)));
        }
        if (!row->buildingId.isEmpty() && !row->number.isEmpty()) {
            const QString key = unitKey(row->buildingId, row->number);
            if (const int first = m_seen.value(key); first > 0)
                problem(line, u"unit %1 %2 is on line %3 already"_s.arg(building, quoted(row->number)).arg(first));
            else
                m_seen.insert(key, line);
        }
        row->line = line;
        return result.problemCount == before;
    }

    QList<int> m_index;
    QString m_header[ColumnCount];
    int m_width = 0;
    int m_rejected = 0;
    QHash<QString, int> m_seen;
};

/// The new units, many per statement: one round trip for 100 rows instead of 100 (9 values
/// a row stays under SQLite's oldest limit of 999 bound values).
bool insertUnits(Database &db, const QString &estateId, const QList<const Row *> &rows)
{
    constexpr int Batch = 100;
    const QString head = u"INSERT INTO units (id, estate_id, building_id, number, floor, area_centi_sqm, purpose, status, rev)"
                         " VALUES "_s;
    const QString one = u"(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    QStringList many(Batch, one);
    const QString batchSql = head + many.join(u", "_s);
    const QString singleSql = head + one;
    for (qsizetype start = 0; start < rows.size();) {
        const qsizetype n = rows.size() - start >= Batch ? Batch : 1;
        QSqlQuery &q = db.query(n == Batch ? batchSql : singleSql);
        int at = 0;
        for (qsizetype i = start; i < start + n; ++i) {
            const Row &r = *rows.at(i);
            q.bindValue(at++, u"unit-"_s + Json::randomId(8));
            q.bindValue(at++, estateId);
            q.bindValue(at++, r.buildingId);
            q.bindValue(at++, r.number);
            q.bindValue(at++, r.floor);
            q.bindValue(at++, r.area);
            q.bindValue(at++, r.purpose.isEmpty() ? u"residential"_s : r.purpose);
            q.bindValue(at++, r.status.isEmpty() ? u"occupied"_s : r.status);
            q.bindValue(at++, db.nextRevision());
        }
        const bool ok = db.execPrepared(q);
        q.finish();
        if (!ok)
            return false;
        start += n;
    }
    return true;
}

} // namespace

Result run(Database &db, const Request &request)
{
    Checker checker;
    Result &result = checker.result;
    result.dryRun = request.dryRun;
    if (request.bytes.size() > MaxBytes) {
        result.status = Result::Status::TooLarge;
        result.message = u"The file is larger than %1 MiB."_s.arg(MaxBytes / (1024 * 1024));
        return result;
    }
    const Csv::Text text = Csv::decode(request.bytes);
    result.encoding = text.encoding;

    // A real import holds the revision lock from its first read to its commit, so what it
    // compares against is what it writes over. A dry run only reads.
    Database::Transaction tx(db, request.dryRun ? Database::Kind::Read : Database::Kind::Revisioned);
    if (!tx.isOpen()) {
        result.message = u"The store is busy; try again."_s;
        return result;
    }
    if (!db.scalar(u"SELECT 1 FROM estates WHERE id = ?"_s, {request.estateId}).isValid()) {
        result.status = Result::Status::NoEstate;
        result.message = u"There is no estate %1."_s.arg(request.estateId);
        return result;
    }
    QHash<QString, QString> buildings; // name -> id
    {
        QSqlQuery &q = db.query(u"SELECT id, name FROM buildings WHERE estate_id = ?"_s);
        q.bindValue(0, request.estateId);
        if (!db.execPrepared(q)) {
            result.message = u"The buildings could not be read."_s;
            return result;
        }
        while (q.next())
            buildings.insert(q.value(1).toString(), q.value(0).toString());
        q.finish();
    }
    QList<Row> rows;
    if (!checker.check(text, buildings, &rows)) {
        result.status = Result::Status::Invalid;
        return result;
    }

    QHash<QString, Existing> existing;
    {
        QSqlQuery &q = db.query(u"SELECT id, building_id, number, floor, area_centi_sqm, purpose, status FROM units"
                                " WHERE estate_id = ?"_s);
        q.bindValue(0, request.estateId);
        if (!db.execPrepared(q)) {
            result.message = u"The units could not be read."_s;
            return result;
        }
        while (q.next())
            existing.insert(unitKey(q.value(1).toString(), q.value(2).toString()),
                            {q.value(0).toString(), q.value(3).toInt(), q.value(4).toLongLong(), q.value(5).toString(),
                             q.value(6).toString()});
        q.finish();
    }
    QList<const Row *> created;
    QList<std::pair<const Row *, const Existing *>> updated;
    for (const Row &row : std::as_const(rows)) {
        const auto it = existing.constFind(unitKey(row.buildingId, row.number));
        if (it == existing.constEnd()) {
            created.append(&row);
            continue;
        }
        // Purpose and status left empty keep what the unit has.
        const bool same = it->floor == row.floor && it->area == row.area
                          && (row.purpose.isEmpty() || row.purpose == it->purpose)
                          && (row.status.isEmpty() || row.status == it->status);
        if (same)
            ++result.unchanged;
        else
            updated.append({&row, &*it});
    }
    result.created = int(created.size());
    result.updated = int(updated.size());
    if (request.dryRun) {
        result.status = Result::Status::Applied;
        return result;
    }

    bool ok = insertUnits(db, request.estateId, created);
    for (const auto &[row, unit] : std::as_const(updated)) {
        if (!ok)
            break;
        ok = db.exec(u"UPDATE units SET floor = ?, area_centi_sqm = ?, purpose = ?, status = ?, rev = ? WHERE id = ?"_s,
                     {row->floor, row->area, row->purpose.isEmpty() ? unit->purpose : row->purpose,
                      row->status.isEmpty() ? unit->status : row->status, db.nextRevision(), unit->id});
    }
    const QString summary = u"Imported %1 rows: %2 created, %3 updated"_s.arg(result.rows).arg(result.created).arg(result.updated);
    ok = ok
         && AuditLog::record(db,
                             {request.estateId, request.actorId, u"units.import"_s, u"estate"_s, request.estateId, summary,
                              request.address},
                             request.now)
         && !db.transactionFailed() && tx.commit();
    if (!ok) {
        result.message = u"The units could not be stored; nothing was imported."_s;
        return result;
    }
    result.status = Result::Status::Applied;
    return result;
}

namespace {

QJsonObject counts(const Result &r)
{
    return QJsonObject{{u"rows"_s, r.rows},
                       {u"created"_s, r.created},
                       {u"updated"_s, r.updated},
                       {u"unchanged"_s, r.unchanged},
                       {u"dryRun"_s, r.dryRun}};
}

QJsonObject invalid(const Result &r)
{
    QJsonArray problems;
    for (const Problem &p : r.problems)
        problems.append(QJsonObject{{u"line"_s, p.line}, {u"reason"_s, p.reason}});
    return QJsonObject{{u"error"_s, u"import_invalid"_s},
                       {u"message"_s, r.message},
                       {u"problems"_s, problems},
                       {u"problemCount"_s, r.problemCount}};
}

bool importUnits(CliContext &ctx, QString *error)
{
    const QString estateId = ctx.args.value(u"estate"_s);
    const QStringList files = ctx.args.positionalArguments().mid(1);
    if (estateId.isEmpty() || files.size() != 1) {
        *error = u"import-units needs --estate ID and one FILE"_s;
        return false;
    }
    QFile file(files.constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    // Refused before it is read: a file past the limit is not taken whole into memory.
    if (file.size() > MaxBytes) {
        *error = u"%1 is larger than %2 MiB; split it into smaller files"_s.arg(file.fileName()).arg(MaxBytes / (1024 * 1024));
        return false;
    }
    Request request;
    request.estateId = estateId;
    request.bytes = file.readAll();
    request.dryRun = ctx.args.isSet(u"dry-run"_s);
    request.now = Json::nowMs();
    const Result r = run(ctx.db, request);
    switch (r.status) {
    case Result::Status::Applied:
        ctx.out << (r.dryRun ? u"checked (dry run, nothing written): "_s : u"imported: "_s)
                << u"%1 rows, %2 created, %3 updated, %4 unchanged (%5)"_s.arg(r.rows).arg(r.created).arg(r.updated)
                       .arg(r.unchanged).arg(r.encoding)
                << Qt::endl;
        return true;
    case Result::Status::Invalid:
        for (const Problem &p : r.problems)
            ctx.out << u"line %1: %2"_s.arg(p.line).arg(p.reason) << '\n';
        if (r.problemCount > r.problems.size())
            ctx.out << u"… and %1 more"_s.arg(r.problemCount - r.problems.size()) << '\n';
        ctx.out.flush();
        *error = r.message;
        return false;
    default:
        *error = r.message;
        return false;
    }
}

/// POST /v1/estates/{estateId}/units/import, for the managers of that estate.
class ImportService final : public ModuleService
{
public:
    explicit ImportService(ServiceContext &ctx) : m_db(ctx.db)
    {
        ctx.http.route("POST", u"/v1/estates/{estateId}/units/import"_s, ApiServer::Access::Authenticated, MaxBytes,
                       [this](const Context &c) { post(c); });
    }

private:
    void post(const Context &ctx)
    {
        const Principal &who = *ctx->principal;
        const QString estateId = ctx->params.value(0);
        // Another role is told no; a manager learns nothing of estates not theirs.
        if (who.role != Role::Manager)
            return ctx->respond(HttpReply::error(403, u"forbidden"_s, u"Only a manager imports units."_s));
        if (!who.inEstate(estateId))
            return ctx->respond(HttpReply::error(404, u"not_found"_s, u"There is no such estate."_s));
        const QByteArray type = ctx->contentType.split(';').constFirst().trimmed().toLower();
        if (type != "text/csv")
            return ctx->respond(HttpReply::error(415, u"unsupported_media_type"_s, u"Send the file as text/csv."_s));
        const QString dry = ctx->query.queryItemValue(u"dryRun"_s);
        if (!dry.isEmpty() && dry != u"true" && dry != u"false")
            return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"dryRun is true or false."_s));

        Request request;
        request.estateId = estateId;
        request.bytes = ctx->body;
        request.dryRun = dry == u"true";
        request.actorId = who.id;
        request.address = ctx->remote.toString();
        request.now = Json::nowMs();
        const Result r = run(m_db, request);
        switch (r.status) {
        case Result::Status::Applied:
            if (!r.dryRun)
                qCInfo(lcImport).noquote() << "units imported" << u"estate=%1 rows=%2 created=%3 updated=%4"_s.arg(estateId)
                                                                      .arg(r.rows).arg(r.created).arg(r.updated);
            return ctx->respond(HttpReply::json(200, counts(r)));
        case Result::Status::Invalid:
            return ctx->respond(HttpReply::json(422, invalid(r)));
        case Result::Status::TooLarge:
            return ctx->respond(HttpReply::error(413, u"payload_too_large"_s, r.message));
        case Result::Status::NoEstate:
            return ctx->respond(HttpReply::error(404, u"not_found"_s, u"There is no such estate."_s));
        case Result::Status::Failed:
            break;
        }
        qCWarning(lcImport).noquote() << "import failed" << u"estate=%1"_s.arg(estateId) << r.message;
        HttpReply busy = HttpReply::error(503, u"unavailable"_s, r.message);
        busy.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
        ctx->respond(busy);
    }

    Database &m_db;
};

} // namespace

void registerWith(Registry &registry)
{
    registry.addCliCommand({u"import-units"_s,
                            u"check and import an estate's units from a CSV file (--estate ID [--dry-run] FILE)"_s,
                            {{u"estate"_s, u"create-user, import-units: estate id."_s, u"id"_s},
                             {u"dry-run"_s, u"import-units: check the file only, write nothing."_s}},
                            importUnits,
                            {u"FILE"_s}});
    registry.addService([](ServiceContext &ctx) -> std::unique_ptr<ModuleService> {
        return std::make_unique<ImportService>(ctx);
    });
}

} // namespace Courtyard::Server::UnitImport
