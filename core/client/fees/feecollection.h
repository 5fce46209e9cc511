#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <qqmlintegration.h>

namespace Courtyard::Client {

class ApiClient;

/**
 * The manager's collection figures (QML "CollectionFigures"): GET /v1/estates/{id}/collection
 * for a run of months, online only (the figures are the server's, over every unit), summed
 * per month and per building for the charts. Each bar carries its rate in permille (the
 * bar's length) and its texts — "92.4%", "1,847 of 1,999 households", "¥…" — made here, so
 * the chart computes nothing.
 */
class FeeCollection : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(CollectionFigures)
    Q_PROPERTY(QString estateId READ estateId WRITE setEstateId NOTIFY queryChanged)
    /// "YYYY-MM" to "YYYY-MM".
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY queryChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY queryChanged)
    /// idle, loading, ready, failed.
    Q_PROPERTY(QString state READ state NOTIFY changed)
    /// The state as the page shows it: asking, the figures in, or why there are none.
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
    /// Failed because no answer came (the phone is offline), not because the server refused.
    Q_PROPERTY(bool offline READ offline NOTIFY changed)
    /// Ready, but no bill of the months is due yet: nothing to show a rate of.
    Q_PROPERTY(bool empty READ empty NOTIFY changed)
    /// Ready with something due: the rates and charts are shown.
    Q_PROPERTY(bool hasFigures READ hasFigures NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    /// [{period, title, permille, rateText, receivableText, collectedText, householdsText, recoveryText}]
    Q_PROPERTY(QVariantList months READ months NOTIFY changed)
    /// [{buildingId, title, permille, rateText, receivableText, collectedText, householdsText}]
    Q_PROPERTY(QVariantList buildings READ buildings NOTIFY changed)
    /// The whole run: {rateText, householdsText, collectedText, receivableText, recoveryText}.
    Q_PROPERTY(QVariantMap totals READ totals NOTIFY changed)

public:
    explicit FeeCollection(QObject *parent = nullptr);

    [[nodiscard]] QString estateId() const { return m_estateId; }
    void setEstateId(const QString &id);
    [[nodiscard]] QString from() const { return m_from; }
    void setFrom(const QString &period);
    [[nodiscard]] QString to() const { return m_to; }
    void setTo(const QString &period);
    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] bool loading() const { return m_state == u"loading"; }
    [[nodiscard]] bool ready() const { return m_state == u"ready"; }
    [[nodiscard]] bool failed() const { return m_state == u"failed"; }
    [[nodiscard]] bool offline() const { return failed() && m_offline; }
    [[nodiscard]] bool empty() const { return ready() && m_receivableFen == 0; }
    [[nodiscard]] bool hasFigures() const { return ready() && m_receivableFen > 0; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QVariantList months() const { return m_months; }
    [[nodiscard]] QVariantList buildings() const { return m_buildings; }
    [[nodiscard]] QVariantMap totals() const { return m_totals; }

    /// The client to ask (tests); FeeStaff's by default.
    void setApi(ApiClient *api) { m_api = api; }

    /// Asks the server for the figures.
    Q_INVOKABLE void load();
    /// Takes an answer as the server gives it (200 with the figures, 0 for no answer); the
    /// screenshot tour shows sample figures through it. An answer of load() still on its way
    /// is dropped then.
    Q_INVOKABLE void takeAnswer(int httpStatus, const QJsonObject &body);

Q_SIGNALS:
    void queryChanged();
    void changed();

private:
    void fail(const QString &text, bool offline = false);
    void answer(int httpStatus, const QJsonObject &body);
    [[nodiscard]] ApiClient *api() const;

    QString m_estateId;
    QString m_from;
    QString m_to;
    QString m_state = QStringLiteral("idle");
    QString m_errorText;
    QVariantList m_months;
    QVariantList m_buildings;
    QVariantMap m_totals;
    qint64 m_receivableFen = 0;
    bool m_offline = false;
    int m_request = 0; ///< the newest question: an older answer arriving later is dropped
    QPointer<ApiClient> m_api;
};

} // namespace Courtyard::Client
