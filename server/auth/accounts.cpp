#include "accounts.h"

#include "database.h"
#include "fieldlimits.h"
#include "json.h"
#include "text.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::Accounts {

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
    if (phone.size() < Limits::PhoneMin || phone.size() > Limits::PhoneMax
        || !std::all_of(phone.cbegin(), phone.cend(), [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }))
        return u"--phone must be %1 to %2 digits"_s.arg(Limits::PhoneMin).arg(Limits::PhoneMax);
    if (Text::length(password) < Limits::PasswordMin || Text::length(password) > Limits::PasswordMax)
        return u"the password must be %1 to %2 characters"_s.arg(Limits::PasswordMin).arg(Limits::PasswordMax);
    return {};
}

} // namespace Courtyard::Server::Accounts
