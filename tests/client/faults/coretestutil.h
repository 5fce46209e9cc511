#pragma once

#include "apiclient.h"
#include "apijob.h"
#include "eventwait.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QTimer>

// Small helpers shared by the fault, kill and TLS suites and by coredriver.
namespace cytest {

using namespace Courtyard::Client;

/// Demo seed logins (SPEC "Demo seed").
inline const QString residentPhone = QStringLiteral("13800000001");
inline const QString residentUnit = QStringLiteral("unit-1-1-0301");
inline const QString otherResidentUnit = QStringLiteral("unit-1-2-1502");
inline const QString agentPhone = QStringLiteral("13900000001");
inline const QString demoPassword = QStringLiteral("courtyard-demo");

/// What a finished ApiJob said (the job deletes itself after finished()).
struct JobOutcome
{
    bool finished = false;
    ApiClient::Error error = ApiClient::Error::None;
    QString code;
    QString message;
    int status = 0;
    QJsonObject data;
};

/// Runs the event loop until \a job finished (at most \a timeoutMs).
inline JobOutcome waitForJob(ApiJob *job, int timeoutMs = 30000)
{
    JobOutcome o;
    QEventLoop loop;
    QObject::connect(job, &ApiJob::finished, &loop, [&o, &loop, job] {
        o.finished = true;
        o.error = job->error();
        o.code = job->errorCode();
        o.message = job->errorMessage();
        o.status = job->httpStatus();
        o.data = job->data();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return o;
}

} // namespace cytest
