#pragma once

#include <QObject>
#include <QString>
class QThreadPool;

namespace Courtyard::Client {



/// A photo made ready for upload: a new JPEG on disk, named by the SHA-256 of its bytes.
struct ProcessedPhoto
{
    QString path; ///< absolute path of the JPEG written into the output folder
    QString sha256; ///< lowercase hex SHA-256 of the file's bytes
    QString contentType; ///< always "image/jpeg"
    qint64 size = 0;
    int width = 0;
    int height = 0;
};

/// The limits a source image must stay within to be processed at all.
struct PhotoLimits
{
    qint64 maxInputBytes = 40LL * 1024 * 1024;
    qint64 maxInputPixels = 100'000'000;
    int maxLongestSide = 1600; ///< the output's longest side; never upscaled
    int jpegQuality = 80;
};

/**
 * One photo going through PhotoPipeline. finished() is emitted exactly once (never from inside
 * PhotoPipeline::process()) and the job deletes itself right after: read the outcome in the slot
 * connected to finished().
 */
class PhotoJob : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None,
        NotAnImage, ///< unreadable as an image (garbage, unknown format)
        TooLarge, ///< the file or its pixel count exceeds PhotoLimits
        ReadFailed, ///< the file is missing, or the image data is corrupt
        WriteFailed, ///< encoding or writing the output failed
    };
    Q_ENUM(Error)

    ~PhotoJob() override;

    [[nodiscard]] bool isOk() const { return m_error == Error::None; }
    [[nodiscard]] Error error() const { return m_error; }
    /// Developer-facing English detail; names no path components beyond the file name.
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] ProcessedPhoto result() const { return m_result; }
    [[nodiscard]] QString sourcePath() const { return m_sourcePath; }

Q_SIGNALS:
    void finished();

private:
    friend class PhotoPipeline;
    PhotoJob(QString sourcePath, QObject *parent);
    void complete(Error error, const QString &errorString, const ProcessedPhoto &result);

    QString m_sourcePath;
    Error m_error = Error::None;
    QString m_errorString;
    ProcessedPhoto m_result;
};

/**
 * Turns a picked or captured photo into the bytes the app uploads, off the calling thread
 * (QtConcurrent on a thread pool): EXIF orientation applied, downscaled so the longest side is
 * at most 1600 px, re-encoded as JPEG quality 80 — which writes no EXIF, GPS or other metadata —
 * and written with QSaveFile as `<outputDir>/<sha256>.jpg`. Processing the same photo twice
 * gives the same file.
 */
class PhotoPipeline : public QObject
{
    Q_OBJECT

public:
    /// @p outputDir is the folder for processed photos (the account's data folder); it is
    /// created when missing.
    explicit PhotoPipeline(const QString &outputDir, QObject *parent = nullptr);
    ~PhotoPipeline() override;

    [[nodiscard]] QString outputDir() const { return m_outputDir; }
    [[nodiscard]] PhotoLimits limits() const { return m_limits; }
    void setLimits(const PhotoLimits &limits) { m_limits = limits; }
    /// The pool the work runs on; QThreadPool::globalInstance() by default.
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }

    /// Starts processing the image file @p sourcePath.
    PhotoJob *process(const QString &sourcePath);

    /// Outcome of processing, as computed on the worker thread (exposed for tests).
    struct Result
    {
        PhotoJob::Error error = PhotoJob::Error::None;
        QString errorString;
        ProcessedPhoto photo;
    };
    /// The whole pipeline, synchronously, on the calling thread.
    [[nodiscard]] static Result processFile(const QString &sourcePath, const QString &outputDir,
                                            const PhotoLimits &limits);

private:
    QString m_outputDir;
    PhotoLimits m_limits;
    QThreadPool *m_pool = nullptr;
};

} // namespace Courtyard::Client
