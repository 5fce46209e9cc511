#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace cytest {

/// Runs the event loop until \a done() is true (checked every few milliseconds) or
/// \a timeoutMs passed; returns done(). Unlike QTest::qWaitFor it does not sleep between
/// events (that sleep would sit in every hop of a request through a proxy, the client and
/// the sync engine, and make a benchmark measure the wait), and unlike a processEvents()
/// loop it does not spin.
template<typename Predicate>
bool waitUntil(Predicate done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QDeadlineTimer deadline(timeoutMs);
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

} // namespace cytest
