#pragma once

#include "kit/commanddesk.h"

#include <QJsonObject>
#include <QVariantMap>
#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * Every change the office makes to fees (docs/FEES.md, the commands table) goes through here:
 * payments and their reversal, waived bills, reminders, meter readings, fee items, rates and
 * the estate's policy. Each call checks the form as the server will (amounts read by
 * Money::parse, readings by Fees::readingProblem), saves the command with its optimistic
 * record in the outbox and returns the command id — or "" with `lastError` set. Forms ask
 * check*() for per-field messages as the person types: the very checks the save runs.
 *
 * A payment recorded offline gets a device receipt number ("D7K2-000123": a prefix drawn once
 * per account store, and a counter kept in it), unique on this phone until the server's own
 * receipt number comes back with the payment.
 */
class FeeDesk : public CommandDesk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use FeeStaff.desk")

public:
    using CommandDesk::CommandDesk;

    /// The server's limits of a reason and of a note (server/fees).
    static constexpr int ReasonMax = 500;
    static constexpr int NoteMax = 200;

    /// {field: message} for a payment form (unitId, amount as typed, method, billIds, note).
    Q_INVOKABLE QVariantMap checkPayment(const QVariantMap &form) const;
    /// Where the amount goes: {amountFen, amountText, allocations: [{billId, period, amountFen,
    /// amountText}], creditFen, creditText}; {} while the amount does not parse.
    Q_INVOKABLE QVariantMap previewPayment(const QVariantMap &form) const;
    /// The bills a unit still owes on this phone, oldest due first:
    /// [{billId, period, dueDate, owedFen, owedText}] (the payment form's list).
    Q_INVOKABLE QVariantList outstanding(const QString &unitId) const;
    /// payment.record: the bills picked (billIds, in the agent's order) or oldest first.
    Q_INVOKABLE QString recordPayment(const QVariantMap &form);
    Q_INVOKABLE QString reversePayment(const QString &paymentId, const QString &reason);
    Q_INVOKABLE QString waiveBill(const QString &billId, const QString &reason);

    /// {field: message} for a reminder (unitId, channel, outcome, promisedDate "YYYY-MM-DD", note).
    Q_INVOKABLE QVariantMap checkReminder(const QVariantMap &form) const;
    /// The outcome is logged with the day the resident promised to pay by ("promised"), and only it.
    [[nodiscard]] static bool needsDate(const QString &outcome);
    /// The day a promise form starts at: a week after the estate's today at the unit ("YYYY-MM-DD").
    Q_INVOKABLE QString suggestedPromiseDate(const QString &unitId) const;
    Q_INVOKABLE QString logReminder(const QVariantMap &form);

    /// {field: message} for a reading (unitId, meter, value, replacement, start as typed).
    Q_INVOKABLE QVariantMap checkReading(const QVariantMap &form) const;
    /// meterReading.record with the photos of the form's tray (sha256 list).
    Q_INVOKABLE QString recordReading(const QVariantMap &form, const QStringList &photos = {});

    /// {field: message} for a fee item (id, estateId, kind, name, rounding, purposes, statuses,
    /// vacantPercent as typed ("50" for half), active).
    Q_INVOKABLE QVariantMap checkFeeItem(const QVariantMap &form) const;
    Q_INVOKABLE QString saveFeeItem(const QVariantMap &form);
    /// {field: message} for a new rate (validFrom "YYYY-MM", rate in yuan as typed, up to 4 decimals).
    Q_INVOKABLE QVariantMap checkRate(const QString &itemId, const QString &validFrom, const QString &rate) const;
    Q_INVOKABLE QString addRate(const QString &itemId, const QString &validFrom, const QString &rate);

    /// {field: message} for the policy (estateId, dueDay, dueMonthOffset, lateFeeEnabled,
    /// lateFeePercent per day, graceDays, capPercent, warnAmount, warnMonths, instructions,
    /// agentsSeeCollection: whether agents may read the collection figures).
    Q_INVOKABLE QVariantMap checkPolicy(const QVariantMap &form) const;
    /// Queues feePolicy.set (with agentsSeeCollection as a bool) and writes the policy here.
    Q_INVOKABLE QString setPolicy(const QVariantMap &form);
    /// The policy as its form shows it (texts as typed), the contract's defaults when not synced.
    Q_INVOKABLE QVariantMap policyForm(const QString &estateId) const;

    /// The record id the last call made or changed (a payment's id, ...).
    Q_INVOKABLE QString lastRecordId() const { return m_lastRecordId; }
    /// The device receipt number the next payment gets (without using it up).
    [[nodiscard]] QString peekDeviceReceiptNo() const;

    /// "2.35" (yuan, up to 4 decimals) → hundredths of a fen per unit (23500); nullopt for junk.
    [[nodiscard]] static std::optional<qint64> parseRate(const QString &text);

private:
    [[nodiscard]] QJsonObject record(const QString &entity, const QString &id) const;
    /// Takes the next device receipt number (the counter moves on even if the save fails).
    QString takeDeviceReceiptNo();
    QString m_lastRecordId;
};

} // namespace Courtyard::Client
