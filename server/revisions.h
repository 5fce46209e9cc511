#pragma once

#include <QtGlobal>

namespace Courtyard::Server {

class Database;

/// Hands out the monotonic revision every change carries. One server process owns the
/// store and applies changes one at a time, so handing them out in memory keeps them in
/// commit order; a rolled-back change leaves a harmless gap.
class Revisions
{
public:
    /// Starts after the highest revision stored.
    bool load(Database &db);
    [[nodiscard]] qint64 current() const { return m_current; }
    qint64 next() { return ++m_current; }

private:
    qint64 m_current = 0;
};

} // namespace Courtyard::Server
