#include "joincodes.h"

using namespace Qt::StringLiterals;

namespace Courtyard::JoinCodes {

QString normalized(QStringView typed)
{
    QString out;
    out.reserve(typed.size());
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-' || c == u'\u2010' || c == u'\u2013' || c == u'\u2014')
            continue;
        out.append(c.toUpper());
    }
    return out;
}

bool isWellFormed(QStringView code)
{
    if (code.size() != Length)
        return false;
    for (const QChar c : code) {
        if (!Alphabet.contains(c))
            return false;
    }
    return true;
}

QString grouped(QStringView typed)
{
    const QString code = normalized(typed);
    return code.size() > Length / 2 ? code.left(Length / 2) + u'-' + code.mid(Length / 2) : code;
}

QString qrText(QStringView code)
{
    return QrPrefix.toString() + normalized(code);
}

QString fromScanned(QStringView scanned)
{
    QStringView text = scanned.trimmed();
    if (text.startsWith(QrPrefix, Qt::CaseInsensitive))
        text = text.mid(QrPrefix.size());
    const QString code = normalized(text);
    return isWellFormed(code) ? code : QString();
}

QStringList relations()
{
    return {u"owner"_s, u"tenant"_s, u"family"_s};
}

QStringList invitableRelations()
{
    return {u"tenant"_s, u"family"_s};
}

} // namespace Courtyard::JoinCodes
