#pragma once

#include "kit/storewatcher.h"
#include "viewer.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <qqmlintegration.h>

#include <functional>

namespace Courtyard::Client {

class FeeLedger;

/**
 * One unit's fee account for the screens (QML "FeeAccount"): what is owed now in all and per
 * item, overdue bills, the credit (预存), the estate's payment instructions, the reminders
 * received, and as of when the phone knows it. The unit is `unitId`, or the viewer's acting
 * unit when that is empty (the resident's 缴费 tab). Every figure is fen from FeeLedger and
 * every text is made here (Money::format, the estate's time zone); QML only shows them.
 */
class FeeAccount : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QObject *store READ storeObject WRITE setStoreObject NOTIFY storeChanged)
    Q_PROPERTY(Courtyard::Client::Viewer *viewer READ viewer WRITE setViewer NOTIFY viewerChanged)
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY unitIdChanged)
    /// When the phone last heard from the server (SyncEngine.lastSyncAt); invalid: never.
    Q_PROPERTY(QDateTime syncedAt READ syncedAt WRITE setSyncedAt NOTIFY syncedAtChanged)

    /// The unit shown: unitId, else the viewer's acting unit.
    Q_PROPERTY(QString shownUnitId READ shownUnitId NOTIFY changed)
    Q_PROPERTY(QString unitLabel READ unitLabel NOTIFY changed)
    Q_PROPERTY(QString estateName READ estateName NOTIFY changed)
    Q_PROPERTY(bool hasBills READ hasBills NOTIFY changed)
    Q_PROPERTY(qint64 owedFen READ owedFen NOTIFY changed)
    Q_PROPERTY(QString owedText READ owedText NOTIFY changed)
    /// What is owed per item: [{label, amountFen, amountText, deduction}] — the open bills'
    /// lines by item, then what is already paid on those bills (deduction, negative).
    Q_PROPERTY(QVariantList items READ items NOTIFY changed)
    Q_PROPERTY(int openCount READ openCount NOTIFY changed)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY changed)
    /// "2 bills overdue since 31 Oct 2026" / "¥210.02 due by 31 Dec 2026" / "Nothing to pay".
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    Q_PROPERTY(qint64 creditFen READ creditFen NOTIFY changed)
    Q_PROPERTY(QString creditText READ creditText NOTIFY changed)
    /// The estate's payment instructions (feePolicy.instructions); empty when it has none.
    Q_PROPERTY(QString instructions READ instructions NOTIFY changed)
    /// [{reminderId, title, text}] newest first.
    Q_PROPERTY(QVariantList reminders READ reminders NOTIFY changed)
    /// "Status as of 2 Dec 2026, 10:30" in the estate's zone; "Not synced yet".
    Q_PROPERTY(QString asOfText READ asOfText NOTIFY changed)

public:
    explicit FeeAccount(QObject *parent = nullptr);
    ~FeeAccount() override;

    [[nodiscard]] QObject *storeObject() const;
    void setStoreObject(QObject *store);
    void setStore(LocalStore *store);
    [[nodiscard]] Viewer *viewer() const { return m_viewer; }
    void setViewer(Viewer *viewer);
    [[nodiscard]] QString unitId() const { return m_unitId; }
    void setUnitId(const QString &id);
    [[nodiscard]] QDateTime syncedAt() const { return m_syncedAt; }
    void setSyncedAt(const QDateTime &at);

    [[nodiscard]] QString shownUnitId() const;
    [[nodiscard]] QString unitLabel() const { return m_unitLabel; }
    [[nodiscard]] QString estateName() const { return m_estateName; }
    [[nodiscard]] bool hasBills() const { return m_hasBills; }
    [[nodiscard]] qint64 owedFen() const { return m_owedFen; }
    [[nodiscard]] QString owedText() const;
    [[nodiscard]] QVariantList items() const { return m_items; }
    [[nodiscard]] int openCount() const { return m_openCount; }
    [[nodiscard]] int overdueCount() const { return m_overdueCount; }
    [[nodiscard]] QString dueText() const { return m_dueText; }
    [[nodiscard]] qint64 creditFen() const { return m_creditFen; }
    [[nodiscard]] QString creditText() const;
    [[nodiscard]] QString instructions() const { return m_instructions; }
    [[nodiscard]] QVariantList reminders() const { return m_reminders; }
    [[nodiscard]] QString asOfText() const;

    /// Reads the store again now.
    Q_INVOKABLE void reload();
    /// The clock "today" and "overdue" are measured against (tests set their own).
    void setClock(std::function<qint64()> clock);

Q_SIGNALS:
    void storeChanged();
    void viewerChanged();
    void unitIdChanged();
    void syncedAtChanged();
    void changed();

private:
    void read(const FeeLedger &ledger);

    StoreWatcher m_watcher;
    QPointer<Viewer> m_viewer;
    QString m_unitId;
    QDateTime m_syncedAt;
    std::function<qint64()> m_clock;
    QTimer m_clockTimer; ///< "today" moves at the estate's midnight

    QString m_unitLabel;
    QString m_estateName;
    QByteArray m_zone;
    bool m_hasBills = false;
    qint64 m_owedFen = 0;
    QVariantList m_items;
    int m_openCount = 0;
    int m_overdueCount = 0;
    QString m_dueText;
    qint64 m_creditFen = 0;
    QString m_instructions;
    QVariantList m_reminders;
};

} // namespace Courtyard::Client
