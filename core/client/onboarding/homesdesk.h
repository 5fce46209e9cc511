#pragma once

#include "kit/commanddesk.h"
#include "kit/storewatcher.h"

#include <QJsonObject>
#include <QVariantList>
#include <QVariantMap>
#include <qqmlintegration.h>

namespace Courtyard::Client {

class Viewer;

/**
 * A resident's homes (`Onboarding.homes` in QML while an account is open): the units they
 * belong to and how (the residency entity), the one they act for (kept in the account's store
 * and set on the viewer, so forms default to it), and what they may do there — an owner
 * invites a tenant or family member with a join code (`joinCode.issue`, when the estate allows
 * it), withdraws an open code (`joinCode.revoke`) and removes the others of the unit
 * (`resident.remove`); anyone leaves a home. Every act is a command through the outbox: it
 * is saved first and sent when there is a connection; a new code shows once the server made it.
 *
 * The lists are read again when the store changes them: a binding that reads `revision` (or
 * `homes`) follows.
 */
class HomesDesk : public CommandDesk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Onboarding.homes")
    /// [{residencyId, unitId, unitLabel, estateId, estateName, relation, relationLabel, acting,
    ///   canInvite}], by label; the viewer's units when the store has no residency of theirs yet.
    Q_PROPERTY(QVariantList homes READ homes NOTIFY changed)
    Q_PROPERTY(QString actingUnitId READ actingUnitId NOTIFY changed)
    /// Moves with every change of the records the desk reads.
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    HomesDesk(LocalStore &store, AttachmentQueue &attachments, Viewer &viewer, QString mediaDir,
              QObject *parent = nullptr);

    [[nodiscard]] QVariantList homes() const { return m_homes; }
    [[nodiscard]] QString actingUnitId() const;
    [[nodiscard]] int revision() const { return m_revision; }

    /// The unit the person acts for from now on (kept for the account).
    Q_INVOKABLE bool setActingUnit(const QString &unitId);
    /// Whether the viewer may invite to @p unitId: an owner there, in an estate that allows it.
    Q_INVOKABLE bool canInvite(const QString &unitId) const;
    /// Issues a join code for a tenant or family member of @p unitId; returns its id (the code
    /// itself arrives with the server's answer), "" with lastError set.
    Q_INVOKABLE QString invite(const QString &unitId, const QString &relation);
    /// A join code: {id, code, codeDisplay, qrSource, state, relation, relationLabel,
    /// expiresText, waiting (not made by the server yet)}; empty when unknown.
    Q_INVOKABLE QVariantMap joinCode(const QString &id) const;
    /// The unit's open codes, newest first: joinCode() of each.
    Q_INVOKABLE QVariantList openCodes(const QString &unitId) const;
    Q_INVOKABLE bool revokeCode(const QString &id);
    /// The people of @p unitId: [{residencyId, name, phoneMasked, relation, relationLabel, self,
    /// removable}], owners first.
    Q_INVOKABLE QVariantList residents(const QString &unitId) const;
    /// Removes someone from their unit (the viewer themselves: leaving the home).
    Q_INVOKABLE bool removeResident(const QString &residencyId);

    /// The QR image of a code (image://qr/…).
    Q_INVOKABLE static QString qrSource(const QString &code);

Q_SIGNALS:
    void changed();

private:
    void reload();
    [[nodiscard]] QList<QJsonObject> rows(const QString &sql, const QVariantList &values) const;
    [[nodiscard]] QString relationIn(const QString &unitId) const;
    [[nodiscard]] QString storedChoice() const;

    Viewer &m_viewerRw;
    StoreWatcher m_watcher;
    QVariantList m_homes;
    int m_revision = 0;
    QStringList m_profileAskedFor; ///< the units of the last profile refresh asked for
};

} // namespace Courtyard::Client
