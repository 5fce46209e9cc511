#pragma once

#include "roles.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * Who is acting: the signed-in person as the rules see them (`Workspace.viewer` in QML, filled
 * on sign-in, empty while signed out). Desks, details and models take one instead of reaching
 * for the session; a test or a screen may make its own (`Viewer { userId: "res-1"; roleName:
 * "resident"; unitIds: ["unit-a"] }`).
 */
class Viewer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString userId READ id WRITE setId NOTIFY changed)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY changed)
    /// "resident", "agent", "technician" or "manager" as on the wire.
    Q_PROPERTY(QString roleName READ roleName WRITE setRoleName NOTIFY changed)
    Q_PROPERTY(QStringList estateIds READ estateIds WRITE setEstateIds NOTIFY changed)
    Q_PROPERTY(QStringList unitIds READ unitIds WRITE setUnitIds NOTIFY changed)
    /// The unit a resident with several acts for (forms default to it); one of unitIds, the
    /// only one when there is one, empty otherwise. A module keeps the person's choice.
    Q_PROPERTY(QString actingUnitId READ actingUnitId WRITE setActingUnitId NOTIFY changed)
    /// The office side (agent, manager): Courtyard::isOffice, the one definition.
    Q_PROPERTY(bool office READ isOffice NOTIFY changed)
    Q_PROPERTY(bool staff READ isStaff NOTIFY changed)
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY changed)

public:
    explicit Viewer(QObject *parent = nullptr);
    Viewer(QString id, Courtyard::Role role, QStringList estateIds = {}, QStringList unitIds = {},
           QObject *parent = nullptr);

    [[nodiscard]] QString id() const { return m_id; }
    void setId(const QString &id);
    [[nodiscard]] QString name() const { return m_name; }
    void setName(const QString &name);
    [[nodiscard]] Courtyard::Role role() const { return m_role; }
    void setRole(Courtyard::Role role);
    [[nodiscard]] QString roleName() const { return Courtyard::roleName(m_role); }
    void setRoleName(const QString &name);
    [[nodiscard]] QStringList estateIds() const { return m_estateIds; }
    void setEstateIds(const QStringList &ids);
    [[nodiscard]] QStringList unitIds() const { return m_unitIds; }
    void setUnitIds(const QStringList &ids);
    [[nodiscard]] QString actingUnitId() const;
    void setActingUnitId(const QString &id);
    [[nodiscard]] bool isOffice() const { return Courtyard::isOffice(m_role); }
    [[nodiscard]] bool isStaff() const { return Courtyard::isStaff(m_role); }
    [[nodiscard]] bool isSignedIn() const { return !m_id.isEmpty(); }

    /// Everything at once (one changed()).
    void set(const QString &id, const QString &name, Courtyard::Role role, const QStringList &estateIds,
             const QStringList &unitIds);
    void clear();

Q_SIGNALS:
    void changed();

private:
    QString m_id;
    QString m_name;
    Courtyard::Role m_role = Courtyard::Role::Resident;
    QStringList m_estateIds;
    QStringList m_unitIds;
    QString m_actingUnitId; ///< as chosen; actingUnitId() checks it against m_unitIds
};

} // namespace Courtyard::Client
