#pragma once

#include <QString>
#include <QtGlobal>

namespace Courtyard::Client {

class LocalStore;


/**
 * Small key/value state of the sync engine kept in the account's store (table sync_state),
 * first of all the pull cursor. setCursor() writes within the caller's transaction so the
 * cursor commits together with the page it belongs to.
 */
class SyncState
{
public:
    explicit SyncState(LocalStore &store);

    /// The last saved pull cursor; 0 before the first page.
    [[nodiscard]] qint64 cursor() const;
    bool setCursor(qint64 cursor);
    /// True between a `reset` answer and the end of the full pull it asked for (persisted, so a
    /// pull cut short resumes and still drops what it did not bring; see EntityRepository).
    [[nodiscard]] bool isResyncing() const;
    bool setResyncing(bool resyncing);

    [[nodiscard]] QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value);

private:
    LocalStore &m_store;
};

} // namespace Courtyard::Client
