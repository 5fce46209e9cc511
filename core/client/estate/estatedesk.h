#pragma once

#include "kit/commanddesk.h"

#include <QJsonObject>
#include <QVariantMap>
#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * Every change of the estate's administration (docs/ESTATE-ADMIN.md, the commands table) goes
 * through here: estate settings and SLA targets, buildings, units, parking, staff accounts and
 * duty, join codes, residents, reset codes. Each call checks the form as the server will,
 * saves the command with its optimistic record in the outbox (CommandDesk::queue) and returns
 * the command id — or "" with `lastError` set. Forms ask check*() for per-field messages as
 * the person types, the same checks the save runs.
 *
 * What has no record of its own to show (a reset code sent to a phone) is queued all the
 * same: it goes once, when the phone is online, and a refusal comes back through the outbox.
 */
class EstateDesk : public CommandDesk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Estate.desk")

public:
    using CommandDesk::CommandDesk;

    /// estate.update with only the fields in @p changes (name, address, timeZone, dispatchMode, ownerInvites).
    Q_INVOKABLE QString updateEstate(const QString &estateId, const QVariantMap &changes);
    Q_INVOKABLE QString setSla(const QString &estateId, const QString &priority, int responseMinutes, int resolveMinutes);
    /// Creates (empty @p id) or renames a building; returns the command id.
    Q_INVOKABLE QString saveBuilding(const QString &id, const QString &estateId, const QString &name);
    /// {field: message} for the fields of a unit form that fail (number, floor, area, purpose,
    /// status, buildingId); empty when it may be saved. The area is text as typed.
    Q_INVOKABLE static QVariantMap checkUnit(const QVariantMap &form);
    /// Saves a unit form (id empty: a new unit); the area is text as typed ("89.5").
    Q_INVOKABLE QString saveUnit(const QVariantMap &form);
    Q_INVOKABLE QString saveParking(const QString &id, const QString &estateId, const QString &number, const QString &unitId);
    Q_INVOKABLE QString removeParking(const QString &id);
    /// {field: message} for a staff form (name, phone, role, estateIds).
    Q_INVOKABLE static QVariantMap checkStaff(const QVariantMap &form);
    /// Creates (id empty) or edits a staff account; a new one gets a setup code on its phone.
    Q_INVOKABLE QString saveStaff(const QVariantMap &form);
    Q_INVOKABLE QString deactivateStaff(const QString &id);
    Q_INVOKABLE QString reactivateStaff(const QString &id);
    Q_INVOKABLE QString setDuty(const QString &userId, bool onDuty);
    /// Issues a join code for a unit; the code itself comes with the server's answer (the
    /// joinCode record's `code`), so it shows once the phone has been online.
    Q_INVOKABLE QString issueJoinCode(const QString &unitId, const QString &relation, int validDays);
    Q_INVOKABLE QString revokeJoinCode(const QString &id);
    Q_INVOKABLE QString removeResident(const QString &residencyId);
    Q_INVOKABLE QString issueResetCode(const QString &userId);

    /// The record id the last save*/issue* call made or changed (a new building's id, ...).
    Q_INVOKABLE QString lastRecordId() const { return m_lastRecordId; }

private:
    [[nodiscard]] QJsonObject record(const QString &entity, const QString &id) const;
    QString m_lastRecordId;
};

} // namespace Courtyard::Client
