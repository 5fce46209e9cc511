#pragma once

#include "apiclient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <qqmlintegration.h>

namespace Courtyard::Client {



/**
 * One import of a units file (POST /v1/estates/{id}/units/import, text/csv): a dry run first,
 * whose counts or problems the person reads, then the same bytes applied. Online only — an
 * import is checked as a whole by the server and is not queued like a change (a file of
 * 50,000 rows is no command), so offline it says so and does nothing.
 *
 * QML makes one per screen (`UnitImport { estateId: ... }`); it finds the account's API client
 * through the Estate singleton unless given one (tests).
 */
class UnitImport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString estateId READ estateId WRITE setEstateId NOTIFY estateIdChanged)
    /// idle, checking, checked (counts), invalid (problems), applying, applied, failed (errorText).
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(bool busy READ isBusy NOTIFY changed)
    Q_PROPERTY(QString fileName READ fileName NOTIFY changed)
    Q_PROPERTY(int rows READ rows NOTIFY changed)
    Q_PROPERTY(int created READ created NOTIFY changed)
    Q_PROPERTY(int updated READ updated NOTIFY changed)
    Q_PROPERTY(int unchanged READ unchanged NOTIFY changed)
    /// "1200 rows: 3 new, 10 updated, 1187 unchanged", translated; empty until counts come.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    /// [{line, text}] of a refused file, by line number.
    Q_PROPERTY(QVariantList problems READ problems NOTIFY changed)
    /// A checked file that would change something.
    Q_PROPERTY(bool canApply READ canApply NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit UnitImport(QObject *parent = nullptr);

    /// The largest file the server takes (docs/ESTATE-ADMIN.md).
    static constexpr qint64 MaxBytes = 10 * 1024 * 1024;

    void setApi(ApiClient *api) { m_api = api; }
    [[nodiscard]] QString estateId() const { return m_estateId; }
    void setEstateId(const QString &id);
    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] bool isBusy() const { return m_state == u"checking" || m_state == u"applying"; }
    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] int rows() const { return m_rows; }
    [[nodiscard]] int created() const { return m_created; }
    [[nodiscard]] int updated() const { return m_updated; }
    [[nodiscard]] int unchanged() const { return m_unchanged; }
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QVariantList problems() const { return m_problems; }
    [[nodiscard]] bool canApply() const { return m_state == u"checked" && m_created + m_updated > 0; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    /// Reads the file (a file: URL or a path) and sends it as a dry run.
    Q_INVOKABLE void check(const QUrl &file);
    /// The same, for bytes already in hand.
    void checkBytes(const QByteArray &csv, const QString &name);
    /// Sends the checked bytes for real.
    Q_INVOKABLE void apply();
    Q_INVOKABLE void reset();

    /// Takes a server answer as the calls do (HTTP status and JSON body); public for the
    /// screen's tests, which show an answer without a server.
    Q_INVOKABLE void takeAnswer(int httpStatus, const QJsonObject &body, bool dryRun);
    /// The words for one problem of the server's answer ({line, code, value, message}).
    [[nodiscard]] static QString problemText(const QJsonObject &problem);

Q_SIGNALS:
    void estateIdChanged();
    void changed();
    /// The file was applied (the units arrive with the next sync).
    void applied();

private:
    void send(bool dryRun);
    void fail(const QString &text);
    void setState(const QString &state);
    [[nodiscard]] ApiClient *api() const;

    QPointer<ApiClient> m_api;
    QString m_estateId;
    QString m_state = QStringLiteral("idle");
    QString m_fileName;
    QByteArray m_bytes;
    int m_rows = 0;
    int m_created = 0;
    int m_updated = 0;
    int m_unchanged = 0;
    QVariantList m_problems;
    QString m_errorText;
};

} // namespace Courtyard::Client
