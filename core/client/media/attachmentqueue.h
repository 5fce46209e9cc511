#pragma once

#include "media/photopipeline.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Courtyard::Client {

class LocalStore;

/**
 * The account's `attachments` table (created by LocalStore's migrations): one row per processed
 * photo, keyed by its SHA-256, from registration (pending) until the server has it (uploaded).
 * A photo the server refused for good is marked failed with the reason; a failed upload that
 * may succeed later (network, 5xx) stays pending with attempts and last_error updated — so rows
 * left pending by an earlier run are simply picked up again.
 *
 * Works on the account's LocalStore (and tells it about each change, so LocalStore::changed()
 * carries "attachment" to the screens), or on a bare connection; prepared statements with bound
 * values only. Each write is one statement: atomic on its own, and part of the caller's
 * transaction when one is open. Not a QObject; lives on the connection's thread.
 */
class AttachmentQueue
{
public:
    enum class State { Unknown, Pending, Uploaded, Failed };

    struct Entry
    {
        QString sha256;
        QString file;
        QString contentType;
        qint64 size = 0;
        State state = State::Unknown;
        int attempts = 0;
        QString lastError;
        qint64 createdAt = 0; ///< ms since the epoch
    };

    /// @p store must be open and outlive the queue.
    explicit AttachmentQueue(LocalStore &store);
    explicit AttachmentQueue(QSqlDatabase db);

    /// Registers a processed photo as pending. Registering a known hash again keeps its state
    /// (an uploaded photo stays uploaded) but points it at @p photo's file, and gives a failed
    /// one another chance. Returns false on a database error (*error set when not null).
    bool add(const ProcessedPhoto &photo, QString *error = nullptr);

    [[nodiscard]] std::optional<Entry> entry(const QString &sha256) const;
    [[nodiscard]] State state(const QString &sha256) const;
    /// Pending rows, oldest first.
    [[nodiscard]] QList<Entry> pending() const;
    [[nodiscard]] int pendingCount() const;

    bool markUploaded(const QString &sha256);
    /// Refused for good (a 4xx other than 401/408/429, or an unreadable local file).
    bool markFailed(const QString &sha256, const QString &reason);
    /// A try that may succeed later: stays pending, attempts + 1.
    bool markAttempt(const QString &sha256, const QString &error);

    [[nodiscard]] static QString stateName(State state);
    [[nodiscard]] static State stateFromName(const QString &name);

private:
    bool run(const QString &sql, const QVariantList &values, QString *error = nullptr) const;

    QSqlDatabase m_db;
    LocalStore *m_store = nullptr;
};

} // namespace Courtyard::Client
