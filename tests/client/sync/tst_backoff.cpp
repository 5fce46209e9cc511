#include "sync/backoff.h"

#include <QList>
#include <QSet>
#include <QTest>

using namespace Courtyard::Client;

using namespace std::chrono_literals;

/// Backoff alone, with an injected random source: the ceiling doubles up to the maximum, every
/// delay is drawn under it (full jitter), and a success starts over.
class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ceilingDoublesUpToTheMaximum()
    {
        Backoff backoff(1s, 5min);
        backoff.setRandom([] { return 0.999999; }); // the top of each range
        QList<qint64> delays;
        for (int i = 0; i < 12; ++i)
            delays << backoff.nextDelay().count();
        const QList<qint64> caps{1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000,
                                 300000, 300000, 300000};
        for (int i = 0; i < caps.size(); ++i) {
            QVERIFY2(delays[i] <= caps[i] && delays[i] >= caps[i] - 1,
                     qPrintable(QString::number(delays[i])));
        }
        QCOMPARE(backoff.failures(), 12);
        QCOMPARE(backoff.currentCap(), 5min);
    }

    void delaysAreDrawnUnderTheCeiling()
    {
        // A scripted random source: the delay is that fraction of the current ceiling.
        const QList<double> script{0.5, 0.25, 0.0, 0.75, 0.1};
        int next = 0;
        Backoff backoff(100ms, 10s);
        backoff.setRandom([&] { return script[next++ % script.size()]; });
        QCOMPARE(backoff.nextDelay(), 50ms); // cap 100
        QCOMPARE(backoff.nextDelay(), 50ms); // cap 200
        QCOMPARE(backoff.nextDelay(), 0ms); // cap 400: full jitter may retry at once
        QCOMPARE(backoff.nextDelay(), 600ms); // cap 800
        QCOMPARE(backoff.nextDelay(), 160ms); // cap 1600
    }

    void realRandomIsJitteredAndBounded()
    {
        // Many clients failing at the same moment must not retry at the same moment.
        QSet<qint64> seen;
        for (int client = 0; client < 50; ++client) {
            Backoff backoff(1s, 5min);
            for (int i = 0; i < 5; ++i)
                backoff.nextDelay();
            const auto delay = backoff.nextDelay(); // 6th failure: cap 32 s
            QVERIFY(delay >= 0ms && delay <= 32s);
            seen.insert(delay.count());
        }
        QVERIFY2(seen.size() > 40, "delays of different clients should differ");
    }

    void resetStartsOver()
    {
        Backoff backoff(1s, 1min);
        backoff.setRandom([] { return 1.0; });
        for (int i = 0; i < 10; ++i)
            backoff.nextDelay();
        QCOMPARE(backoff.currentCap(), 1min);
        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        QCOMPARE(backoff.nextDelay(), 1s);
    }

    void noOverflowAfterManyFailures()
    {
        Backoff backoff(1s, 5min);
        backoff.setRandom([] { return 1.0; });
        for (int i = 0; i < 10000; ++i)
            QVERIFY(backoff.nextDelay() <= 5min);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
