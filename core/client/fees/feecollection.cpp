#include "fees/feecollection.h"

#include "apiclient.h"
#include "apijob.h"
#include "fees/feerules.h"
#include "fees/feestaff.h"
#include "money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

QString words(const char *text)
{
    return QCoreApplication::translate("FeeCollection", text);
}

/// One bar's figures (a month or a building) with its texts; the rate in permille is its length.
QVariantMap figures(const QJsonObject &f, const QString &title)
{
    const qint64 receivable = f.value(u"receivableFen"_s).toInteger();
    const qint64 collected = f.value(u"collectedFen"_s).toInteger();
    const qint64 billed = f.value(u"householdsBilled"_s).toInteger();
    const qint64 paid = f.value(u"householdsPaid"_s).toInteger();
    const qint64 arrears = f.value(u"arrearsStartFen"_s).toInteger();
    const qint64 recovered = f.value(u"recoveredFen"_s).toInteger();
    return {{u"title"_s, title},
            {u"permille"_s, std::max(0, Fees::permille(collected, receivable))},
            {u"rateText"_s, Fees::percentText(collected, receivable)},
            {u"receivableText"_s, Money::format(receivable)},
            {u"collectedText"_s, Money::format(collected)},
            {u"householdsText"_s, QCoreApplication::translate("FeeCollection", "%1 (%2 of %n households)", nullptr, int(billed))
                                      .arg(Fees::percentText(paid, billed), QLocale().toString(paid))},
            {u"recoveryText"_s, QCoreApplication::translate("FeeCollection", "%1 (%2 of %3 in arrears)")
                                    .arg(Fees::percentText(recovered, arrears), Money::format(recovered), Money::format(arrears))}};
}

QString monthTitle(const QString &period)
{
    const QDate start = Fees::periodStart(period);
    return start.isValid() ? QLocale().toString(start, QCoreApplication::translate("FeeCollection", "MMM yy")) : period;
}

} // namespace

FeeCollection::FeeCollection(QObject *parent)
    : QObject(parent)
{
}

void FeeCollection::setEstateId(const QString &id)
{
    if (m_estateId == id)
        return;
    m_estateId = id;
    Q_EMIT queryChanged();
}

void FeeCollection::setFrom(const QString &period)
{
    if (m_from == period)
        return;
    m_from = period;
    Q_EMIT queryChanged();
}

void FeeCollection::setTo(const QString &period)
{
    if (m_to == period)
        return;
    m_to = period;
    Q_EMIT queryChanged();
}

ApiClient *FeeCollection::api() const
{
    if (m_api)
        return m_api;
    return FeeStaff::instance() ? FeeStaff::instance()->api() : nullptr;
}

void FeeCollection::fail(const QString &text, bool offline)
{
    m_state = u"failed"_s;
    m_offline = offline;
    m_errorText = text;
    Q_EMIT changed();
}

void FeeCollection::load()
{
    ApiClient *client = api();
    if (!client || !client->hasSession())
        return fail(words(QT_TRANSLATE_NOOP("FeeCollection", "Sign in again to see the figures.")));
    if (!Fees::isPeriod(m_from) || !Fees::isPeriod(m_to) || m_to < m_from)
        return fail(words(QT_TRANSLATE_NOOP("FeeCollection", "Pick the months to show.")));
    m_state = u"loading"_s;
    m_offline = false;
    m_errorText.clear();
    Q_EMIT changed();
    QUrlQuery query;
    query.addQueryItem(u"from"_s, m_from);
    query.addQueryItem(u"to"_s, m_to);
    ApiJob *job = client->get(u"/estates/%1/collection"_s.arg(m_estateId), query);
    QPointer<FeeCollection> self(this);
    const int request = ++m_request;
    connect(job, &ApiJob::finished, this, [self, job, request] {
        if (!self || self->m_request != request)
            return;
        switch (job->error()) {
        case ApiClient::Error::None:
            return self->answer(job->httpStatus(), job->data());
        case ApiClient::Error::Network:
        case ApiClient::Error::Timeout:
        case ApiClient::Error::Tls:
            return self->answer(0, {});
        case ApiClient::Error::Forbidden:
            return self->fail(words(QT_TRANSLATE_NOOP("FeeCollection", "This estate shows its collection figures to managers only.")));
        default:
            return self->fail(words(QT_TRANSLATE_NOOP("FeeCollection", "The server could not give the figures. Try again later.")));
        }
    });
}

void FeeCollection::takeAnswer(int httpStatus, const QJsonObject &body)
{
    ++m_request; // this answer is the newest: one still on its way is dropped
    answer(httpStatus, body);
}

void FeeCollection::answer(int httpStatus, const QJsonObject &body)
{
    if (httpStatus == 0)
        return fail(words(QT_TRANSLATE_NOOP("FeeCollection", "You are offline. The collection figures come from the server; they show when you are online again.")),
                    true);
    if (httpStatus < 200 || httpStatus >= 300)
        return fail(words(QT_TRANSLATE_NOOP("FeeCollection", "The server could not give the figures. Try again later.")));
    // The server's figures as they are: households and arrears do not add up across months, so
    // nothing is summed here.
    const auto monthsOf = [](const QJsonArray &rows) {
        QVariantList out;
        for (const QJsonValue &v : rows) {
            const QString period = v[u"period"_s].toString();
            QVariantMap m = figures(v.toObject(), monthTitle(period));
            m.insert(u"period"_s, period);
            out.append(m);
        }
        return out;
    };
    m_months = monthsOf(body.value(u"months"_s).toArray());
    m_buildings.clear();
    for (const QJsonValue &v : body.value(u"buildings"_s).toArray()) {
        const QJsonObject b = v.toObject();
        QVariantMap m = figures(b, b.value(u"name"_s).toString(b.value(u"buildingId"_s).toString()));
        m.insert(u"buildingId"_s, b.value(u"buildingId"_s).toString());
        m.insert(u"months"_s, monthsOf(b.value(u"months"_s).toArray()));
        m_buildings.append(m);
    }
    m_totals = figures(body.value(u"total"_s).toObject(), QString());
    m_receivableFen = body.value(u"total"_s).toObject().value(u"receivableFen"_s).toInteger();
    m_state = u"ready"_s;
    m_offline = false;
    m_errorText.clear();
    Q_EMIT changed();
}

} // namespace Courtyard::Client
