#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Courtyard::Client {

/**
 * The words of the office's fee screens for the wire values of docs/FEES.md (meters, item
 * kinds, rounding modes, arrears ages), translated when asked; payment methods, reminder
 * channels and outcomes are the resident screens' words (FeeWords), one set. The sets
 * themselves are Fees::'s (core/domain/fees).
 */
namespace FeeStaffWords {

[[nodiscard]] QString meterTitle(const QString &meter);
[[nodiscard]] QString kindTitle(const QString &kind);
/// What a rate is per: "m²", "space", "m³", "kWh", "unit" (Fees::quantityUnit), translated.
[[nodiscard]] QString unitTitle(const QString &kind);
[[nodiscard]] QString roundingTitle(const QString &rounding);
/// "≤ 30 days", "31–90 days", "91–180 days", "> 180 days".
[[nodiscard]] QStringList bucketTitles();
/// "95 days overdue".
[[nodiscard]] QString daysOverdueText(int days);
/// A unit's last reminder {channel, at, outcome} as "Phone · 2026-12-03 · promised", "" for {}.
[[nodiscard]] QString reminderSummary(const QJsonObject &reminder);

/// [{id, title}] for a picker: method (what an agent may record), channel, outcome (with
/// needsDate: it asks for the promised day first), meter, kind (of a fee item), rounding.
[[nodiscard]] QVariantList choices(const QString &kind);

} // namespace FeeStaffWords

} // namespace Courtyard::Client
