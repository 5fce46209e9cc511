#include "text.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Text {

namespace {

bool isNoncharacter(char32_t c)
{
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

} // namespace

QString clean(const QString &text)
{
    QString s = text.trimmed();
    s.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    return s;
}

qsizetype length(QStringView text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++n) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
    }
    return n;
}

bool isWellFormed(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            code = QChar::surrogateToUcs4(c, text.at(++i));
        } else if (c.isLowSurrogate()) {
            return false;
        }
        if (isNoncharacter(code))
            return false;
    }
    return true;
}

bool hasControlCharacters(QStringView text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            return true;
    }
    return false;
}

} // namespace Courtyard::Text
