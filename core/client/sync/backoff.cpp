#include "sync/backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Courtyard::Client {

Backoff::Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
    : m_initial(initial)
    , m_maximum(std::max(initial, maximum))
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

std::chrono::milliseconds Backoff::currentCap() const
{
    if (m_failures <= 0)
        return std::chrono::milliseconds(0);
    // Doubling stops once the cap is reached (and long before it could overflow).
    qint64 cap = m_initial.count();
    for (int i = 1; i < m_failures && cap < m_maximum.count(); ++i)
        cap *= 2;
    return std::chrono::milliseconds(std::min<qint64>(cap, m_maximum.count()));
}

std::chrono::milliseconds Backoff::nextDelay()
{
    ++m_failures;
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return std::chrono::milliseconds(qint64(r * double(currentCap().count())));
}

} // namespace Courtyard::Client
