#include "testfixtures.h"

#include <QColor>
#include <QFile>
#include <QImage>

using namespace Qt::StringLiterals;

TestFixtures::TestFixtures(QObject *parent)
    : QObject(parent)
{
}

QUrl TestFixtures::imageFile(int n)
{
    const QString path = m_dir.filePath(u"photo-%1.jpg"_s.arg(n));
    if (!QFile::exists(path)) {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((n * 47) % 360, 200, 220));
        if (!image.save(path, "JPEG"))
            return {};
    }
    return QUrl::fromLocalFile(path);
}

QString TestFixtures::tempPath(const QString &name) const
{
    return m_dir.filePath(name);
}
