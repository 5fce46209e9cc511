#include "kit/commanddesk.h"

#include "formats.h"
#include "media/attachmentqueue.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

CommandDesk::CommandDesk(LocalStore &store, AttachmentQueue &attachments, const Viewer &viewer, QString mediaDir,
                         QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_attachments(attachments)
    , m_viewer(viewer)
    , m_mediaDir(std::move(mediaDir))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

QString CommandDesk::photoUrl(const QString &sha256)
{
    return Courtyard::Formats::isSha256(sha256) ? u"image://attachment/"_s + sha256 : QString();
}

QString CommandDesk::iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString CommandDesk::fail(const QString &message)
{
    if (m_lastError != message) {
        m_lastError = message;
        Q_EMIT lastErrorChanged();
    }
    return {};
}

QString CommandDesk::queue(const QString &type, const QString &entity, const QString &entityId,
                           const QJsonObject &payload, const std::optional<QJsonObject> &optimistic,
                           const QStringList &photos)
{
    for (const QString &sha : photos) {
        if (!Courtyard::Formats::isSha256(sha))
            return fail(QCoreApplication::translate("CommandDesk", "A photo could not be read."));
    }
    LocalStore::Transaction tx(m_store);
    if (!tx.isActive())
        return fail(QCoreApplication::translate("CommandDesk", "Could not save on this device."));
    // The photos join the upload queue in the same transaction as the command naming them.
    for (const QString &sha : photos) {
        const QFileInfo file(QDir(m_mediaDir).filePath(sha + u".jpg"_s));
        if (m_attachments.state(sha) == AttachmentQueue::State::Uploaded)
            continue;
        if (!file.isFile())
            return fail(QCoreApplication::translate("CommandDesk", "A photo is missing on this device; add it again."));
        ProcessedPhoto photo;
        photo.path = file.absoluteFilePath();
        photo.sha256 = sha;
        photo.contentType = u"image/jpeg"_s;
        photo.size = file.size();
        if (!m_attachments.add(photo))
            return fail(QCoreApplication::translate("CommandDesk", "Could not save on this device."));
    }
    const QString id = Outbox(m_store).enqueue(type, entity, entityId, payload, optimistic, photos);
    if (id.isEmpty() || !tx.commit())
        return fail(QCoreApplication::translate("CommandDesk", "Could not save on this device."));
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        Q_EMIT lastErrorChanged();
    }
    return id;
}

} // namespace Courtyard::Client
