// AttachmentUploader against the real courtyard-server over HTTPS (ApiClient::putBytes through
// ApiAttachmentTransport) with the account's real store: upload, idempotent re-upload, the
// uploaded bytes read back are the downscaled EXIF-free ones, a refusal is kept with its reason,
// an unreachable server leaves the photo pending, and a new uploader after a "restart" picks
// up what an earlier run left pending.
#include "media/apiattachmenttransport.h"
#include "testmodules.h"
#include "apiclient.h"
#include "apijob.h"
#include "media/attachmentqueue.h"
#include "media/attachmentuploader.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "media/photopipeline.h"
#include "testimages.h"
#include "auth/tokenstore.h"

#include "testserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;
using namespace testimages;

namespace {

const QString ResidentPhone = u"13800000001"_s;
const QString DemoPassword = u"courtyard-demo"_s;

/// Passes calls on and keeps the HTTP status of every answer.
class RecordingTransport final : public AttachmentTransport
{
public:
    explicit RecordingTransport(AttachmentTransport *inner)
        : m_inner(inner)
    {
    }
    void put(const QString &sha256, const QByteArray &bytes, const QByteArray &contentType, QObject *context,
             Callback done) override
    {
        m_inner->put(sha256, bytes, contentType, context, [this, done = std::move(done)](const Reply &r) {
            statuses.append(r.httpStatus);
            done(r);
        });
    }
    QList<int> statuses;

private:
    AttachmentTransport *m_inner;
};

struct Run
{
    bool finished = false;
    AttachmentUploadJob::Outcome outcome = AttachmentUploadJob::Outcome::Uploaded;
    QStringList hashes, failed, failedReasons;
    QString retryReason;
};

Run waitFor(AttachmentUploadJob *job)
{
    Run r;
    QObject::connect(job, &AttachmentUploadJob::finished, job, [&r, job] {
        r.finished = true;
        r.outcome = job->outcome();
        r.hashes = job->hashes();
        r.failed = job->failed();
        r.failedReasons = job->failedReasons();
        r.retryReason = job->retryReason();
    });
    if (!QTest::qWaitFor([&r] { return r.finished; }, 60000))
        qWarning("upload job did not finish within 60 s");
    return r;
}

template<typename Job>
bool waitJob(Job *job, std::function<void(Job *)> read)
{
    bool done = false;
    QObject::connect(job, &Job::finished, job, [&done, job, read] {
        read(job);
        done = true;
    });
    return QTest::qWaitFor([&done] { return done; }, 60000);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAttachmentUpload : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    MemoryTokenStore m_tokens;
    std::unique_ptr<ApiClient> m_api;
    QString m_userId;
    QString m_unitId;
    std::unique_ptr<LocalStore> m_store;

    QString photosDir() const { return m_dir.filePath(u"photos"_s); }

    /// (Re)opens the account's store, as the app does after a restart.
    bool openStore()
    {
        m_store = std::make_unique<LocalStore>();
        QString error;
        const bool ok = m_store->open(LocalStore::accountPath(m_dir.path(), m_userId), cytest::catalog(), &error);
        if (!ok)
            qWarning("store: %s", qPrintable(error));
        return ok;
    }

    /// Runs the pipeline on a camera JPEG with EXIF orientation 6 and GPS, in @p color.
    ProcessedPhoto processCameraPhoto(const QString &name, QColor tint)
    {
        QImage img = sensorImage();
        {
            QPainter p(&img);
            p.fillRect(1500, 1200, 1000, 600, tint);
        }
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(jpegWithExif(img, 6)) <= 0)
            return {};
        f.close();
        PhotoPipeline pipeline(photosDir());
        ProcessedPhoto result;
        if (!waitJob<PhotoJob>(pipeline.process(path), [&result](PhotoJob *job) { result = job->result(); }))
            return {};
        return result;
    }

    /// GET /v1/attachments/{sha256} through the app's client.
    QPair<int, QByteArray> download(const QString &sha256, QByteArray *contentType = nullptr)
    {
        QPair<int, QByteArray> out{0, {}};
        waitJob<ApiJob>(m_api->getBytes(u"/attachments/"_s + sha256), [&out, contentType](ApiJob *job) {
            out = {job->httpStatus(), job->bytes()};
            if (contentType)
                *contentType = job->contentType();
        });
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_api = std::make_unique<ApiClient>(&m_nam, &m_tokens);
        QVERIFY(m_api->setBaseUrl(m_server.baseUrl()));
        QVERIFY2(m_api->addTrustedCaFile(m_server.caFile()), qPrintable(m_api->errorString()));
        QJsonObject login;
        QVERIFY(waitJob<ApiJob>(m_api->login(ResidentPhone, DemoPassword),
                                [&login](ApiJob *job) {
                                    login = job->isOk() ? job->data() : QJsonObject();
                                }));
        m_userId = login.value(u"user"_s).toObject().value(u"id"_s).toString();
        m_unitId = login.value(u"user"_s).toObject().value(u"units"_s).toArray().at(0)
                       .toObject().value(u"id"_s).toString();
        QVERIFY2(!m_userId.isEmpty(), "login failed");
        QVERIFY(openStore());
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_server.stop();
    }

    void uploadReuploadAndReadBack()
    {
        const ProcessedPhoto photo = processCameraPhoto(u"one.jpg"_s, QColor(255, 255, 0));
        QVERIFY(!photo.sha256.isEmpty());
        AttachmentQueue queue(*m_store);
        QSignalSpy storeChanged(m_store.get(), &LocalStore::changed);
        QVERIFY(queue.add(photo));
        QCOMPARE(queue.state(photo.sha256), AttachmentQueue::State::Pending);
        QCOMPARE(queue.pendingCount(), 1);
        QCOMPARE(storeChanged.count(), 1); // the screens hear of it
        QCOMPARE(storeChanged.at(0).at(0).toStringList(), QStringList{u"attachment"_s});

        ApiAttachmentTransport api(m_api.get());
        RecordingTransport transport(&api);
        AttachmentUploader uploader(&queue, &transport);
        QSignalSpy states(&uploader, &AttachmentUploader::stateChanged);

        Run run = waitFor(uploader.upload({photo.sha256}));
        QCOMPARE(run.outcome, AttachmentUploadJob::Outcome::Uploaded);
        QCOMPARE(transport.statuses, QList<int>{201});
        QCOMPARE(queue.state(photo.sha256), AttachmentQueue::State::Uploaded);
        QCOMPARE(queue.pendingCount(), 0);
        QCOMPARE(states.count(), 1);
        QCOMPARE(states.at(0).at(0).toString(), photo.sha256);
        QCOMPARE(states.at(0).at(1).value<AttachmentQueue::State>(), AttachmentQueue::State::Uploaded);

        // Already uploaded: nothing is sent.
        run = waitFor(uploader.upload({photo.sha256, photo.sha256}));
        QCOMPARE(run.outcome, AttachmentUploadJob::Outcome::Uploaded);
        QCOMPARE(transport.statuses.size(), 1);

        // The answer was lost (crash after sending): the row is pending again and is sent
        // again; the server already has the bytes and answers 200.
        QSqlQuery q(m_store->database());
        QVERIFY(q.prepare(u"UPDATE attachments SET state = 'pending' WHERE sha256 = ?"_s));
        q.addBindValue(photo.sha256);
        QVERIFY(q.exec());
        run = waitFor(uploader.upload({photo.sha256}));
        QCOMPARE(run.outcome, AttachmentUploadJob::Outcome::Uploaded);
        QCOMPARE(transport.statuses, (QList<int>{201, 200}));
        QCOMPARE(queue.state(photo.sha256), AttachmentQueue::State::Uploaded);

        // What the server holds is exactly the processed file: downscaled, oriented, no EXIF/GPS.
        QByteArray type;
        const auto [status, bytes] = download(photo.sha256, &type);
        QCOMPARE(status, 200);
        QCOMPARE(type, QByteArray("image/jpeg"));
        QCOMPARE(bytes, readAll(photo.path));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 photo.sha256);
        QVERIFY(!bytes.contains("Exif"));
        QVERIFY(!bytes.contains(ExifMake));
        QVERIFY(!bytes.contains(gpsLatitudeBytes()));
        for (const Segment &s : jpegSegments(bytes))
            QVERIFY(s.marker != 0xE1);
        QImage image;
        QVERIFY(image.loadFromData(bytes, "JPEG"));
        QCOMPARE(image.size(), QSize(1200, 1600));
        QVERIFY(near(image, 600, 400, QColor(255, 0, 0)));
        QVERIFY(near(image, 600, 1400, QColor(0, 0, 255)));
    }

    void refusedPhotoKeepsItsReason()
    {
        // Bytes that are no image of the type claimed: the server refuses them (4xx) for good.
        const ProcessedPhoto photo = processCameraPhoto(u"two.jpg"_s, QColor(0, 255, 255));
        QVERIFY(!photo.sha256.isEmpty());
        ProcessedPhoto lying = photo;
        lying.contentType = u"image/png"_s;
        AttachmentQueue queue(*m_store);
        QVERIFY(queue.add(lying));

        ApiAttachmentTransport api(m_api.get());
        RecordingTransport transport(&api);
        AttachmentUploader uploader(&queue, &transport);
        QSignalSpy states(&uploader, &AttachmentUploader::stateChanged);
        const Run run = waitFor(uploader.upload({photo.sha256}));
        QCOMPARE(run.outcome, AttachmentUploadJob::Outcome::Failed);
        QCOMPARE(run.failed, QStringList{photo.sha256});
        QCOMPARE(transport.statuses.size(), 1);
        QVERIFY(transport.statuses.first() >= 400 && transport.statuses.first() < 500);
        const auto entry = queue.entry(photo.sha256);
        QVERIFY(entry);
        QCOMPARE(entry->state, AttachmentQueue::State::Failed);
        QCOMPARE(entry->lastError, run.failedReasons.first());
        QVERIFY2(entry->lastError == u"unsupported_media_type", qPrintable(entry->lastError));
        QCOMPARE(states.count(), 1);
        QCOMPARE(states.at(0).at(1).value<AttachmentQueue::State>(), AttachmentQueue::State::Failed);

        // Not sent again by later runs...
        QCOMPARE(waitFor(uploader.uploadPending()).hashes, QStringList());
        QCOMPARE(transport.statuses.size(), 1);
        // ...until the photo is registered again (fixed), which gives it another chance.
        QVERIFY(queue.add(photo));
        QCOMPARE(queue.state(photo.sha256), AttachmentQueue::State::Pending);
        QCOMPARE(waitFor(uploader.upload({photo.sha256})).outcome, AttachmentUploadJob::Outcome::Uploaded);
        QCOMPARE(transport.statuses.last(), 201);
    }

    void localProblemsAreRefusedWithoutSending()
    {
        AttachmentQueue queue(m_store->database());
        const ProcessedPhoto photo = processCameraPhoto(u"three.jpg"_s, QColor(255, 0, 255));
        QVERIFY(!photo.sha256.isEmpty());
        QVERIFY(queue.add(photo));
        {
            QFile f(photo.path); // damaged on disk after processing
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            f.write("XXXX");
        }
        ApiAttachmentTransport api(m_api.get());
        RecordingTransport transport(&api);
        AttachmentUploader uploader(&queue, &transport);
        const QString unknown(64, u'a');
        const Run run = waitFor(uploader.upload({photo.sha256, unknown}));
        QCOMPARE(run.outcome, AttachmentUploadJob::Outcome::Failed);
        QCOMPARE(run.failed, (QStringList{photo.sha256, unknown}));
        QCOMPARE(run.failedReasons, (QStringList{u"file_corrupt"_s, u"unknown_attachment"_s}));
        QVERIFY(transport.statuses.isEmpty());
        QCOMPARE(queue.state(photo.sha256), AttachmentQueue::State::Failed);
        QFile::remove(photo.path);
    }

    void commandWaitsForItsPhotos()
    {
        // The sync engine's order: a command naming a photo is not sent before the photo is
        // uploaded, and the server then accepts the photo as the submitter's.
        const ProcessedPhoto photo = processCameraPhoto(u"six.jpg"_s, QColor(64, 0, 64));
        QVERIFY(!photo.sha256.isEmpty());
        QVERIFY(!m_unitId.isEmpty());
        AttachmentQueue queue(*m_store);
        Outbox outbox(*m_store);
        const QString ticketId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject payload{{u"ticketId"_s, ticketId}, {u"kind"_s, u"repair"_s},
                                  {u"category"_s, u"plumbing"_s}, {u"description"_s, u"tap drips, photo"_s},
                                  {u"unitId"_s, m_unitId}, {u"photos"_s, QJsonArray{photo.sha256}}};
        QVERIFY(queue.add(photo));
        const QString commandId = outbox.enqueue(u"ticket.submit"_s, u"ticket"_s, ticketId, payload,
                                                 std::nullopt, {photo.sha256});
        QVERIFY(!commandId.isEmpty());
        QVERIFY(!outbox.next()); // held back: its photo is not on the server yet

        ApiAttachmentTransport transport(m_api.get());
        AttachmentUploader uploader(&queue, &transport);
        const Run run = waitFor(uploader.upload({photo.sha256}));
        QCOMPARE(run.outcome, AttachmentUploadJob::Outcome::Uploaded);
        const auto next = outbox.next();
        QVERIFY(next);
        QCOMPARE(next->id, commandId);
        QCOMPARE(next->attachments, QStringList{photo.sha256});

        QJsonObject answer;
        int status = 0;
        QVERIFY(waitJob<ApiJob>(m_api->postJson(u"/commands"_s, {{u"id"_s, next->id}, {u"type"_s, next->type},
                                                                 {u"payload"_s, next->payload}}),
                                [&](ApiJob *job) { status = job->httpStatus(); answer = job->data(); }));
        QVERIFY2(status >= 200 && status < 300, qPrintable(QString::number(status)));
        QCOMPARE(answer.value(u"data"_s).toObject().value(u"photos"_s).toArray(), QJsonArray{photo.sha256});
    }

    void unreachableServerLeavesItPendingThenRestartResumes()
    {
        const ProcessedPhoto photo = processCameraPhoto(u"four.jpg"_s, QColor(128, 128, 128));
        QVERIFY(!photo.sha256.isEmpty());
        {
            // First "run" of the app: the server cannot be reached.
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            QUrl url = m_server.baseUrl();
            url.setPort(closed.serverPort());
            closed.close();
            QNetworkAccessManager nam;
            ApiClient offline(&nam, &m_tokens);
            QVERIFY(offline.setBaseUrl(url));
            QVERIFY(offline.addTrustedCaFile(m_server.caFile()));

            AttachmentQueue queue(m_store->database());
            QVERIFY(queue.add(photo));
            ApiAttachmentTransport api(&offline);
            AttachmentUploader uploader(&queue, &api);
            QSignalSpy states(&uploader, &AttachmentUploader::stateChanged);
            const Run run = waitFor(uploader.uploadPending());
            QCOMPARE(run.outcome, AttachmentUploadJob::Outcome::RetryLater);
            QVERIFY(run.hashes.contains(photo.sha256));
            QVERIFY(!run.retryReason.isEmpty());
            const auto entry = queue.entry(photo.sha256);
            QVERIFY(entry);
            QCOMPARE(entry->state, AttachmentQueue::State::Pending);
            QCOMPARE(entry->attempts, 1);
            QCOMPARE(entry->lastError, run.retryReason);
            QCOMPARE(states.count(), 1);
            QCOMPARE(states.at(0).at(1).value<AttachmentQueue::State>(), AttachmentQueue::State::Pending);
            // A second photo registered just before the app is killed, never tried.
        }
        const ProcessedPhoto second = processCameraPhoto(u"five.jpg"_s, QColor(0, 128, 0));
        QVERIFY(!second.sha256.isEmpty());
        QVERIFY(AttachmentQueue(m_store->database()).add(second));

        // "Restart": the store is closed and opened again, a new uploader finds both rows.
        QVERIFY(openStore());
        AttachmentQueue queue(*m_store);
        QCOMPARE(queue.pendingCount(), 2);
        ApiAttachmentTransport api(m_api.get());
        RecordingTransport transport(&api);
        AttachmentUploader uploader(&queue, &transport);
        const Run run = waitFor(uploader.uploadPending());
        QCOMPARE(run.outcome, AttachmentUploadJob::Outcome::Uploaded);
        QCOMPARE(run.hashes, (QStringList{photo.sha256, second.sha256}));
        QCOMPARE(transport.statuses, (QList<int>{201, 201}));
        QCOMPARE(queue.pendingCount(), 0);
        for (const ProcessedPhoto &p : {photo, second}) {
            const auto [status, bytes] = download(p.sha256);
            QCOMPARE(status, 200);
            QCOMPARE(bytes, readAll(p.path));
        }
    }
};

QTEST_MAIN(TestAttachmentUpload)
#include "tst_attachmentupload.moc"
