#pragma once

#include "clientmodule.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Courtyard::Client {

class FeeStaff;

/**
 * Fees on the phone (docs/FEES.md): bills, payments, fee policies and items, meter readings
 * and reminders in the account store — version 1 is the repair loop's bills and payments,
 * version 2 the fees feature's tables and the columns its screens read by — and what each app's
 * shell gets: the resident's 缴费 tab, home feed items and bill pages (residentshell.cpp); the
 * staff app's (staffshell.cpp).
 */
class FeesModule : public ClientModule
{
public:
    FeesModule();
    ~FeesModule() override;
    [[nodiscard]] QString name() const override { return QStringLiteral("fees"); }
    [[nodiscard]] QStringList dependencies() const override { return {QStringLiteral("estate")}; }
    void registerCatalog(EntityCatalog &catalog) override;
    void registerShell(ShellRegistry &shell) override;
    void openSession(const SessionContext &context) override;
    void closeSession() override;

    /// The resident app's tab, feed source and record pages (residentshell.cpp).
    static void registerResidentShell(ShellRegistry &shell);

private:
    std::unique_ptr<FeeStaff> m_staff; ///< the office's side: its desk and words (feestaff.cpp)
};

std::unique_ptr<ClientModule> makeFeesModule();

} // namespace Courtyard::Client
