#include "fees/feedesk.h"

#include "estate/estatedirectory.h"
#include "estate/estatewords.h"
#include "fees/feestaffledger.h"
#include "fees/feewords.h"
#include "fees/feerules.h"
#include "fieldlimits.h"
#include "money.h"
#include "store/entityrepository.h"
#include "store/syncstate.h"
#include "viewer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

// The server's limits of these fields (server/fees).
constexpr int InstructionsMax = 2000;
constexpr qint64 ReadingMaxCenti = 100'000'000'00; // a meter shows at most 100,000,000
constexpr qint64 RateMaxCentiFen = 1'000'000'00'00; // ¥10,000 per unit and month

const QString PrefixKey = u"fees.deviceReceiptPrefix"_s;
const QString CounterKey = u"fees.deviceReceiptCounter"_s;

QString words(const char *text)
{
    return QCoreApplication::translate("FeeDesk", text);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString text(const QVariantMap &form, const QString &key)
{
    return form.value(key).toString().trimmed();
}

/// A whole number typed in a form, within [min, max]; nullopt otherwise.
std::optional<int> wholeNumber(const QVariantMap &form, const QString &key, int min, int max)
{
    bool ok = false;
    const int n = text(form, key).toInt(&ok);
    return ok && n >= min && n <= max ? std::optional<int>(n) : std::nullopt;
}

/// Percent as typed ("0.05", "10") in hundredths of a percent (5, 1000).
std::optional<qint64> percentCenti(const QVariantMap &form, const QString &key)
{
    return Money::parseCenti(text(form, key));
}

bool lengthOk(const QString &s, int max)
{
    return s.size() <= max;
}

} // namespace

QJsonObject FeeDesk::record(const QString &entity, const QString &id) const
{
    return id.isEmpty() ? QJsonObject() : EntityRepository(store()).get(entity, id).value_or(QJsonObject());
}

// ------------------------------------------------------------------ device receipt numbers

QString FeeDesk::peekDeviceReceiptNo() const
{
    SyncState state(store());
    const QString prefix = state.value(PrefixKey);
    return u"%1-%2"_s.arg(prefix.isEmpty() ? u"????"_s : prefix).arg(state.value(CounterKey).toLongLong() + 1, 6, 10, QLatin1Char('0'));
}

QString FeeDesk::takeDeviceReceiptNo()
{
    SyncState state(store());
    QString prefix = state.value(PrefixKey);
    if (prefix.isEmpty()) {
        // Drawn once per account store: letters and digits that cannot be misread (no 0/O, 1/I).
        static const QString alphabet = u"23456789ABCDEFGHJKLMNPQRSTUVWXYZ"_s;
        for (int i = 0; i < 4; ++i)
            prefix += alphabet.at(QRandomGenerator::system()->bounded(alphabet.size()));
        if (!state.setValue(PrefixKey, prefix))
            return {};
    }
    const qint64 next = state.value(CounterKey).toLongLong() + 1;
    if (!state.setValue(CounterKey, QString::number(next)))
        return {};
    return u"%1-%2"_s.arg(prefix).arg(next, 6, 10, QLatin1Char('0'));
}

// ------------------------------------------------------------------ payments

QVariantMap FeeDesk::checkPayment(const QVariantMap &form) const
{
    QVariantMap problems;
    const QJsonObject unit = record(u"unit"_s, text(form, u"unitId"_s));
    if (unit.isEmpty())
        problems.insert(u"unitId"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Pick a unit.")));
    const QString amount = text(form, u"amount"_s);
    const std::optional<qint64> fen = Money::parse(amount);
    if (amount.isEmpty())
        problems.insert(u"amount"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Enter the amount received.")));
    else if (!fen)
        problems.insert(u"amount"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Enter an amount in yuan, at most two decimals (1234.50).")));
    else if (*fen < 1)
        problems.insert(u"amount"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "The amount must be more than zero.")));
    const QString method = form.value(u"method"_s).toString();
    if (!Fees::paymentMethods().contains(method) || method == u"import")
        problems.insert(u"method"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Pick how it was paid.")));
    if (!lengthOk(text(form, u"note"_s), FeeDesk::NoteMax))
        problems.insert(u"note"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "At most 500 characters.")));
    const QStringList picked = form.value(u"billIds"_s).toStringList();
    if (!picked.isEmpty() && !unit.isEmpty()) {
        QStringList owing;
        for (const Fees::Outstanding &o : FeeStaffLedger::outstanding(store(), unit.value(u"id"_s).toString()))
            owing << o.billId;
        for (const QString &id : picked) {
            if (!owing.contains(id)) {
                problems.insert(u"billIds"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "A bill picked owes nothing now.")));
                break;
            }
        }
    }
    return problems;
}

QVariantMap FeeDesk::previewPayment(const QVariantMap &form) const
{
    const std::optional<qint64> fen = Money::parse(text(form, u"amount"_s));
    const QString unitId = text(form, u"unitId"_s);
    if (!fen || *fen < 1 || unitId.isEmpty())
        return {};
    QList<Fees::Outstanding> bills = FeeStaffLedger::outstanding(store(), unitId);
    const QStringList picked = form.value(u"billIds"_s).toStringList();
    if (!picked.isEmpty()) {
        QList<Fees::Outstanding> chosen;
        for (const QString &id : picked) {
            for (const Fees::Outstanding &o : bills) {
                if (o.billId == id)
                    chosen.append(o);
            }
        }
        bills = chosen;
    }
    qint64 credit = 0;
    const QList<Fees::Allocation> allocations = Fees::allocate(*fen, bills, !picked.isEmpty(), &credit);
    QVariantList rows;
    for (const Fees::Allocation &a : allocations) {
        QString period;
        for (const Fees::Outstanding &o : bills) {
            if (o.billId == a.billId)
                period = o.period;
        }
        rows.append(QVariantMap{{u"billId"_s, a.billId}, {u"period"_s, period}, {u"periodText"_s, FeeWords::periodTitle(period)},
                                {u"amountFen"_s, a.amountFen},
                                {u"amountText"_s, Money::format(a.amountFen)}});
    }
    return {{u"amountFen"_s, *fen}, {u"amountText"_s, Money::format(*fen)}, {u"allocations"_s, rows},
            {u"creditFen"_s, credit}, {u"creditText"_s, Money::format(credit)}};
}

QVariantList FeeDesk::outstanding(const QString &unitId) const
{
    QVariantList out;
    for (const Fees::Outstanding &o : FeeStaffLedger::outstanding(store(), unitId))
        out.append(QVariantMap{{u"billId"_s, o.billId}, {u"period"_s, o.period}, {u"periodText"_s, FeeWords::periodTitle(o.period)},
                               {u"dueDate"_s, o.dueDate.toString(Qt::ISODate)}, {u"dueText"_s, FeeWords::dateText(o.dueDate)},
                               {u"owedFen"_s, o.owedFen},
                               {u"owedText"_s, Money::format(o.owedFen)}});
    return out;
}

QString FeeDesk::recordPayment(const QVariantMap &form)
{
    const QVariantMap problems = checkPayment(form);
    if (!problems.isEmpty())
        return fail(problems.first().toString());
    const QVariantMap preview = previewPayment(form);
    const QString unitId = text(form, u"unitId"_s);
    const QJsonObject unit = record(u"unit"_s, unitId);
    const QString receipt = takeDeviceReceiptNo();
    if (receipt.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("FeeDesk", "This phone's store cannot be written.")));
    const QString id = newId();
    const QString at = iso(now());
    const qint64 fen = preview.value(u"amountFen"_s).toLongLong();
    QJsonObject payload{{u"paymentId"_s, id},
                        {u"unitId"_s, unitId},
                        {u"amountFen"_s, fen},
                        {u"method"_s, form.value(u"method"_s).toString()},
                        {u"deviceReceiptNo"_s, receipt},
                        {u"paidAt"_s, at}};
    // The server takes a note of 1 to 200 characters or none at all.
    if (!text(form, u"note"_s).isEmpty())
        payload.insert(u"note"_s, text(form, u"note"_s));
    const QStringList picked = form.value(u"billIds"_s).toStringList();
    if (!picked.isEmpty())
        payload.insert(u"billIds"_s, QJsonArray::fromStringList(picked));
    // What the receipt shows until the server answers: this phone's split, the device number.
    QJsonArray allocations;
    for (const QVariant &a : preview.value(u"allocations"_s).toList()) {
        const QVariantMap m = a.toMap();
        allocations.append(QJsonObject{{u"billId"_s, m.value(u"billId"_s).toString()}, {u"amountFen"_s, m.value(u"amountFen"_s).toLongLong()}});
    }
    const QJsonObject optimistic{{u"id"_s, id},
                                 {u"estateId"_s, unit.value(u"estateId"_s)},
                                 {u"unitId"_s, unitId},
                                 {u"amountFen"_s, fen},
                                 {u"method"_s, payload.value(u"method"_s)},
                                 {u"receiptNo"_s, QString()},
                                 {u"deviceReceiptNo"_s, receipt},
                                 {u"paidAt"_s, at},
                                 {u"recordedBy"_s, viewer().id()},
                                 {u"recordedByName"_s, viewer().name()},
                                 {u"source"_s, u"agent"_s},
                                 {u"note"_s, payload.value(u"note"_s)},
                                 {u"allocations"_s, allocations},
                                 {u"creditFen"_s, preview.value(u"creditFen"_s).toLongLong()},
                                 {u"reversed"_s, QJsonValue()},
                                 {u"billId"_s, allocations.isEmpty() ? QJsonValue() : allocations.first()[u"billId"_s]}};
    m_lastRecordId = id;
    return queue(u"payment.record"_s, u"payment"_s, id, payload, optimistic);
}

QString FeeDesk::reversePayment(const QString &paymentId, const QString &reason)
{
    QJsonObject payment = record(u"payment"_s, paymentId);
    if (payment.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("FeeDesk", "This payment is not on this device.")));
    if (!payment.value(u"reversed"_s).toObject().isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("FeeDesk", "This payment is reversed already.")));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("FeeDesk", "Say why the payment is reversed.")));
    if (!lengthOk(why, FeeDesk::ReasonMax))
        return fail(words(QT_TRANSLATE_NOOP("FeeDesk", "At most 500 characters.")));
    payment.insert(u"reversed"_s, QJsonObject{{u"at"_s, iso(now())}, {u"by"_s, viewer().id()}, {u"reason"_s, why}});
    m_lastRecordId = paymentId;
    return queue(u"payment.reverse"_s, u"payment"_s, paymentId,
                 QJsonObject{{u"paymentId"_s, paymentId}, {u"reason"_s, why}}, payment);
}

QString FeeDesk::waiveBill(const QString &billId, const QString &reason)
{
    QJsonObject bill = record(u"bill"_s, billId);
    if (bill.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("FeeDesk", "This bill is not on this device.")));
    if (!bill.value(u"waived"_s).toObject().isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("FeeDesk", "This bill is waived already.")));
    if (FeeStaffLedger::paidByBill(store(), bill.value(u"unitId"_s).toString()).value(billId) > 0)
        return fail(words(QT_TRANSLATE_NOOP("FeeDesk", "Something is paid on this bill: reverse the payment first.")));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("FeeDesk", "Say why the bill is waived.")));
    if (!lengthOk(why, FeeDesk::ReasonMax))
        return fail(words(QT_TRANSLATE_NOOP("FeeDesk", "At most 500 characters.")));
    bill.insert(u"waived"_s, QJsonObject{{u"at"_s, iso(now())}, {u"by"_s, viewer().id()}, {u"reason"_s, why}});
    bill.insert(u"status"_s, u"waived"_s);
    m_lastRecordId = billId;
    return queue(u"bill.waive"_s, u"bill"_s, billId, QJsonObject{{u"billId"_s, billId}, {u"reason"_s, why}}, bill);
}

// ------------------------------------------------------------------ reminders

bool FeeDesk::needsDate(const QString &outcome)
{
    return outcome == u"promised";
}

QString FeeDesk::suggestedPromiseDate(const QString &unitId) const
{
    const QString estateId = record(u"unit"_s, unitId).value(u"estateId"_s).toString();
    return FeeStaffLedger::estateToday(store(), estateId, now()).addDays(7).toString(Qt::ISODate);
}

QVariantMap FeeDesk::checkReminder(const QVariantMap &form) const
{
    QVariantMap problems;
    if (record(u"unit"_s, text(form, u"unitId"_s)).isEmpty())
        problems.insert(u"unitId"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Pick a unit.")));
    if (!Fees::reminderChannels().contains(form.value(u"channel"_s).toString()))
        problems.insert(u"channel"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Pick how the resident was reminded.")));
    const QString outcome = form.value(u"outcome"_s).toString();
    if (!Fees::reminderOutcomes().contains(outcome))
        problems.insert(u"outcome"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Pick what came of it.")));
    if (needsDate(outcome)) {
        const QDate day = QDate::fromString(text(form, u"promisedDate"_s), Qt::ISODate);
        const QString estateId = record(u"unit"_s, text(form, u"unitId"_s)).value(u"estateId"_s).toString();
        if (!day.isValid())
            problems.insert(u"promisedDate"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Pick the day the resident promised to pay by.")));
        else if (day < FeeStaffLedger::estateToday(store(), estateId, now()))
            problems.insert(u"promisedDate"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "The promised day cannot lie in the past.")));
    }
    if (!lengthOk(text(form, u"note"_s), FeeDesk::NoteMax))
        problems.insert(u"note"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "At most 500 characters.")));
    return problems;
}

QString FeeDesk::logReminder(const QVariantMap &form)
{
    const QVariantMap problems = checkReminder(form);
    if (!problems.isEmpty())
        return fail(problems.first().toString());
    const QString unitId = text(form, u"unitId"_s);
    const QString id = newId();
    const QString at = iso(now());
    const QString outcome = form.value(u"outcome"_s).toString();
    const QJsonValue promised = needsDate(outcome) ? QJsonValue(text(form, u"promisedDate"_s)) : QJsonValue();
    QJsonObject payload{{u"reminderId"_s, id},
                        {u"unitId"_s, unitId},
                        {u"channel"_s, form.value(u"channel"_s).toString()},
                        {u"outcome"_s, outcome},
                        {u"at"_s, at}};
    // The server takes a note of 1–2000 characters or none, a promised day only with "promised".
    if (const QString note = text(form, u"note"_s); !note.isEmpty())
        payload.insert(u"note"_s, note);
    if (!promised.isNull())
        payload.insert(u"promisedDate"_s, promised);
    const QJsonObject optimistic{{u"id"_s, id},
                                 {u"estateId"_s, record(u"unit"_s, unitId).value(u"estateId"_s)},
                                 {u"unitId"_s, unitId},
                                 {u"channel"_s, payload.value(u"channel"_s)},
                                 {u"givenAt"_s, at},
                                 {u"givenBy"_s, viewer().id()},
                                 {u"givenByName"_s, viewer().name()},
                                 {u"outcome"_s, outcome},
                                 {u"promisedDate"_s, promised},
                                 {u"note"_s, payload.value(u"note"_s).toString()}};
    m_lastRecordId = id;
    return queue(u"reminder.log"_s, u"reminder"_s, id, payload, optimistic);
}

// ------------------------------------------------------------------ readings

QVariantMap FeeDesk::checkReading(const QVariantMap &form) const
{
    QVariantMap problems;
    const QString unitId = text(form, u"unitId"_s);
    if (record(u"unit"_s, unitId).isEmpty())
        problems.insert(u"unitId"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Pick a unit.")));
    const QString meter = form.value(u"meter"_s).toString();
    if (!Fees::meters().contains(meter))
        problems.insert(u"meter"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Pick the meter.")));
    const std::optional<qint64> value = Money::parseCenti(text(form, u"value"_s));
    const bool replacement = form.value(u"replacement"_s).toBool();
    const std::optional<qint64> start = replacement ? Money::parseCenti(text(form, u"start"_s)) : std::optional<qint64>(0);
    if (!value || *value > ReadingMaxCenti)
        problems.insert(u"value"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Enter the meter's figure, at most two decimals.")));
    if (!start || *start > ReadingMaxCenti)
        problems.insert(u"start"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Enter the new meter's start figure.")));
    if (value && start && problems.isEmpty()) {
        const qint64 last = FeeStaffLedger::lastValue(FeeStaffLedger::lastReading(store(), unitId, meter));
        const QString problem = Fees::readingProblem(last, *value, replacement, *start);
        if (problem == u"lower")
            problems.insert(u"value"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Lower than the last reading: mark a meter replacement if the meter was changed.")));
        else if (problem == u"below_start")
            problems.insert(u"value"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "The new meter cannot show less than its start figure.")));
        else if (!problem.isEmpty())
            problems.insert(u"value"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "A meter reading cannot be negative.")));
    }
    return problems;
}

QString FeeDesk::recordReading(const QVariantMap &form, const QStringList &photos)
{
    const QVariantMap problems = checkReading(form);
    if (!problems.isEmpty())
        return fail(problems.first().toString());
    const QString unitId = text(form, u"unitId"_s);
    const QJsonObject unit = record(u"unit"_s, unitId);
    const bool replacement = form.value(u"replacement"_s).toBool();
    const QString id = newId();
    const QString estateId = unit.value(u"estateId"_s).toString();
    const QString readOn = FeeStaffLedger::estateToday(store(), estateId, now()).toString(Qt::ISODate);
    const QJsonObject payload{{u"readingId"_s, id},
                              {u"unitId"_s, unitId},
                              {u"meter"_s, form.value(u"meter"_s).toString()},
                              {u"valueCenti"_s, *Money::parseCenti(text(form, u"value"_s))},
                              {u"readOn"_s, readOn},
                              {u"replacement"_s, replacement},
                              {u"startCenti"_s, replacement ? *Money::parseCenti(text(form, u"start"_s)) : 0},
                              {u"photos"_s, QJsonArray::fromStringList(photos)}};
    QJsonObject optimistic = payload;
    optimistic.remove(u"readingId"_s);
    optimistic.insert(u"id"_s, id);
    optimistic.insert(u"estateId"_s, estateId);
    optimistic.insert(u"recordedBy"_s, viewer().id());
    optimistic.insert(u"recordedAt"_s, iso(now()));
    m_lastRecordId = id;
    return queue(u"meterReading.record"_s, u"meterReading"_s, id, payload, optimistic, photos);
}

// ------------------------------------------------------------------ fee items, rates, policy

std::optional<qint64> FeeDesk::parseRate(const QString &typed)
{
    // Yuan with up to four decimals: hundredths of a fen are 1/10^4 yuan.
    static const QRegularExpression shape(u"^[¥￥]?\\s*(\\d{1,9})(?:\\.(\\d{1,4}))?\\s*(?:元)?$"_s);
    const QRegularExpressionMatch m = shape.match(typed.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 yuan = m.captured(1).toLongLong();
    const qint64 fraction = m.captured(2).leftJustified(4, u'0').toLongLong();
    return yuan * 10000 + fraction;
}

QVariantMap FeeDesk::checkFeeItem(const QVariantMap &form) const
{
    QVariantMap problems;
    const QString name = text(form, u"name"_s);
    if (name.isEmpty())
        problems.insert(u"name"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Enter the item's name.")));
    else if (name.size() > Courtyard::Limits::NameMax)
        problems.insert(u"name"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "That is too long.")));
    const QString kind = form.value(u"kind"_s).toString();
    if (!Fees::itemKinds().contains(kind) || kind == u"late_fee")
        problems.insert(u"kind"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Pick what the item is charged on.")));
    if (!Money::roundingFromName(form.value(u"rounding"_s).toString()))
        problems.insert(u"rounding"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Pick how a line is rounded.")));
    const std::optional<qint64> vacant = percentCenti(form, u"vacantPercent"_s);
    if (!vacant || *vacant > 10000 || *vacant % 10 != 0)
        problems.insert(u"vacantPercent"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "A share from 0 to 100%, at most one decimal.")));
    for (const QString &p : form.value(u"purposes"_s).toStringList()) {
        if (!EstateWords::purposes().contains(p))
            problems.insert(u"purposes"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Unknown unit use.")));
    }
    for (const QString &s : form.value(u"statuses"_s).toStringList()) {
        if (!EstateWords::unitStatuses().contains(s))
            problems.insert(u"statuses"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Unknown unit status.")));
    }
    return problems;
}

QString FeeDesk::saveFeeItem(const QVariantMap &form)
{
    const QVariantMap problems = checkFeeItem(form);
    if (!problems.isEmpty())
        return fail(problems.first().toString());
    const QString estateId = text(form, u"estateId"_s);
    if (record(u"estate"_s, estateId).isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("FeeDesk", "This estate is not on this device yet.")));
    const QString id = text(form, u"id"_s).isEmpty() ? newId() : text(form, u"id"_s);
    const QJsonObject payload{{u"itemId"_s, id},
                              {u"estateId"_s, estateId},
                              {u"kind"_s, form.value(u"kind"_s).toString()},
                              {u"name"_s, text(form, u"name"_s)},
                              {u"rounding"_s, form.value(u"rounding"_s).toString()},
                              {u"purposes"_s, QJsonArray::fromStringList(form.value(u"purposes"_s).toStringList())},
                              {u"statuses"_s, QJsonArray::fromStringList(form.value(u"statuses"_s).toStringList())},
                              {u"vacantPermille"_s, *percentCenti(form, u"vacantPercent"_s) / 10},
                              {u"active"_s, form.value(u"active"_s, true).toBool()}};
    QJsonObject item = record(u"feeItem"_s, id);
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (it.key() != u"itemId")
            item.insert(it.key(), it.value());
    }
    item.insert(u"id"_s, id);
    if (!item.contains(u"rates"_s))
        item.insert(u"rates"_s, QJsonArray());
    m_lastRecordId = id;
    return queue(u"feeItem.save"_s, u"feeItem"_s, id, payload, item);
}

QVariantMap FeeDesk::checkRate(const QString &itemId, const QString &validFrom, const QString &rate) const
{
    QVariantMap problems;
    const QJsonObject item = record(u"feeItem"_s, itemId);
    if (item.isEmpty())
        problems.insert(u"itemId"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "This fee item is not on this device yet.")));
    if (!Fees::isPeriod(validFrom.trimmed()))
        problems.insert(u"validFrom"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "A month as 2026-12.")));
    else {
        for (const QJsonValue &r : item.value(u"rates"_s).toArray()) {
            if (r[u"validFrom"_s].toString() == validFrom.trimmed())
                problems.insert(u"validFrom"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "This item has a rate from that month already.")));
        }
    }
    const std::optional<qint64> value = parseRate(rate);
    if (!value || *value > RateMaxCentiFen)
        problems.insert(u"rate"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "A rate in yuan, at most four decimals (2.35).")));
    return problems;
}

QString FeeDesk::addRate(const QString &itemId, const QString &validFrom, const QString &rate)
{
    const QVariantMap problems = checkRate(itemId, validFrom, rate);
    if (!problems.isEmpty())
        return fail(problems.first().toString());
    const QString id = newId();
    const qint64 value = *parseRate(rate);
    QJsonObject item = record(u"feeItem"_s, itemId);
    QJsonArray rates = item.value(u"rates"_s).toArray();
    rates.append(QJsonObject{{u"id"_s, id}, {u"validFrom"_s, validFrom.trimmed()}, {u"rateCentiFen"_s, value}});
    QList<QJsonValue> sorted(rates.begin(), rates.end());
    std::sort(sorted.begin(), sorted.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a[u"validFrom"_s].toString() < b[u"validFrom"_s].toString();
    });
    QJsonArray ascending;
    for (const QJsonValue &v : sorted)
        ascending.append(v);
    item.insert(u"rates"_s, ascending);
    m_lastRecordId = itemId;
    return queue(u"feeRate.add"_s, u"feeItem"_s, itemId,
                 QJsonObject{{u"rateId"_s, id}, {u"itemId"_s, itemId}, {u"validFrom"_s, validFrom.trimmed()},
                             {u"rateCentiFen"_s, value}},
                 item);
}

QVariantMap FeeDesk::checkPolicy(const QVariantMap &form) const
{
    QVariantMap problems;
    if (!wholeNumber(form, u"dueDay"_s, 1, 31))
        problems.insert(u"dueDay"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "A day from 1 to 31 (31: the month's last day).")));
    if (!wholeNumber(form, u"dueMonthOffset"_s, 0, 12))
        problems.insert(u"dueMonthOffset"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "From 0 to 12 months after the period.")));
    if (form.value(u"lateFeeEnabled"_s).toBool()) {
        const std::optional<qint64> daily = percentCenti(form, u"lateFeePercent"_s);
        if (!daily || *daily < 1 || *daily > 100)
            problems.insert(u"lateFeePercent"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "A daily rate from 0.01% to 1%.")));
        if (!wholeNumber(form, u"graceDays"_s, 0, 365))
            problems.insert(u"graceDays"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "From 0 to 365 days.")));
        const std::optional<qint64> cap = percentCenti(form, u"capPercent"_s);
        if (!cap || *cap < 10 || *cap > 10000 || *cap % 10 != 0)
            problems.insert(u"capPercent"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "A cap from 0.1% to 100% of the bill, at most one decimal.")));
    }
    const std::optional<qint64> warn = Money::parse(text(form, u"warnAmount"_s));
    if (!warn)
        problems.insert(u"warnAmount"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "Enter an amount in yuan (0: no warning by amount).")));
    if (!wholeNumber(form, u"warnMonths"_s, 0, 120))
        problems.insert(u"warnMonths"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "From 0 to 120 months (0: no warning by age).")));
    if (!lengthOk(text(form, u"instructions"_s), InstructionsMax))
        problems.insert(u"instructions"_s, words(QT_TRANSLATE_NOOP("FeeDesk", "At most 2000 characters.")));
    return problems;
}

QVariantMap FeeDesk::policyForm(const QString &estateId) const
{
    const QJsonObject p = FeeStaffLedger::policy(store(), estateId);
    const QJsonObject late = p.value(u"lateFee"_s).toObject();
    const auto percent = [](qint64 centi) { return Money::centiText(centi); };
    return {{u"estateId"_s, estateId},
            {u"dueDay"_s, QString::number(p.value(u"dueDay"_s).toInt(31))},
            {u"dueMonthOffset"_s, QString::number(p.value(u"dueMonthOffset"_s).toInt(0))},
            {u"lateFeeEnabled"_s, late.value(u"enabled"_s).toBool(false)},
            // ppm per day → hundredths of a percent; permille → hundredths of a percent.
            {u"lateFeePercent"_s, percent(late.value(u"ratePpmPerDay"_s).toInt(500) / 100)},
            {u"graceDays"_s, QString::number(late.value(u"graceDays"_s).toInt(30))},
            {u"capPercent"_s, percent(late.value(u"capPermille"_s).toInt(100) * 10)},
            {u"warnAmount"_s, Money::plain(FeeStaffLedger::warnAmountFen(p)).remove(u',')},
            {u"warnMonths"_s, QString::number(FeeStaffLedger::warnMonths(p))},
            {u"instructions"_s, p.value(u"instructions"_s).toString()},
            // Off until a policy says otherwise (servers before it do not send the field).
            {u"agentsSeeCollection"_s, p.value(u"agentsSeeCollection"_s).toBool(false)}};
}

QString FeeDesk::setPolicy(const QVariantMap &form)
{
    const QVariantMap problems = checkPolicy(form);
    if (!problems.isEmpty())
        return fail(problems.first().toString());
    const QString estateId = text(form, u"estateId"_s);
    if (record(u"estate"_s, estateId).isEmpty())
        return fail(words(QT_TRANSLATE_NOOP("FeeDesk", "This estate is not on this device yet.")));
    const bool late = form.value(u"lateFeeEnabled"_s).toBool();
    const QVariantMap current = policyForm(estateId);
    const QVariantMap numbers = late ? form : current; // late fee off keeps its numbers
    const QJsonObject lateFee{{u"enabled"_s, late},
                              {u"ratePpmPerDay"_s, *percentCenti(numbers, u"lateFeePercent"_s) * 100},
                              {u"graceDays"_s, *wholeNumber(numbers, u"graceDays"_s, 0, 365)},
                              {u"capPermille"_s, *percentCenti(numbers, u"capPercent"_s) / 10}};
    const QJsonObject payload{{u"estateId"_s, estateId},
                              {u"dueDay"_s, *wholeNumber(form, u"dueDay"_s, 1, 31)},
                              {u"dueMonthOffset"_s, *wholeNumber(form, u"dueMonthOffset"_s, 0, 12)},
                              {u"lateFee"_s, lateFee},
                              {u"warnAmountFen"_s, *Money::parse(text(form, u"warnAmount"_s))},
                              {u"warnMonths"_s, *wholeNumber(form, u"warnMonths"_s, 0, 120)},
                              {u"instructions"_s, text(form, u"instructions"_s)},
                              {u"agentsSeeCollection"_s, form.value(u"agentsSeeCollection"_s).toBool()}};
    QJsonObject policy = FeeStaffLedger::policy(store(), estateId);
    const QString id = policy.value(u"id"_s).toString(estateId);
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it)
        policy.insert(it.key(), it.value());
    policy.insert(u"id"_s, id);
    m_lastRecordId = id;
    return queue(u"feePolicy.set"_s, u"feePolicy"_s, id, payload, policy);
}

} // namespace Courtyard::Client
