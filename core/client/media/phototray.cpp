#include "media/phototray.h"

#include "media/photopipeline.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {


QString reasonFor(PhotoJob::Error error)
{
    switch (error) {
    case PhotoJob::Error::NotAnImage:
        return QCoreApplication::translate("PhotoTray", "That file is not a photo.");
    case PhotoJob::Error::TooLarge:
        return QCoreApplication::translate("PhotoTray", "That photo is too large.");
    case PhotoJob::Error::ReadFailed:
        return QCoreApplication::translate("PhotoTray", "That photo could not be read.");
    case PhotoJob::Error::WriteFailed:
        return QCoreApplication::translate("PhotoTray", "There is no room to keep that photo on this device.");
    case PhotoJob::Error::None:
        break;
    }
    return {};
}

} // namespace

PhotoTray::PhotoTray(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &PhotoTray::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &PhotoTray::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &PhotoTray::countChanged);
}

PhotoTray::~PhotoTray() = default;

int PhotoTray::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant PhotoTray::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Sha256Role:
        return item.sha256;
    case PreviewUrlRole:
        return item.path.isEmpty() ? QUrl() : QUrl::fromLocalFile(item.path);
    case BusyRole:
        return item.busy;
    case ErrorRole:
        return item.error;
    default:
        return {};
    }
}

QHash<int, QByteArray> PhotoTray::roleNames() const
{
    return {{Sha256Role, "sha256"}, {PreviewUrlRole, "previewUrl"}, {BusyRole, "busy"}, {ErrorRole, "error"}};
}

bool PhotoTray::isBusy() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [](const Item &i) { return i.busy; });
}

QStringList PhotoTray::hashes() const
{
    QStringList out;
    for (const Item &i : m_items) {
        if (!i.busy && i.error.isEmpty() && !i.sha256.isEmpty())
            out << i.sha256;
    }
    return out;
}

void PhotoTray::setMaximum(int maximum)
{
    if (maximum < 1 || maximum == m_maximum)
        return;
    m_maximum = maximum;
    Q_EMIT changed();
}

QString PhotoTray::outputDir() const
{
    if (!m_outputDir.isEmpty())
        return m_outputDir;
    const Workspace *w = Workspace::instance();
    return w ? w->mediaDir() : QString();
}

void PhotoTray::setOutputDir(const QString &dir)
{
    if (m_outputDir == dir)
        return;
    m_outputDir = dir;
    delete m_pipeline;
    m_pipeline = nullptr;
    Q_EMIT changed();
}

bool PhotoTray::add(const QUrl &url)
{
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    const QString out = outputDir();
    QString refusal;
    if (isFull())
        refusal = QCoreApplication::translate("PhotoTray", "At most %1 photos.").arg(m_maximum);
    else if (out.isEmpty())
        refusal = QCoreApplication::translate("PhotoTray", "Sign in to add photos.");
    else if (path.isEmpty() || !QFileInfo(path).isFile())
        refusal = QCoreApplication::translate("PhotoTray", "That photo could not be read.");
    if (!refusal.isEmpty()) {
        m_lastError = refusal;
        Q_EMIT changed();
        Q_EMIT refused(refusal);
        return false;
    }
    if (!m_pipeline || m_pipeline->outputDir() != out) {
        delete m_pipeline;
        m_pipeline = new PhotoPipeline(out, this);
    }
    const quint64 key = m_nextKey++;
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items.append(Item{key, {}, {}, true, {}});
    endInsertRows();
    m_lastError.clear();
    Q_EMIT changed();
    PhotoJob *job = m_pipeline->process(path);
    connect(job, &PhotoJob::finished, this, [this, job, key] {
        finished(key, job->isOk(), job->result().sha256, job->result().path, int(job->error()));
    });
    return true;
}

void PhotoTray::finished(quint64 key, bool ok, const QString &sha256, const QString &path, int errorKind)
{
    for (int i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        if (item.key != key)
            continue;
        if (ok && std::any_of(m_items.cbegin(), m_items.cend(),
                              [&](const Item &other) { return other.key != key && other.sha256 == sha256; })) {
            // The same photo twice: keep one.
            remove(i);
            return;
        }
        item.busy = false;
        if (ok) {
            item.sha256 = sha256;
            item.path = path;
        } else {
            beginRemoveRows({}, i, i);
            m_items.removeAt(i);
            endRemoveRows();
            m_lastError = reasonFor(PhotoJob::Error(errorKind));
            Q_EMIT changed();
            Q_EMIT refused(m_lastError);
            return;
        }
        const QModelIndex at = index(i);
        Q_EMIT dataChanged(at, at);
        Q_EMIT changed();
        return;
    }
}

void PhotoTray::remove(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    beginRemoveRows({}, index, index);
    m_items.removeAt(index);
    endRemoveRows();
    Q_EMIT changed();
}

void PhotoTray::clear()
{
    if (m_items.isEmpty())
        return;
    beginResetModel();
    m_items.clear();
    endResetModel();
    Q_EMIT changed();
}

QString PhotoTray::tempPath(const QString &name)
{
    QString safe = QFileInfo(name).fileName();
    if (safe.isEmpty())
        safe = u"image.png"_s;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    return QDir(dir).filePath(u"courtyard-"_s + QString::number(QCoreApplication::applicationPid()) + u'-' + safe);
}

} // namespace Courtyard::Client
