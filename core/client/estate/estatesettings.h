#pragma once

#include "kit/recorddetail.h"

#include <QVariantList>
#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * The estate settings screen's object: one estate from the account store with its SLA targets
 * (slaPolicy records `<estateId>_<priority>`), re-read as they sync, and from the base the
 * commands not answered yet and the server's reason for a refused one.
 */
class EstateSettings : public RecordDetail
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString estateId READ estateId WRITE setEstateId NOTIFY estateIdChanged)
    Q_PROPERTY(QVariant estate READ estate NOTIFY changed)
    /// [{priority, title, responseMinutes, resolveMinutes, set}], one per priority, low to urgent.
    Q_PROPERTY(QVariantList slaTargets READ slaTargets NOTIFY changed)

public:
    explicit EstateSettings(QObject *parent = nullptr);

    [[nodiscard]] QString estateId() const { return recordId(); }
    void setEstateId(const QString &id);
    [[nodiscard]] QVariant estate() const;
    [[nodiscard]] QVariantList slaTargets() const { return m_sla; }

Q_SIGNALS:
    void estateIdChanged();

protected:
    void readRecord(LocalStore *store, const QJsonObject &record) override;
    [[nodiscard]] QVariantList syncedTimeline(LocalStore &store) const override;
    [[nodiscard]] QVariantMap pendingEntry(const Outbox::Entry &entry) const override;

private:
    QVariantList m_sla;
};

} // namespace Courtyard::Client
