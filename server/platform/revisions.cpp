#include "revisions.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

Revisions::Revisions(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_poll.setInterval(std::chrono::seconds(1));
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_db.inTransaction())
            observe(m_db.storedHead());
    });
}

bool Revisions::start()
{
    m_db.setCommitListener([this](qint64 head) { observe(head); });
    m_db.listen(u"courtyard_revisions"_s, [this](const QString &payload) { observe(payload.toLongLong()); });
    observe(m_db.storedHead());
    m_poll.start();
    return true;
}

void Revisions::observe(qint64 head)
{
    if (head <= m_known)
        return;
    m_known = head;
    Q_EMIT advanced(head);
}

} // namespace Courtyard::Server
