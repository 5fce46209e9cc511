#pragma once

// Helpers of the events suites: an event's payload, many residents made cheaply, the
// sign-ups of an event as the office's sync shows them.
#include "servertestutil.h"

#include <QDateTime>
#include <QJsonArray>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>
#include <vector>

namespace evt {

using namespace Qt::StringLiterals;

inline QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/// An event of est-1 whose sign-up is open now and which starts in @p startsInHours.
inline QJsonObject eventPayload(const QString &id, int capacity, const QJsonObject &extra = {}, int startsInHours = 72)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject p{{u"eventId"_s, id},
                  {u"estateId"_s, cy::demoEstate},
                  {u"kind"_s, u"regular"_s},
                  {u"title"_s, u"中秋游园会"_s},
                  {u"description"_s, u"猜灯谜、做月饼"_s},
                  {u"place"_s, u"中心花园"_s},
                  {u"startsAt"_s, iso(now.addSecs(startsInHours * 3600))},
                  {u"endsAt"_s, iso(now.addSecs(startsInHours * 3600 + 7200))},
                  {u"capacity"_s, capacity},
                  {u"signupOpensAt"_s, iso(now.addSecs(-3600))},
                  {u"signupClosesAt"_s, iso(now.addSecs(startsInHours * 3600 - 60))},
                  {u"maxPartySize"_s, 4}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.insert(it.key(), it.value());
    return p;
}

/// A password hash the server accepts (its own format), made with scrypt's smallest allowed
/// cost: logging in 200 residents then takes milliseconds, not the interactive cost's seconds.
inline QString cheapHash(const QString &password)
{
    QByteArray salt(16, Qt::Uninitialized), key(32, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), int(salt.size()));
    const QByteArray pw = password.toUtf8();
    EVP_PBE_scrypt(pw.constData(), size_t(pw.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                   size_t(salt.size()), 1u << 10, 8, 1, 64u * 1024 * 1024, reinterpret_cast<unsigned char *>(key.data()),
                   size_t(key.size()));
    return u"scrypt$10$8$1$%1$%2"_s.arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

/// The i-th unit of est-1 (two buildings of 20 floors × 5 doors).
inline QString demoUnit(int i)
{
    const int b = i / 100 + 1, floor = (i % 100) / 5 + 1, door = i % 5 + 1;
    return u"unit-1-%1-%2%3"_s.arg(b).arg(floor, 2, 10, QLatin1Char('0')).arg(door, 2, 10, QLatin1Char('0'));
}

inline QString residentPhone(int i)
{
    return u"136%1"_s.arg(i, 8, 10, QLatin1Char('0'));
}

inline const QString residentPassword = u"Lantern!Cuihu8"_s;

/// Adds @p count residents of est-1 (one per unit, in the order of demoUnit) to the store,
/// the way an operator's import would, and logs each in on a client of its own (so each has
/// its own HTTPS connection). Failure text on error.
inline QString makeResidents(TestServer &server, int count, std::vector<std::unique_ptr<TestClient>> *clients,
                             QStringList *userIds)
{
    const QString hash = cheapHash(residentPassword);
    QStringList users, homes;
    for (int i = 0; i < count; ++i) {
        const QString id = u"usr-ev-%1"_s.arg(i);
        users << u"('%1', '%2', '住户%3', 'resident', '%4', 1, 0, 1)"_s.arg(id, residentPhone(i)).arg(i).arg(hash);
        homes << u"('%1', '%2', 'res-ev-%3', 'est-1', 'owner', 0, 1)"_s.arg(id, demoUnit(i)).arg(i);
        userIds->append(id);
    }
    QString error;
    if (!server.execSql(u"INSERT INTO users (id, phone, name, role, password_hash, on_duty, created_at, rev) VALUES "_s
                            + users.join(u", "_s),
                        &error)
        || !server.execSql(u"INSERT INTO user_units (user_id, unit_id, id, estate_id, relation, created_at, rev) VALUES "_s
                               + homes.join(u", "_s),
                           &error))
        return u"could not add the residents: "_s + error;
    // All at once, each over its own connection, as 200 phones would.
    QList<std::pair<TestClient *, HttpRequest>> logins;
    for (int i = 0; i < count; ++i) {
        clients->push_back(std::make_unique<TestClient>(server));
        const QJsonObject body{{u"phone"_s, residentPhone(i)}, {u"password"_s, residentPassword}};
        logins.append({clients->back().get(), HttpRequest{"POST", u"/v1/auth/login"_s, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                         {{"Content-Type", "application/json"}}}});
    }
    const QList<HttpResponse> answers = TestClient::sendConcurrently(logins);
    for (int i = 0; i < count; ++i) {
        const QString token = answers.at(i).object().value(u"accessToken"_s).toString();
        if (answers.at(i).status != 200 || token.isEmpty())
            return u"resident %1 could not log in: %2"_s.arg(i).arg(answers.at(i).describe());
        clients->at(i)->setBearer(token);
    }
    return {};
}

/// 200 {"status": "applied"} naming the command's record (of any entity).
inline QString applied(const cy::Command &c)
{
    const QJsonObject o = c.response.object();
    if (c.response.status != 200 || o.value(u"status"_s).toString() != u"applied"_s || o.value(u"id"_s).toString() != c.id
        || !o.value(u"data"_s).isObject())
        return u"%1 was not applied: %2"_s.arg(c.type, c.response.describe());
    return {};
}

/// The sign-ups of @p eventId in @p office's synced view (pulled up to now), by seq.
inline QList<QJsonObject> signupsOf(cy::SyncedView &office, const QString &eventId, QString *failure)
{
    *failure = office.pull();
    QList<QJsonObject> out;
    for (const QJsonObject &s : office.replica().all(u"eventSignup"_s)) {
        if (s.value(u"eventId"_s).toString() == eventId)
            out << s;
    }
    std::sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"seq"_s).toInteger() < b.value(u"seq"_s).toInteger();
    });
    return out;
}

/// The event as @p view shows it after pulling up to now.
inline QJsonObject eventOf(cy::SyncedView &view, const QString &eventId, QString *failure)
{
    *failure = view.pull();
    return view.replica().get(u"event"_s, eventId);
}

inline const QString foreignPassword = u"BlueHeron!Cuihu7"_s;

/// Makes the estate est-far (once) and a person of @p role in it, logged in.
inline QString foreignActor(TestServer &server, const QString &phone, const QString &role, cy::Actor *actor)
{
    QString out;
    if (!server.querySql(u"SELECT 1 FROM estates WHERE id = 'est-far'"_s).isValid()
        && server.runCli({u"create-estate"_s, u"--state"_s, server.stateDir(), u"--estate"_s, u"est-far"_s, u"--name"_s,
                          u"远山苑"_s, u"--address"_s, u"山路1号"_s},
                         {}, &out)
               != 0)
        return u"create-estate failed: "_s + out;
    if (server.runCli({u"create-user"_s, u"--state"_s, server.stateDir(), u"--phone"_s, phone, u"--name"_s, u"外人"_s,
                       u"--role"_s, role, u"--estate"_s, u"est-far"_s},
                      foreignPassword.toUtf8() + '\n', &out)
        != 0)
        return u"create-user failed: "_s + out;
    actor->phone = phone;
    actor->client = std::make_unique<TestClient>(server);
    actor->tokens = actor->client->login(phone, foreignPassword);
    return actor->tokens.isValid() ? QString() : u"the foreign %1 could not sign in"_s.arg(role);
}

} // namespace evt
