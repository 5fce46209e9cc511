#include "estate/estatesettings.h"

#include "estate/estatewords.h"
#include "store/entityrepository.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

EstateSettings::EstateSettings(QObject *parent)
    : RecordDetail(u"estate"_s, {u"estate"_s, u"slaPolicy"_s}, parent)
{
}

void EstateSettings::setEstateId(const QString &id)
{
    if (setRecordId(id))
        Q_EMIT estateIdChanged();
}

QVariant EstateSettings::estate() const
{
    return record().isEmpty() ? QVariant() : QVariant(record().toVariantMap());
}

void EstateSettings::readRecord(LocalStore *store, const QJsonObject &record)
{
    m_sla.clear();
    if (!store || record.isEmpty())
        return;
    EntityRepository repo(*store);
    for (const QString &priority : EstateWords::priorities()) {
        const QJsonObject p = repo.get(u"slaPolicy"_s, recordId() + u'_' + priority).value_or(QJsonObject());
        m_sla.append(QVariantMap{{u"priority"_s, priority},
                                 {u"title"_s, EstateWords::priorityTitle(priority)},
                                 {u"responseMinutes"_s, p.value(u"responseMinutes"_s).toInt()},
                                 {u"resolveMinutes"_s, p.value(u"resolveMinutes"_s).toInt()},
                                 {u"set"_s, !p.isEmpty()}});
    }
}

QVariantList EstateSettings::syncedTimeline(LocalStore &store) const
{
    Q_UNUSED(store)
    return {};
}

QVariantMap EstateSettings::pendingEntry(const Outbox::Entry &entry) const
{
    return {{u"type"_s, entry.type}};
}

} // namespace Courtyard::Client
