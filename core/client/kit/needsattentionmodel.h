#pragma once

#include "kit/pagedlistmodel.h"
#include "store/outbox.h"

#include <qqmlintegration.h>

#include <functional>

namespace Courtyard::Client {

/**
 * The commands the server rejected and the user has not dismissed yet ("needs attention"),
 * oldest first, with the server's reason and the words for what was refused (the modules
 * name their command types through CommandTitles). Reloads when the outbox changes.
 */
class NeedsAttentionModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        CommandIdRole = Qt::UserRole + 1,
        TypeRole,
        TitleRole,
        EntityRole,
        EntityIdRole,
        CreatedAtRole,
        HttpStatusRole,
        ErrorCodeRole,
        ErrorMessageRole,
    };
    Q_ENUM(Role)

    explicit NeedsAttentionModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Marks the command at row as seen; it leaves the list (the row stays in the outbox).
    Q_INVOKABLE bool dismiss(int row);

protected:
    [[nodiscard]] QList<ListRowPtr> fetchRows(LocalStore &store, int offset, int limit) const override;
};

/// What each module calls its command types, for the lists of refused changes.
namespace CommandTitles {
/// A module names its types: @p title returns the words for a type (empty: not its own).
void add(std::function<QString(const QString &type)> title);
[[nodiscard]] QString of(const QString &type);
} // namespace CommandTitles

} // namespace Courtyard::Client
