#include "servertestutil.h"

#include <QFileInfo>

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace cy {

QStringList relaxedLoginLimits()
{
    return {u"--max-login-failures-per-account"_s, u"1000"_s, u"--max-logins-per-address-per-minute"_s,
            u"100000"_s};
}

QString expectStatus(const HttpResponse &r, int status)
{
    if (r.status == status)
        return {};
    return u"expected HTTP %1, got: %2"_s.arg(status).arg(r.describe());
}

QString expectError(const HttpResponse &r, std::initializer_list<int> statuses, const QStringList &codes)
{
    QStringList wanted;
    bool statusOk = false;
    for (int s : statuses) {
        wanted << QString::number(s);
        statusOk = statusOk || r.status == s;
    }
    const QString want = u"HTTP %1 with a JSON error%2"_s.arg(
        wanted.join(u'/'), codes.isEmpty() ? QString() : u" "_s + codes.join(u'|'));
    if (!statusOk)
        return u"expected %1, got: %2"_s.arg(want, r.describe());
    if (!r.isJsonError())
        return u"expected %1 but the body is no JSON {\"error\": ...}: %2"_s.arg(want, r.describe());
    if (!codes.isEmpty() && !codes.contains(r.error()))
        return u"expected %1, got error \"%2\": %3"_s.arg(want, r.error(), r.describe());
    if (!r.object().value(u"message"_s).isString())
        return u"error body has no \"message\" string: %1"_s.arg(r.describe());
    if (r.status == 429) {
        const int retryAfterHeader = r.header("Retry-After").toInt();
        if (retryAfterHeader <= 0)
            return u"429 without a positive Retry-After header: %1"_s.arg(r.describe());
        if (!r.object().value(u"retryAfter"_s).isDouble() || r.object().value(u"retryAfter"_s).toDouble() <= 0)
            return u"429 without a positive \"retryAfter\" in the body: %1"_s.arg(r.describe());
    }
    return {};
}

Command runCommand(TestClient &client, const QString &type, const QJsonObject &payload, const QString &id)
{
    Command c;
    c.id = id.isEmpty() ? TestClient::newId() : id;
    c.type = type;
    c.payload = payload;
    c.response = client.command(type, payload, c.id);
    return c;
}

QString expectApplied(const Command &c, const QString &ticketStatus)
{
    const HttpResponse &r = c.response;
    const QJsonObject o = r.object();
    auto bad = [&](const QString &what) {
        return u"%1 was not applied as expected (%2): %3"_s.arg(c.type, what, r.describe());
    };
    if (r.status != 200)
        return bad(u"want HTTP 200"_s);
    if (o.value(u"status"_s).toString() != u"applied"_s)
        return bad(u"want \"status\": \"applied\""_s);
    if (o.value(u"id"_s).toString() != c.id)
        return bad(u"want \"id\": \"%1\""_s.arg(c.id));
    if (o.value(u"entity"_s).toString() != u"ticket"_s || !o.value(u"data"_s).isObject())
        return bad(u"want \"entity\": \"ticket\" and a \"data\" object"_s);
    if (!ticketStatus.isEmpty() && c.ticketStatus() != ticketStatus)
        return bad(u"want ticket status \"%1\""_s.arg(ticketStatus));
    return {};
}

QString expectRejected(const Command &c, std::initializer_list<int> statuses, const QStringList &codes)
{
    const HttpResponse &r = c.response;
    QStringList wanted;
    bool statusOk = false;
    for (int s : statuses) {
        wanted << QString::number(s);
        statusOk = statusOk || r.status == s;
    }
    const QString want = u"a rejection with HTTP %1%2"_s.arg(
        wanted.join(u'/'), codes.isEmpty() ? QString() : u" and error "_s + codes.join(u'|'));
    auto bad = [&](const QString &what) {
        return u"%1: expected %2 (%3), got: %4"_s.arg(c.type, want, what, r.describe());
    };
    if (!statusOk)
        return bad(u"status"_s);
    const QJsonObject o = r.object();
    if (o.value(u"status"_s).toString() != u"rejected"_s)
        return bad(u"want \"status\": \"rejected\""_s);
    if (o.value(u"id"_s).toString() != c.id)
        return bad(u"want \"id\": \"%1\""_s.arg(c.id));
    if (!o.value(u"error"_s).isString() || !o.value(u"message"_s).isString())
        return bad(u"want \"error\" and \"message\" strings"_s);
    if (!codes.isEmpty() && !codes.contains(o.value(u"error"_s).toString()))
        return bad(u"error code"_s);
    return {};
}

QString Replica::apply(const QJsonArray &changes)
{
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        const QString entity = c.value(u"entity"_s).toString();
        const QString id = c.value(u"id"_s).toString();
        const QString op = c.value(u"op"_s).toString();
        if (entity.isEmpty() || id.isEmpty())
            return u"sync change without entity/id: "_s + QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact));
        if (op == u"upsert"_s)
            m_data[entity].insert(id, c.value(u"data"_s).toObject());
        else if (op == u"delete"_s)
            m_data[entity].remove(id);
        else
            return u"sync change with op \"%1\": %2"_s.arg(op, QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact)));
    }
    return {};
}

bool Replica::has(const QString &entity, const QString &id) const
{
    return m_data.value(entity).contains(id);
}

QJsonObject Replica::get(const QString &entity, const QString &id) const
{
    return m_data.value(entity).value(id);
}

QString SyncedView::pull(QJsonArray *fresh, int limit)
{
    QJsonArray changes;
    QString failure;
    qint64 cursor = m_cursor;
    if (!m_client->syncAll(m_cursor, &changes, &cursor, limit, &failure))
        return failure;
    m_cursor = cursor;
    if (fresh)
        *fresh = changes;
    return m_replica.apply(changes);
}

QString pullAll(TestClient &client, Replica *replica, QJsonArray *changes, qint64 *cursor)
{
    QJsonArray all;
    QString failure;
    qint64 at = 0;
    if (!client.syncAll(0, &all, &at, 0, &failure))
        return failure;
    if (changes)
        *changes = all;
    if (cursor)
        *cursor = at;
    return replica ? replica->apply(all) : QString();
}

QStringList specFields(const QString &entity)
{
    static const QHash<QString, QStringList> fields{
        {u"estate"_s, {u"id"_s, u"name"_s, u"address"_s, u"dispatchMode"_s, u"timeZone"_s, u"ownerInvites"_s}},
        {u"building"_s, {u"id"_s, u"estateId"_s, u"name"_s}},
        {u"unit"_s, {u"id"_s, u"estateId"_s, u"buildingId"_s, u"number"_s, u"floor"_s, u"areaCentiSqm"_s, u"purpose"_s,
                     u"status"_s}},
        {u"staff"_s, {u"id"_s, u"name"_s, u"role"_s, u"estateIds"_s, u"onDuty"_s, u"active"_s, u"phoneMasked"_s}},
        {u"parkingSpace"_s, {u"id"_s, u"estateId"_s, u"number"_s, u"unitId"_s}},
        {u"residency"_s, {u"id"_s, u"estateId"_s, u"unitId"_s, u"userId"_s, u"name"_s, u"phoneMasked"_s, u"relation"_s, u"since"_s}},
        {u"joinCode"_s,
         {u"id"_s, u"estateId"_s, u"unitId"_s, u"relation"_s, u"code"_s, u"state"_s, u"usedAt"_s, u"issuedBy"_s,
          u"issuedAt"_s, u"expiresAt"_s, u"usedByName"_s}},
        {u"slaPolicy"_s, {u"id"_s, u"estateId"_s, u"priority"_s, u"responseMinutes"_s, u"resolveMinutes"_s}},
        {u"ticket"_s,
         {u"id"_s, u"estateId"_s, u"unitId"_s, u"kind"_s, u"category"_s, u"description"_s, u"location"_s,
          u"photos"_s, u"visitFrom"_s, u"visitTo"_s, u"contactPhone"_s, u"status"_s, u"priority"_s,
          u"assigneeId"_s, u"assigneeName"_s, u"pooled"_s, u"onBehalf"_s, u"createdBy"_s, u"createdAt"_s,
          u"reportedAt"_s, u"updatedAt"_s, u"responseDueAt"_s, u"resolveDueAt"_s, u"acceptedAt"_s,
          u"onSiteAt"_s, u"resolvedAt"_s, u"closedAt"_s, u"holdReason"_s, u"heldFrom"_s, u"rating"_s, u"parts"_s,
          u"minutesWorked"_s, u"signature"_s, u"convertedFrom"_s, u"checkIn"_s}},
        {u"ticketEvent"_s,
         {u"id"_s, u"ticketId"_s, u"type"_s, u"fromStatus"_s, u"toStatus"_s, u"actorId"_s, u"actorName"_s,
          u"actorRole"_s, u"note"_s, u"internal"_s, u"at"_s, u"receivedAt"_s, u"photos"_s, u"detail"_s}},
        {u"feePolicy"_s,
         {u"id"_s, u"estateId"_s, u"dueDay"_s, u"dueMonthOffset"_s, u"lateFee"_s, u"warnAmountFen"_s, u"warnMonths"_s,
          u"instructions"_s, u"agentsSeeCollection"_s}},
        {u"feeItem"_s,
         {u"id"_s, u"estateId"_s, u"kind"_s, u"name"_s, u"rounding"_s, u"purposes"_s, u"statuses"_s, u"vacantPermille"_s,
          u"active"_s, u"rates"_s}},
        {u"meterReading"_s,
         {u"id"_s, u"estateId"_s, u"unitId"_s, u"meter"_s, u"valueCenti"_s, u"readOn"_s, u"replacement"_s, u"startCenti"_s,
          u"photos"_s, u"recordedBy"_s, u"recordedAt"_s}},
        {u"bill"_s,
         {u"id"_s, u"estateId"_s, u"unitId"_s, u"period"_s, u"number"_s, u"dueDate"_s, u"totalFen"_s, u"amountFen"_s,
          u"paidFen"_s, u"waived"_s, u"status"_s, u"lines"_s, u"issuedAt"_s}},
        {u"payment"_s,
         {u"id"_s, u"estateId"_s, u"unitId"_s, u"amountFen"_s, u"method"_s, u"receiptNo"_s, u"deviceReceiptNo"_s,
          u"paidAt"_s, u"recordedBy"_s, u"recordedByName"_s, u"source"_s, u"note"_s, u"allocations"_s, u"creditFen"_s,
          u"reversed"_s, u"billId"_s}},
        {u"reminder"_s,
         {u"id"_s, u"estateId"_s, u"unitId"_s, u"channel"_s, u"givenAt"_s, u"givenBy"_s, u"givenByName"_s, u"outcome"_s,
          u"promisedDate"_s, u"note"_s}},
        // docs/EVENTS.md "Synced entities".
        {u"event"_s,
         {u"id"_s, u"estateId"_s, u"kind"_s, u"title"_s, u"description"_s, u"place"_s, u"startsAt"_s, u"endsAt"_s,
          u"capacity"_s, u"signupOpensAt"_s, u"signupClosesAt"_s, u"maxPartySize"_s, u"wholeEstate"_s, u"buildingIds"_s,
          u"coverPhoto"_s, u"waitlistMode"_s, u"offerHours"_s, u"walkInsAllowed"_s, u"skipAhead"_s, u"status"_s,
          u"publishedAt"_s, u"cancelledAt"_s, u"cancelReason"_s, u"heldPeople"_s, u"placesLeft"_s, u"waitingParties"_s,
          u"waitingPeople"_s, u"eligible"_s, u"turnout"_s}},
        {u"eventSignup"_s,
         {u"id"_s, u"eventId"_s, u"estateId"_s, u"userId"_s, u"residentName"_s, u"unitId"_s, u"unitLabel"_s,
          u"partySize"_s, u"seq"_s, u"state"_s, u"position"_s, u"offerExpiresAt"_s, u"createdAt"_s, u"decidedAt"_s,
          u"checkIn"_s, u"ticket"_s}},
        {u"eventNotice"_s, {u"id"_s, u"estateId"_s, u"eventId"_s, u"userId"_s, u"kind"_s, u"changes"_s, u"at"_s}},
        {u"eventKey"_s, {u"id"_s, u"estateId"_s, u"algorithm"_s, u"publicKey"_s, u"createdAt"_s}},
        {u"notice"_s,
         {u"id"_s, u"estateId"_s, u"title"_s, u"body"_s, u"category"_s, u"pinned"_s, u"publishedAt"_s,
          u"expiresAt"_s}},
    };
    return fields.value(entity);
}

QString checkChangeShape(const QJsonObject &change)
{
    static const QRegularExpression idPattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    static const QSet<QString> changeKeys{u"rev"_s, u"entity"_s, u"id"_s, u"op"_s, u"data"_s};
    const QString text = QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)).left(400);
    for (auto it = change.begin(); it != change.end(); ++it) {
        if (!changeKeys.contains(it.key()))
            return u"sync change has key \"%1\" beyond SPEC's rev/entity/id/op/data: %2"_s.arg(it.key(), text);
    }
    const QJsonValue rev = change.value(u"rev"_s);
    if (!rev.isDouble() || rev.toDouble() != double(qint64(rev.toDouble())) || rev.toDouble() < 1)
        return u"sync change without a positive integer rev: "_s + text;
    const QString entity = change.value(u"entity"_s).toString();
    const QStringList fields = specFields(entity);
    if (fields.isEmpty())
        return u"sync change of entity \"%1\", which SPEC does not list: %2"_s.arg(entity, text);
    const QString id = change.value(u"id"_s).toString();
    if (!idPattern.match(id).hasMatch())
        return u"sync change id does not match ^[A-Za-z0-9_-]{1,64}$: "_s + text;
    const QString op = change.value(u"op"_s).toString();
    if (op == u"delete"_s) {
        if (change.contains(u"data"_s))
            return u"a delete carries \"data\": "_s + text;
        return {};
    }
    if (op != u"upsert"_s)
        return u"sync change op is neither upsert nor delete: "_s + text;
    const QJsonObject data = change.value(u"data"_s).toObject();
    if (!change.value(u"data"_s).isObject())
        return u"an upsert without a \"data\" object: "_s + text;
    QStringList missing, extra;
    for (const QString &f : fields) {
        // Only staff learn whether an order sits in the technicians' pool and where its
        // technician checked in, and only the office its account of a reminder (checked per
        // viewer in TestVisibility::entityShapes).
        const bool staffOnly = (entity == u"ticket"_s && (f == u"pooled"_s || f == u"checkIn"_s))
            || (entity == u"reminder"_s && (f == u"outcome"_s || f == u"promisedDate"_s || f == u"note"_s));
        if (!data.contains(f) && !staffOnly)
            missing << f;
    }
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!fields.contains(it.key()))
            extra << it.key();
    }
    if (!missing.isEmpty() || !extra.isEmpty())
        return u"%1 data keys differ from SPEC (missing: [%2], not in SPEC: [%3]): %4"_s.arg(
            entity, missing.join(u','), extra.join(u','), text);
    if (data.value(u"id"_s).toString() != id)
        return u"data.id differs from the change's id: "_s + text;
    return {};
}

QStringList Actor::unitIds() const
{
    QStringList ids;
    const QJsonArray units = tokens.user.value(u"units"_s).toArray();
    for (const QJsonValue &u : units)
        ids << u.toObject().value(u"id"_s).toString();
    return ids;
}

QString Actors::loginAll(const TestServer &server, const QStringList &only)
{
    const QList<std::pair<Actor *, QString>> all{
        {&resident1, QString(phone::resident1)}, {&resident2, QString(phone::resident2)},
        {&agent, QString(phone::agent)},         {&tech1, QString(phone::tech1)},
        {&tech2, QString(phone::tech2)},         {&manager, QString(phone::manager)},
    };
    for (const auto &[actor, phoneNumber] : all) {
        if (!only.isEmpty() && !only.contains(phoneNumber))
            continue;
        actor->phone = phoneNumber;
        actor->client = std::make_unique<TestClient>(server);
        if (!actor->client->hasCa())
            return u"no CA certificate at "_s + server.caFile();
        HttpResponse r;
        actor->tokens = actor->client->login(phoneNumber, QString(demoPassword), &r);
        if (!actor->tokens.isValid())
            return u"demo login %1 failed: %2"_s.arg(phoneNumber, r.describe());
    }
    return {};
}

Actor &Actors::byName(const QString &name)
{
    if (name == u"resident1"_s)
        return resident1;
    if (name == u"resident2"_s)
        return resident2;
    if (name == u"agent"_s)
        return agent;
    if (name == u"tech1"_s)
        return tech1;
    if (name == u"tech2"_s)
        return tech2;
    Q_ASSERT(name == u"manager"_s);
    return manager;
}

QString TicketWatch::snapshot(const QString &ticketId, QJsonObject *ticket)
{
    const QString f = m_view.pull();
    if (!f.isEmpty())
        return f;
    if (!m_view.replica().has(u"ticket"_s, ticketId))
        return u"the watcher does not see ticket "_s + ticketId;
    *ticket = m_view.replica().get(u"ticket"_s, ticketId);
    return {};
}

QString TicketWatch::untouched(const QString &ticketId, const QJsonObject &before)
{
    QJsonArray fresh;
    const QString f = m_view.pull(&fresh);
    if (!f.isEmpty())
        return f;
    for (const QJsonValue &v : fresh) {
        const QJsonObject c = v.toObject();
        const QString entity = c.value(u"entity"_s).toString();
        if ((entity == u"ticket"_s && c.value(u"id"_s).toString() == ticketId)
            || (entity == u"ticketEvent"_s && c.value(u"data"_s)[u"ticketId"_s].toString() == ticketId))
            return u"a refused command still changed the ticket: "_s
                   + QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact));
    }
    const QJsonObject now = m_view.replica().get(u"ticket"_s, ticketId);
    if (now != before)
        return u"the ticket differs after a refused command: "_s
               + QString::fromUtf8(QJsonDocument(now).toJson(QJsonDocument::Compact));
    return {};
}

QString TicketWatch::absent(const QString &ticketId)
{
    const QString f = m_view.pull();
    if (!f.isEmpty())
        return f;
    if (m_view.replica().has(u"ticket"_s, ticketId))
        return u"a refused ticket.submit created ticket %1: %2"_s.arg(
            ticketId, QString::fromUtf8(QJsonDocument(m_view.replica().get(u"ticket"_s, ticketId)).toJson(QJsonDocument::Compact)));
    return {};
}

QList<QJsonObject> ticketEvents(const Replica &view, const QString &ticketId, const QString &type)
{
    QList<QJsonObject> list;
    for (const QJsonObject &e : view.all(u"ticketEvent"_s)) {
        if (e.value(u"ticketId"_s).toString() == ticketId && e.value(u"type"_s).toString() == type)
            list << e;
    }
    std::sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"at"_s).toString() < b.value(u"at"_s).toString();
    });
    return list;
}

QJsonObject submitPayload(const QString &ticketId, const QString &unitId, const QString &description)
{
    return {{u"ticketId"_s, ticketId},
            {u"kind"_s, u"repair"_s},
            {u"category"_s, u"plumbing"_s},
            {u"description"_s, description.isEmpty() ? nonce(u"leaking tap"_s) : description},
            {u"unitId"_s, unitId}};
}

QString makeTicket(Actors &a, Stage stage, QString *failure, Actor *resident, Actor *tech)
{
    Actor &res = resident ? *resident : a.resident1;
    Actor &tec = tech ? *tech : a.tech1;
    const QString ticketId = TestClient::newId();
    auto step = [&](Actor &who, const QString &type, const QJsonObject &extra, const QString &status) {
        QJsonObject payload = extra;
        payload.insert(u"ticketId"_s, ticketId);
        const Command c = runCommand(*who.client, type, payload);
        return expectApplied(c, status);
    };
    QString f = step(res, u"ticket.submit"_s, submitPayload(ticketId, res.unitId()), u"submitted"_s);
    if (f.isEmpty() && stage >= Stage::Accepted)
        f = step(a.agent, u"ticket.accept"_s, {}, u"accepted"_s);
    if (f.isEmpty() && stage >= Stage::Assigned)
        f = step(a.agent, u"ticket.assign"_s, {{u"technicianId"_s, tec.id()}}, u"assigned"_s);
    if (f.isEmpty() && stage >= Stage::OnSite)
        f = step(tec, u"ticket.checkIn"_s, {}, u"on_site"_s);
    if (f.isEmpty() && stage >= Stage::Resolved)
        f = step(tec, u"ticket.resolve"_s, {{u"summary"_s, u"replaced the washer"_s}}, u"resolved"_s);
    if (f.isEmpty() && stage >= Stage::Closed)
        f = step(res, u"ticket.confirm"_s, {{u"overall"_s, 5}, {u"speed"_s, 4}, {u"service"_s, 5}}, u"closed"_s);
    if (!f.isEmpty()) {
        if (failure)
            *failure = u"setting up a ticket: "_s + f;
        return {};
    }
    return ticketId;
}

namespace {

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    return be32(quint32(data.size())) + type + data + be32(crc32(type + data));
}

} // namespace

QByteArray makePng(quint32 seed, qsizetype exactSize)
{
    constexpr int w = 4, h = 4;
    QByteArray ihdr = be32(w) + be32(h);
    ihdr += char(8); // bit depth
    ihdr += char(2); // RGB
    ihdr += QByteArray(3, '\0');
    QByteArray rows;
    quint32 x = seed | 1;
    for (int y = 0; y < h; ++y) {
        rows += '\0'; // filter: none
        for (int i = 0; i < w * 3; ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            rows += char(x & 0xFF);
        }
    }
    const QByteArray idat = qCompress(rows).mid(4); // drop Qt's length prefix: a zlib stream remains
    QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat);
    const QByteArray iend = pngChunk("IEND", {});
    if (exactSize > 0) {
        const qsizetype padding = exactSize - png.size() - iend.size() - 12;
        Q_ASSERT(padding >= 0);
        // "cyPd": ancillary, private, safe to copy — decoders skip it.
        png += pngChunk("cyPd", QByteArray(padding, 'p'));
    }
    return png + iend;
}

QByteArray makeJpeg(quint32 seed)
{
    const QByteArray comment = "courtyard test " + QByteArray::number(seed);
    QByteArray j = QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000");
    j += QByteArray::fromHex("fffe");
    j += char((comment.size() + 2) >> 8);
    j += char((comment.size() + 2) & 0xFF);
    j += comment;
    j += QByteArray::fromHex("ffdb004300") + QByteArray(64, '\x01');                 // quantisation: all 1
    j += QByteArray::fromHex("ffc0000b080008000801011100");                          // 8x8, one grey component
    j += QByteArray::fromHex("ffc4001400") + '\x01' + QByteArray(15, '\0') + '\0';   // DC: one code, category 0
    j += QByteArray::fromHex("ffc4001410") + '\x01' + QByteArray(15, '\0') + '\0';   // AC: one code, EOB
    j += QByteArray::fromHex("ffda0008010100003f00");
    j += '\x3f'; // DC diff 0, EOB, padded with ones
    j += QByteArray::fromHex("ffd9");
    return j;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

quint32 uniqueSeed()
{
    return QRandomGenerator::global()->generate();
}

QString nonce(const QString &prefix)
{
    return u"%1-%2"_s.arg(prefix).arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
}

QString startServer(TestServer &server, const QStringList &extraServeArgs)
{
    if (server.start(extraServeArgs))
        return {};
    return u"courtyard-server (%1) did not start: %2"_s.arg(TestServer::backendName(server.backend()),
                                                            server.errorString());
}

QString libFaketime()
{
    const QStringList candidates{qEnvironmentVariable("COURTYARD_LIBFAKETIME"),
                                 QStringLiteral("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"),
                                 QStringLiteral("/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1"),
                                 QStringLiteral("/usr/lib/faketime/libfaketime.so.1")};
    for (const QString &c : candidates) {
        if (!c.isEmpty() && QFileInfo::exists(c))
            return c;
    }
    return {};
}

} // namespace cy
