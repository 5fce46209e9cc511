// The work-order life cycle and who may move it: the table the server enforces and the
// apps use to hide what cannot be done.
#include "tickets/ticketrules.h"

#include <QTest>

using namespace Courtyard;
using namespace Qt::StringLiterals;
using S = TicketStatus;
using A = TicketAction;

class TstTicketRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip()
    {
        for (S s : {S::Submitted, S::Accepted, S::Assigned, S::OnSite, S::OnHold, S::Resolved, S::Closed, S::Cancelled,
                    S::Reopened})
            QCOMPARE(TicketRules::statusFromName(TicketRules::statusName(s)), std::optional<S>(s));
        for (A a : {A::Accept, A::SetPriority, A::Assign, A::OpenToPool, A::Take, A::CheckIn, A::Hold, A::Resume,
                    A::Resolve, A::Confirm, A::Reject, A::Cancel, A::Note, A::CallBack, A::Convert})
            QCOMPARE(TicketRules::actionFromCommand(TicketRules::actionCommand(a)), std::optional<A>(a));
        QVERIFY(!TicketRules::statusFromName(u"SUBMITTED"));
        QVERIFY(!TicketRules::actionFromCommand(u"ticket.delete"));
        QVERIFY(!roleFromName(u"admin"));
    }

    void happyPath()
    {
        S s = S::Submitted;
        for (auto [action, expected] : {std::pair{A::Accept, S::Accepted}, std::pair{A::Assign, S::Assigned},
                                        std::pair{A::CheckIn, S::OnSite}, std::pair{A::Resolve, S::Resolved},
                                        std::pair{A::Confirm, S::Closed}}) {
            const auto next = TicketRules::nextStatus(action, s);
            QVERIFY2(next.has_value(), qPrintable(TicketRules::actionCommand(action)));
            QCOMPARE(*next, expected);
            s = *next;
        }
        QVERIFY(TicketRules::isTerminal(s));
    }

    void illegalTransitions_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("from");
        QTest::newRow("resolve before check-in") << int(A::Resolve) << int(S::Assigned);
        QTest::newRow("confirm before resolved") << int(A::Confirm) << int(S::OnSite);
        QTest::newRow("rate twice") << int(A::Confirm) << int(S::Closed);
        QTest::newRow("cancel on site") << int(A::Cancel) << int(S::OnSite);
        QTest::newRow("cancel resolved") << int(A::Cancel) << int(S::Resolved);
        QTest::newRow("check in twice") << int(A::CheckIn) << int(S::OnSite);
        QTest::newRow("take an assigned order") << int(A::Take) << int(S::Assigned);
        QTest::newRow("hold a closed order") << int(A::Hold) << int(S::Closed);
        QTest::newRow("resume what is not held") << int(A::Resume) << int(S::Assigned);
        QTest::newRow("reject before resolved") << int(A::Reject) << int(S::Submitted);
        QTest::newRow("priority on a cancelled order") << int(A::SetPriority) << int(S::Cancelled);
        QTest::newRow("convert a closed order") << int(A::Convert) << int(S::Closed);
        QTest::newRow("convert a cancelled order") << int(A::Convert) << int(S::Cancelled);
    }
    void illegalTransitions()
    {
        QFETCH(int, action);
        QFETCH(int, from);
        QVERIFY(!TicketRules::allowedIn(A(action), S(from)));
    }

    void holdAndReopen()
    {
        QCOMPARE(TicketRules::nextStatus(A::Hold, S::OnSite), std::optional<S>(S::OnHold));
        QVERIFY(TicketRules::allowedIn(A::Resume, S::OnHold));
        QVERIFY(!TicketRules::nextStatus(A::Resume, S::OnHold)); // goes back to where it was held
        QCOMPARE(TicketRules::nextStatus(A::Reject, S::Resolved), std::optional<S>(S::Reopened));
        QCOMPARE(TicketRules::nextStatus(A::Accept, S::Reopened), std::optional<S>(S::Accepted));
        QVERIFY(TicketRules::allowedIn(A::Note, S::Closed));
    }

    void convertKeepsTheStatus()
    {
        QCOMPARE(TicketRules::actionCommand(A::Convert), u"ticket.convert"_s);
        for (S s : {S::Submitted, S::Accepted, S::Assigned, S::OnSite, S::OnHold, S::Resolved, S::Reopened}) {
            QVERIFY2(TicketRules::allowedIn(A::Convert, s), qPrintable(TicketRules::statusName(s)));
            QCOMPARE(TicketRules::nextStatus(A::Convert, s), std::optional<S>(s));
        }
        QVERIFY(TicketRules::convertible(u"complaint"));
        QVERIFY(!TicketRules::convertible(u"repair"));
        QVERIFY(!TicketRules::convertible(u"inquiry"));
        QVERIFY(!TicketRules::convertible(u""));
    }

    void whoMayAct_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("owner");
        QTest::addColumn<bool>("assignee");
        QTest::addColumn<bool>("inPool");
        QTest::addColumn<bool>("onBehalf");
        QTest::addColumn<bool>("allowed");
        const int res = int(Role::Resident), agent = int(Role::Agent), tech = int(Role::Technician),
                  mgr = int(Role::Manager);
        QTest::newRow("resident assigns") << int(A::Assign) << res << true << false << false << false << false;
        QTest::newRow("agent assigns") << int(A::Assign) << agent << false << false << false << false << true;
        QTest::newRow("manager accepts") << int(A::Accept) << mgr << false << false << false << false << true;
        QTest::newRow("technician accepts") << int(A::Accept) << tech << false << false << false << false << false;
        QTest::newRow("technician resolves own") << int(A::Resolve) << tech << false << true << false << false << true;
        QTest::newRow("technician resolves other's") << int(A::Resolve) << tech << false << false << false << false << false;
        QTest::newRow("agent resolves") << int(A::Resolve) << agent << false << false << false << false << false;
        QTest::newRow("technician takes from pool") << int(A::Take) << tech << false << false << true << false << true;
        QTest::newRow("technician takes outside pool") << int(A::Take) << tech << false << false << false << false << false;
        QTest::newRow("owner confirms") << int(A::Confirm) << res << true << false << false << false << true;
        QTest::newRow("stranger confirms") << int(A::Confirm) << res << false << false << false << false << false;
        QTest::newRow("owner confirms on-behalf order") << int(A::Confirm) << res << true << false << false << true << false;
        QTest::newRow("agent calls back on-behalf") << int(A::CallBack) << agent << false << false << false << true << true;
        QTest::newRow("agent calls back own-filed") << int(A::CallBack) << agent << false << false << false << false << false;
        QTest::newRow("owner cancels") << int(A::Cancel) << res << true << false << false << false << true;
        QTest::newRow("technician cancels") << int(A::Cancel) << tech << false << true << false << false << false;
        QTest::newRow("assignee holds") << int(A::Hold) << tech << false << true << false << false << true;
        QTest::newRow("resident notes own") << int(A::Note) << res << true << false << false << false << true;
        QTest::newRow("resident notes other's") << int(A::Note) << res << false << false << false << false << false;
        QTest::newRow("agent converts") << int(A::Convert) << agent << false << false << false << false << true;
        QTest::newRow("manager converts on-behalf") << int(A::Convert) << mgr << false << false << false << true << true;
        QTest::newRow("owner converts") << int(A::Convert) << res << true << false << false << false << false;
        QTest::newRow("assignee converts") << int(A::Convert) << tech << false << true << false << false << false;
    }
    void whoMayAct()
    {
        QFETCH(int, action);
        QFETCH(int, role);
        QFETCH(bool, owner);
        QFETCH(bool, assignee);
        QFETCH(bool, inPool);
        QFETCH(bool, onBehalf);
        QFETCH(bool, allowed);
        QCOMPARE(TicketRules::mayPerform(A(action), Role(role), TicketRelation{owner, assignee, inPool, onBehalf}), allowed);
    }

    void slaTightensWithPriority()
    {
        const auto urgent = TicketRules::defaultSla(TicketPriority::Urgent);
        const auto low = TicketRules::defaultSla(TicketPriority::Low);
        QVERIFY(urgent.responseMinutes < low.responseMinutes);
        QVERIFY(urgent.resolveMinutes < low.resolveMinutes);
        QVERIFY(urgent.responseMinutes < urgent.resolveMinutes);
    }
};

QTEST_APPLESS_MAIN(TstTicketRules)
#include "tst_ticketrules.moc"
