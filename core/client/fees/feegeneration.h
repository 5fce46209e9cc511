#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <qqmlintegration.h>

namespace Courtyard::Client {

class ApiClient;

/**
 * A manager's bill run for one period (QML "BillGeneration"): POST
 * /v1/estates/{id}/bills/generate, first as a dry run (check()) whose report says what would
 * be made, then for real (apply()). Online only; the server makes nothing twice, so applying
 * again only reports the bills as existing.
 */
class FeeGeneration : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(BillGeneration)
    Q_PROPERTY(QString estateId READ estateId WRITE setEstateId NOTIFY estateIdChanged)
    /// idle, checking, checked, applying, applied, failed.
    Q_PROPERTY(QString state READ state NOTIFY changed)
    /// The state as the page shows it: the dry run asked or answered, the bills being made or made.
    Q_PROPERTY(bool checking READ checking NOTIFY changed)
    Q_PROPERTY(bool checked READ checked NOTIFY changed)
    Q_PROPERTY(bool applying READ applying NOTIFY changed)
    Q_PROPERTY(bool applied READ applied NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
    /// A report is in (of the dry run or of the real run).
    Q_PROPERTY(bool reported READ reported NOTIFY changed)
    /// The estate's month today ("YYYY-MM"): the period field starts there and shows it as the example.
    Q_PROPERTY(QString thisPeriod READ thisPeriod NOTIFY estateIdChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString period READ period NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    /// The report's lines for people: [{title, value}].
    Q_PROPERTY(QVariantList report READ report NOTIFY changed)
    /// A dry run was checked for this period and may be applied.
    Q_PROPERTY(bool canApply READ canApply NOTIFY changed)

public:
    explicit FeeGeneration(QObject *parent = nullptr);

    [[nodiscard]] QString estateId() const { return m_estateId; }
    void setEstateId(const QString &id);
    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] bool busy() const { return checking() || applying(); }
    [[nodiscard]] bool checking() const { return m_state == u"checking"; }
    [[nodiscard]] bool checked() const { return m_state == u"checked"; }
    [[nodiscard]] bool applying() const { return m_state == u"applying"; }
    [[nodiscard]] bool applied() const { return m_state == u"applied"; }
    [[nodiscard]] bool failed() const { return m_state == u"failed"; }
    [[nodiscard]] bool reported() const { return checked() || applied(); }
    [[nodiscard]] QString thisPeriod() const;
    [[nodiscard]] QString period() const { return m_period; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QVariantList report() const { return m_report; }
    [[nodiscard]] bool canApply() const { return checked(); }
    void setApi(ApiClient *api) { m_api = api; }

    /// The dry run for @p period ("YYYY-MM").
    Q_INVOKABLE void check(const QString &period);
    /// Makes the bills of the period checked last.
    Q_INVOKABLE void apply();
    /// Takes the server's answer (0: none came); the tour shows sample reports through it.
    Q_INVOKABLE void takeAnswer(int httpStatus, const QJsonObject &body, bool dryRun);

Q_SIGNALS:
    void estateIdChanged();
    void changed();
    /// The bills were made (the real run answered).
    void billsMade();

private:
    void send(bool dryRun);
    void fail(const QString &text);
    [[nodiscard]] ApiClient *api() const;

    QString m_estateId;
    QString m_state = QStringLiteral("idle");
    QString m_period;
    QString m_errorText;
    QVariantList m_report;
    QPointer<ApiClient> m_api;
};

} // namespace Courtyard::Client
