#include "media/photopipeline.h"

#include "media/medialogging.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

PhotoJob::PhotoJob(QString sourcePath, QObject *parent)
    : QObject(parent)
    , m_sourcePath(std::move(sourcePath))
{
}

PhotoJob::~PhotoJob() = default;

void PhotoJob::complete(Error error, const QString &errorString, const ProcessedPhoto &result)
{
    m_error = error;
    m_errorString = errorString;
    m_result = result;
    Q_EMIT finished();
    deleteLater();
}

PhotoPipeline::PhotoPipeline(const QString &outputDir, QObject *parent)
    : QObject(parent)
    , m_outputDir(outputDir)
{
}

PhotoPipeline::~PhotoPipeline() = default;

PhotoJob *PhotoPipeline::process(const QString &sourcePath)
{
    auto *job = new PhotoJob(sourcePath, this);
    auto *watcher = new QFutureWatcher<Result>(job);
    connect(watcher, &QFutureWatcher<Result>::finished, job, [job, watcher] {
        const Result r = watcher->result();
        if (r.error == PhotoJob::Error::None)
            qCDebug(lcMedia) << "photo processed:" << r.photo.width << "x" << r.photo.height << "px,"
                             << r.photo.size << "bytes";
        else
            qCInfo(lcMedia) << "photo refused:" << r.error << r.errorString;
        job->complete(r.error, r.errorString, r.photo);
    });
    QThreadPool *pool = m_pool ? m_pool : QThreadPool::globalInstance();
    // Started after the watcher is connected; finished() is always queued to this thread, so it
    // never fires inside process().
    watcher->setFuture(
        QtConcurrent::run(pool, &PhotoPipeline::processFile, sourcePath, m_outputDir, m_limits));
    return job;
}

namespace {

PhotoPipeline::Result failure(PhotoJob::Error error, const QString &why)
{
    PhotoPipeline::Result r;
    r.error = error;
    r.errorString = why;
    return r;
}

QSize fitWithin(QSize size, int longestSide)
{
    const int longest = std::max(size.width(), size.height());
    if (longest <= longestSide)
        return size;
    const double scale = double(longestSide) / longest;
    return {std::clamp(int(std::lround(size.width() * scale)), 1, longestSide),
            std::clamp(int(std::lround(size.height() * scale)), 1, longestSide)};
}

} // namespace

PhotoPipeline::Result PhotoPipeline::processFile(const QString &sourcePath, const QString &outputDir,
                                                 const PhotoLimits &limits)
{
    using E = PhotoJob::Error;
    const QFileInfo info(sourcePath);
    const QString name = info.fileName();
    if (!info.isFile())
        return failure(E::ReadFailed, u"not a readable file: "_s + name);
    if (info.size() > limits.maxInputBytes)
        return failure(E::TooLarge, u"file of %1 bytes exceeds the limit of %2 bytes"_s.arg(info.size())
                                        .arg(limits.maxInputBytes));

    QImageReader reader(sourcePath);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true); // applies the EXIF orientation
    if (!reader.canRead())
        return failure(E::NotAnImage, u"not an image in a supported format: "_s + name);

    const QSize stored = reader.size(); // from the header only, before orientation
    if (stored.isValid() && qint64(stored.width()) * stored.height() > limits.maxInputPixels)
        return failure(E::TooLarge, u"image of %1x%2 pixels exceeds the limit of %3 pixels"_s
                                        .arg(stored.width()).arg(stored.height()).arg(limits.maxInputPixels));
    // Room for the largest allowed image decoded at 4 bytes a pixel (Qt's default is 256 MB).
    reader.setAllocationLimit(int(std::max<qint64>(256, limits.maxInputPixels * 4 / (1024 * 1024) + 16)));
    // Decoding straight to the target size lets the JPEG decoder skip most of the work and
    // memory; the aspect ratio is kept, so the orientation applied afterwards changes nothing.
    if (stored.isValid())
        reader.setScaledSize(fitWithin(stored, limits.maxLongestSide));

    QImage image = reader.read();
    if (image.isNull())
        return failure(E::ReadFailed, u"cannot decode %1: %2"_s.arg(name, reader.errorString()));
    if (!stored.isValid() && qint64(image.width()) * image.height() > limits.maxInputPixels)
        return failure(E::TooLarge, u"image exceeds the pixel limit"_s);
    const QSize target = fitWithin(image.size(), limits.maxLongestSide);
    if (target != image.size())
        image = image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace(QColorSpace::SRgb))
        image.convertToColorSpace(QColorSpace(QColorSpace::SRgb));

    // A fresh image carries none of the source's text keys, colour profile or resolution;
    // transparent areas become white rather than JPEG's black.
    QImage clean(image.size(), QImage::Format_RGB32);
    clean.fill(Qt::white);
    {
        QPainter painter(&clean);
        painter.drawImage(0, 0, image);
    }

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(limits.jpegQuality);
        writer.setOptimizedWrite(true);
        if (!writer.write(clean))
            return failure(E::WriteFailed, u"JPEG encoding failed: "_s + writer.errorString());
    }

    Result r;
    r.photo.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    r.photo.contentType = u"image/jpeg"_s;
    r.photo.size = bytes.size();
    r.photo.width = clean.width();
    r.photo.height = clean.height();

    const QDir dir(outputDir);
    if (!dir.mkpath(u"."_s))
        return failure(E::WriteFailed, u"cannot create the output folder"_s);
    r.photo.path = dir.absoluteFilePath(r.photo.sha256 + u".jpg"_s);
    QSaveFile out(r.photo.path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return failure(E::WriteFailed, u"cannot write the processed photo: "_s + out.errorString());
    return r;
}

} // namespace Courtyard::Client
