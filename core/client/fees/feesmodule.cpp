#include "fees/feesmodule.h"

#include "fees/feestaff.h"
#include "viewer.h" // before the registry: its inline members need the whole Viewer
#include "kit/shellregistry.h"
#include "store/entitycatalog.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

// The repair loop's tables, as its store (version 1) had them: IF NOT EXISTS keeps those.
QStringList version1()
{
    return {ModuleSchema::entityTable(u"bills"_s, u"estate_id TEXT, unit_id TEXT, status TEXT, due_date TEXT"_s),
            u"CREATE INDEX IF NOT EXISTS bills_unit ON bills (unit_id, due_date)"_s,
            ModuleSchema::entityTable(u"payments"_s, u"bill_id TEXT, unit_id TEXT, paid_at INTEGER"_s),
            u"CREATE INDEX IF NOT EXISTS payments_bill ON payments (bill_id)"_s};
}

// The fees feature (issue 11): a bill's period, the unit's payments by time, and the tables of
// fee policies, items, meter readings and reminders. Bills kept from version 1 get their period
// from their JSON at once (a later sync rewrites every column anyway).
QStringList version2()
{
    return {u"ALTER TABLE bills ADD COLUMN period TEXT"_s,
            u"UPDATE bills SET period = json_extract(data, '$.period')"_s,
            u"CREATE INDEX IF NOT EXISTS bills_unit_period ON bills (unit_id, period)"_s,
            u"CREATE INDEX IF NOT EXISTS bills_estate_due ON bills (estate_id, due_date)"_s,
            u"CREATE INDEX IF NOT EXISTS payments_unit ON payments (unit_id, paid_at)"_s,
            ModuleSchema::entityTable(u"fee_policies"_s, u"estate_id TEXT"_s),
            u"CREATE INDEX IF NOT EXISTS fee_policies_estate ON fee_policies (estate_id)"_s,
            ModuleSchema::entityTable(u"fee_items"_s, u"estate_id TEXT, kind TEXT"_s),
            u"CREATE INDEX IF NOT EXISTS fee_items_estate ON fee_items (estate_id)"_s,
            ModuleSchema::entityTable(u"meter_readings"_s, u"estate_id TEXT, unit_id TEXT, meter TEXT, read_on TEXT"_s),
            u"CREATE INDEX IF NOT EXISTS meter_readings_unit ON meter_readings (unit_id, meter, read_on)"_s,
            ModuleSchema::entityTable(u"fee_reminders"_s, u"estate_id TEXT, unit_id TEXT, given_at INTEGER"_s),
            u"CREATE INDEX IF NOT EXISTS fee_reminders_unit ON fee_reminders (unit_id, given_at)"_s};
}

} // namespace

FeesModule::FeesModule()
    : m_staff(std::make_unique<FeeStaff>(FeeStaff::Made{}))
{
}

FeesModule::~FeesModule() = default;

void FeesModule::registerCatalog(EntityCatalog &catalog)
{
    catalog.addSchema({u"fees"_s, {{1, version1()}, {2, version2()}}, [](int legacy) { return legacy >= 1 ? 1 : 0; }});
    const auto text = [](const char *column, const char *field) {
        return EntityColumn::text(QString::fromLatin1(column), QString::fromLatin1(field));
    };
    catalog.addEntity({u"bill"_s, u"bills"_s,
                       {text("estate_id", "estateId"), text("unit_id", "unitId"), text("status", "status"),
                        text("due_date", "dueDate"), text("period", "period")}});
    catalog.addEntity({u"payment"_s, u"payments"_s,
                       {text("bill_id", "billId"), text("unit_id", "unitId"), EntityColumn::time(u"paid_at"_s, u"paidAt"_s)}});
    catalog.addEntity({u"feePolicy"_s, u"fee_policies"_s, {text("estate_id", "estateId")}});
    catalog.addEntity({u"feeItem"_s, u"fee_items"_s, {text("estate_id", "estateId"), text("kind", "kind")}});
    catalog.addEntity({u"meterReading"_s, u"meter_readings"_s,
                       {text("estate_id", "estateId"), text("unit_id", "unitId"), text("meter", "meter"),
                        text("read_on", "readOn")}});
    catalog.addEntity({u"reminder"_s, u"fee_reminders"_s,
                       {text("estate_id", "estateId"), text("unit_id", "unitId"),
                        EntityColumn::time(u"given_at"_s, u"givenAt"_s)}});
}

void FeesModule::registerShell(ShellRegistry &shell)
{
    registerResidentShell(shell);
    FeeStaff::registerStaffShell(shell);
}

void FeesModule::openSession(const SessionContext &context)
{
    // The resident's screens read the store through their models; the office's desk
    // (payments, readings, reminders, fee items, policy) lives while the account is open.
    m_staff->openSession(context);
}

void FeesModule::closeSession()
{
    m_staff->closeSession();
}

std::unique_ptr<ClientModule> makeFeesModule()
{
    return std::make_unique<FeesModule>();
}

} // namespace Courtyard::Client
