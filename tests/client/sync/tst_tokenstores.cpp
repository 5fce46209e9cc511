#include "auth/filetokenstore.h"
#include "auth/keychaintokenstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

namespace {

AuthTokens sampleTokens()
{
    AuthTokens tokens;
    tokens.accessToken = u"access-secret-1234"_s;
    tokens.refreshToken = u"refresh-secret-5678"_s;
    tokens.accessExpiresAt = QDateTime::fromMSecsSinceEpoch(1795000000123, Qt::UTC);
    return tokens;
}

int fileMode(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;
void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_log << message;
    s_previousHandler(type, context, message);
}

} // namespace

/// The two persistent token stores: the file fallback (tests, headless Linux) and the keychain.
class TestTokenStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        s_previousHandler = qInstallMessageHandler(recordMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(s_previousHandler);
        // Nothing any store logged carries a token.
        const AuthTokens tokens = sampleTokens();
        for (const QString &line : std::as_const(s_log)) {
            QVERIFY2(!line.contains(tokens.accessToken), qPrintable(line));
            QVERIFY2(!line.contains(tokens.refreshToken), qPrintable(line));
        }
    }

    void fileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nested/tokens.json"_s);
        {
            FileTokenStore store(path);
            QVERIFY(store.tokens().isEmpty());
            store.setTokens(sampleTokens());
            QVERIFY2(store.errorString().isEmpty(), qPrintable(store.errorString()));
        }
        FileTokenStore reopened(path); // a new start of the app
        const AuthTokens tokens = reopened.tokens();
        QCOMPARE(tokens.accessToken, sampleTokens().accessToken);
        QCOMPARE(tokens.refreshToken, sampleTokens().refreshToken);
        QCOMPARE(tokens.accessExpiresAt, sampleTokens().accessExpiresAt);

        reopened.clear();
        QVERIFY(reopened.tokens().isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(FileTokenStore(path).tokens().isEmpty());
    }

    void fileIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tokens.json"_s);
        const mode_t previous = ::umask(0); // even with a permissive umask
        {
            FileTokenStore store(path);
            store.setTokens(sampleTokens());
        }
        ::umask(previous);
        QCOMPARE(fileMode(path), 0600);

        // A later write (QSaveFile replaces the file) keeps it owner-only.
        FileTokenStore store(path);
        AuthTokens changed = sampleTokens();
        changed.accessToken = u"access-secret-9999"_s;
        store.setTokens(changed);
        QCOMPARE(fileMode(path), 0600);

        // A file someone loosened is tightened when read.
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        FileTokenStore again(path);
        QCOMPARE(again.tokens().accessToken, u"access-secret-9999"_s);
        QCOMPARE(fileMode(path), 0600);
    }

    void unreadableFileIsEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tokens.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not json at all");
        file.close();
        QVERIFY(FileTokenStore(path).tokens().isEmpty());
    }

    void keychain()
    {
        // Where no keychain service runs (CI, headless Linux) the store says so quickly
        // instead of hanging; where one runs, tokens make the round trip.
        const QString service = u"Courtyard test %1"_s.arg(QCoreApplication::applicationPid());
        KeychainTokenStore store(service);
        QElapsedTimer timer;
        timer.start();
        const KeychainTokenStore::LoadResult result = store.loadAndWait(10000);
        QVERIFY(timer.elapsed() < 10000);
        if (result == KeychainTokenStore::LoadResult::NoKeychain)
            QSKIP("no keychain service here (the file store is the fallback)");
        QCOMPARE(result, KeychainTokenStore::LoadResult::Empty);
        QSignalSpy written(&store, &KeychainTokenStore::written);
        store.setTokens(sampleTokens());
        QVERIFY(written.wait(10000));
        QCOMPARE(written.first().first().toBool(), true);

        KeychainTokenStore reopened(service);
        QCOMPARE(reopened.loadAndWait(10000), KeychainTokenStore::LoadResult::Loaded);
        QCOMPARE(reopened.tokens().refreshToken, sampleTokens().refreshToken);
        reopened.clear();
        QVERIFY(QTest::qWaitFor([&] { return !reopened.isWriting(); }, 10000));
    }
};

QTEST_GUILESS_MAIN(TestTokenStores)
#include "tst_tokenstores.moc"
