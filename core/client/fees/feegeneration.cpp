#include "fees/feegeneration.h"

#include "apiclient.h"
#include "apijob.h"
#include "fees/feerules.h"
#include "fees/feestaff.h"
#include "money.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

QString words(const char *text)
{
    return QCoreApplication::translate("FeeGeneration", text);
}

QVariantMap line(const char *title, const QString &value)
{
    return {{u"title"_s, words(title)}, {u"value"_s, value}};
}

} // namespace

FeeGeneration::FeeGeneration(QObject *parent)
    : QObject(parent)
{
}

void FeeGeneration::setEstateId(const QString &id)
{
    if (m_estateId == id)
        return;
    m_estateId = id;
    Q_EMIT estateIdChanged();
}

QString FeeGeneration::thisPeriod() const
{
    // Without the office's session (tests) the phone's own month stands in.
    return FeeStaff::instance() ? FeeStaff::instance()->thisPeriod(m_estateId) : Fees::periodOf(QDate::currentDate());
}

ApiClient *FeeGeneration::api() const
{
    if (m_api)
        return m_api;
    return FeeStaff::instance() ? FeeStaff::instance()->api() : nullptr;
}

void FeeGeneration::fail(const QString &text)
{
    m_state = u"failed"_s;
    m_errorText = text;
    m_report.clear();
    Q_EMIT changed();
}

void FeeGeneration::check(const QString &period)
{
    if (!Fees::isPeriod(period.trimmed()))
        return fail(words(QT_TRANSLATE_NOOP("FeeGeneration", "A month as %1.")).arg(thisPeriod()));
    m_period = period.trimmed();
    send(true);
}

void FeeGeneration::apply()
{
    if (canApply())
        send(false);
}

void FeeGeneration::send(bool dryRun)
{
    ApiClient *client = api();
    if (!client || !client->hasSession())
        return fail(words(QT_TRANSLATE_NOOP("FeeGeneration", "Sign in again to make bills.")));
    m_state = dryRun ? u"checking"_s : u"applying"_s;
    m_errorText.clear();
    Q_EMIT changed();
    ApiJob *job = client->postJson(u"/estates/%1/bills/generate"_s.arg(m_estateId),
                                   QJsonObject{{u"period"_s, m_period}, {u"dryRun"_s, dryRun}});
    QPointer<FeeGeneration> self(this);
    connect(job, &ApiJob::finished, this, [self, job, dryRun] {
        if (!self)
            return;
        switch (job->error()) {
        case ApiClient::Error::None:
            return self->takeAnswer(job->httpStatus(), job->data(), dryRun);
        case ApiClient::Error::Network:
        case ApiClient::Error::Timeout:
        case ApiClient::Error::Tls:
            return self->takeAnswer(0, {}, dryRun);
        case ApiClient::Error::Forbidden:
            return self->fail(words(QT_TRANSLATE_NOOP("FeeGeneration", "Only a manager of this estate can make bills.")));
        default:
            return self->fail(job->errorMessage().isEmpty()
                                  ? words(QT_TRANSLATE_NOOP("FeeGeneration", "The server could not make the bills."))
                                  : job->errorMessage());
        }
    });
}

void FeeGeneration::takeAnswer(int httpStatus, const QJsonObject &body, bool dryRun)
{
    if (httpStatus == 0)
        return fail(words(QT_TRANSLATE_NOOP("FeeGeneration", "You are offline. Bills are made on the server; try again when online.")));
    if (httpStatus < 200 || httpStatus >= 300)
        return fail(words(QT_TRANSLATE_NOOP("FeeGeneration", "The server could not make the bills.")));
    const QJsonObject r = body.value(u"report"_s).isObject() ? body.value(u"report"_s).toObject() : body;
    if (m_period.isEmpty())
        m_period = r.value(u"period"_s).toString();
    const QLocale locale;
    const auto count = [&](const char *key) { return locale.toString(r.value(QLatin1String(key)).toInteger()); };
    m_report = {line(QT_TRANSLATE_NOOP("FeeGeneration", "Units"), count("units")),
                line(dryRun ? QT_TRANSLATE_NOOP("FeeGeneration", "Bills to make") : QT_TRANSLATE_NOOP("FeeGeneration", "Bills made"),
                     count("created")),
                line(QT_TRANSLATE_NOOP("FeeGeneration", "Made before (unchanged)"), count("existing")),
                line(QT_TRANSLATE_NOOP("FeeGeneration", "Skipped (no fee applies)"), count("skipped")),
                line(QT_TRANSLATE_NOOP("FeeGeneration", "Total billed"), Money::format(r.value(u"totalFen"_s).toInteger())),
                line(QT_TRANSLATE_NOOP("FeeGeneration", "Late fees in it"), Money::format(r.value(u"lateFeeFen"_s).toInteger())),
                line(QT_TRANSLATE_NOOP("FeeGeneration", "Credit used"), Money::format(r.value(u"creditAppliedFen"_s).toInteger()))};
    m_state = dryRun ? u"checked"_s : u"applied"_s;
    m_errorText.clear();
    Q_EMIT changed();
    if (!dryRun)
        Q_EMIT billsMade();
}

} // namespace Courtyard::Client
