#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

/**
 * Files the QML tests need (singleton "TestFixtures" in Courtyard.TestSupport): small images
 * made on request in a temporary folder that lives as long as the test run.
 */
class TestFixtures : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit TestFixtures(QObject *parent = nullptr);

    /// A distinct JPEG (its own colour per @p n), as a file URL; made on the first call.
    Q_INVOKABLE QUrl imageFile(int n);
    /// A writable path in the run's temporary folder.
    Q_INVOKABLE QString tempPath(const QString &name) const;

private:
    QTemporaryDir m_dir;
};
