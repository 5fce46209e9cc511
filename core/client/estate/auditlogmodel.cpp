#include "estate/auditlogmodel.h"

#include "apiclient.h"
#include "apijob.h"
#include "estate/estatemodule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

constexpr int PageSize = 50;

QString isoOfDay(const QString &day, int addDays)
{
    const QDate d = QDate::fromString(day, Qt::ISODate);
    return d.isValid() ? QDateTime(d.addDays(addDays), QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

ApiClient *AuditLogModel::api() const
{
    if (m_api)
        return m_api;
    const Estate *estate = Estate::instance();
    return estate ? estate->api() : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &e = m_entries.at(index.row());
    const QDateTime at = QDateTime::fromString(e.value(u"at"_s).toString(), Qt::ISODateWithMs).toLocalTime();
    const QString when = at.isValid() ? at.toString(u"yyyy-MM-dd HH:mm"_s) : QString();
    QString who = e.value(u"actorName"_s).toString();
    if (who.isEmpty())
        who = e.value(u"actorId"_s).toString().isEmpty() ? QCoreApplication::translate("AuditLogModel", "Console")
                                                          : e.value(u"actorId"_s).toString();
    const QString what = e.value(u"summary"_s).toString();
    const QString address = e.value(u"address"_s).toString();
    switch (role) {
    case IdRole:
        return e.value(u"id"_s).toString();
    case WhenRole:
        return when;
    case WhoRole:
        return who;
    case WhatRole:
        return what;
    case AddressRole:
        return address;
    case ActionRole:
        return e.value(u"action"_s).toString();
    case Qt::DisplayRole:
    case LineRole: {
        QStringList parts{when, who, what};
        if (!address.isEmpty())
            parts << QCoreApplication::translate("AuditLogModel", "from %1").arg(address);
        return parts.join(u" · "_s);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditLogModel::roleNames() const
{
    return {{IdRole, "id"},           {WhenRole, "when"}, {WhoRole, "who"},      {WhatRole, "what"},
            {AddressRole, "address"}, {LineRole, "line"}, {ActionRole, "action"}};
}

void AuditLogModel::setEstateId(const QString &id)
{
    if (m_estateId == id)
        return;
    m_estateId = id;
    Q_EMIT filterChanged();
}

void AuditLogModel::setActorId(const QString &id)
{
    if (m_actorId == id)
        return;
    m_actorId = id;
    Q_EMIT filterChanged();
}

void AuditLogModel::setFromDay(const QString &day)
{
    if (m_from == day)
        return;
    m_from = day;
    Q_EMIT filterChanged();
}

void AuditLogModel::setToDay(const QString &day)
{
    if (m_to == day)
        return;
    m_to = day;
    Q_EMIT filterChanged();
}

void AuditLogModel::reload()
{
    fetch(true);
}

void AuditLogModel::loadMore()
{
    if (!m_loading && hasMore())
        fetch(false);
}

void AuditLogModel::fetch(bool replace)
{
    ApiClient *client = api();
    const int generation = replace ? ++m_generation : m_generation;
    m_loading = true;
    m_errorText.clear();
    Q_EMIT loadingChanged();
    if (!client || !client->hasSession()) {
        m_loading = false;
        m_errorText = QCoreApplication::translate("AuditLogModel", "Sign in again to read the audit log.");
        Q_EMIT loadingChanged();
        return;
    }
    QUrlQuery q;
    if (!m_estateId.isEmpty())
        q.addQueryItem(u"estateId"_s, m_estateId);
    if (!m_actorId.isEmpty())
        q.addQueryItem(u"actorId"_s, m_actorId);
    if (const QString from = isoOfDay(m_from, 0); !from.isEmpty())
        q.addQueryItem(u"from"_s, from);
    // The last day is inclusive: up to the start of the next.
    if (const QString to = isoOfDay(m_to, 1); !to.isEmpty())
        q.addQueryItem(u"to"_s, to);
    if (!replace && !m_next.isEmpty())
        q.addQueryItem(u"before"_s, m_next);
    q.addQueryItem(u"limit"_s, QString::number(PageSize));
    ApiJob *job = client->get(u"/audit"_s, q);
    QPointer<AuditLogModel> self(this);
    connect(job, &ApiJob::finished, this, [self, job, replace, generation] {
        if (!self || generation != self->m_generation)
            return;
        if (job->isOk())
            return self->takePage(job->data(), replace);
        self->m_loading = false;
        switch (job->error()) {
        case ApiClient::Error::Network:
        case ApiClient::Error::Timeout:
        case ApiClient::Error::Tls:
            self->m_errorText = QCoreApplication::translate("AuditLogModel", "You are offline. The audit log is read from the server.");
            break;
        case ApiClient::Error::Forbidden:
            self->m_errorText = QCoreApplication::translate("AuditLogModel", "Only managers read the audit log.");
            break;
        default:
            self->m_errorText = QCoreApplication::translate("AuditLogModel", "The audit log could not be read; try again.");
        }
        Q_EMIT self->loadingChanged();
    });
}

void AuditLogModel::takePage(const QJsonObject &page, bool replace)
{
    const int before = rowCount();
    if (replace && before > 0) {
        beginRemoveRows({}, 0, before - 1);
        m_entries.clear();
        endRemoveRows();
    }
    QList<QJsonObject> fresh;
    for (const QJsonValue &v : page.value(u"entries"_s).toArray())
        fresh.append(v.toObject());
    if (!fresh.isEmpty()) {
        beginInsertRows({}, rowCount(), rowCount() + int(fresh.size()) - 1);
        m_entries.append(fresh);
        endInsertRows();
    }
    m_next = page.value(u"next"_s).toString();
    m_loading = false;
    if (rowCount() != before)
        Q_EMIT countChanged();
    Q_EMIT loadingChanged();
}

} // namespace Courtyard::Client
