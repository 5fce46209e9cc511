#include "scope.h"

#include "principal.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

struct Scope::Node
{
    enum class Kind { All, None, InEstates, InUnits, IsMe, IsNotMe, IsNull, IsTrue, IsFalse, Equals, Differs, Linked, And, Or } kind;
    QString column;
    QString value;
    QString extra; ///< Linked: the link table's estate column
    std::shared_ptr<const Node> left, right;
};

namespace {

SqlFilter inList(const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return {u"1 = 0"_s, {}};
    QStringList marks(values.size(), u"?"_s);
    return {u"%1 IN (%2)"_s.arg(column, marks.join(u", "_s)), QVariantList(values.cbegin(), values.cend())};
}

} // namespace

Scope::Scope(std::shared_ptr<const Node> node)
    : m_node(std::move(node))
{
}

Scope Scope::all()
{
    return Scope(std::make_shared<Node>(Node{Node::Kind::All, {}, {}, {}, {}, {}}));
}

Scope Scope::none()
{
    return Scope(std::make_shared<Node>(Node{Node::Kind::None, {}, {}, {}, {}, {}}));
}

Scope Scope::inEstates(const QString &column)
{
    return Scope(std::make_shared<Node>(Node{Node::Kind::InEstates, column, {}, {}, {}, {}}));
}

Scope Scope::inUnits(const QString &column)
{
    return Scope(std::make_shared<Node>(Node{Node::Kind::InUnits, column, {}, {}, {}, {}}));
}

Scope Scope::isMe(const QString &column)
{
    return Scope(std::make_shared<Node>(Node{Node::Kind::IsMe, column, {}, {}, {}, {}}));
}

Scope Scope::isNotMe(const QString &column)
{
    return Scope(std::make_shared<Node>(Node{Node::Kind::IsNotMe, column, {}, {}, {}, {}}));
}

Scope Scope::isNull(const QString &column)
{
    return Scope(std::make_shared<Node>(Node{Node::Kind::IsNull, column, {}, {}, {}, {}}));
}

Scope Scope::isTrue(const QString &column)
{
    return Scope(std::make_shared<Node>(Node{Node::Kind::IsTrue, column, {}, {}, {}, {}}));
}

Scope Scope::isFalse(const QString &column)
{
    return Scope(std::make_shared<Node>(Node{Node::Kind::IsFalse, column, {}, {}, {}, {}}));
}

Scope Scope::equals(const QString &column, const QString &value)
{
    return Scope(std::make_shared<Node>(Node{Node::Kind::Equals, column, value, {}, {}, {}}));
}

Scope Scope::differs(const QString &column, const QString &value)
{
    return Scope(std::make_shared<Node>(Node{Node::Kind::Differs, column, value, {}, {}, {}}));
}

Scope Scope::linkedToEstates(const QString &linkTable, const QString &linkColumn, const QString &estateColumn)
{
    return Scope(std::make_shared<Node>(Node{Node::Kind::Linked, linkColumn, linkTable, estateColumn, {}, {}}));
}

Scope Scope::operator&&(const Scope &other) const
{
    return Scope(std::make_shared<Node>(Node{Node::Kind::And, {}, {}, {}, m_node, other.m_node}));
}

Scope Scope::operator||(const Scope &other) const
{
    return Scope(std::make_shared<Node>(Node{Node::Kind::Or, {}, {}, {}, m_node, other.m_node}));
}

SqlFilter Scope::sql(const Principal &p, const QString &prefix) const
{
    const Node &n = *m_node;
    const QString column = prefix + n.column;
    switch (n.kind) {
    case Node::Kind::All:
        return {u"1 = 1"_s, {}};
    case Node::Kind::None:
        return {u"1 = 0"_s, {}};
    case Node::Kind::InEstates:
        return inList(column, p.estateIds);
    case Node::Kind::InUnits:
        return inList(column, p.unitIds);
    case Node::Kind::IsMe:
        return {column + u" = ?"_s, {p.id}};
    case Node::Kind::IsNotMe:
        return {column + u" <> ?"_s, {p.id}};
    case Node::Kind::IsNull:
        return {column + u" IS NULL"_s, {}};
    case Node::Kind::IsTrue:
        return {column + u" = 1"_s, {}};
    case Node::Kind::IsFalse:
        return {column + u" = 0"_s, {}};
    case Node::Kind::Equals:
        return {column + u" = ?"_s, {n.value}};
    case Node::Kind::Differs:
        return {column + u" <> ?"_s, {n.value}};
    case Node::Kind::Linked: {
        const SqlFilter in = inList(u"l."_s + n.extra, p.estateIds);
        return {u"EXISTS (SELECT 1 FROM %1 l WHERE l.%2 = %3id AND %4)"_s.arg(n.value, n.column, prefix, in.where),
                in.values};
    }
    case Node::Kind::And:
    case Node::Kind::Or: {
        const SqlFilter a = Scope(n.left).sql(p, prefix);
        const SqlFilter b = Scope(n.right).sql(p, prefix);
        const QString op = n.kind == Node::Kind::And ? u" AND "_s : u" OR "_s;
        return {u"("_s + a.where + op + b.where + u")"_s, a.values + b.values};
    }
    }
    return {u"1 = 0"_s, {}};
}

bool Scope::matches(const Principal &p, const std::function<QVariant(const QString &)> &value) const
{
    const Node &n = *m_node;
    auto text = [&](const QString &column) {
        const QVariant v = value(column);
        return v.isNull() ? QString() : v.toString();
    };
    switch (n.kind) {
    case Node::Kind::All:
        return true;
    case Node::Kind::None:
        return false;
    case Node::Kind::InEstates:
        return !text(n.column).isEmpty() && p.estateIds.contains(text(n.column));
    case Node::Kind::InUnits:
        return !text(n.column).isEmpty() && p.unitIds.contains(text(n.column));
    case Node::Kind::IsMe:
        return !text(n.column).isEmpty() && text(n.column) == p.id;
    case Node::Kind::IsNotMe:
        return !value(n.column).isNull() && text(n.column) != p.id;
    case Node::Kind::IsNull:
        return value(n.column).isNull();
    case Node::Kind::IsTrue:
        return !value(n.column).isNull() && value(n.column).toInt() == 1;
    case Node::Kind::IsFalse:
        return !value(n.column).isNull() && value(n.column).toInt() == 0;
    case Node::Kind::Equals:
        return !value(n.column).isNull() && text(n.column) == n.value;
    case Node::Kind::Differs:
        return !value(n.column).isNull() && text(n.column) != n.value;
    case Node::Kind::Linked: {
        const QStringList estates = value(n.value).toStringList();
        return std::any_of(estates.cbegin(), estates.cend(), [&p](const QString &e) { return p.estateIds.contains(e); });
    }
    case Node::Kind::And:
        return Scope(n.left).matches(p, value) && Scope(n.right).matches(p, value);
    case Node::Kind::Or:
        return Scope(n.left).matches(p, value) || Scope(n.right).matches(p, value);
    }
    return false;
}

QStringList Scope::columns() const
{
    const Node &n = *m_node;
    switch (n.kind) {
    case Node::Kind::All:
    case Node::Kind::None:
        return {};
    case Node::Kind::And:
    case Node::Kind::Or: {
        QStringList out = Scope(n.left).columns();
        for (const QString &c : Scope(n.right).columns()) {
            if (!out.contains(c))
                out << c;
        }
        return out;
    }
    case Node::Kind::Linked:
        return {n.value};
    default:
        return {n.column};
    }
}

} // namespace Courtyard::Server
