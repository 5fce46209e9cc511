#pragma once

#include "testclient.h"
#include "testserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTest>

#include <initializer_list>
#include <memory>

// Helpers shared by the server suites: demo accounts, a sync replica, checks that return a
// failure text (empty = fine) for CY_CHECK, and test images.
namespace cy {

/// Demo seed logins (SPEC "Demo seed").
namespace phone {
inline const QString resident1 = QStringLiteral("13800000001");
inline const QString resident2 = QStringLiteral("13800000002");
inline const QString agent = QStringLiteral("13900000001");
inline const QString tech1 = QStringLiteral("13900000002");
inline const QString tech2 = QStringLiteral("13900000003");
inline const QString manager = QStringLiteral("13900000009");
} // namespace phone
inline const QString demoPassword = QStringLiteral("courtyard-demo");
inline const QString demoEstate = QStringLiteral("est-1");

/// Serve options that keep the login limits out of the way of suites that log in a lot.
[[nodiscard]] QStringList relaxedLoginLimits();

/// Fails the current test function with \a failureExpr when that text is not empty.
#define CY_CHECK(failureExpr)                                                                      \
    do {                                                                                           \
        const QString cyFailure_ = (failureExpr);                                                  \
        if (!cyFailure_.isEmpty())                                                                 \
            QFAIL(qPrintable(cyFailure_));                                                         \
    } while (false)

/// \a r has HTTP status \a status.
[[nodiscard]] QString expectStatus(const HttpResponse &r, int status);
/// \a r has one of \a statuses and a JSON {"error": code} body with code in \a codes (any code
/// when empty).
[[nodiscard]] QString expectError(const HttpResponse &r, std::initializer_list<int> statuses,
                                  const QStringList &codes = {});

/// A command and what the server answered to it.
struct Command
{
    QString id;
    QString type;
    QJsonObject payload;
    HttpResponse response;

    [[nodiscard]] QJsonObject data() const { return response.object().value(QStringLiteral("data")).toObject(); }
    [[nodiscard]] QString ticketStatus() const { return data().value(QStringLiteral("status")).toString(); }
};

[[nodiscard]] Command runCommand(TestClient &client, const QString &type, const QJsonObject &payload,
                                 const QString &id = {});
/// 200 {"id": <command id>, "status": "applied", "entity": "ticket", "data": {...}}, and the
/// ticket's status is \a ticketStatus when that is given.
[[nodiscard]] QString expectApplied(const Command &c, const QString &ticketStatus = {});
/// {"id", "status": "rejected", "error": code} with one of \a statuses; code in \a codes
/// unless empty.
[[nodiscard]] QString expectRejected(const Command &c, std::initializer_list<int> statuses,
                                     const QStringList &codes = {});

/// A client's local copy of what sync sent it: upserts replace, deletes remove.
class Replica
{
public:
    /// Applies changes in order; returns a failure text for a malformed change.
    QString apply(const QJsonArray &changes);
    [[nodiscard]] bool has(const QString &entity, const QString &id) const;
    [[nodiscard]] QJsonObject get(const QString &entity, const QString &id) const;
    [[nodiscard]] QMap<QString, QJsonObject> all(const QString &entity) const { return m_data.value(entity); }
    [[nodiscard]] QStringList ids(const QString &entity) const { return m_data.value(entity).keys(); }
    [[nodiscard]] QStringList entityTypes() const { return m_data.keys(); }

private:
    QHash<QString, QMap<QString, QJsonObject>> m_data;
};

/// One user's synced view: pull() fetches what changed since the last pull.
class SyncedView
{
public:
    explicit SyncedView(TestClient *client)
        : m_client(client)
    {
    }
    /// Pulls all pages from the cursor; \a fresh receives just those changes.
    QString pull(QJsonArray *fresh = nullptr, int limit = 0);
    [[nodiscard]] const Replica &replica() const { return m_replica; }
    [[nodiscard]] qint64 cursor() const { return m_cursor; }

private:
    TestClient *m_client;
    Replica m_replica;
    qint64 m_cursor = 0;
};

/// A full pull from 0 into a fresh replica (and the raw changes, when asked).
QString pullAll(TestClient &client, Replica *replica, QJsonArray *changes = nullptr, qint64 *cursor = nullptr);

/// The data keys SPEC lists for \a entity; empty for an entity SPEC does not know.
[[nodiscard]] QStringList specFields(const QString &entity);
/// A sync change has SPEC's shape: rev, entity, id, op and (for upserts only) data with
/// exactly SPEC's keys.
[[nodiscard]] QString checkChangeShape(const QJsonObject &change);

/// A logged-in demo user.
struct Actor
{
    QString phone;
    std::unique_ptr<TestClient> client;
    Tokens tokens;

    [[nodiscard]] QString id() const { return tokens.userId(); }
    [[nodiscard]] QStringList unitIds() const;
    [[nodiscard]] QString unitId() const { return unitIds().value(0); }
    TestClient &operator*() const { return *client; }
    TestClient *operator->() const { return client.get(); }
};

/// The six demo users, logged in to one server.
struct Actors
{
    Actor resident1, resident2, agent, tech1, tech2, manager;

    /// Logs in those of the six whose phone is in \a only (all when empty).
    QString loginAll(const TestServer &server, const QStringList &only = {});
    /// "resident1", "resident2", "agent", "tech1", "tech2" or "manager" (for data tables).
    Actor &byName(const QString &name);
};

/// Watches tickets through a staff member's sync, to prove that a refused command changed
/// nothing: snapshot() before it, untouched() after.
class TicketWatch
{
public:
    explicit TicketWatch(TestClient *staff)
        : m_view(staff)
    {
    }
    /// The ticket as the watcher sees it now.
    QString snapshot(const QString &ticketId, QJsonObject *ticket);
    /// No change for the ticket or its events since snapshot(), and it still equals \a before.
    QString untouched(const QString &ticketId, const QJsonObject &before);
    /// No ticket \a ticketId exists.
    QString absent(const QString &ticketId);
    SyncedView &view() { return m_view; }

private:
    SyncedView m_view;
};

/// The ticket's events of \a type ("status" or "note") in \a view, oldest first.
[[nodiscard]] QList<QJsonObject> ticketEvents(const Replica &view, const QString &ticketId, const QString &type);

enum class Stage { Submitted, Accepted, Assigned, OnSite, Resolved, Closed };

/// Payload of a resident's ticket.submit for their unit.
[[nodiscard]] QJsonObject submitPayload(const QString &ticketId, const QString &unitId,
                                        const QString &description = {});
/// Submits a ticket as \a resident and drives it to \a stage (agent accepts and assigns to
/// \a tech, who checks in and resolves; the resident confirms). Returns the ticket id, or an
/// empty id with *failure set.
QString makeTicket(Actors &a, Stage stage, QString *failure, Actor *resident = nullptr, Actor *tech = nullptr);

/// A small valid PNG whose pixels come from \a seed; padded with a private ancillary chunk to
/// exactly \a exactSize bytes when that is given.
[[nodiscard]] QByteArray makePng(quint32 seed, qsizetype exactSize = 0);
/// A small valid baseline JPEG (8x8 grey) with \a seed in a comment segment.
[[nodiscard]] QByteArray makeJpeg(quint32 seed);
[[nodiscard]] QString sha256Hex(const QByteArray &bytes);
/// A value that differs between calls and runs.
[[nodiscard]] quint32 uniqueSeed();
/// A short unique text (for finding one's own data in raw responses).
[[nodiscard]] QString nonce(const QString &prefix);

/// Starts \a server on the backend COURTYARD_TEST_BACKEND names; failure text on error.
QString startServer(TestServer &server, const QStringList &extraServeArgs = {});
/// The libfaketime preload library (env COURTYARD_LIBFAKETIME, then Debian's paths); empty
/// when not installed.
[[nodiscard]] QString libFaketime();

} // namespace cy
