#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQuickAsyncImageProvider>
#include <QString>

namespace Courtyard::Client {

class ApiClient;
class AttachmentImageResponse;

/**
 * "image://attachment/<sha256>": an order's photo. Served from this device when it is here —
 * the processed copy of a photo taken here, or one downloaded before (kept in the account's
 * media folder under its hash, checked against it) — otherwise fetched once with the signed-in
 * session (GET /v1/attachments/<sha256>), verified and kept. The server decides who may see it.
 */
class AttachmentImageProvider : public QQuickAsyncImageProvider
{
public:
    /// @p mediaDir returns the signed-in account's media folder (empty when signed out).
    AttachmentImageProvider(ApiClient *api, std::function<QString()> mediaDir);
    ~AttachmentImageProvider() override;

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

private:
    class Fetcher;
    Fetcher *m_fetcher; ///< lives on the GUI thread, where the API client is
    std::function<QString()> m_mediaDir;
};

} // namespace Courtyard::Client
