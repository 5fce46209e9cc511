#include "attachmentservice.h"

#include "database.h"
#include "json.h"
#include "fieldlimits.h"
#include "registry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

QByteArray sniffType(const QByteArray &data)
{
    if (data.startsWith("\xFF\xD8\xFF"))
        return "image/jpeg";
    if (data.startsWith("\x89PNG\r\n\x1A\n"))
        return "image/png";
    return {};
}

} // namespace

AttachmentService::AttachmentService(Database &db, const Registry &registry, const QString &directory)
    : m_db(db)
    , m_registry(registry)
    , m_dir(directory)
{
}

bool AttachmentService::prepare(QString *error)
{
    if (QDir().mkpath(m_dir))
        return true;
    *error = u"cannot create the attachments folder %1"_s.arg(m_dir);
    return false;
}

void AttachmentService::registerRoutes(ApiServer &server)
{
    server.route("PUT", u"/v1/attachments/{sha256}"_s, ApiServer::Access::Authenticated, Limits::AttachmentMax,
                 [this](const Context &c) { put(c); });
    server.route("GET", u"/v1/attachments/{sha256}"_s, ApiServer::Access::Authenticated, 0,
                 [this](const Context &c) { get(c); });
}

QString AttachmentService::pathFor(const QString &sha256) const
{
    // Only ever called with a checked 64-hex-digit name: nothing can climb out of m_dir.
    return QDir(m_dir).filePath(sha256.left(2) + u'/' + sha256);
}

void AttachmentService::put(const Context &ctx)
{
    const QString sha = ctx->params.value(0);
    if (!Json::isSha256(sha))
        return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"Name the photo by its lowercase SHA-256."_s));
    const QByteArray declared = ctx->contentType.split(';').constFirst().trimmed().toLower();
    if (declared != "image/jpeg" && declared != "image/png")
        return ctx->respond(HttpReply::error(415, u"unsupported_media_type"_s, u"Photos must be JPEG or PNG."_s));
    if (ctx->body.isEmpty())
        return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"The photo is empty."_s));
    if (sniffType(ctx->body) != declared)
        return ctx->respond(HttpReply::error(415, u"unsupported_media_type"_s, u"The bytes are not a %1."_s
                                                                                 .arg(QString::fromLatin1(declared))));
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(ctx->body, QCryptographicHash::Sha256).toHex());
    if (actual != sha)
        return ctx->respond(HttpReply::error(400, u"hash_mismatch"_s, u"The bytes do not match the hash in the path."_s));

    const QJsonObject info{{u"sha256"_s, sha}, {u"size"_s, qint64(ctx->body.size())}, {u"contentType"_s, QString::fromLatin1(declared)}};
    const Principal &who = *ctx->principal;
    const bool exists = m_db.scalar(u"SELECT 1 FROM attachments WHERE sha256 = ?"_s, {sha}).isValid();
    if (!exists) {
        const QString path = pathFor(sha);
        QDir().mkpath(QFileInfo(path).path());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ctx->body) != ctx->body.size() || !file.commit())
            return ctx->respond(HttpReply::error(500, u"internal"_s, u"The photo could not be stored."_s));
    }
    Database::Transaction tx(m_db);
    bool ok = tx.isOpen();
    if (ok && !exists)
        ok = m_db.exec(u"INSERT INTO attachments (sha256, content_type, size, uploaded_by, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                       {sha, QString::fromLatin1(declared), qint64(ctx->body.size()), who.id, Json::nowMs()});
    if (ok)
        ok = m_db.exec(u"INSERT INTO attachment_owners (sha256, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s, {sha, who.id});
    if (!ok || !tx.commit())
        return ctx->respond(HttpReply::error(500, u"internal"_s, u"The photo could not be stored."_s));
    ctx->respond(HttpReply::json(exists ? 200 : 201, info));
}

bool AttachmentService::mayRead(const Principal &who, const QString &sha256)
{
    if (m_db.scalar(u"SELECT 1 FROM attachment_owners WHERE sha256 = ? AND user_id = ?"_s, {sha256, who.id}).isValid())
        return true;
    QSqlQuery &q = m_db.query(u"SELECT DISTINCT entity FROM attachment_links WHERE sha256 = ?"_s);
    q.bindValue(0, sha256);
    QStringList entities;
    if (m_db.execPrepared(q)) {
        while (q.next())
            entities << q.value(0).toString();
    }
    q.finish();
    for (const QString &entity : std::as_const(entities)) {
        const EntitySpec *spec = m_registry.entity(entity);
        if (!spec)
            continue;
        // A photo only staff may see (linked through an internal note alone) is as hidden
        // from residents as the note.
        const SqlFilter scope = spec->visibility(who.role).sql(who, u"x."_s);
        QVariantList values{sha256, entity};
        values += scope.values;
        const QString staff = isStaff(who.role) ? QString() : u" AND l.staff_only = 0"_s;
        if (m_db.scalar(u"SELECT 1 FROM attachment_links l JOIN %1 x ON x.id = l.entity_id"
                        " WHERE l.sha256 = ? AND l.entity = ?%2 AND %3"_s.arg(spec->table, staff, scope.where),
                        values)
                .isValid())
            return true;
    }
    return false;
}

void AttachmentService::get(const Context &ctx)
{
    const QString sha = ctx->params.value(0);
    // Unknown and not-yours look the same, so hashes cannot be probed.
    const HttpReply missing = HttpReply::error(404, u"not_found"_s, u"No such photo."_s);
    if (!Json::isSha256(sha) || !mayRead(*ctx->principal, sha))
        return ctx->respond(missing);
    const QVariant type = m_db.scalar(u"SELECT content_type FROM attachments WHERE sha256 = ?"_s, {sha});
    QFile file(pathFor(sha));
    if (!type.isValid() || !file.open(QIODevice::ReadOnly))
        return ctx->respond(missing);
    HttpReply reply;
    reply.contentType = type.toString().toLatin1();
    reply.body = file.readAll();
    ctx->respond(reply);
}

} // namespace Courtyard::Server
