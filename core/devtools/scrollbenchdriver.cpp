#include "scrollbenchdriver.h"

#include "logging.h"
#include "screenshotdriver.h"

#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

ScrollBenchDriver::ScrollBenchDriver(QQuickWindow *window, QQmlEngine *engine, QString appId, QString step,
                                     QString listName, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_engine(engine)
    , m_appId(std::move(appId))
    , m_step(std::move(step))
    , m_listName(std::move(listName))
{
}

void ScrollBenchDriver::start()
{
    connect(m_window, &QQuickWindow::frameSwapped, this, &ScrollBenchDriver::frameSwapped, Qt::DirectConnection);
    // Let the first frames and the store's first page settle, then open the screen.
    QTimer::singleShot(1500, this, [this] {
        if (!m_step.isEmpty()) {
            if (QObject *tour = makeTour(m_engine, m_window, m_appId, this))
                QMetaObject::invokeMethod(tour, "show", Q_ARG(QVariant, QVariant(m_step)));
        }
        QTimer::singleShot(1500, this, &ScrollBenchDriver::begin);
    });
}

void ScrollBenchDriver::begin()
{
    // The first visible item of that name in the visual tree (pages and tabs parent their
    // items visually, not always as QObject children).
    std::function<QQuickItem *(QQuickItem *)> find = [&](QQuickItem *item) -> QQuickItem * {
        if (!item || !item->isVisible())
            return nullptr;
        if (item->objectName() == m_listName)
            return item;
        const auto children = item->childItems();
        for (QQuickItem *child : children) {
            if (QQuickItem *found = find(child))
                return found;
        }
        return nullptr;
    };
    m_list = find(m_window->contentItem());
    if (!m_list || !m_list->property("contentY").isValid()) {
        std::fprintf(stderr, "scroll-bench: no Flickable named '%s' on step '%s'\n", qPrintable(m_listName),
                     qPrintable(m_step));
        Q_EMIT done(1);
        return;
    }
    std::fprintf(stdout, "scroll-bench: list has %d rows loaded before scrolling\n",
                 m_list->property("count").toInt());
    stepFrame();
}

void ScrollBenchDriver::stepFrame()
{
    if (m_frameMs.size() >= m_frames || !m_list) {
        report();
        return;
    }
    const double y = m_list->property("contentY").toDouble();
    const double height = m_list->property("contentHeight").toDouble();
    const double view = m_list->height();
    if (y + view >= height - 1 && m_frameMs.size() > 10) { // reached the end of what exists
        report();
        return;
    }
    m_waitingForFrame = true;
    m_frameTimer.start();
    m_cpuStartNs = threadCpuNs();
    m_list->setProperty("contentY", y + m_speed);
    m_window->update();
}

void ScrollBenchDriver::frameSwapped()
{
    if (!m_waitingForFrame)
        return;
    m_waitingForFrame = false;
    m_frameMs.append(double(m_frameTimer.nsecsElapsed()) / 1e6);
    m_cpuMs.append(double(threadCpuNs() - m_cpuStartNs) / 1e6);
    QTimer::singleShot(0, this, &ScrollBenchDriver::stepFrame);
}

qint64 ScrollBenchDriver::threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

void ScrollBenchDriver::report()
{
    // wall: from the scroll step to the swapped frame, waits of the render loop included;
    // cpu: what the GUI thread (polish, sync and render in the offscreen loop) spent on it.
    const int rows = m_list ? m_list->property("count").toInt() : 0;
    for (const auto &[name, samples] : {std::pair{"wall", m_frameMs}, std::pair{"cpu", m_cpuMs}}) {
        QList<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        auto at = [&sorted](double q) {
            return sorted.isEmpty() ? 0.0 : sorted.at(qMin(sorted.size() - 1, qsizetype(q * sorted.size())));
        };
        const auto over = std::count_if(sorted.cbegin(), sorted.cend(), [](double ms) { return ms > 16.0; });
        std::fprintf(stdout,
                     "scroll-bench %s: frames %lld rows %d median %.2f ms p95 %.2f ms p99 %.2f ms max %.2f ms over16 %lld\n",
                     name, static_cast<long long>(sorted.size()), rows, at(0.5), at(0.95), at(0.99),
                     sorted.isEmpty() ? 0.0 : sorted.constLast(), static_cast<long long>(over));
    }
    std::fflush(stdout);
    Q_EMIT done(0);
}

} // namespace Courtyard::Client
