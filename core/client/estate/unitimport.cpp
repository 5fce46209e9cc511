#include "estate/unitimport.h"

#include "apiclient.h"
#include "apijob.h"
#include "estate/estatemodule.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UnitImport", text);
}

int intOf(const QJsonObject &o, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *k : keys) {
        const QJsonValue v = o.value(QString::fromUtf16(k));
        if (v.isDouble())
            return v.toInt();
    }
    return 0;
}

} // namespace

UnitImport::UnitImport(QObject *parent)
    : QObject(parent)
{
}

ApiClient *UnitImport::api() const
{
    if (m_api)
        return m_api;
    const Estate *estate = Estate::instance();
    return estate ? estate->api() : nullptr;
}

void UnitImport::setEstateId(const QString &id)
{
    if (m_estateId == id)
        return;
    m_estateId = id;
    Q_EMIT estateIdChanged();
}

QString UnitImport::summary() const
{
    if (m_state != u"checked" && m_state != u"applied")
        return {};
    return QCoreApplication::translate("UnitImport", "%n row(s): %1 new, %2 updated, %3 unchanged", nullptr, m_rows)
        .arg(m_created)
        .arg(m_updated)
        .arg(m_unchanged);
}

void UnitImport::setState(const QString &state)
{
    m_state = state;
    Q_EMIT changed();
}

void UnitImport::fail(const QString &text)
{
    m_errorText = text;
    setState(u"failed"_s);
}

void UnitImport::reset()
{
    m_bytes.clear();
    m_fileName.clear();
    m_rows = m_created = m_updated = m_unchanged = 0;
    m_problems.clear();
    m_errorText.clear();
    setState(u"idle"_s);
}

void UnitImport::check(const QUrl &file)
{
    // On Android a picked file is a content: URL, which QFile opens by its string.
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        reset();
        return fail(tr(QT_TRANSLATE_NOOP("UnitImport", "The file could not be opened.")));
    }
    if (f.size() > MaxBytes) {
        reset();
        return fail(tr(QT_TRANSLATE_NOOP("UnitImport", "The file is larger than 10 MB; split it into parts.")));
    }
    checkBytes(f.readAll(), QFileInfo(path).fileName());
}

void UnitImport::checkBytes(const QByteArray &csv, const QString &name)
{
    reset();
    m_bytes = csv;
    m_fileName = name;
    if (m_bytes.trimmed().isEmpty())
        return fail(tr(QT_TRANSLATE_NOOP("UnitImport", "The file is empty.")));
    send(true);
}

void UnitImport::apply()
{
    if (!canApply())
        return;
    send(false);
}

void UnitImport::send(bool dryRun)
{
    ApiClient *client = api();
    if (!client || !client->hasSession())
        return fail(tr(QT_TRANSLATE_NOOP("UnitImport", "Sign in again to import.")));
    m_errorText.clear();
    setState(dryRun ? u"checking"_s : u"applying"_s);
    QUrlQuery query;
    if (dryRun)
        query.addQueryItem(u"dryRun"_s, u"true"_s);
    ApiJob *job = client->postBytes(u"/estates/%1/units/import"_s.arg(m_estateId), m_bytes, "text/csv", query);
    QPointer<UnitImport> self(this);
    connect(job, &ApiJob::finished, this, [self, job, dryRun] {
        if (!self)
            return;
        switch (job->error()) {
        case ApiClient::Error::None:
        case ApiClient::Error::Conflict:
            return self->takeAnswer(job->httpStatus(), job->data(), dryRun);
        case ApiClient::Error::Network:
        case ApiClient::Error::Timeout:
        case ApiClient::Error::Tls:
            return self->fail(tr(QT_TRANSLATE_NOOP("UnitImport", "You are offline. Importing needs a connection; try again when online.")));
        case ApiClient::Error::Forbidden:
            return self->fail(tr(QT_TRANSLATE_NOOP("UnitImport", "Only a manager of this estate can import units.")));
        case ApiClient::Error::RateLimited:
            return self->fail(tr(QT_TRANSLATE_NOOP("UnitImport", "Too many imports just now; wait a minute and try again.")));
        default:
            if (job->httpStatus() == 413)
                return self->fail(tr(QT_TRANSLATE_NOOP("UnitImport", "The file is larger than 10 MB; split it into parts.")));
            return self->fail(tr(QT_TRANSLATE_NOOP("UnitImport", "The server could not take the file. Check it against the template.")));
        }
    });
}

QString UnitImport::problemText(const QJsonObject &problem)
{
    const int line = problem.value(u"line"_s).toInt();
    const QString code = problem.value(u"code"_s).toString(problem.value(u"reason"_s).toString());
    const QString value = problem.value(u"value"_s).toString();
    const QString column = problem.value(u"column"_s).toString(problem.value(u"field"_s).toString());
    QString what;
    if (code == u"unknown_building")
        what = QCoreApplication::translate("UnitImport", "unknown building %1").arg(value);
    else if (code == u"duplicate_unit" || code == u"duplicate")
        what = QCoreApplication::translate("UnitImport", "unit %1 appears twice in the file").arg(value);
    else if (code == u"invalid_area")
        what = QCoreApplication::translate("UnitImport", "the area %1 is not a number with at most two decimals").arg(value);
    else if (code == u"missing" || code == u"required")
        what = QCoreApplication::translate("UnitImport", "%1 is missing").arg(column);
    else if (code == u"invalid" || code == u"invalid_value")
        what = QCoreApplication::translate("UnitImport", "%1 cannot be %2").arg(column, value);
    else if (code == u"too_many_rows")
        what = tr(QT_TRANSLATE_NOOP("UnitImport", "the file has more than 50,000 rows"));
    else
        // A problem this version has no words for: the server's own sentence.
        what = problem.value(u"message"_s).toString(code);
    return line > 0 ? QCoreApplication::translate("UnitImport", "Line %1: %2").arg(line).arg(what) : what;
}

void UnitImport::takeAnswer(int httpStatus, const QJsonObject &body, bool dryRun)
{
    m_problems.clear();
    if (httpStatus == 422 || body.value(u"error"_s).toString() == u"import_invalid") {
        for (const QJsonValue &v : body.value(u"problems"_s).toArray()) {
            const QJsonObject p = v.toObject();
            m_problems.append(QVariantMap{{u"line"_s, p.value(u"line"_s).toInt()}, {u"text"_s, problemText(p)}});
        }
        if (m_problems.isEmpty())
            m_problems.append(QVariantMap{{u"line"_s, 0}, {u"text"_s, body.value(u"message"_s).toString()}});
        m_rows = intOf(body, {u"rows", u"total"});
        return setState(u"invalid"_s);
    }
    if (httpStatus == 0) // no answer at all
        return fail(tr(QT_TRANSLATE_NOOP("UnitImport", "You are offline. Importing needs a connection; try again when online.")));
    if (httpStatus < 200 || httpStatus >= 300)
        return fail(tr(QT_TRANSLATE_NOOP("UnitImport", "The server could not take the file. Check it against the template.")));
    const QJsonObject counts = body.value(u"counts"_s).isObject() ? body.value(u"counts"_s).toObject() : body;
    m_created = intOf(counts, {u"created", u"new", u"added"});
    m_updated = intOf(counts, {u"updated", u"changed"});
    m_unchanged = intOf(counts, {u"unchanged"});
    m_rows = intOf(counts, {u"rows", u"total"});
    if (m_rows == 0)
        m_rows = m_created + m_updated + m_unchanged;
    setState(dryRun ? u"checked"_s : u"applied"_s);
    if (!dryRun)
        Q_EMIT applied();
}

} // namespace Courtyard::Client
