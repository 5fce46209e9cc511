#pragma once

#include <QObject>
#include <QTimer>

namespace Courtyard::Server {

class Database;

/**
 * What this process knows of the newest committed revision, so a pull that is already
 * there answers without a query. Raised by this process's own commits, by other processes'
 * NOTIFY on PostgreSQL, and by a read of the head every second (the command line, SQLite).
 * It may lag the store, never lead it: a pull at or beyond it takes the store's word.
 */
class Revisions : public QObject
{
    Q_OBJECT
public:
    explicit Revisions(Database &db, QObject *parent = nullptr);

    /// Reads the head now and starts following it.
    bool start();
    [[nodiscard]] qint64 known() const { return m_known; }
    /// A head seen in the store or announced: only ever raises known().
    void observe(qint64 head);

Q_SIGNALS:
    /// known() went up (new changes to pull).
    void advanced(qint64 head);

private:
    Database &m_db;
    QTimer m_poll;
    qint64 m_known = 0;
};

} // namespace Courtyard::Server
