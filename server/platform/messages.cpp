#include "messages.h"

#include "database.h"
#include "json.h"
#include "module.h"
#include "serverconfig.h"

#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMessages, "courtyard.messages")

namespace Courtyard::Server {

namespace {

/// A text that failed this often is left with its last error for the operator to look at.
constexpr int MaxAttempts = 10;
/// Texts claimed per run of the job; the rest wait for the next run (2 s later).
constexpr int Batch = 50;

} // namespace

bool Messages::queue(Database &db, const QString &phone, const QString &purpose, const QString &body, qint64 now)
{
    return db.exec(u"INSERT INTO outgoing_messages (id, phone, purpose, body, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                   {u"msg-"_s + Json::randomId(10), phone, purpose, body, now});
}

void Messages::deliverPending(JobContext &ctx)
{
    if (ctx.db.inTransaction())
        return;
    QStringList ids;
    {
        QSqlQuery &q = ctx.db.query(u"SELECT id FROM outgoing_messages WHERE sent_at IS NULL AND attempts < ?"
                                    " ORDER BY created_at LIMIT ?"_s);
        q.bindValue(0, MaxAttempts);
        q.bindValue(1, Batch);
        if (!ctx.db.execPrepared(q))
            return;
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
    }
    if (ids.isEmpty())
        return;
    const std::unique_ptr<MessageSender> sender = makeMessageSender(ctx.config);
    for (const QString &id : std::as_const(ids)) {
        // The row stays locked while it is sent: another process skips it (PostgreSQL) or
        // waits for the write lock and then finds it sent (SQLite).
        Database::Transaction tx(ctx.db);
        if (!tx.isOpen())
            return;
        QSqlQuery &q = ctx.db.query(
            ctx.db.isPostgres()
                ? u"SELECT phone, purpose, body FROM outgoing_messages WHERE id = ? AND sent_at IS NULL"
                  " FOR UPDATE SKIP LOCKED"_s
                : u"SELECT phone, purpose, body FROM outgoing_messages WHERE id = ? AND sent_at IS NULL"_s);
        q.bindValue(0, id);
        if (!ctx.db.execPrepared(q) || !q.next()) {
            q.finish();
            continue;
        }
        const QString phone = q.value(0).toString();
        const QString purpose = q.value(1).toString();
        const QString body = q.value(2).toString();
        q.finish();
        QString error;
        const qint64 now = Json::nowMs();
        if (sender->send(phone, purpose, body, &error)) {
            // The body (a code) is not kept once it left.
            if (ctx.db.exec(u"UPDATE outgoing_messages SET sent_at = ?, body = '', attempts = attempts + 1,"
                            " last_error = NULL WHERE id = ?"_s,
                            {now, id})
                && tx.commit())
                qCInfo(lcMessages).noquote() << u"message sent (purpose %1) to %2"_s.arg(purpose, Json::maskPhone(phone));
        } else {
            qCWarning(lcMessages).noquote() << u"message not sent (purpose %1) to %2: %3"_s.arg(purpose, Json::maskPhone(phone),
                                                                                           error);
            if (ctx.db.exec(u"UPDATE outgoing_messages SET attempts = attempts + 1, last_error = ? WHERE id = ?"_s,
                            {error.left(500), id}))
                tx.commit();
        }
    }
}

bool FileMessageSender::send(const QString &phone, const QString &purpose, const QString &body, QString *error)
{
    const QByteArray line = Json::compact(QJsonObject{{u"at"_s, Json::isoTime(Json::nowMs())},
                                                      {u"phone"_s, phone},
                                                      {u"purpose"_s, purpose},
                                                      {u"body"_s, body}})
                            + '\n';
    // Created owner-only from the start: the file holds codes.
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = u"cannot open the messages file"_s;
        return false;
    }
    // One write() per line with O_APPEND: lines of several processes do not interleave.
    const ssize_t written = ::write(fd, line.constData(), size_t(line.size()));
    ::close(fd);
    if (written != line.size()) {
        *error = u"cannot write the messages file"_s;
        return false;
    }
    return true;
}

std::unique_ptr<MessageSender> makeMessageSender(const ServerConfig &config)
{
    return std::make_unique<FileMessageSender>(config.resolve(u"outgoing-messages.jsonl"_s));
}

} // namespace Courtyard::Server
