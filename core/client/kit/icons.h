#pragma once

#include <QObject>
#include <QString>
#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * Material icon names to the icon font's characters (singleton "Icons" in QML):
 * Icons.glyph("build") is the single character U+E869. Drawing one character is far cheaper
 * than letting the font's ligatures turn the eleven letters of "location_on" into a glyph, and
 * a screen shows dozens of icons. The table is the font package's codepoints file, bundled
 * beside the font (":/courtyard/icons/codepoints"); an unknown name is returned as it is, so
 * the ligature still draws it.
 */
class Icons : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Icons(QObject *parent = nullptr);

    Q_INVOKABLE static QString glyph(const QString &name);
};

} // namespace Courtyard::Client
