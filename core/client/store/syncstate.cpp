#include "store/syncstate.h"

#include "store/localstore.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

SyncState::SyncState(LocalStore &store)
    : m_store(store)
{
}

qint64 SyncState::cursor() const
{
    return value(u"cursor"_s).toLongLong();
}

bool SyncState::setCursor(qint64 cursor)
{
    return cursor >= 0 && setValue(u"cursor"_s, QString::number(cursor));
}

bool SyncState::isResyncing() const
{
    return value(u"resync"_s) == u"1";
}

bool SyncState::setResyncing(bool resyncing)
{
    return setValue(u"resync"_s, resyncing ? u"1"_s : u"0"_s);
}

QString SyncState::value(const QString &key) const
{
    QSqlQuery query = m_store.prepared(u"SELECT value FROM sync_state WHERE key = ?"_s);
    query.addBindValue(key);
    if (!m_store.exec(query) || !query.next())
        return {};
    return query.value(0).toString();
}

bool SyncState::setValue(const QString &key, const QString &value)
{
    QSqlQuery query = m_store.prepared(
        u"INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!m_store.exec(query))
        return false;
    m_store.markChanged(u"syncState"_s);
    return true;
}

} // namespace Courtyard::Client
