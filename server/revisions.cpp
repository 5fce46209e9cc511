#include "revisions.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

bool Revisions::load(Database &db)
{
    qint64 highest = 0;
    for (const char *table : {"estates", "buildings", "units", "users", "tickets", "ticket_events", "bills",
                              "payments", "notices", "tombstones"}) {
        const QVariant v = db.scalar(u"SELECT MAX(rev) FROM %1"_s.arg(QLatin1StringView(table)));
        if (!v.isValid() && !v.isNull())
            return false;
        highest = std::max(highest, v.toLongLong());
    }
    m_current = highest;
    return true;
}

} // namespace Courtyard::Server
