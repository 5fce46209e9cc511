#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Courtyard::Server::Csv {

/// A file's lines as text. The encoding is decided for the whole file: a BOM means UTF-8;
/// otherwise UTF-8 if every line is; otherwise GB18030, unless UTF-8 explains more of the
/// lines (a UTF-8 file with one stray byte).
struct Text
{
    QStringList lines;
    QSet<int> badLines; ///< 0-based indexes of lines whose bytes are in neither encoding (or hold a NUL)
    QString encoding;   ///< "UTF-8" or "GB18030"
};

/// Splits at LF (never part of a multi-byte sequence in UTF-8 or GB18030; a CR before it is
/// dropped) and decodes each line on its own, so a bad byte is reported on its own line.
[[nodiscard]] Text decode(const QByteArray &bytes);

/// What stops a record from being read; the first one found counts.
enum class Problem {
    None,
    Encoding,       ///< a line of it is in neither encoding
    QuoteInCell,    ///< a quote inside an unquoted cell
    AfterQuote,     ///< text after the closing quote of a cell
    Unclosed,       ///< a quoted cell runs to the end of the file
};

struct Record
{
    int line = 0; ///< 1-based line it starts on
    QStringList cells;
    int problemLine = 0; ///< 1-based line of the problem
    Problem problem = Problem::None;

    /// No problem and every cell empty.
    [[nodiscard]] bool blank() const;
};

/**
 * RFC 4180 over decoded lines: comma-separated cells; a cell in double quotes may hold
 * commas, line breaks and doubled quotes. Cells are trimmed (spreadsheets pad them). The
 * estate's unit import and the fees' payment import read their files with it.
 */
class Reader
{
public:
    explicit Reader(const Text &text) : m_text(text) {}
    /// The next record; false at the end.
    bool read(Record *record);

private:
    const Text &m_text;
    int m_next = 0;
};

} // namespace Courtyard::Server::Csv
