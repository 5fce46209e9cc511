// The estates' ticket keys: an Ed25519 pair per estate, made on the first publish. The public
// half syncs to the estate's office (entity eventKey) so the door phones verify offline; the
// private half stays in event_private_keys, read only here and never logged.
#include "eventsparts.h"

#include "database.h"
#include "events/ticket.h"
#include "json.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server::EventKeys {

bool ensure(Database &db, const QString &estateId, qint64 now)
{
    if (db.scalar(u"SELECT 1 FROM event_keys WHERE estate_id = ?"_s, {estateId}).isValid())
        return true;
    const Events::KeyPair pair = Events::TicketKeys::generate();
    if (pair.publicKey.isEmpty())
        return false;
    return db.exec(u"INSERT INTO event_private_keys (estate_id, private_key, created_at) VALUES (?, ?, ?)"_s,
                   {estateId, QString::fromLatin1(pair.privateKey.toBase64()), now})
           && db.exec(u"INSERT INTO event_keys (id, estate_id, public_key, created_at, rev) VALUES (?, ?, ?, ?, ?)"_s,
                      {u"key-"_s + estateId, estateId, Events::TicketKeys::toBase64Url(pair.publicKey), now,
                       db.nextRevision()});
}

QByteArray publicKey(Database &db, const QString &estateId)
{
    return Events::TicketKeys::fromBase64Url(
        db.scalar(u"SELECT public_key FROM event_keys WHERE estate_id = ?"_s, {estateId}).toString());
}

QString ticketFor(Database &db, const QString &estateId, const QString &signupId, const QString &eventId, int partySize)
{
    const QByteArray key = QByteArray::fromBase64(
        db.scalar(u"SELECT private_key FROM event_private_keys WHERE estate_id = ?"_s, {estateId}).toString().toLatin1());
    if (key.isEmpty())
        return {};
    return Events::TicketKeys::sign(signupId, eventId, partySize, key);
}

} // namespace Courtyard::Server::EventKeys
