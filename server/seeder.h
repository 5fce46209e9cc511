#pragma once

#include <QString>

namespace Courtyard::Server {

class Database;
class Revisions;

/// Sample data: the demo estate the README's logins open, and the large estate the
/// benchmark measures against.
class Seeder
{
public:
    Seeder(Database &db, Revisions &revisions);

    /// 翠湖花园: 2 buildings, 200 units, residents, an agent, two technicians, a manager,
    /// bills, notices and ten requests in every state of the life cycle. Does nothing when it
    /// is there already.
    bool seedDemo(QString *report, QString *error);
    /// `units` units with a resident each and `tickets` requests spread over them.
    bool seedBench(int units, int tickets, QString *report, QString *error);
    /// One account; the password is hashed here.
    bool createUser(const QString &phone, const QString &name, const QString &role, const QString &estateId,
                    const QString &unitId, const QString &password, QString *error);

    /// Puts a technician on or off duty (round-robin dispatch skips those off duty).
    bool setDuty(const QString &phone, bool onDuty, QString *error);

    static constexpr auto DemoPassword = "courtyard-demo";
    static constexpr auto BenchPassword = "courtyard-bench";

private:
    bool addEstate(const QString &id, const QString &name, const QString &address, const QString &mode);
    bool addUser(const QString &id, const QString &phone, const QString &name, const QString &role,
                 const QString &passwordHash, const QString &estateId, const QString &unitId);

    Database &m_db;
    Revisions &m_revisions;
};

} // namespace Courtyard::Server
