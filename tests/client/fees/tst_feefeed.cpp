// The fees module's items on the resident's home feed: bills overdue or due soon, and in-app
// reminders shown as new only outside the quiet hours (21:00–08:00 in the estate's zone).
#include "feestestutil.h"

#include "fees/feefeed.h"
#include "viewer.h"

using namespace FeesTest;

namespace {

QStringList ids(const QList<ShellRegistry::FeedItem> &items)
{
    QStringList out;
    for (const ShellRegistry::FeedItem &i : items)
        out << i.id;
    out.sort();
    return out;
}

const ShellRegistry::FeedItem *find(const QList<ShellRegistry::FeedItem> &items, const QString &id)
{
    for (const ShellRegistry::FeedItem &i : items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

} // namespace

class TestFeeFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void billsOverdueAndDueSoon()
    {
        QTemporaryDir dir;
        auto store = openFilled(dir);
        QVERIFY(store);
        const Viewer resident(u"usr-r1"_s, Courtyard::Role::Resident, {u"est-1"_s}, {Unit});
        // 2 Dec: November is overdue; December is due in 29 days, not soon.
        QList<ShellRegistry::FeedItem> items = FeeFeed::items(*store, resident, at(u"2026-12-02T10:00:00+08:00"_s));
        QCOMPARE(ids(items), QStringList{u"bill:bill-2026-11"_s});
        const ShellRegistry::FeedItem *overdue = find(items, u"bill:bill-2026-11"_s);
        QCOMPARE(overdue->title, u"¥260.02 overdue since 30 Nov 2026"_s);
        QCOMPARE(overdue->at, at(u"2026-12-01T00:00:00+08:00"_s));
        QCOMPARE(overdue->page.properties.value(u"billId"_s).toString(), u"bill-2026-11"_s);
        // 25 Dec: December is due within a week.
        items = FeeFeed::items(*store, resident, at(u"2026-12-25T10:00:00+08:00"_s));
        QCOMPARE(ids(items), (QStringList{u"bill:bill-2026-11"_s, u"bill:bill-2026-12"_s}));
        QCOMPARE(find(items, u"bill:bill-2026-12"_s)->title, u"¥360.02 due by 31 Dec 2026"_s);
        // Someone else's view of the store (another unit) sees none of it.
        const Viewer neighbour(u"usr-r2"_s, Courtyard::Role::Resident, {u"est-1"_s}, {u"unit-b"_s});
        QVERIFY(FeeFeed::items(*store, neighbour, at(u"2026-12-25T10:00:00+08:00"_s)).isEmpty());
    }

    void remindersWaitForTheMorning()
    {
        QTemporaryDir dir;
        auto store = openFilled(dir);
        QVERIFY(store);
        // Given at 22:00 in Shanghai (14:00 UTC), by app; another by SMS at 10:00 the next day.
        QVERIFY(put(*store, u"reminder"_s, reminder(u"rem-night"_s, u"app"_s, u"2026-12-02T14:00:00.000Z"_s)));
        QVERIFY(put(*store, u"reminder"_s, reminder(u"rem-sms"_s, u"sms"_s, u"2026-12-03T02:00:00.000Z"_s)));
        const Viewer resident(u"usr-r1"_s, Courtyard::Role::Resident, {u"est-1"_s}, {Unit});
        const auto reminders = [&](const QString &when) {
            return ids(FeeFeed::items(*store, resident, at(when))).filter(u"reminder:"_s);
        };
        QCOMPARE(reminders(u"2026-12-02T22:30:00+08:00"_s), QStringList());
        QCOMPARE(reminders(u"2026-12-03T07:59:59+08:00"_s), QStringList());
        QCOMPARE(reminders(u"2026-12-03T08:00:00+08:00"_s), QStringList{u"reminder:rem-night"_s});
        const QList<ShellRegistry::FeedItem> items = FeeFeed::items(*store, resident, at(u"2026-12-03T12:00:00+08:00"_s));
        const ShellRegistry::FeedItem *shown = find(items, u"reminder:rem-night"_s);
        QVERIFY(shown);
        QCOMPARE(shown->at, at(u"2026-12-03T08:00:00+08:00"_s)); // new from 08:00, not from 22:00
        QCOMPARE(shown->text, u"You owe ¥620.04 · tap to see your bills"_s);
        QVERIFY(!find(items, u"reminder:rem-sms"_s)); // a text message is not an app reminder

        // One given during the day shows at once.
        QVERIFY(put(*store, u"reminder"_s, reminder(u"rem-day"_s, u"app"_s, u"2026-12-03T03:00:00.000Z"_s)));
        QCOMPARE(reminders(u"2026-12-03T11:00:00+08:00"_s), (QStringList{u"reminder:rem-day"_s, u"reminder:rem-night"_s}));
    }
};

QTEST_GUILESS_MAIN(TestFeeFeed)
#include "tst_feefeed.moc"
