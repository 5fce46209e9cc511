#include "accounts.h"

#include "database.h"
#include "fieldlimits.h"
#include "json.h"
#include "messages.h"
#include "passwordhasher.h"
#include "text.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QUuid>

#include <pwquality.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::Accounts {

namespace {

/// libpwquality's settings, made once: its defaults (dictionary and user-name checks, no
/// character-class quotas) with our minimum length. The system's pwquality.conf is not read,
/// so the rules are the same on every machine.
pwquality_settings_t *pwqSettings()
{
    static pwquality_settings_t *settings = [] {
        pwquality_settings_t *s = pwquality_default_settings();
        if (s)
            pwquality_set_int_value(s, PWQ_SETTING_MIN_LENGTH, Limits::PasswordMin);
        return s;
    }();
    return settings;
}

/// cracklib keeps state between calls: one check at a time.
QMutex &pwqMutex()
{
    static QMutex mutex;
    return mutex;
}

/// libpwquality's and cracklib's texts go through gettext: the server answers in English
/// whatever the locale, so the reasons are our own words, chosen by the error code.
QString pwqReason(int code, const char *aux)
{
    switch (code) {
    case PWQ_ERROR_PALINDROME:
        return u"The password is a palindrome."_s;
    case PWQ_ERROR_USER_CHECK:
    case PWQ_ERROR_GECOS_CHECK:
        return u"The password contains the phone number."_s;
    case PWQ_ERROR_MIN_LENGTH:
        return u"The password has fewer than %1 characters."_s.arg(Limits::PasswordMin);
    case PWQ_ERROR_ROTATED:
    case PWQ_ERROR_CASE_CHANGES_ONLY:
    case PWQ_ERROR_TOO_SIMILAR:
    case PWQ_ERROR_SAME_PASSWORD:
        return u"The password is too similar to the old one."_s;
    case PWQ_ERROR_MAX_CONSECUTIVE:
    case PWQ_ERROR_MAX_CLASS_REPEAT:
    case PWQ_ERROR_MAX_SEQUENCE:
        return u"The password is a common pattern."_s;
    case PWQ_ERROR_CRACKLIB_CHECK: {
        // cracklib says why in its (possibly translated) message: its English words are
        // matched, anything else is the general reason.
        const QString why = QString::fromUtf8(aux ? aux : "");
        if (why.contains(u"dictionary"_s))
            return u"The password is based on a dictionary word."_s;
        if (why.contains(u"simplistic"_s) || why.contains(u"systematic"_s))
            return u"The password is too simple (a common pattern)."_s;
        if (why.contains(u"DIFFERENT"_s))
            return u"The password does not have enough different characters."_s;
        return u"The password is too easy to guess."_s;
    }
    default:
        return u"The password is too easy to guess."_s;
    }
}

bool isDigits(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
}

} // namespace

QString create(Database &db, const QString &id, const QString &phone, const QString &name, const QString &role,
               const QString &passwordHash)
{
    const QString userId = id.isEmpty() ? u"usr-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8) : id;
    const bool ok = db.exec(u"INSERT INTO users (id, phone, name, role, password_hash, on_duty, created_at, rev)"
                            " VALUES (?, ?, ?, ?, ?, 1, ?, ?)"_s,
                            {userId, phone, name, role, passwordHash, Json::nowMs(), db.nextRevision()});
    return ok ? userId : QString();
}

QString problemWith(const QString &phone, const QString &name, const QString &password)
{
    const QString trimmedName = Text::clean(name);
    if (trimmedName.isEmpty() || Text::length(trimmedName) > Limits::NameMax)
        return u"--name must be 1 to %1 characters"_s.arg(Limits::NameMax);
    if (phone.size() < Limits::PhoneMin || phone.size() > Limits::PhoneMax || !isDigits(phone))
        return u"--phone must be %1 to %2 digits"_s.arg(Limits::PhoneMin).arg(Limits::PhoneMax);
    return passwordProblem(password, phone);
}

QString passwordProblem(const QString &password, const QString &phone)
{
    const qsizetype length = Text::length(password);
    if (length < Limits::PasswordMin)
        return u"The password has fewer than %1 characters."_s.arg(Limits::PasswordMin);
    if (length > Limits::PasswordMax)
        return u"The password is longer than %1 characters."_s.arg(Limits::PasswordMax);
    // The number as typed, and without a leading + or country code's worth of digits.
    const QString digits = phone.startsWith(u'+') ? phone.mid(1) : phone;
    if (digits.size() >= 5 && password.contains(digits))
        return u"The password contains the phone number."_s;
    pwquality_settings_t *settings = pwqSettings();
    if (!settings)
        return u"The password cannot be checked now."_s;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray user = digits.toUtf8();
    QMutexLocker lock(&pwqMutex());
    void *aux = nullptr;
    const int score = pwquality_check(settings, utf8.constData(), nullptr, user.isEmpty() ? nullptr : user.constData(), &aux);
    if (score >= 0)
        return {};
    return pwqReason(score, static_cast<const char *>(aux));
}

bool passwordCheckerReady(QString *why)
{
    // A dictionary word passes when cracklib's dictionary is missing: every check is then void.
    if (passwordProblem(u"password"_s, {}).contains(u"dictionary"_s))
        return true;
    *why = u"the password checker has no dictionary (install cracklib-runtime)"_s;
    return false;
}

bool endSessions(Database &db, const QString &userId, const QString &keepSessionId, const QString &reason, qint64 now)
{
    QStringList ids;
    QSqlQuery &q = db.query(u"SELECT id FROM sessions WHERE user_id = ? AND revoked_at IS NULL"_s);
    q.bindValue(0, userId);
    if (!db.execPrepared(q))
        return false;
    while (q.next()) {
        if (const QString id = q.value(0).toString(); id != keepSessionId)
            ids << id;
    }
    q.finish();
    const QString channel = QString::fromLatin1(RevocationChannel);
    for (const QString &id : std::as_const(ids)) {
        if (!db.exec(u"UPDATE sessions SET revoked_at = ?, revoke_reason = ? WHERE id = ? AND revoked_at IS NULL"_s,
                     {now, reason, id}))
            return false;
        // Delivered on commit: other processes drop the session before their next poll.
        if (db.isPostgres() && !db.notify(channel, id))
            return false;
    }
    return true;
}

bool setActive(Database &db, const QString &userId, bool active, qint64 now)
{
    if (!db.exec(u"UPDATE users SET deactivated_at = ?, rev = ? WHERE id = ?"_s,
                 {active ? QVariant(QMetaType::fromType<qint64>()) : QVariant(now), db.nextRevision(), userId})
        || db.lastAffected() != 1)
        return false;
    if (active)
        return true;
    // Codes issued before cannot bring the account back.
    return db.exec(u"UPDATE password_codes SET attempts = ? WHERE user_id = ? AND used_at IS NULL"_s,
                   {CodeMaxAttempts, userId})
           && endSessions(db, userId, {}, u"deactivated"_s, now);
}

QString codeHash(const QString &codeId, const QString &code)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((codeId + u':' + code).toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool issuePasswordCode(Database &db, const QString &userId, const QString &purpose, const QString &issuedBy, qint64 now)
{
    const bool setup = purpose == u"setup";
    if (!setup && purpose != u"reset")
        return false;
    const QString phone = db.scalar(u"SELECT phone FROM users WHERE id = ?"_s, {userId}).toString();
    if (phone.isEmpty())
        return false;
    const QString code = u"%1"_s.arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QChar(u'0'));
    const QString id = u"pwc-"_s + Json::randomId(10);
    const QString validity = setup ? u"7 天内有效。 Your Courtyard code is %1, valid for 7 days."_s
                                   : u"24 小时内有效。 Your Courtyard code is %1, valid for 24 hours."_s;
    const QString body = u"您的 Courtyard 验证码是 %1，"_s.arg(code) + validity.arg(code);
    // Only the newest code works: an earlier one (a text that came late, a code told to the
    // wrong person) is void.
    return db.exec(u"UPDATE password_codes SET attempts = ? WHERE user_id = ? AND used_at IS NULL AND attempts < ?"_s,
                   {CodeMaxAttempts, userId, CodeMaxAttempts})
           && db.exec(u"INSERT INTO password_codes (id, user_id, code_hash, purpose, issued_by, issued_at, expires_at)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                      {id, userId, codeHash(id, code), purpose,
                       issuedBy.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(issuedBy), now,
                       now + (setup ? SetupCodeMs : ResetCodeMs)})
           && Messages::queue(db, phone, purpose, body, now);
}

bool setPasswordHash(Database &db, const QString &userId, const QString &passwordHash)
{
    return db.exec(u"UPDATE users SET password_hash = ? WHERE id = ?"_s, {passwordHash, userId}) && db.lastAffected() == 1;
}

bool setPassword(Database &db, const QString &userId, const QString &password)
{
    return setPasswordHash(db, userId, PasswordHasher::hash(password));
}

} // namespace Courtyard::Server::Accounts
