#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace Courtyard::Client {

/// One indexed column of an entity's table, computed from the record's JSON when it is written.
struct EntityColumn
{
    QString name;
    std::function<QVariant(const QJsonObject &data)> value;

    /// A string field (NULL when absent or not a string).
    [[nodiscard]] static EntityColumn text(const QString &name, const QString &field);
    /// An API time field in ms since the epoch (NULL when absent or malformed).
    [[nodiscard]] static EntityColumn time(const QString &name, const QString &field);
    /// A boolean field as 0/1 (NULL when absent).
    [[nodiscard]] static EntityColumn flag(const QString &name, const QString &field);
    /// Anything else a screen sorts or filters on (e.g. a priority's rank).
    [[nodiscard]] static EntityColumn computed(const QString &name, std::function<QVariant(const QJsonObject &)> value);
};

/// A synced entity with a table of its own: the platform's columns (id, rev, data,
/// local_pending, server_rev, server_data) plus the module's indexed columns.
struct EntitySpec
{
    QString entity; ///< wire name, e.g. "ticket"
    QString table;  ///< e.g. "tickets"
    QList<EntityColumn> columns;
};

/// Records of `child` belong to a record of `parent` through `column`: the parent's tombstone
/// drops them too (e.g. a ticket's tombstone drops its ticketEvents, column ticket_id).
struct EntityCascade
{
    QString parent;
    QString child;
    QString column;
};

/// One step of a module's tables in the account store, numbered from 1 within the module.
struct StoreMigration
{
    int version = 0;
    QStringList statements;
};

/// A module's part of the account store's schema.
struct ModuleSchema
{
    QString module;
    QList<StoreMigration> migrations;
    /// The version of this module's tables in a store written before schemas were per module,
    /// whose one PRAGMA user_version was @p legacyUserVersion (1: the store of the repair loop).
    std::function<int(int legacyUserVersion)> legacyVersion;

    /// CREATE TABLE IF NOT EXISTS of an entity's table: the columns every synced table has
    /// (id, rev, data, local_pending, server_rev, server_data) then @p moduleColumns
    /// (e.g. "estate_id TEXT, due_at INTEGER"; empty for none).
    [[nodiscard]] static QString entityTable(const QString &table, const QString &moduleColumns = {});
};

/**
 * What the account store knows of the features: each module adds its tables (migrations
 * versioned per module), the entities that have a table of their own with the columns computed
 * from their JSON, and cascades. An entity the catalog does not know is kept all the same, in
 * the generic `records` table, and moves into its own table once a module that owns it is
 * registered (see LocalStore::open). The store names no feature itself.
 */
class EntityCatalog
{
public:
    /// The SQL of one table, built once.
    struct Table
    {
        EntitySpec spec;
        bool generic = false;     ///< the `records` table, keyed by (entity, id)
        QString upsertAlways;     ///< writes the row whatever is stored
        QString upsertIfCurrent;  ///< only over a row that is not newer and has no pending commands
        QString keyClause;        ///< "id = ?" or "entity = ? AND id = ?"
    };

    EntityCatalog();

    void addSchema(ModuleSchema schema);
    void addEntity(EntitySpec spec);
    void addCascade(EntityCascade cascade);

    /// The entity's own table, or the generic one for an entity no module owns.
    [[nodiscard]] const Table &table(const QString &entity) const;
    [[nodiscard]] bool isTyped(const QString &entity) const { return m_tables.contains(entity); }
    [[nodiscard]] QStringList typedEntities() const { return m_order; }
    [[nodiscard]] const QList<ModuleSchema> &schemas() const { return m_schemas; }
    [[nodiscard]] QList<EntityCascade> cascadesOf(const QString &parent) const;
    /// The generic table that holds what no module owns.
    [[nodiscard]] const Table &genericTable() const { return m_generic; }

    /// A name usable as an entity or table name: ^[A-Za-z][A-Za-z0-9_]{0,63}$.
    [[nodiscard]] static bool isValidName(const QString &name);

private:
    QHash<QString, Table> m_tables;
    QStringList m_order;
    QList<ModuleSchema> m_schemas;
    QList<EntityCascade> m_cascades;
    Table m_generic;
};

} // namespace Courtyard::Client
