#pragma once

#include "fieldlimits.h"

#include <QObject>
#include <QString>
#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * fieldlimits.h in QML (singleton "Limits" of Courtyard.Core): the limits every feature shares,
 * and how a text's length is counted — characters (code points, Text::length), as the server
 * counts them — so a counter on a form agrees with the server. A feature's own limits come
 * from its module (e.g. TicketLimits in Courtyard.Tickets).
 */
class Limits : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int nameMax MEMBER m_nameMax CONSTANT)
    Q_PROPERTY(int phoneMin MEMBER m_phoneMin CONSTANT)
    Q_PROPERTY(int phoneMax MEMBER m_phoneMax CONSTANT)
    Q_PROPERTY(int passwordMin MEMBER m_passwordMin CONSTANT)
    Q_PROPERTY(int passwordMax MEMBER m_passwordMax CONSTANT)

public:
    explicit Limits(QObject *parent = nullptr);

    /// Characters as the contract counts them ("😀" is 1).
    Q_INVOKABLE static int length(const QString &text);
    /// False for text that cannot be sent (an unpaired surrogate, a noncharacter).
    Q_INVOKABLE static bool isWellFormed(const QString &text);

private:
    int m_nameMax = Courtyard::Limits::NameMax;
    int m_phoneMin = Courtyard::Limits::PhoneMin;
    int m_phoneMax = Courtyard::Limits::PhoneMax;
    int m_passwordMin = Courtyard::Limits::PasswordMin;
    int m_passwordMax = Courtyard::Limits::PasswordMax;
};

} // namespace Courtyard::Client
