#pragma once

#include <QCoreApplication>
#include <QString>

namespace Courtyard::Client {

class ApiJob;

/// The words of onboarding for what the server answers: a code's refusal, a password's, a
/// resident's relation. One place, so every form says the same thing.
class OnboardingText
{
    Q_DECLARE_TR_FUNCTIONS(Onboarding)

public:

/// "Owner", "Tenant", "Family member" (业主, 租户, 家属) for a relation on the wire.
[[nodiscard]] static QString relationLabel(const QString &relation);
/// Why a join code was refused (unknown, used, expired, revoked, too many attempts with the
/// wait, offline, …) in plain words; empty for a success.
[[nodiscard]] static QString codeProblem(const ApiJob &job);
/// Why the server refused a new password (422 weak_password and its reason).
[[nodiscard]] static QString weakPassword(const ApiJob &job);
/// Offline, a timeout, too many attempts, a server fault; empty for anything else.
[[nodiscard]] static QString transportProblem(const ApiJob &job);
/// "Try again in 2 minutes." for a Retry-After of @p seconds.
[[nodiscard]] static QString waitText(int seconds);
};

} // namespace Courtyard::Client
