#pragma once

#include <chrono>
#include <functional>

namespace Courtyard::Client {

/**
 * Exponential backoff with full jitter: after the n-th failure in a row the wait is drawn
 * uniformly from [0, min(max, initial · 2^(n-1))]. Spreads the retries of many phones that
 * lost the same server at the same moment. The random source is injectable for tests.
 */
class Backoff
{
public:
    using Random = std::function<double()>; ///< uniform in [0, 1)

    explicit Backoff(std::chrono::milliseconds initial = std::chrono::seconds(1),
                     std::chrono::milliseconds maximum = std::chrono::minutes(5));

    void setRandom(Random random) { m_random = std::move(random); }
    /// Counts a failure and returns how long to wait before the next try.
    std::chrono::milliseconds nextDelay();
    /// The ceiling nextDelay() draws under for the current failure count.
    [[nodiscard]] std::chrono::milliseconds currentCap() const;
    /// After a success: the next failure starts again at the initial delay.
    void reset() { m_failures = 0; }
    [[nodiscard]] int failures() const { return m_failures; }
    [[nodiscard]] std::chrono::milliseconds initial() const { return m_initial; }
    [[nodiscard]] std::chrono::milliseconds maximum() const { return m_maximum; }

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_maximum;
    int m_failures = 0;
    Random m_random;
};

} // namespace Courtyard::Client
