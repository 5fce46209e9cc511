#pragma once

#include <QString>
#include <QStringView>

/// Text as every layer measures and cleans it: one definition of a text's length (Unicode
/// code points, as JSON Schema's maxLength counts), one trimming rule, and one rule for what
/// text may hold at all. The server, the core and QML (through the core) use these.
namespace Courtyard::Text {

/// Trims white space at both ends and turns CR LF and lone CR into LF.
[[nodiscard]] QString clean(const QString &text);
/// Characters (code points): "😀" is 1 where QString::size() says 2.
[[nodiscard]] qsizetype length(QStringView text);
/// False for an unpaired UTF-16 surrogate or a Unicode noncharacter (U+FDD0..U+FDEF,
/// U+xxFFFE, U+xxFFFF): text that would not arrive as it was sent.
[[nodiscard]] bool isWellFormed(QStringView text);
/// True for a control character other than LF and TAB.
[[nodiscard]] bool hasControlCharacters(QStringView text);

} // namespace Courtyard::Text
