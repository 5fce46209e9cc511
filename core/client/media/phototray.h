#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <qqmlintegration.h>

namespace Courtyard::Client {

class PhotoPipeline;

/**
 * The photos picked for one form (a new request, a note, a fix report, a signature). Each
 * picked file is processed off the UI thread by PhotoPipeline — oriented, downscaled, stripped
 * of EXIF and GPS, re-encoded as JPEG — into the account's media folder, named by its SHA-256;
 * the form hands `hashes` to Workspace.tickets, which queues their upload with the command.
 */
class PhotoTray : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY changed)
    Q_PROPERTY(bool full READ isFull NOTIFY changed)
    Q_PROPERTY(QStringList hashes READ hashes NOTIFY changed)
    Q_PROPERTY(int maximum READ maximum WRITE setMaximum NOTIFY changed)
    /// Where processed photos go; the signed-in account's media folder by default.
    Q_PROPERTY(QString outputDir READ outputDir WRITE setOutputDir NOTIFY changed)
    /// The reason the last photo was refused, translated; empty when none.
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

public:
    enum Role { Sha256Role = Qt::UserRole + 1, PreviewUrlRole, BusyRole, ErrorRole };

    explicit PhotoTray(QObject *parent = nullptr);
    ~PhotoTray() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] bool isFull() const { return m_items.size() >= m_maximum; }
    [[nodiscard]] QStringList hashes() const;
    [[nodiscard]] int maximum() const { return m_maximum; }
    void setMaximum(int maximum);
    [[nodiscard]] QString outputDir() const;
    void setOutputDir(const QString &dir);
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /// Adds a picked file (file URL or path); false when the tray is full or it is not a file.
    Q_INVOKABLE bool add(const QUrl &url);
    Q_INVOKABLE void remove(int index);
    Q_INVOKABLE void clear();
    /// A writable path in the temporary folder for a file the form makes itself (a signature).
    Q_INVOKABLE static QString tempPath(const QString &name);

Q_SIGNALS:
    void countChanged();
    void changed();
    /// A photo could not be used; reason is translated.
    void refused(const QString &reason);

private:
    struct Item
    {
        quint64 key = 0;
        QString sha256;
        QString path;
        bool busy = true;
        QString error;
    };
    void finished(quint64 key, bool ok, const QString &sha256, const QString &path, int errorKind);

    QList<Item> m_items;
    int m_maximum = 6;
    quint64 m_nextKey = 1;
    QString m_outputDir;
    QString m_lastError;
    PhotoPipeline *m_pipeline = nullptr;
};

} // namespace Courtyard::Client
