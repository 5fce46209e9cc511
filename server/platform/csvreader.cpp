#include "csvreader.h"

#include <QStringDecoder>

#include <iconv.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::Csv {

namespace {

/// GB18030 through Qt where Qt has it (QStringDecoder knows encodings beyond the UTF ones
/// and Latin-1 only when Qt is built with ICU, as Debian's Qt 6.4 is), otherwise through
/// glibc's iconv; both take the whole standard, four-byte sequences included.
class Gb18030
{
public:
    Gb18030()
        : m_qt("GB18030", QStringConverter::Flag::Stateless)
        , m_cd(m_qt.isValid() ? iconv_t(-1) : iconv_open("UTF-8", "GB18030"))
    {
    }
    ~Gb18030()
    {
        if (m_cd != iconv_t(-1))
            iconv_close(m_cd);
    }
    Gb18030(const Gb18030 &) = delete;
    Gb18030 &operator=(const Gb18030 &) = delete;
    /// The text of one line, or false when its bytes are not GB18030.
    bool decode(QByteArrayView in, QString *out)
    {
        if (m_qt.isValid()) {
            // A fresh decoder per line: no state (or error) carries over from the last one.
            QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
            *out = decoder(in);
            return !decoder.hasError();
        }
        if (m_cd == iconv_t(-1))
            return false;
        iconv(m_cd, nullptr, nullptr, nullptr, nullptr); // a fresh state for each line
        // Two GB18030 bytes make at most three UTF-8 bytes, four make four.
        m_buffer.resize(in.size() * 2 + 8);
        char *src = const_cast<char *>(in.data());
        size_t srcLeft = size_t(in.size());
        char *dst = m_buffer.data();
        size_t dstLeft = size_t(m_buffer.size());
        if (iconv(m_cd, &src, &srcLeft, &dst, &dstLeft) == size_t(-1) || srcLeft != 0)
            return false;
        if (iconv(m_cd, nullptr, nullptr, &dst, &dstLeft) == size_t(-1))
            return false;
        *out = QString::fromUtf8(m_buffer.constData(), dst - m_buffer.constData());
        return true;
    }

private:
    QStringDecoder m_qt;
    iconv_t m_cd;
    QByteArray m_buffer;
};

bool decodeUtf8(QByteArrayView in, QString *out)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    *out = decoder(in);
    return !decoder.hasError();
}

} // namespace

Text decode(const QByteArray &bytes)
{
    QByteArrayView rest(bytes);
    const bool bom = rest.startsWith("\xEF\xBB\xBF");
    if (bom)
        rest = rest.sliced(3);
    QList<QByteArrayView> raw;
    while (true) {
        const qsizetype lf = rest.indexOf('\n');
        QByteArrayView line = lf < 0 ? rest : rest.first(lf);
        if (line.endsWith('\r'))
            line.chop(1);
        raw.append(line);
        if (lf < 0)
            break;
        rest = rest.sliced(lf + 1);
    }
    // A NUL is valid in both encodings but is no spreadsheet's text (UTF-16 files are full
    // of them), and PostgreSQL refuses it in TEXT: such a line counts as undecodable.
    auto decodeWith = [&](auto &&decodeLine, Text *out) {
        out->lines.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            QString text;
            if (raw.at(i).contains('\0') || !decodeLine(raw.at(i), &text)) {
                out->badLines.insert(int(i));
                text.clear();
            }
            out->lines.append(text);
        }
    };
    Text utf8;
    utf8.encoding = u"UTF-8"_s;
    decodeWith(decodeUtf8, &utf8);
    if (bom || utf8.badLines.isEmpty())
        return utf8;
    Gb18030 converter;
    Text gb;
    gb.encoding = u"GB18030"_s;
    decodeWith([&](QByteArrayView in, QString *out) { return converter.decode(in, out); }, &gb);
    return utf8.badLines.size() < gb.badLines.size() ? utf8 : gb;
}

bool Record::blank() const
{
    return problem == Problem::None && std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.isEmpty(); });
}

bool Reader::read(Record *record)
{
    if (m_next >= m_text.lines.size())
        return false;
    *record = Record{};
    record->line = m_next + 1;
    QString cell;
    bool inQuotes = false, wasQuoted = false, afterQuote = false;
    auto fail = [&](int line, Problem why) {
        if (record->problem == Problem::None) {
            record->problemLine = line;
            record->problem = why;
        }
    };
    int i = m_next;
    while (true) {
        if (m_text.badLines.contains(i))
            fail(i + 1, Problem::Encoding);
        const QString &text = m_text.lines.at(i);
        for (qsizetype k = 0; k < text.size(); ++k) {
            const QChar c = text.at(k);
            if (inQuotes) {
                if (c != u'"') {
                    cell += c;
                } else if (k + 1 < text.size() && text.at(k + 1) == u'"') {
                    cell += c;
                    ++k;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else if (c == u',') {
                record->cells.append(cell.trimmed());
                cell.clear();
                wasQuoted = afterQuote = false;
            } else if (c == u'"') {
                if (!wasQuoted && cell.trimmed().isEmpty()) {
                    inQuotes = wasQuoted = true;
                    cell.clear();
                } else {
                    fail(i + 1, Problem::QuoteInCell);
                }
            } else if (afterQuote) {
                if (!c.isSpace())
                    fail(i + 1, Problem::AfterQuote);
            } else {
                cell += c;
            }
        }
        ++i;
        if (!inQuotes)
            break;
        if (i >= m_text.lines.size()) {
            fail(record->line, Problem::Unclosed);
            break;
        }
        cell += u'\n';
    }
    record->cells.append(cell.trimmed());
    m_next = i;
    return true;
}

} // namespace Courtyard::Server::Csv
