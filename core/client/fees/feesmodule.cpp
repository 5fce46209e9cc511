// Fees on the phone, for now only what the store keeps of them: bills and payments in their own
// tables (those of the repair loop's store, version 1), so the screens that come with the fees
// feature find them indexed. No screens yet.
#include "clientmodule.h"
#include "fees/feestaff.h"
#include "store/entitycatalog.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

class FeesModule : public ClientModule
{
public:
    [[nodiscard]] QString name() const override { return u"fees"_s; }
    [[nodiscard]] QStringList dependencies() const override { return {u"estate"_s}; }

    void registerShell(ShellRegistry &shell) override { FeeStaff::registerStaffShell(shell); }
    void openSession(const SessionContext &context) override { m_staff->openSession(context); }
    void closeSession() override { m_staff->closeSession(); }

    void registerCatalog(EntityCatalog &catalog) override
    {
        catalog.addSchema({u"fees"_s,
                           {{1,
                             {ModuleSchema::entityTable(u"bills"_s, u"estate_id TEXT, unit_id TEXT, status TEXT, due_date TEXT"_s),
                              u"CREATE INDEX IF NOT EXISTS bills_unit ON bills (unit_id, due_date)"_s,
                              ModuleSchema::entityTable(u"payments"_s, u"bill_id TEXT, unit_id TEXT, paid_at INTEGER"_s),
                              u"CREATE INDEX IF NOT EXISTS payments_bill ON payments (bill_id)"_s}}},
                           [](int legacy) { return legacy >= 1 ? 1 : 0; }});
        catalog.addEntity({u"bill"_s, u"bills"_s,
                           {EntityColumn::text(u"estate_id"_s, u"estateId"_s),
                            EntityColumn::text(u"unit_id"_s, u"unitId"_s),
                            EntityColumn::text(u"status"_s, u"status"_s),
                            EntityColumn::text(u"due_date"_s, u"dueDate"_s)}});
        catalog.addEntity({u"payment"_s, u"payments"_s,
                           {EntityColumn::text(u"bill_id"_s, u"billId"_s),
                            EntityColumn::text(u"unit_id"_s, u"unitId"_s),
                            EntityColumn::time(u"paid_at"_s, u"paidAt"_s)}});
    }

private:
    std::unique_ptr<FeeStaff> m_staff = std::make_unique<FeeStaff>(FeeStaff::Made{});
};

} // namespace

std::unique_ptr<ClientModule> makeFeesModule()
{
    return std::make_unique<FeesModule>();
}

} // namespace Courtyard::Client
