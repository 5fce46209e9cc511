// Joining a home from the resident app's core, against the real courtyard-server over HTTPS:
// the office issues a code (an agent through the API), the new resident checks it (what it is
// for), joins with name, phone and password and is signed in by the answer (no second login),
// and the unit's records arrive with the first sync. A used, expired, revoked or unknown code
// is refused in its own words; a signed-in resident adds another home with a code; removed
// from one home, their phone forgets it on its next pull while the other stays.
#include "../clientcore.h"
#include "media/attachmentqueue.h"
#include "onboarding/homesdesk.h"
#include "onboarding/joinform.h"
#include "onboarding/passwordforms.h"
#include "viewer.h"
#include "session.h"
#include "store/entityrepository.h"
#include "joincodes.h"
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

namespace {

const QString NewPhone = u"13800000991"_s;
const QString NewPassword = u"Lantern-Quiet-47"_s;
const QString FirstUnit = u"unit-1-1-0101"_s;
const QString SecondUnit = u"unit-1-2-0405"_s;

} // namespace

class TestJoinFlow : public QObject
{
    Q_OBJECT

private:
    TestServer m_server{TestServer::backendFromEnv()};
    std::unique_ptr<TestClient> m_agent;
    QTemporaryDir m_dir;
    std::unique_ptr<cytest::Core> m_core;
    std::unique_ptr<Session> m_session;
    QString m_firstCode;

    /// joinCode.issue by the agent; returns the code's text (read from the answer, else the sync).
    QString issue(const QString &unitId, const QString &relation, QString *id = nullptr)
    {
        const QString codeId = TestClient::newId();
        const HttpResponse r = m_agent->command(
            u"joinCode.issue"_s, {{u"id"_s, codeId}, {u"unitId"_s, unitId}, {u"relation"_s, relation}});
        if (r.status != 200) {
            qWarning("%s", qPrintable(r.describe()));
            return {};
        }
        if (id)
            *id = codeId;
        const QString inAnswer = r.object().value(u"data"_s).toObject().value(u"code"_s).toString();
        if (!inAnswer.isEmpty())
            return inAnswer;
        QJsonArray changes;
        qint64 cursor = 0;
        if (!m_agent->syncAll(0, &changes, &cursor))
            return {};
        for (const QJsonValue &c : std::as_const(changes)) {
            const QJsonObject o = c.toObject();
            if (o.value(u"entity"_s).toString() == u"joinCode"_s && o.value(u"id"_s).toString() == codeId)
                return o.value(u"data"_s).toObject().value(u"code"_s).toString();
        }
        return {};
    }

    /// check() on a fresh form; the form after it answered.
    void check(JoinForm &form, const QString &typed)
    {
        form.setSession(m_session.get());
        form.setCode(typed);
        QSignalSpy busy(&form, &JoinForm::busyChanged);
        form.check();
        QVERIFY(QTest::qWaitFor([&] { return !form.isBusy() && busy.count() >= 2; }, 20000));
    }

    bool sync()
    {
        if (!m_core->engine)
            return false; // no store: the join before failed
        bool ok = false;
        return m_core->cycle(&ok) && ok;
    }

    [[nodiscard]] QStringList myResidencyUnits()
    {
        QStringList units;
        QSqlQuery q = m_core->store.prepared(u"SELECT unit_id FROM residencies WHERE user_id = ? ORDER BY unit_id"_s);
        q.addBindValue(m_session->userId());
        if (m_core->store.exec(q)) {
            while (q.next())
                units << q.value(0).toString();
        }
        q.finish();
        return units;
    }

private Q_SLOTS:
    void initTestCase()
    {
        COURTYARD_REQUIRE_TEST_BACKEND();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_agent = std::make_unique<TestClient>(m_server);
        QVERIFY(m_agent->login(cytest::AgentPhone, cytest::DemoPassword).isValid());
        m_core = std::make_unique<cytest::Core>(m_dir.path(), QString(), m_server.baseUrl(), m_server.caFile());
        m_session = std::make_unique<Session>(&m_core->api, Session::Audience::Resident);
    }

    void cleanupTestCase() { m_server.stop(); }

    void unknownCode()
    {
        JoinForm form;
        check(form, u"zzzz-zzzz"_s);
        QCOMPARE(form.stage(), JoinForm::Stage::EnterCode);
        QVERIFY2(form.fieldErrors().value(u"code"_s).toString().contains(u"not known"_s),
                 qPrintable(form.fieldErrors().value(u"code"_s).toString()));
    }

    void malformedCodeNeverAsks()
    {
        JoinForm form;
        form.setSession(m_session.get());
        form.setCode(u"abc"_s);
        form.check();
        QVERIFY(!form.isBusy()); // refused here, nothing sent
        QVERIFY(!form.fieldErrors().value(u"code"_s).toString().isEmpty());
        form.setCode(u"ABCD-EFG0"_s); // 0 is not in the alphabet
        QVERIFY(!form.codeComplete());
    }

    void checkShowsWhatTheCodeIsFor()
    {
        m_firstCode = issue(FirstUnit, u"owner"_s);
        QVERIFY2(!m_firstCode.isEmpty(), "the agent could not issue a join code");
        JoinForm form;
        // Typed in lower case with a space: the same code.
        check(form, m_firstCode.left(4).toLower() + u' ' + m_firstCode.mid(4).toLower());
        QCOMPARE(form.code(), m_firstCode);
        QCOMPARE(form.codeDisplay(), m_firstCode.left(4) + u'-' + m_firstCode.mid(4));
        QVERIFY2(form.fieldErrors().isEmpty(), qPrintable(form.fieldErrors().value(u"code"_s).toString()));
        QCOMPARE(form.stage(), JoinForm::Stage::Details);
        QCOMPARE(form.estateName(), u"翠湖花园"_s);
        QVERIFY2(form.unitLabel().contains(u"0101"_s), qPrintable(form.unitLabel()));
        QCOMPARE(form.relation(), u"owner"_s);
    }

    void joinSignsInAndSyncsTheUnit()
    {
        JoinForm form;
        check(form, m_firstCode);
        QCOMPARE(form.stage(), JoinForm::Stage::Details);
        // The form's own checks first: nothing is sent.
        form.join(u""_s, u"12"_s, u"short"_s);
        QVERIFY(!form.isBusy());
        QCOMPARE(form.fieldErrors().size(), 3);

        QSignalSpy joined(&form, &JoinForm::joined);
        form.join(u"赵新"_s, NewPhone, NewPassword);
        QVERIFY(QTest::qWaitFor([&] { return !form.isBusy(); }, 20000));
        QVERIFY2(joined.count() == 1, qPrintable(form.errorText() + u" / "_s
                                                   + QStringList(form.fieldErrors().keys()).join(u',') + u": "_s
                                                   + form.fieldErrors().values().value(0).toString()));
        QVERIFY(m_session->isSignedIn());
        QVERIFY(m_core->api.hasSession()); // the answer's tokens, kept
        QCOMPARE(m_session->userName(), u"赵新"_s);
        QVERIFY(!m_session->userId().isEmpty());

        QVERIFY(m_core->openStore(m_dir.path(), m_session->userId()));
        QVERIFY(sync());
        EntityRepository repo(m_core->store);
        QVERIFY2(repo.get(u"unit"_s, FirstUnit).has_value(), "the joined unit did not sync");
        QCOMPARE(myResidencyUnits(), QStringList{FirstUnit});
        // The log never holds the password or the code.
        const QString log = m_server.log(200);
        QVERIFY(!log.contains(NewPassword));
        QVERIFY(!log.contains(m_firstCode));
    }

    /// The new owner invites a tenant: the command goes through the outbox, the code arrives
    /// with the server's answer; withdrawn, it is refused to whoever tries it.
    void ownerInvites()
    {
        QVERIFY(m_core->engine);
        AttachmentQueue attachments(m_core->store);
        Viewer viewer;
        viewer.set(m_session->userId(), m_session->userName(), Courtyard::Role::Resident, {u"est-1"_s}, {FirstUnit});
        HomesDesk desk(m_core->store, attachments, viewer, m_dir.filePath(u"media"_s));
        QCOMPARE(desk.homes().size(), 1);
        QCOMPARE(desk.homes().first().toMap().value(u"relation"_s).toString(), u"owner"_s);
        QCOMPARE(desk.actingUnitId(), FirstUnit);
        QVERIFY2(desk.canInvite(FirstUnit), "an owner in an estate that allows invites");
        QVERIFY(desk.invite(FirstUnit, u"owner"_s).isEmpty()); // owners are the office's to add
        const QString id = desk.invite(FirstUnit, u"tenant"_s);
        QVERIFY2(!id.isEmpty(), qPrintable(desk.lastError()));
        QVERIFY(desk.joinCode(id).value(u"waiting"_s).toBool()); // saved, not made yet
        QVERIFY(sync());
        const QVariantMap made = desk.joinCode(id);
        const QString code = made.value(u"code"_s).toString();
        QVERIFY2(Courtyard::JoinCodes::isWellFormed(code), qPrintable(code));
        QVERIFY(!made.value(u"waiting"_s).toBool());
        QCOMPARE(desk.openCodes(FirstUnit).size(), 1);
        // Someone checks it: a tenant of this unit.
        {
            JoinForm form;
            check(form, code);
            QCOMPARE(form.relation(), u"tenant"_s);
        }
        QVERIFY(desk.revokeCode(id));
        QVERIFY(sync());
        QCOMPARE(desk.joinCode(id).value(u"state"_s).toString(), u"revoked"_s);
        QVERIFY(desk.openCodes(FirstUnit).isEmpty());
        JoinForm form;
        check(form, code);
        QVERIFY(form.fieldErrors().value(u"code"_s).toString().contains(u"withdrawn"_s));
        // The owner is among the people of the home, not removable by themselves from there.
        const QVariantList people = desk.residents(FirstUnit);
        QCOMPARE(people.size(), 1);
        QVERIFY(people.first().toMap().value(u"self"_s).toBool());
        QVERIFY(!people.first().toMap().value(u"removable"_s).toBool());
    }

    /// The new resident changes their password: the wrong current one and a weak new one are
    /// refused at their fields; then the change holds (the old password no longer signs in).
    void changePassword()
    {
        QVERIFY(m_session->isSignedIn());
        auto submit = [&](ChangePasswordForm &form, const QString &current, const QString &next) {
            form.setSession(m_session.get());
            QSignalSpy busy(&form, &ChangePasswordForm::busyChanged);
            form.submit(current, next, next);
            return QTest::qWaitFor([&] { return !form.isBusy() && busy.count() >= 2; }, 20000);
        };
        {
            ChangePasswordForm form;
            QVERIFY(submit(form, u"not-the-password"_s, u"Harbour-Violet-83"_s));
            QVERIFY2(form.fieldErrors().contains(u"current"_s), qPrintable(form.errorText()));
        }
        {
            ChangePasswordForm form;
            QVERIFY(submit(form, NewPassword, u"password123"_s));
            QVERIFY2(form.fieldErrors().contains(u"password"_s), qPrintable(form.errorText()));
        }
        ChangePasswordForm form;
        QSignalSpy changed(&form, &ChangePasswordForm::changed);
        QVERIFY(submit(form, NewPassword, u"Harbour-Violet-83"_s));
        QVERIFY2(changed.count() == 1, qPrintable(form.errorText() + QStringList(form.fieldErrors().keys()).join(u',')));
        QVERIFY(form.isDone());
        QVERIFY(m_session->isSignedIn()); // this device stays signed in
        TestClient other(m_server);
        QVERIFY(!other.login(NewPhone, NewPassword).isValid());
        QVERIFY(other.login(NewPhone, u"Harbour-Violet-83"_s).isValid());
    }

    void usedCode()
    {
        JoinForm form;
        check(form, m_firstCode);
        QCOMPARE(form.stage(), JoinForm::Stage::EnterCode);
        QVERIFY2(form.fieldErrors().value(u"code"_s).toString().contains(u"already been used"_s),
                 qPrintable(form.fieldErrors().value(u"code"_s).toString()));
    }

    void revokedCode()
    {
        QString id;
        const QString code = issue(SecondUnit, u"family"_s, &id);
        QVERIFY(!code.isEmpty());
        const HttpResponse r = m_agent->command(u"joinCode.revoke"_s, {{u"id"_s, id}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        JoinForm form;
        check(form, code);
        QVERIFY2(form.fieldErrors().value(u"code"_s).toString().contains(u"withdrawn"_s),
                 qPrintable(form.fieldErrors().value(u"code"_s).toString()));
    }

    void expiredCode()
    {
        QString id;
        const QString code = issue(SecondUnit, u"family"_s, &id);
        QVERIFY(!code.isEmpty());
        // Seven days later: the server's clock is not ours to move, its row is.
        QString error;
        QVERIFY2(m_server.execSql(u"UPDATE join_codes SET expires_at = 1577836800000 WHERE id = '%1'"_s.arg(id),
                                  &error),
                 qPrintable(error));
        JoinForm form;
        check(form, code);
        QVERIFY2(form.fieldErrors().value(u"code"_s).toString().contains(u"expired"_s),
                 qPrintable(form.fieldErrors().value(u"code"_s).toString()));
    }

    void addAnotherHome()
    {
        QVERIFY(m_session->isSignedIn());
        const QString code = issue(SecondUnit, u"tenant"_s);
        QVERIFY(!code.isEmpty());
        JoinForm form;
        check(form, code);
        QCOMPARE(form.stage(), JoinForm::Stage::Details);
        QSignalSpy added(&form, &JoinForm::homeAdded);
        form.addHome();
        QVERIFY(QTest::qWaitFor([&] { return !form.isBusy(); }, 20000));
        QVERIFY2(added.count() == 1, qPrintable(form.errorText() + form.fieldErrors().value(u"code"_s).toString()));
        QCOMPARE(added.first().first().toString(), SecondUnit);
        QVERIFY(sync());
        QCOMPARE(myResidencyUnits(), (QStringList{FirstUnit, SecondUnit}));
    }

    /// The office removes them from the second home: the next pull forgets it, the first stays.
    void removedFromOneHome()
    {
        QString residencyId;
        QSqlQuery q = m_core->store.prepared(u"SELECT id FROM residencies WHERE user_id = ? AND unit_id = ?"_s);
        q.addBindValue(m_session->userId());
        q.addBindValue(SecondUnit);
        if (m_core->store.exec(q) && q.next())
            residencyId = q.value(0).toString();
        q.finish();
        QVERIFY(!residencyId.isEmpty());
        const HttpResponse r = m_agent->command(u"resident.remove"_s, {{u"residencyId"_s, residencyId}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QVERIFY(sync());
        QCOMPARE(myResidencyUnits(), QStringList{FirstUnit});
        EntityRepository repo(m_core->store);
        QVERIFY(repo.get(u"unit"_s, FirstUnit).has_value());
        QVERIFY2(!repo.get(u"residency"_s, residencyId).has_value(), "the removed residency is still on the phone");
        QVERIFY2(!repo.get(u"unit"_s, SecondUnit).has_value(), "the unit left is still on the phone");
    }
};

QTEST_MAIN(TestJoinFlow)
#include "tst_joinflow.moc"
