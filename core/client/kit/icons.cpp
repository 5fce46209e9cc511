#include "kit/icons.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

QHash<QString, QString> loadTable()
{
    QHash<QString, QString> table;
    QFile file(u":/courtyard/icons/codepoints"_s);
    if (!file.open(QIODevice::ReadOnly))
        return table;
    // "<name> <hex codepoint>" per line.
    const QList<QByteArray> lines = file.readAll().split('\n');
    table.reserve(lines.size());
    for (const QByteArray &line : lines) {
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            continue;
        bool ok = false;
        const uint codepoint = line.mid(space + 1).trimmed().toUInt(&ok, 16);
        if (ok && codepoint > 0)
            table.insert(QString::fromLatin1(line.left(space)), QString::fromUcs4(reinterpret_cast<const char32_t *>(&codepoint), 1));
    }
    return table;
}

} // namespace

Icons::Icons(QObject *parent)
    : QObject(parent)
{
}

QString Icons::glyph(const QString &name)
{
    static const QHash<QString, QString> table = loadTable();
    return table.value(name, name);
}

} // namespace Courtyard::Client
