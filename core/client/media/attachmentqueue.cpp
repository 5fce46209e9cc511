#include "media/attachmentqueue.h"

#include "store/localstore.h"
#include "media/medialogging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

const QString Columns = u"sha256, file, content_type, size, state, attempts, last_error, created_at"_s;

AttachmentQueue::Entry readEntry(const QSqlQuery &q)
{
    AttachmentQueue::Entry e;
    e.sha256 = q.value(0).toString();
    e.file = q.value(1).toString();
    e.contentType = q.value(2).toString();
    e.size = q.value(3).toLongLong();
    e.state = AttachmentQueue::stateFromName(q.value(4).toString());
    e.attempts = q.value(5).toInt();
    e.lastError = q.value(6).toString();
    e.createdAt = q.value(7).toLongLong();
    return e;
}

} // namespace

AttachmentQueue::AttachmentQueue(LocalStore &store)
    : m_db(store.database())
    , m_store(&store)
{
}

AttachmentQueue::AttachmentQueue(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString AttachmentQueue::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::Uploaded:
        return u"uploaded"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Unknown:
        break;
    }
    return {};
}

AttachmentQueue::State AttachmentQueue::stateFromName(const QString &name)
{
    if (name == u"pending")
        return State::Pending;
    if (name == u"uploaded")
        return State::Uploaded;
    if (name == u"failed")
        return State::Failed;
    return State::Unknown;
}

bool AttachmentQueue::run(const QString &sql, const QVariantList &values, QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        qCWarning(lcMedia) << "attachments: prepare failed:" << q.lastError().text();
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcMedia) << "attachments: statement failed:" << q.lastError().text();
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (m_store && q.numRowsAffected() > 0)
        m_store->markChanged(u"attachment"_s);
    return true;
}

bool AttachmentQueue::add(const ProcessedPhoto &photo, QString *error)
{
    // One statement, so it is atomic without a transaction of its own and joins the caller's.
    return run(u"INSERT INTO attachments (sha256, file, content_type, size, state, attempts, created_at) "
               "VALUES (?, ?, ?, ?, 'pending', 0, ?) "
               "ON CONFLICT(sha256) DO UPDATE SET file = excluded.file, "
               "content_type = excluded.content_type, size = excluded.size, "
               "last_error = CASE WHEN state = 'failed' THEN NULL ELSE last_error END, "
               "attempts = CASE WHEN state = 'failed' THEN 0 ELSE attempts END, "
               "state = CASE WHEN state = 'failed' THEN 'pending' ELSE state END"_s,
               {photo.sha256, photo.path, photo.contentType, photo.size,
                QDateTime::currentMSecsSinceEpoch()},
               error);
}

std::optional<AttachmentQueue::Entry> AttachmentQueue::entry(const QString &sha256) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + Columns + u" FROM attachments WHERE sha256 = ?"_s);
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntry(q);
}

AttachmentQueue::State AttachmentQueue::state(const QString &sha256) const
{
    const auto e = entry(sha256);
    return e ? e->state : State::Unknown;
}

QList<AttachmentQueue::Entry> AttachmentQueue::pending() const
{
    QList<Entry> list;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + Columns
              + u" FROM attachments WHERE state = 'pending' ORDER BY created_at, sha256"_s);
    if (!q.exec()) {
        qCWarning(lcMedia) << "attachments: query failed:" << q.lastError().text();
        return list;
    }
    while (q.next())
        list.append(readEntry(q));
    return list;
}

int AttachmentQueue::pendingCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT COUNT(*) FROM attachments WHERE state = 'pending'"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool AttachmentQueue::markUploaded(const QString &sha256)
{
    return run(u"UPDATE attachments SET state = 'uploaded', last_error = NULL WHERE sha256 = ?"_s, {sha256});
}

bool AttachmentQueue::markFailed(const QString &sha256, const QString &reason)
{
    return run(u"UPDATE attachments SET state = 'failed', attempts = attempts + 1, last_error = ? "
               "WHERE sha256 = ?"_s,
               {reason, sha256});
}

bool AttachmentQueue::markAttempt(const QString &sha256, const QString &error)
{
    return run(u"UPDATE attachments SET attempts = attempts + 1, last_error = ? "
               "WHERE sha256 = ? AND state = 'pending'"_s,
               {error, sha256});
}

} // namespace Courtyard::Client
