#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Courtyard::Client {

class AttachmentQueue;
class LocalStore;
class Viewer;

/**
 * The base of a feature's desk: every change a person makes goes through one. queue() saves
 * first — the command, its optimistic effect on the record and the upload entries of the
 * photos it names, in one fsynced transaction of the account's store (Outbox) — and the sync
 * engine sends it later, exactly once. A refusal (fail()) leaves nothing behind and says why
 * in `lastError`, translated. Times of acts come from the desk's clock (tests set their own).
 */
class CommandDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    /// @p mediaDir holds processed photos named `<sha256>.jpg` (PhotoTray writes them there).
    CommandDesk(LocalStore &store, AttachmentQueue &attachments, const Viewer &viewer, QString mediaDir,
                QObject *parent = nullptr);

    [[nodiscard]] const Viewer &viewer() const { return m_viewer; }
    [[nodiscard]] LocalStore &store() const { return m_store; }
    [[nodiscard]] QString mediaDir() const { return m_mediaDir; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    /// The image URL of an uploaded or local photo (served by the attachment image provider).
    Q_INVOKABLE static QString photoUrl(const QString &sha256);

Q_SIGNALS:
    void lastErrorChanged();

protected:
    [[nodiscard]] qint64 now() const { return m_clock(); }
    /// An API time for @p ms.
    [[nodiscard]] static QString iso(qint64 ms);
    /// Refuses with @p message (translated): returns "" for the caller to return.
    QString fail(const QString &message);
    /// Queues one command with its effect (see Outbox::enqueue) and the upload of @p photos;
    /// returns the command id, or "" with lastError set.
    QString queue(const QString &type, const QString &entity, const QString &entityId, const QJsonObject &payload,
                  const std::optional<QJsonObject> &optimistic, const QStringList &photos = {});

private:
    LocalStore &m_store;
    AttachmentQueue &m_attachments;
    const Viewer &m_viewer;
    QString m_mediaDir;
    QString m_lastError;
    std::function<qint64()> m_clock;
};

} // namespace Courtyard::Client
