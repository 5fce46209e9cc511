#include "media/attachmentimageprovider.h"

#include "apiclient.h"
#include "apijob.h"
#include "formats.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

QImage readScaled(const QString &path, const QSize &requested)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (requested.isValid() && requested.width() > 0 && requested.height() > 0) {
        const QSize full = reader.size();
        if (full.isValid() && (full.width() > requested.width() || full.height() > requested.height()))
            reader.setScaledSize(full.scaled(requested, Qt::KeepAspectRatio));
    }
    return reader.read();
}

} // namespace

class AttachmentImageResponse : public QQuickImageResponse
{
public:
    QQuickTextureFactory *textureFactory() const override { return QQuickTextureFactory::textureFactoryForImage(m_image); }
    QString errorString() const override { return m_error; }

    void finish(const QImage &image, const QString &error)
    {
        m_image = image;
        m_error = image.isNull() && error.isEmpty() ? u"the photo could not be read"_s : error;
        if (!image.isNull())
            m_error.clear();
        Q_EMIT finished();
    }

private:
    QImage m_image;
    QString m_error;
};

/// Downloads on the GUI thread (where the API client lives), one request per photo at a time.
class AttachmentImageProvider::Fetcher : public QObject
{
public:
    explicit Fetcher(ApiClient *api)
        : m_api(api)
    {
    }

    /// Called on the GUI thread.
    void fetch(const QString &sha256, const QString &target, const QSize &size, QPointer<AttachmentImageResponse> response)
    {
        m_waiting[sha256].append({response, size});
        if (m_waiting.value(sha256).size() > 1)
            return; // already on its way
        if (!m_api) {
            deliver(sha256, {}, u"offline"_s);
            return;
        }
        ApiJob *job = m_api->getBytes(u"/attachments/"_s + sha256);
        connect(job, &ApiJob::finished, this, [this, job, sha256, target] {
            const QByteArray bytes = job->bytes();
            const bool ok = job->error() == ApiClient::Error::None
                            && QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() == sha256.toLatin1();
            if (ok && !target.isEmpty()) {
                QDir().mkpath(QFileInfo(target).absolutePath());
                QSaveFile file(target);
                if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
                    file.commit();
            }
            deliver(sha256, ok ? bytes : QByteArray(), ok ? QString() : u"the photo could not be downloaded"_s);
        });
    }

private:
    struct Waiting
    {
        QPointer<AttachmentImageResponse> response;
        QSize size;
    };

    void deliver(const QString &sha256, const QByteArray &bytes, const QString &error)
    {
        const QList<Waiting> waiting = m_waiting.take(sha256);
        for (const Waiting &w : waiting) {
            if (!w.response)
                continue;
            QImage image;
            if (!bytes.isEmpty()) {
                image.loadFromData(bytes);
                if (w.size.isValid() && w.size.width() > 0 && w.size.height() > 0
                    && (image.width() > w.size.width() || image.height() > w.size.height()))
                    image = image.scaled(w.size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            }
            w.response->finish(image, error);
        }
    }

    QPointer<ApiClient> m_api;
    QHash<QString, QList<Waiting>> m_waiting;
};

AttachmentImageProvider::AttachmentImageProvider(ApiClient *api, std::function<QString()> mediaDir)
    : m_fetcher(new Fetcher(api))
    , m_mediaDir(std::move(mediaDir))
{
}

AttachmentImageProvider::~AttachmentImageProvider()
{
    m_fetcher->deleteLater();
}

QQuickImageResponse *AttachmentImageProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    auto *response = new AttachmentImageResponse;
    const QString sha256 = id.section(u'?', 0, 0);
    if (!Courtyard::Formats::isSha256(sha256)) {
        QMetaObject::invokeMethod(response, [response] { response->finish({}, u"not a photo id"_s); }, Qt::QueuedConnection);
        return response;
    }
    const QString dir = m_mediaDir ? m_mediaDir() : QString();
    // A photo taken here, or one fetched before.
    for (const QString &name : {sha256 + u".jpg"_s, u"cache/"_s + sha256}) {
        const QString path = dir.isEmpty() ? QString() : QDir(dir).filePath(name);
        if (!path.isEmpty() && QFile::exists(path)) {
            const QImage image = readScaled(path, requestedSize);
            if (!image.isNull()) {
                QMetaObject::invokeMethod(response, [response, image] { response->finish(image, {}); },
                                          Qt::QueuedConnection);
                return response;
            }
        }
    }
    const QString target = dir.isEmpty() ? QString() : QDir(dir).filePath(u"cache/"_s + sha256);
    QPointer<AttachmentImageResponse> guarded(response);
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, sha256, target, requestedSize, guarded] {
        fetcher->fetch(sha256, target, requestedSize, guarded);
    }, Qt::QueuedConnection);
    return response;
}

} // namespace Courtyard::Client
