#include "kit/needsattentionmodel.h"

#include "store/localstore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

struct AttentionRow : ListRow
{
    Outbox::Entry entry;
    bool sameAs(const ListRow &other) const override
    {
        const auto &o = static_cast<const AttentionRow &>(other);
        return entry.errorMessage == o.entry.errorMessage && entry.errorCode == o.entry.errorCode;
    }
};

QList<std::function<QString(const QString &)>> &titles()
{
    static QList<std::function<QString(const QString &)>> all;
    return all;
}

} // namespace

void CommandTitles::add(std::function<QString(const QString &)> title)
{
    titles().append(std::move(title));
}

QString CommandTitles::of(const QString &type)
{
    for (const auto &title : titles()) {
        const QString words = title(type);
        if (!words.isEmpty())
            return words;
    }
    return type;
}

NeedsAttentionModel::NeedsAttentionModel(QObject *parent)
    : PagedListModel({u"outbox"_s}, parent)
{
    // The list is short (commands the server refused): read whole.
    setPaged(false);
}

QList<ListRowPtr> NeedsAttentionModel::fetchRows(LocalStore &store, int offset, int limit) const
{
    Q_UNUSED(offset)
    Q_UNUSED(limit)
    QList<ListRowPtr> rows;
    for (const Outbox::Entry &e : Outbox(store).needsAttention()) {
        auto row = std::make_shared<AttentionRow>();
        row->id = e.id;
        row->entry = e;
        rows.append(row);
    }
    return rows;
}

QVariant NeedsAttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Outbox::Entry &entry = rowAs<AttentionRow>(index.row()).entry;
    switch (role) {
    case Qt::DisplayRole:
    case ErrorMessageRole:
        return entry.errorMessage;
    case CommandIdRole:
        return entry.id;
    case TypeRole:
        return entry.type;
    case TitleRole:
        return CommandTitles::of(entry.type);
    case EntityRole:
        return entry.entity;
    case EntityIdRole:
        return entry.entityId;
    case CreatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(entry.createdAt, Qt::UTC);
    case HttpStatusRole:
        return entry.httpStatus;
    case ErrorCodeRole:
        return entry.errorCode;
    default:
        return {};
    }
}

QHash<int, QByteArray> NeedsAttentionModel::roleNames() const
{
    return {
        {CommandIdRole, "commandId"},   {TypeRole, "type"},
        {TitleRole, "title"},           {EntityRole, "entity"},
        {EntityIdRole, "entityId"},     {CreatedAtRole, "createdAt"},
        {HttpStatusRole, "httpStatus"}, {ErrorCodeRole, "errorCode"},
        {ErrorMessageRole, "errorMessage"},
    };
}

bool NeedsAttentionModel::dismiss(int row)
{
    if (!store() || row < 0 || row >= rowCount())
        return false;
    if (!Outbox(*store()).dismiss(rowAs<AttentionRow>(row).entry.id))
        return false;
    reload();
    return true;
}

} // namespace Courtyard::Client
