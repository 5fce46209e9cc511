#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace Courtyard::Client {

class LocalStore;


/**
 * The queue of local changes (table outbox). Every local change is one command row written in
 * the same transaction as its optimistic effect on the record; rows survive restarts and are
 * never dropped: a command ends `applied` or `rejected` (kept with the server's reason and
 * listed by needsAttention() until dismissed).
 *
 * States: pending -> sending -> applied | rejected; a failed attempt goes back to pending.
 * Commands for the same record go one at a time in enqueue order.
 *
 * Durability: enqueue() commits with fsync (synchronous=FULL), since the user's change exists
 * nowhere else. The other marks commit without their own fsync (still atomic and safe from a
 * crash; the next full commit syncs them): a power cut may lose an answer, and the command
 * is then sent again with its id and the server replays the answer it stored.
 *
 * Answers and the record: while other commands for the record are still unanswered the
 * visible optimistic JSON stays and the answer's state is held as the record's server state
 * (and becomes the rollback of the next command). When the last command is answered, the
 * record shows the newest server state: for applied, answer.data (unless a held pulled state
 * is newer by `updatedAt`); for rejected, answer.data if present, else the held pulled state,
 * else the command's rollback JSON (NULL rollback = the record is deleted).
 */
class Outbox
{
public:
    struct Entry
    {
        qint64 seq = 0;
        QString id;             ///< client UUID, lowercase, sent as the command id
        QString type;           ///< e.g. "ticket.submit"
        QString entity;
        QString entityId;
        QJsonObject payload;
        qint64 createdAt = 0;   ///< ms since epoch
        int attempts = 0;
        QString state;          ///< pending | sending | applied | rejected
        QString lastError;
        QString errorCode;
        QString errorMessage;
        int httpStatus = 0;
        QStringList attachments;    ///< sha256 of attachments to upload first
    };

    explicit Outbox(LocalStore &store);

    /// In ONE transaction: writes the command row (new UUID) and the optimistic effect
    /// (optimistic = the record's new local JSON, written with local_pending+1; the previous
    /// JSON saved as rollback, NULL if absent). Without optimistic the record is left as is
    /// (no local_pending). Returns the command id, or empty on failure (nothing written).
    QString enqueue(const QString &type, const QString &entity, const QString &entityId,
                    const QJsonObject &payload, const std::optional<QJsonObject> &optimistic,
                    const QStringList &attachments = {});

    /// The commands that may go now, oldest first, at most @p max: pending or sending (a crash
    /// mid-send: resend with the same id), no earlier unanswered command for the same record,
    /// every attachment uploaded. Commands in @p exclude (already on their way) are left out;
    /// they still hold back the later commands of their record. The one place of this rule.
    [[nodiscard]] QList<Entry> ready(int max, const QSet<QString> &exclude = {}) const;
    /// The oldest command that may go now: ready(1).
    [[nodiscard]] std::optional<Entry> next() const;
    bool markSending(const QString &id);
    /// answer = the 2xx body; answer.data (server state) replaces the local JSON.
    bool markApplied(const QString &id, const QJsonObject &answer);
    /// answer = the CommandRejected body (may be empty); restores the server state.
    bool markRejected(const QString &id, int httpStatus, const QString &code, const QString &message,
                      const QJsonObject &answer);
    /// Back to pending with attempts+1 and last_error (retry later).
    bool markFailedAttempt(const QString &id, const QString &error);
    /// Ends rejected every pending command, first of its record, that names a photo refused for
    /// good (attachments.state 'failed'): it could never go. Code "attachment_refused", the
    /// photo's reason (attachments.last_error) in the message, HTTP status 0; its effect is
    /// rolled back like any rejection. Repeats while a later command becomes first and names
    /// one too. Returns the ids rejected, oldest first; nullopt on a store error (nothing changed).
    std::optional<QStringList> rejectForFailedAttachments();

    [[nodiscard]] std::optional<Entry> entry(const QString &id) const;
    /// One record's commands not answered yet (pending + sending), oldest first.
    [[nodiscard]] QList<Entry> unansweredFor(const QString &entity, const QString &entityId) const;
    /// Commands not answered yet (pending + sending).
    [[nodiscard]] int pendingCount() const;
    /// Rejected and not dismissed, oldest first.
    [[nodiscard]] QList<Entry> needsAttention() const;
    [[nodiscard]] int needsAttentionCount() const;
    /// The user has seen a rejected command; it stays in the table.
    bool dismiss(const QString &id);

private:
    /// The command if an answer may still be recorded for it; *already tells whether it holds
    /// \a finalState already (the same answer again: nothing to do, and no error).
    [[nodiscard]] std::optional<Entry> unanswered(const QString &id, const QString &finalState, bool *already) const;
    /// The answer's effect on the record (the server's state, or the rollback).
    bool finishAnswered(const Entry &entry, const QJsonObject &answer, bool applied);

    LocalStore &m_store;
};

} // namespace Courtyard::Client
