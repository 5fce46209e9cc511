#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <qqmlintegration.h>

class QJsonObject;

namespace Courtyard::Client {

/**
 * The words for an order's wire values, translated (singleton "Labels" in QML):
 * statusText("on_site") is "On site" / "已到场". The lists give the wire values in the order
 * forms show them. C++ uses the static functions.
 */
class Labels : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Labels(QObject *parent = nullptr);

    Q_INVOKABLE static QString statusText(const QString &status);
    Q_INVOKABLE static QString priorityText(const QString &priority);
    Q_INVOKABLE static QString kindText(const QString &kind);
    Q_INVOKABLE static QString categoryText(const QString &category);
    /// A Material Icons name for a category ("plumbing" -> "plumbing", "lift" -> "elevator").
    Q_INVOKABLE static QString categoryIcon(const QString &category);
    Q_INVOKABLE static QString roleText(const QString &role);
    /// The status chip's colour ("#1D4ED8" for submitted, ...).
    Q_INVOKABLE static QString statusColor(const QString &status);
    /// The badge of an order: its kind's icon for a complaint or an inquiry, else its category's.
    Q_INVOKABLE static QString badgeIcon(const QString &category, const QString &kind);
    Q_INVOKABLE static QString badgeColor(const QString &category, const QString &kind);
    /// What a list or a header calls an order: its category for a repair, else its kind.
    Q_INVOKABLE static QString titleOf(const QString &kind, const QString &category);
    /// The timeline's words for a command or event type ("ticket.checkIn", "note", ...).
    Q_INVOKABLE static QString actionText(const QString &action);
    Q_INVOKABLE static QStringList kinds();
    Q_INVOKABLE static QStringList categories();
    Q_INVOKABLE static QStringList priorities();
    /// Not ended: every status but closed and cancelled (TicketRules::activeStatusNames).
    Q_INVOKABLE static QStringList activeStatuses();
    /// The words for what the server did itself at a timeline step (TimelineDetail: priority,
    /// roundRobin, autoClose, convert); empty for a kind this build does not know.
    [[nodiscard]] static QString detailText(const QJsonObject &detail);
};

} // namespace Courtyard::Client
