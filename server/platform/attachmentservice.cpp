#include "attachmentservice.h"

#include "database.h"
#include "json.h"
#include "fieldlimits.h"
#include "registry.h"
#include "commandservice.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
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

/// The bytes end where their format says a whole image ends: a JPEG with its EOI marker, a
/// PNG with its IEND chunk. A truncated file, or one with something appended (a script
/// after the picture), does not.
bool endsWhole(const QByteArray &data, const QByteArray &declared)
{
    if (declared == "image/jpeg")
        return data.endsWith("\xFF\xD9");
    return data.endsWith(QByteArrayLiteral("\0\0\0\0IEND\xAE\x42\x60\x82"));
}

/// Null when @p data decodes as a picture of the @p declared type within the size limits;
/// else the refusal.
std::optional<HttpReply> checkImage(const QByteArray &data, const QByteArray &declared)
{
    const QString type = declared == "image/jpeg" ? u"JPEG"_s : u"PNG"_s;
    const HttpReply undecodable = HttpReply::error(422, u"invalid_image"_s,
                                                   u"The bytes do not decode as a whole %1 image."_s.arg(type));
    if (!endsWhole(data, declared))
        return undecodable;
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    // The declared type's decoder only: a PNG sent as image/jpeg is not read as a PNG.
    QImageReader reader(&buffer, declared == "image/jpeg" ? QByteArrayLiteral("jpeg") : QByteArrayLiteral("png"));
    reader.setAutoDetectImageFormat(false);
    reader.setAutoTransform(false);
    if (!reader.canRead())
        return undecodable;
    // The header's dimensions, before a pixel is decoded: a small file may claim a huge image.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return undecodable;
    if (size.width() > AttachmentService::MaxSide || size.height() > AttachmentService::MaxSide
        || qint64(size.width()) * size.height() > AttachmentService::MaxPixels)
        return HttpReply::error(422, u"image_too_large"_s,
                                u"The image is %1 x %2 pixels; at most %3 pixels a side and %4 megapixels are accepted."_s
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(AttachmentService::MaxSide)
                                    .arg(AttachmentService::MaxPixels / 1000000));
    // Decoded whole, as a viewer would: only then is it a picture. Qt's own limit (128 MB)
    // would refuse the largest accepted picture; this one fits it at 4 bytes a pixel.
    reader.setAllocationLimit(int(AttachmentService::MaxPixels * 4 / (1024 * 1024)) + 1);
    const QImage image = reader.read();
    if (image.isNull() || image.size() != size)
        return undecodable;
    return std::nullopt;
}

} // namespace

AttachmentService::AttachmentService(Database &db, const Registry &registry, const QString &directory,
                                     WriteLimiter &limiter)
    : m_db(db)
    , m_registry(registry)
    , m_limiter(limiter)
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
    // Counted before the bytes are looked at: decoding is the costly part.
    {
        if (const int wait = m_limiter.admit(ctx->principal->id))
            return ctx->respond(WriteLimits::refusal(wait, u"Too many uploads; send the photo again after retryAfter seconds."_s));
    }
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
    if (const std::optional<HttpReply> refusal = checkImage(ctx->body, declared))
        return ctx->respond(*refusal);

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
