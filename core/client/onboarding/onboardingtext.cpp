#include "onboarding/onboardingtext.h"

#include "apijob.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

QString OnboardingText::relationLabel(const QString &relation)
{
    if (relation == u"owner"_s)
        return tr("Owner");
    if (relation == u"tenant"_s)
        return tr("Tenant");
    if (relation == u"family"_s)
        return tr("Family member");
    return relation;
}

QString OnboardingText::waitText(int seconds)
{
    if (seconds <= 0)
        return tr("Please wait a moment and try again.");
    if (seconds < 90)
        return tr("Please try again in %n second(s).", nullptr, seconds);
    return tr("Please try again in %n minute(s).", nullptr, (seconds + 59) / 60);
}

QString OnboardingText::transportProblem(const ApiJob &job)
{
    switch (job.error()) {
    case ApiClient::Error::Network:
    case ApiClient::Error::Timeout:
        return tr("You are offline or the server cannot be reached. What you typed is kept: try again when you have a connection.");
    case ApiClient::Error::Tls:
        return tr("Secure connection failed: the server's certificate is not trusted.");
    case ApiClient::Error::RateLimited:
        return tr("Too many attempts.") + u' ' + waitText(job.retryAfterSeconds());
    case ApiClient::Error::Server:
        return tr("The server ran into a problem. Please try again later.");
    default:
        return {};
    }
}

QString OnboardingText::codeProblem(const ApiJob &job)
{
    if (job.isOk())
        return {};
    const QString code = job.errorCode();
    if (code == u"code_unknown"_s || (job.httpStatus() == 404 && code.isEmpty()))
        return tr("This code is not known. Check the letters and digits (there is no 0, O, 1 or I) and try again.");
    if (code == u"code_used"_s)
        return tr("This code has already been used. Each code works once: ask whoever gave it to you for a new one.");
    if (code == u"code_expired"_s)
        return tr("This code has expired. Ask your property office or the owner for a new one.");
    if (code == u"code_revoked"_s)
        return tr("This code was withdrawn by whoever issued it. Ask them for a new one.");
    if (code == u"too_many_attempts"_s)
        return tr("Too many wrong codes from this phone.") + u' ' + waitText(job.retryAfterSeconds());
    if (code == u"already_member"_s)
        return tr("You already belong to this home.");
    const QString transport = transportProblem(job);
    if (!transport.isEmpty())
        return transport;
    return tr("The code could not be used. Please try again.");
}

QString OnboardingText::weakPassword(const ApiJob &job)
{
    // The server gives its reason in English words of its own (libpwquality's are not ours to
    // translate): they are matched here and said in the person's language.
    const QString why = job.data().value(u"message"_s).toString();
    if (why.contains(u"phone"_s, Qt::CaseInsensitive))
        return tr("Do not use your phone number in your password.");
    if (why.contains(u"fewer than"_s, Qt::CaseInsensitive))
        return tr("Use at least 8 characters.");
    if (why.contains(u"dictionary"_s, Qt::CaseInsensitive))
        return tr("This password is based on a dictionary word. Choose another.");
    if (why.contains(u"similar"_s, Qt::CaseInsensitive))
        return tr("This password is too similar to the old one.");
    if (why.contains(u"pattern"_s, Qt::CaseInsensitive) || why.contains(u"palindrome"_s, Qt::CaseInsensitive)
        || why.contains(u"different characters"_s, Qt::CaseInsensitive))
        return tr("This password is a common pattern. Mix words, digits and signs.");
    return tr("This password is too easy to guess: at least 8 characters, not your phone number, not a common word or pattern.");
}

} // namespace Courtyard::Client
