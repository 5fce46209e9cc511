#include "needsattentionmodel.h"

#include "localstore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

NeedsAttentionModel::NeedsAttentionModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &NeedsAttentionModel::reload);
    connect(this, &QAbstractItemModel::modelReset, this, &NeedsAttentionModel::countChanged);
}

int NeedsAttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant NeedsAttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Outbox::Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ErrorMessageRole:
        return entry.errorMessage;
    case CommandIdRole:
        return entry.id;
    case TypeRole:
        return entry.type;
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
        {CommandIdRole, "commandId"},
        {TypeRole, "type"},
        {EntityRole, "entity"},
        {EntityIdRole, "entityId"},
        {CreatedAtRole, "createdAt"},
        {HttpStatusRole, "httpStatus"},
        {ErrorCodeRole, "errorCode"},
        {ErrorMessageRole, "errorMessage"},
    };
}

void NeedsAttentionModel::setStore(LocalStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &QObject::destroyed, this, [this] {
            reload();
            emit storeChanged();
        });
        connect(m_store, &LocalStore::changed, this, [this](const QStringList &entities) {
            if (entities.contains(u"outbox"_s))
                m_reloadTimer.start();
        });
    }
    emit storeChanged();
    reload();
}

void NeedsAttentionModel::reload()
{
    m_reloadTimer.stop();
    QList<Outbox::Entry> entries;
    if (m_store && m_store->isOpen())
        entries = Outbox(*m_store).needsAttention();
    // The list is short (commands the server refused), so a reset is simpler than a diff.
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

bool NeedsAttentionModel::dismiss(int row)
{
    if (!m_store || row < 0 || row >= m_entries.size())
        return false;
    if (!Outbox(*m_store).dismiss(m_entries.at(row).id))
        return false;
    reload();
    return true;
}
