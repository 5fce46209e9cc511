#include "onboarding/homesdesk.h"

#include "estate/estatedirectory.h"
#include "joincodes.h"
#include "kit/format.h"
#include "onboarding/onboardingtext.h"
#include "session.h"
#include "store/entityrepository.h"
#include "store/localstore.h"
#include "viewer.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

const QString ActingUnitKey = u"actingUnit"_s;

int relationRank(const QString &relation)
{
    return relation == u"owner"_s ? 0 : relation == u"tenant"_s ? 1 : 2;
}

} // namespace

HomesDesk::HomesDesk(LocalStore &store, AttachmentQueue &attachments, Viewer &viewer, QString mediaDir,
                     QObject *parent)
    : CommandDesk(store, attachments, viewer, std::move(mediaDir), parent)
    , m_viewerRw(viewer)
    , m_watcher({u"residency"_s, u"joinCode"_s, u"unit"_s, u"building"_s, u"estate"_s}, this)
{
    m_watcher.setStore(&store);
    connect(&m_watcher, &StoreWatcher::reload, this, &HomesDesk::reload);
    connect(&m_watcher, &StoreWatcher::retranslated, this, &HomesDesk::reload);
    connect(&viewer, &Viewer::changed, this, [this] { m_watcher.schedule(); });
    m_viewerRw.setActingUnitId(storedChoice());
    reload();
}

QString HomesDesk::actingUnitId() const
{
    return viewer().actingUnitId();
}

QString HomesDesk::storedChoice() const
{
    QSqlQuery q = store().prepared(u"SELECT value FROM onboarding_choices WHERE name = ?"_s);
    q.addBindValue(ActingUnitKey);
    QString value;
    if (store().exec(q) && q.next())
        value = q.value(0).toString();
    q.finish();
    return value;
}

bool HomesDesk::setActingUnit(const QString &unitId)
{
    if (!viewer().unitIds().contains(unitId))
        return false;
    QSqlQuery q = store().prepared(u"INSERT INTO onboarding_choices (name, value) VALUES (?, ?) "
                                   "ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(ActingUnitKey);
    q.addBindValue(unitId);
    const bool ok = store().exec(q);
    q.finish();
    m_viewerRw.setActingUnitId(unitId);
    reload();
    return ok;
}

QList<QJsonObject> HomesDesk::rows(const QString &sql, const QVariantList &values) const
{
    QList<QJsonObject> out;
    QSqlQuery q = store().prepared(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (store().exec(q)) {
        while (q.next())
            out.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    }
    q.finish();
    return out;
}

QString HomesDesk::relationIn(const QString &unitId) const
{
    for (const QJsonObject &r : rows(u"SELECT data FROM residencies WHERE unit_id = ? AND user_id = ?"_s,
                                     {unitId, viewer().id()})) {
        if (!r.value(u"removing"_s).toBool())
            return r.value(u"relation"_s).toString();
    }
    return {};
}

bool HomesDesk::canInvite(const QString &unitId) const
{
    if (relationIn(unitId) != u"owner"_s)
        return false;
    EntityRepository repo(store());
    const QString estateId = repo.get(u"unit"_s, unitId).value_or(QJsonObject()).value(u"estateId"_s).toString();
    return repo.get(u"estate"_s, estateId).value_or(QJsonObject()).value(u"ownerInvites"_s).toBool();
}

void HomesDesk::reload()
{
    EntityRepository repo(store());
    QVariantList homes;
    QStringList seen;
    const QString acting = viewer().actingUnitId();
    auto add = [&](const QString &residencyId, const QString &unitId, const QString &relation) {
        const QJsonObject unit = repo.get(u"unit"_s, unitId).value_or(QJsonObject());
        const QString estateId = unit.value(u"estateId"_s).toString();
        const QString label = EstateDirectory::labelOf(store(), unitId);
        homes.append(QVariantMap{
            {u"residencyId"_s, residencyId},
            {u"unitId"_s, unitId},
            {u"unitLabel"_s, label.isEmpty() ? unitId : label},
            {u"estateId"_s, estateId},
            {u"estateName"_s, repo.get(u"estate"_s, estateId).value_or(QJsonObject()).value(u"name"_s).toString()},
            {u"relation"_s, relation},
            {u"relationLabel"_s, OnboardingText::relationLabel(relation)},
            {u"acting"_s, unitId == acting},
            {u"canInvite"_s, canInvite(unitId)},
        });
        seen << unitId;
    };
    for (const QJsonObject &r : rows(u"SELECT data FROM residencies WHERE user_id = ?"_s, {viewer().id()})) {
        if (!r.value(u"removing"_s).toBool())
            add(r.value(u"id"_s).toString(), r.value(u"unitId"_s).toString(), r.value(u"relation"_s).toString());
    }
    // A unit of the profile whose residency has not arrived yet (or an older server).
    for (const QString &unitId : viewer().unitIds()) {
        if (!seen.contains(unitId))
            add({}, unitId, {});
    }
    std::stable_sort(homes.begin(), homes.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(u"unitLabel"_s).toString() < b.toMap().value(u"unitLabel"_s).toString();
    });
    // A home joined or left on another device (or removed by the office): the profile, and
    // with it the viewer's units, follows.
    QStringList mine;
    for (const QVariant &h : homes) {
        if (!h.toMap().value(u"residencyId"_s).toString().isEmpty())
            mine << h.toMap().value(u"unitId"_s).toString();
    }
    mine.sort();
    QStringList known = viewer().unitIds();
    known.sort();
    if (!mine.isEmpty() && mine != known && mine != m_profileAskedFor) {
        m_profileAskedFor = mine;
        if (Workspace *w = Workspace::instance(); w && w->session())
            w->session()->refreshProfile();
    }
    m_homes = homes;
    ++m_revision;
    Q_EMIT changed();
}

QString HomesDesk::invite(const QString &unitId, const QString &relation)
{
    if (!JoinCodes::invitableRelations().contains(relation))
        return fail(tr("Choose whom to invite: a tenant or a family member."));
    if (!canInvite(unitId))
        return fail(tr("Only the owner can invite people to this home, and only when the estate allows it."));
    EntityRepository repo(store());
    const QString estateId = repo.get(u"unit"_s, unitId).value_or(QJsonObject()).value(u"estateId"_s).toString();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 at = now();
    const QJsonObject payload{{u"id"_s, id}, {u"unitId"_s, unitId}, {u"relation"_s, relation},
                              {u"validDays"_s, JoinCodes::DefaultValidDays}};
    const QJsonObject optimistic{{u"id"_s, id},
                                 {u"estateId"_s, estateId},
                                 {u"unitId"_s, unitId},
                                 {u"relation"_s, relation},
                                 {u"code"_s, QString()},
                                 {u"state"_s, u"open"_s},
                                 {u"issuedBy"_s, viewer().id()},
                                 {u"issuedAt"_s, iso(at)},
                                 {u"expiresAt"_s, iso(at + qint64(JoinCodes::DefaultValidDays) * 24 * 3600 * 1000)}};
    if (queue(u"joinCode.issue"_s, u"joinCode"_s, id, payload, optimistic).isEmpty())
        return {};
    return id;
}

QVariantMap HomesDesk::joinCode(const QString &id) const
{
    const std::optional<QJsonObject> c = EntityRepository(store()).get(u"joinCode"_s, id);
    if (!c)
        return {};
    const QString code = c->value(u"code"_s).toString();
    const QString relation = c->value(u"relation"_s).toString();
    return {{u"id"_s, id},
            {u"code"_s, code},
            {u"codeDisplay"_s, JoinCodes::grouped(code)},
            {u"qrSource"_s, code.isEmpty() ? QString() : qrSource(code)},
            {u"state"_s, c->value(u"state"_s).toString()},
            {u"unitId"_s, c->value(u"unitId"_s).toString()},
            {u"relation"_s, relation},
            {u"relationLabel"_s, OnboardingText::relationLabel(relation)},
            {u"expiresText"_s, Format::date(c->value(u"expiresAt"_s).toString())},
            {u"waiting"_s, code.isEmpty()}};
}

QVariantList HomesDesk::openCodes(const QString &unitId) const
{
    QVariantList out;
    const qint64 at = now();
    for (const QJsonObject &c : rows(u"SELECT data FROM join_codes WHERE unit_id = ? AND state = 'open' "
                                     "ORDER BY issued_at DESC"_s,
                                     {unitId})) {
        const std::optional<qint64> expires = EntityRepository::parseTime(c.value(u"expiresAt"_s).toString());
        if (expires && *expires <= at)
            continue; // expired: no longer of use to anyone
        out.append(joinCode(c.value(u"id"_s).toString()));
    }
    return out;
}

bool HomesDesk::revokeCode(const QString &id)
{
    std::optional<QJsonObject> c = EntityRepository(store()).get(u"joinCode"_s, id);
    if (!c || c->value(u"state"_s).toString() != u"open"_s) {
        fail(tr("This code is no longer open."));
        return false;
    }
    c->insert(u"state"_s, u"revoked"_s);
    return !queue(u"joinCode.revoke"_s, u"joinCode"_s, id, {{u"id"_s, id}}, *c).isEmpty();
}

QVariantList HomesDesk::residents(const QString &unitId) const
{
    const bool owner = relationIn(unitId) == u"owner"_s;
    QList<QJsonObject> people;
    for (const QJsonObject &r : rows(u"SELECT data FROM residencies WHERE unit_id = ?"_s, {unitId})) {
        if (!r.value(u"removing"_s).toBool())
            people.append(r);
    }
    std::stable_sort(people.begin(), people.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return relationRank(a.value(u"relation"_s).toString()) < relationRank(b.value(u"relation"_s).toString());
    });
    QVariantList out;
    for (const QJsonObject &r : people) {
        const QString relation = r.value(u"relation"_s).toString();
        const bool self = r.value(u"userId"_s).toString() == viewer().id();
        out.append(QVariantMap{{u"residencyId"_s, r.value(u"id"_s).toString()},
                               {u"name"_s, r.value(u"name"_s).toString()},
                               {u"phoneMasked"_s, r.value(u"phoneMasked"_s).toString()},
                               {u"relation"_s, relation},
                               {u"relationLabel"_s, OnboardingText::relationLabel(relation)},
                               {u"self"_s, self},
                               {u"removable"_s, !self && owner && relation != u"owner"_s}});
    }
    return out;
}

bool HomesDesk::removeResident(const QString &residencyId)
{
    std::optional<QJsonObject> r = EntityRepository(store()).get(u"residency"_s, residencyId);
    if (!r) {
        fail(tr("This person is no longer registered in this home."));
        return false;
    }
    const bool self = r->value(u"userId"_s).toString() == viewer().id();
    if (!self && (relationIn(r->value(u"unitId"_s).toString()) != u"owner"_s
                  || r->value(u"relation"_s).toString() == u"owner"_s)) {
        fail(tr("Only the owner can remove the tenants and family members of a home."));
        return false;
    }
    // Hidden at once; the server's tombstone removes it for good.
    r->insert(u"removing"_s, true);
    return !queue(u"resident.remove"_s, u"residency"_s, residencyId, {{u"residencyId"_s, residencyId}}, *r).isEmpty();
}

QString HomesDesk::qrSource(const QString &code)
{
    return u"image://qr/"_s + QString::fromLatin1(QUrl::toPercentEncoding(JoinCodes::qrText(code)));
}

} // namespace Courtyard::Client
