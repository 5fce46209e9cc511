#include "auth/keychaintokenstore.h"

#include "auth/filetokenstore.h"
#include "logging.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {
const QString Key = u"session"_s;
}

KeychainTokenStore::KeychainTokenStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

KeychainTokenStore::~KeychainTokenStore() = default;

void KeychainTokenStore::load()
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(Key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        LoadResult result = LoadResult::Loaded;
        switch (job->error()) {
        case QKeychain::NoError:
            // A change made while reading is newer than what was stored.
            if (!m_dirty && !m_writing)
                m_tokens = FileTokenStore::deserialize(job->binaryData());
            break;
        case QKeychain::EntryNotFound:
            result = LoadResult::Empty;
            break;
        default:
            // The message says which service is missing; it never holds the secret.
            qCInfo(lcApi).noquote() << "no keychain:" << job->errorString();
            result = LoadResult::NoKeychain;
            break;
        }
        m_loadResult = result;
        Q_EMIT loaded(result);
    });
    job->start(); // QtKeychain starts on the next event loop turn
}

KeychainTokenStore::LoadResult KeychainTokenStore::loadAndWait(int timeoutMs)
{
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(this, &KeychainTokenStore::loaded, &loop, &QEventLoop::quit);
    load();
    loop.exec();
    return m_loadResult.value_or(LoadResult::NoKeychain);
}

AuthTokens KeychainTokenStore::tokens() const
{
    return m_tokens;
}

void KeychainTokenStore::setTokens(const AuthTokens &tokens)
{
    m_tokens = tokens;
    m_dirty = true;
    writeThrough();
}

void KeychainTokenStore::clear()
{
    m_tokens = {};
    m_dirty = true;
    writeThrough();
}

void KeychainTokenStore::writeThrough()
{
    if (m_writing || !m_dirty)
        return;
    m_dirty = false;
    m_writing = true;
    QKeychain::Job *job = nullptr;
    if (m_tokens.isEmpty()) {
        auto *remove = new QKeychain::DeletePasswordJob(m_service, this);
        job = remove;
    } else {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setBinaryData(FileTokenStore::serialize(m_tokens));
        job = write;
    }
    job->setAutoDelete(true);
    job->setKey(Key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        m_writing = false;
        const bool ok = job->error() == QKeychain::NoError
                        || job->error() == QKeychain::EntryNotFound; // deleting nothing
        if (!ok)
            qCWarning(lcApi).noquote() << "keychain write failed:" << job->errorString();
        Q_EMIT written(ok);
        writeThrough(); // a newer state arrived meanwhile
    });
    job->start();
}

} // namespace Courtyard::Client
