#include "formats.h"

#include "fieldlimits.h"

namespace Courtyard::Formats {

bool isSha256(QStringView hex)
{
    if (hex.size() != 64)
        return false;
    for (QChar c : hex) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

bool isContactPhone(QStringView phone)
{
    if (phone.size() < Limits::PhoneMin || phone.size() > Limits::PhoneMax)
        return false;
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const char16_t c = phone.at(i).unicode();
        if (!(c >= u'0' && c <= u'9') && !(i == 0 && c == u'+') && c != u'-' && c != u' ')
            return false;
    }
    return true;
}

} // namespace Courtyard::Formats
