#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QVariantList>
#include <qqmlintegration.h>

#include <utility>

namespace Courtyard::Client {

class LocalStore;
class Viewer;

/**
 * The estate as screens name it, from the account's store (`Estate.directory` in QML while an
 * account is open): unit labels ("3栋 1202"), the units a person may choose, the resident's
 * own units, staff names. Every feature that shows a place or a person asks here.
 */
class EstateDirectory : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Estate.directory")

public:
    EstateDirectory(LocalStore &store, const Viewer &viewer, QObject *parent = nullptr);

    /// "<building name> <number>"; the number alone when its building is unknown, empty when the unit is.
    Q_INVOKABLE QString unitLabel(const QString &unitId) const;
    /// Every unit in the store with its label, by building then id: one query.
    [[nodiscard]] QList<std::pair<QString, QString>> unitLabels() const;
    /// Units whose label contains @p search: [{id, label}], at most @p max (0: all).
    Q_INVOKABLE QVariantList unitChoices(const QString &search, int max) const;
    /// The viewer's own units: [{id, label}] (the id when the store does not know the unit yet).
    Q_INVOKABLE QVariantList myUnits() const;
    Q_INVOKABLE QString staffName(const QString &staffId) const;
    /// The estate a unit belongs to; empty when unknown.
    [[nodiscard]] QString estateOfUnit(const QString &unitId) const;

    /// unitLabel() on any store (list models read labels without a viewer).
    [[nodiscard]] static QString labelOf(LocalStore &store, const QString &unitId);
    /// The label of a unit given its building's name and its number.
    [[nodiscard]] static QString composeLabel(const QString &buildingName, const QString &number);

private:
    LocalStore &m_store;
    const Viewer &m_viewer;
};

} // namespace Courtyard::Client
