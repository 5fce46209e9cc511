#pragma once

#include "roles.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <memory>

namespace Courtyard::Server {

struct Principal;

/// A WHERE fragment and the values it binds, in order.
struct SqlFilter
{
    QString where;
    QVariantList values;
};

/**
 * Who may see a row, written once: the same description renders the SQL a pull filters by
 * and answers for one row in C++ (a command's "may this person see it", a photo's reader).
 * A scope is built from the row's columns and the principal's id, estates and units:
 *
 *     Scope::inEstates("estate_id") && (Scope::isMe("assignee_id") || Scope::isTrue("pooled"))
 *
 * Columns are named without a table prefix; sql() adds one. There is no negation: a test on
 * a NULL column is false in C++ as SQL's unknown is in a WHERE, so the two always agree.
 */
class Scope
{
public:
    /// Every row (within the other conditions) / no row at all.
    static Scope all();
    static Scope none();
    /// The column holds one of the principal's estates / units.
    static Scope inEstates(const QString &column);
    static Scope inUnits(const QString &column);
    /// The column holds the principal's own id.
    static Scope isMe(const QString &column);
    /// The column holds someone else's id (not NULL, not the principal's).
    static Scope isNotMe(const QString &column);
    static Scope isNull(const QString &column);
    /// An integer flag column is 1 / is 0.
    static Scope isTrue(const QString &column);
    static Scope isFalse(const QString &column);
    /// A text column equals / differs from a fixed value (a NULL column does neither).
    static Scope equals(const QString &column, const QString &value);
    static Scope differs(const QString &column, const QString &value);
    /// The row (by its id) is linked through @p linkTable (rows of @p linkColumn = id,
    /// @p estateColumn) to one of the principal's estates. For matches(), the value of the
    /// pseudo-column @p linkTable is the row's list of estates (a QStringList).
    static Scope linkedToEstates(const QString &linkTable, const QString &linkColumn, const QString &estateColumn);

    Scope operator&&(const Scope &other) const;
    Scope operator||(const Scope &other) const;

    /// The condition for @p p over columns of the table aliased @p prefix ("t." or "").
    [[nodiscard]] SqlFilter sql(const Principal &p, const QString &prefix = {}) const;
    /// The same condition for one row, whose columns @p value reads (by unprefixed name).
    [[nodiscard]] bool matches(const Principal &p, const std::function<QVariant(const QString &column)> &value) const;
    /// Every column the condition reads.
    [[nodiscard]] QStringList columns() const;

private:
    struct Node;
    explicit Scope(std::shared_ptr<const Node> node);
    std::shared_ptr<const Node> m_node;
};

/// Who sees a synced entity, per role: the scope of each role (Scope::none() to see nothing).
using Visibility = std::function<Scope(Role role)>;

} // namespace Courtyard::Server
