#pragma once

#include <QString>

#include <memory>

namespace Courtyard::Server {

class Database;
struct JobContext;
struct ServerConfig;

/// Texts to people's phones (one-time codes). A module queues a text inside the transaction
/// of the act that makes it, so the text leaves only when the act committed; the platform's
/// delivery job hands it to the MessageSender and blanks it once sent.
namespace Messages {

/// Inside the caller's transaction: a text for @p phone. @p purpose is a short word the log
/// may show (e.g. "reset"); @p body is never logged.
bool queue(Database &db, const QString &phone, const QString &purpose, const QString &body, qint64 now);

/// The delivery job (registered by the platform): each pending text, claimed in its own
/// transaction so several server processes never send one twice.
void deliverPending(JobContext &ctx);

} // namespace Messages

/// Where texts go: an SMS provider in a deployment, a file for the demo and the tests.
/// README "Sending codes (SMS)" says how to plug a provider in (makeMessageSender()).
class MessageSender
{
public:
    virtual ~MessageSender() = default;
    /// Delivers one text; false with *error (no phone or body in it) when it could not.
    virtual bool send(const QString &phone, const QString &purpose, const QString &body, QString *error) = 0;
};

/// Appends one JSON line per text ({at, phone, purpose, body}) to a file only its owner may
/// read: the demo's "phone", and what the tests read codes from.
class FileMessageSender final : public MessageSender
{
public:
    explicit FileMessageSender(QString path) : m_path(std::move(path)) {}
    bool send(const QString &phone, const QString &purpose, const QString &body, QString *error) override;

private:
    QString m_path;
};

/// The sender this server uses: today FileMessageSender on `<state>/outgoing-messages.jsonl`.
/// The one place to make an SMS provider's sender instead.
[[nodiscard]] std::unique_ptr<MessageSender> makeMessageSender(const ServerConfig &config);

} // namespace Courtyard::Server
