#include "store/outbox.h"

#include "store/entitycatalog.h"
#include "store/entityrepository.h"
#include "store/localstore.h"
#include "store/storelogging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

const QString entryColumns = u"seq, id, type, entity, entity_id, payload, created_at, attempts, state, "
                             "last_error, error_code, error_message, http_status, attachments"_s;

Outbox::Entry readEntry(const QSqlQuery &query)
{
    Outbox::Entry entry;
    entry.seq = query.value(0).toLongLong();
    entry.id = query.value(1).toString();
    entry.type = query.value(2).toString();
    entry.entity = query.value(3).toString();
    entry.entityId = query.value(4).toString();
    entry.payload = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    entry.createdAt = query.value(6).toLongLong();
    entry.attempts = query.value(7).toInt();
    entry.state = query.value(8).toString();
    entry.lastError = query.value(9).toString();
    entry.errorCode = query.value(10).toString();
    entry.errorMessage = query.value(11).toString();
    entry.httpStatus = query.value(12).toInt();
    const QString attachments = query.value(13).toString();
    if (!attachments.isEmpty())
        entry.attachments = attachments.split(u',');
    return entry;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant nullableJson(const std::optional<QJsonObject> &object)
{
    return object ? QVariant(compact(*object)) : QVariant(QMetaType::fromType<QString>());
}

// The first unanswered command of its record: an earlier one must be answered before it goes.
const QString headOfRecord = u"o.state IN ('pending', 'sending') AND NOT EXISTS (SELECT 1 FROM outbox p "
                             "WHERE p.entity = o.entity AND p.entity_id = o.entity_id AND p.seq < o.seq "
                             "AND p.state IN ('pending', 'sending'))"_s;

bool allUploaded(LocalStore &store, const QStringList &sha256s)
{
    for (const QString &sha : sha256s) {
        QSqlQuery query = store.prepared(u"SELECT state FROM attachments WHERE sha256 = ?"_s);
        query.addBindValue(sha);
        const bool uploaded = store.exec(query) && query.next() && query.value(0).toString() == u"uploaded";
        query.finish();
        if (!uploaded)
            return false;
    }
    return true;
}

// Times the server sends share one ISO format, so comparing the strings orders them.
bool strictlyNewer(const QJsonObject &a, const QJsonObject &b)
{
    const QString at = a.value(u"updatedAt"_s).toString();
    const QString bt = b.value(u"updatedAt"_s).toString();
    return !at.isEmpty() && !bt.isEmpty() && at > bt;
}

} // namespace

Outbox::Outbox(LocalStore &store)
    : m_store(store)
{
}

QString Outbox::enqueue(const QString &type, const QString &entity, const QString &entityId,
                        const QJsonObject &payload, const std::optional<QJsonObject> &optimistic,
                        const QStringList &attachments)
{
    if (type.isEmpty() || !EntityCatalog::isValidName(entity) || entityId.isEmpty()
        || (optimistic && optimistic->value(u"id"_s).toString() != entityId)) {
        qCWarning(lcStore) << "refused to enqueue a malformed command" << type << entity;
        return {};
    }
    EntityRepository repo(m_store);
    LocalStore::Transaction tx(m_store);
    if (!tx.isActive())
        return {};
    std::optional<QJsonObject> rollback;
    if (optimistic) {
        rollback = repo.get(entity, entityId);
        const qint64 rev = repo.revision(entity, entityId).value_or(0);
        if (!repo.put(entity, *optimistic, rev) || !repo.addPending(entity, entityId, 1))
            return {};
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery query = m_store.prepared(
        u"INSERT INTO outbox (id, type, entity, entity_id, payload, created_at, state, rollback, "
        "has_effect, attachments) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(type);
    query.addBindValue(entity);
    query.addBindValue(entityId);
    query.addBindValue(compact(payload));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(nullableJson(rollback));
    query.addBindValue(optimistic ? 1 : 0);
    query.addBindValue(attachments.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(attachments.join(u',')));
    if (!m_store.exec(query))
        return {};
    m_store.markChanged(u"outbox"_s);
    if (!tx.commit())
        return {};
    qCDebug(lcStore) << "queued" << type << id;
    return id;
}

QList<Outbox::Entry> Outbox::ready(int max, const QSet<QString> &exclude) const
{
    QList<Entry> ready;
    if (max <= 0)
        return ready;
    QSqlQuery heads = m_store.prepared(u"SELECT %1 FROM outbox o WHERE %2 ORDER BY o.seq"_s.arg(entryColumns, headOfRecord));
    if (!m_store.exec(heads))
        return ready;
    while (ready.size() < max && heads.next()) {
        if (exclude.contains(heads.value(1).toString()))
            continue;
        const QString attachments = heads.value(13).toString();
        if (!attachments.isEmpty() && !allUploaded(m_store, attachments.split(u',')))
            continue;
        ready.append(readEntry(heads));
    }
    heads.finish();
    return ready;
}

std::optional<Outbox::Entry> Outbox::next() const
{
    const QList<Entry> first = ready(1);
    if (first.isEmpty())
        return std::nullopt;
    return first.first();
}

QList<Outbox::Entry> Outbox::unansweredFor(const QString &entity, const QString &entityId) const
{
    QList<Entry> entries;
    QSqlQuery query = m_store.prepared(u"SELECT %1 FROM outbox WHERE entity = ? AND entity_id = ? "
                                       "AND state IN ('pending', 'sending') ORDER BY seq"_s.arg(entryColumns));
    query.addBindValue(entity);
    query.addBindValue(entityId);
    if (!m_store.exec(query))
        return entries;
    while (query.next())
        entries.append(readEntry(query));
    query.finish();
    return entries;
}

std::optional<Outbox::Entry> Outbox::entry(const QString &id) const
{
    QSqlQuery query = m_store.prepared(u"SELECT %1 FROM outbox WHERE id = ?"_s.arg(entryColumns));
    query.addBindValue(id);
    if (!m_store.exec(query) || !query.next())
        return std::nullopt;
    Entry entry = readEntry(query);
    query.finish();
    return entry;
}

bool Outbox::markSending(const QString &id)
{
    // Advisory state: lost on a power cut, the command is simply resent with the same id.
    LocalStore::Transaction tx(m_store, LocalStore::Transaction::Durability::Relaxed);
    if (!tx.isActive())
        return false;
    QSqlQuery query = m_store.prepared(
        u"UPDATE outbox SET state = 'sending' WHERE id = ? AND state IN ('pending', 'sending')"_s);
    query.addBindValue(id);
    if (!m_store.exec(query) || query.numRowsAffected() != 1)
        return false;
    m_store.markChanged(u"outbox"_s);
    return tx.commit();
}

bool Outbox::markFailedAttempt(const QString &id, const QString &error)
{
    // Advisory state: lost on a power cut, the command is simply resent with the same id.
    LocalStore::Transaction tx(m_store, LocalStore::Transaction::Durability::Relaxed);
    if (!tx.isActive())
        return false;
    QSqlQuery query = m_store.prepared(
        u"UPDATE outbox SET state = 'pending', attempts = attempts + 1, last_error = ? "
        "WHERE id = ? AND state IN ('pending', 'sending')"_s);
    query.addBindValue(error);
    query.addBindValue(id);
    if (!m_store.exec(query) || query.numRowsAffected() != 1)
        return false;
    m_store.markChanged(u"outbox"_s);
    return tx.commit();
}

std::optional<QStringList> Outbox::rejectForFailedAttachments()
{
    // Only pending ones: a command being sent had its photos uploaded, and its answer is due.
    // Only the first of its record, as answers are taken in order; rejecting it makes the
    // next one first, hence the loop.
    QStringList rejected;
    LocalStore::Transaction tx(m_store, LocalStore::Transaction::Durability::Relaxed);
    if (!tx.isActive())
        return std::nullopt;
    for (;;) {
        QSqlQuery heads = m_store.prepared(
            u"SELECT o.id, o.attachments FROM outbox o WHERE o.state = 'pending' AND o.attachments IS NOT NULL "
            "AND %1 ORDER BY o.seq"_s.arg(headOfRecord));
        if (!m_store.exec(heads))
            return std::nullopt;
        QList<std::pair<QString, QString>> refused; // command id, message
        while (heads.next()) {
            const QStringList sha256s = heads.value(1).toString().split(u',', Qt::SkipEmptyParts);
            for (const QString &sha : sha256s) {
                QSqlQuery photo = m_store.prepared(u"SELECT state, last_error FROM attachments WHERE sha256 = ?"_s);
                photo.addBindValue(sha);
                if (!m_store.exec(photo))
                    return std::nullopt;
                if (photo.next() && photo.value(0).toString() == u"failed") {
                    const QString reason = photo.value(1).toString();
                    refused.append({heads.value(0).toString(),
                                    u"photo %1 refused: %2"_s.arg(sha.left(12),
                                                                  reason.isEmpty() ? u"unknown"_s : reason)});
                    photo.finish();
                    break;
                }
                photo.finish();
            }
        }
        heads.finish();
        if (refused.isEmpty())
            break;
        for (const auto &[id, message] : std::as_const(refused)) {
            if (!markRejected(id, 0, u"attachment_refused"_s, message, {}))
                return std::nullopt;
            rejected.append(id);
        }
    }
    if (!tx.commit())
        return std::nullopt;
    return rejected;
}

bool Outbox::markApplied(const QString &id, const QJsonObject &answer)
{
    bool already = false;
    const auto found = unanswered(id, u"applied"_s, &already);
    if (!found)
        return already;
    LocalStore::Transaction tx(m_store, LocalStore::Transaction::Durability::Relaxed);
    if (!tx.isActive())
        return false;
    QSqlQuery query = m_store.prepared(
        u"UPDATE outbox SET state = 'applied', http_status = 200, response = ?, last_error = NULL "
        "WHERE id = ?"_s);
    query.addBindValue(compact(answer));
    query.addBindValue(id);
    if (!m_store.exec(query))
        return false;
    if (!finishAnswered(*found, answer, true))
        return false;
    m_store.markChanged(u"outbox"_s);
    return tx.commit();
}

bool Outbox::markRejected(const QString &id, int httpStatus, const QString &code, const QString &message,
                          const QJsonObject &answer)
{
    bool already = false;
    const auto found = unanswered(id, u"rejected"_s, &already);
    if (!found)
        return already;
    LocalStore::Transaction tx(m_store, LocalStore::Transaction::Durability::Relaxed);
    if (!tx.isActive())
        return false;
    QSqlQuery query = m_store.prepared(
        u"UPDATE outbox SET state = 'rejected', http_status = ?, error_code = ?, error_message = ?, "
        "response = ?, last_error = ? WHERE id = ?"_s);
    query.addBindValue(httpStatus);
    query.addBindValue(code);
    query.addBindValue(message);
    query.addBindValue(compact(answer));
    query.addBindValue(message.isEmpty() ? code : message);
    query.addBindValue(id);
    if (!m_store.exec(query))
        return false;
    if (!finishAnswered(*found, answer, false))
        return false;
    m_store.markChanged(u"outbox"_s);
    qCInfo(lcStore) << "command rejected" << found->type << id << httpStatus << code;
    return tx.commit();
}

std::optional<Outbox::Entry> Outbox::unanswered(const QString &id, const QString &finalState, bool *already) const
{
    // Answers are recorded with relaxed durability (see the class comment): a lost one means
    // the command is sent again, and the same answer arrives here a second time.
    std::optional<Entry> found = entry(id);
    *already = found && found->state == finalState;
    if (!found || found->state == u"applied" || found->state == u"rejected")
        return std::nullopt;
    return found;
}

bool Outbox::finishAnswered(const Entry &entry, const QJsonObject &answer, bool applied)
{
    std::optional<QJsonObject> answerData;
    if (answer.value(u"data"_s).isObject())
        answerData = answer.value(u"data"_s).toObject();
    EntityRepository repo(m_store);
    QSqlQuery effect = m_store.prepared(u"SELECT has_effect, rollback FROM outbox WHERE id = ?"_s);
    effect.addBindValue(entry.id);
    if (!m_store.exec(effect) || !effect.next())
        return false;
    const bool hasEffect = effect.value(0).toInt() != 0;
    const QVariant rollbackText = effect.value(1);
    effect.finish();

    std::optional<QJsonObject> data = answerData;
    if (data && data->value(u"id"_s).toString() != entry.entityId)
        data.reset();    // an answer about another record says nothing about this one
    const bool exists = repo.revision(entry.entity, entry.entityId).has_value();
    if (!hasEffect) {
        // Nothing optimistic to undo; take the server's word if nothing else is pending.
        if (data && repo.localPending(entry.entity, entry.entityId) == 0)
            return repo.put(entry.entity, *data, repo.revision(entry.entity, entry.entityId).value_or(0));
        return true;
    }
    if (!exists)
        return true;
    if (!repo.addPending(entry.entity, entry.entityId, -1))
        return false;
    const int remaining = repo.localPending(entry.entity, entry.entityId);
    const auto held = repo.heldServerState(entry.entity, entry.entityId);

    // The server state after this answer. A pulled (held) state wins unless the answer is
    // strictly newer: the pull is always convergent, as any later revision comes with the next pull.
    enum class Source { Unknown, Object, Deleted } source = Source::Unknown;
    QJsonObject state;
    qint64 rev = repo.revision(entry.entity, entry.entityId).value_or(0);
    const bool answerIsNewer = held && data && held->data && strictlyNewer(*data, *held->data);
    if (held && !answerIsNewer) {
        source = held->data ? Source::Object : Source::Deleted;
        state = held->data.value_or(QJsonObject());
        rev = held->rev;
    } else if (data) {
        source = Source::Object;
        state = *data;
        rev = std::max(rev, held ? held->rev : 0);
    } else if (!applied) {
        const QJsonDocument rollback = QJsonDocument::fromJson(rollbackText.toString().toUtf8());
        source = rollbackText.isNull() || !rollback.isObject() ? Source::Deleted : Source::Object;
        state = rollback.object();
    }

    if (remaining > 0) {
        // Later commands for the record stay optimistic; their undo point is now this state.
        if (source == Source::Unknown)
            return true;
        // A held pull older than this answer must not win over it when the last one is answered.
        if (answerIsNewer && !repo.clearHeldServerState(entry.entity, entry.entityId))
            return false;
        QSqlQuery later = m_store.prepared(
            u"UPDATE outbox SET rollback = ? WHERE entity = ? AND entity_id = ? AND seq > ? "
            "AND state IN ('pending', 'sending')"_s);
        later.addBindValue(source == Source::Object ? QVariant(compact(state)) : QVariant(QMetaType::fromType<QString>()));
        later.addBindValue(entry.entity);
        later.addBindValue(entry.entityId);
        later.addBindValue(entry.seq);
        return m_store.exec(later);
    }
    switch (source) {
    case Source::Unknown:
        return repo.clearHeldServerState(entry.entity, entry.entityId);
    case Source::Deleted:
        return repo.remove(entry.entity, entry.entityId);
    case Source::Object:
        return repo.put(entry.entity, state, rev) && repo.clearHeldServerState(entry.entity, entry.entityId);
    }
    return false;
}

int Outbox::pendingCount() const
{
    QSqlQuery query = m_store.prepared(u"SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'sending')"_s);
    if (!m_store.exec(query) || !query.next())
        return 0;
    const int n = query.value(0).toInt();
    query.finish();
    return n;
}

QList<Outbox::Entry> Outbox::needsAttention() const
{
    QList<Entry> entries;
    QSqlQuery query = m_store.prepared(
        u"SELECT %1 FROM outbox WHERE state = 'rejected' AND dismissed = 0 ORDER BY seq"_s.arg(entryColumns));
    if (!m_store.exec(query))
        return entries;
    while (query.next())
        entries.append(readEntry(query));
    query.finish();
    return entries;
}

int Outbox::needsAttentionCount() const
{
    QSqlQuery query = m_store.prepared(
        u"SELECT COUNT(*) FROM outbox WHERE state = 'rejected' AND dismissed = 0"_s);
    if (!m_store.exec(query) || !query.next())
        return 0;
    const int n = query.value(0).toInt();
    query.finish();
    return n;
}

bool Outbox::dismiss(const QString &id)
{
    LocalStore::Transaction tx(m_store);
    if (!tx.isActive())
        return false;
    QSqlQuery query = m_store.prepared(
        u"UPDATE outbox SET dismissed = 1 WHERE id = ? AND state = 'rejected' AND dismissed = 0"_s);
    query.addBindValue(id);
    if (!m_store.exec(query) || query.numRowsAffected() != 1)
        return false;
    m_store.markChanged(u"outbox"_s);
    return tx.commit();
}

} // namespace Courtyard::Client
