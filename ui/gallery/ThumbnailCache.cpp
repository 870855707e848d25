#include "gallery/ThumbnailCache.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QImage>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace rc::ui {
namespace {

constexpr int kParallelLoads = 2;
// Requests beyond this are for rows long scrolled past.
constexpr int kMaxPending = 120;

QImage loadScaled(const QString &path, QSize box)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid())
        reader.setScaledSize(full.scaled(box, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace

ThumbnailCache::ThumbnailCache(QSize thumbSize, int capacity, QObject *parent)
    : QObject(parent), m_thumbSize(thumbSize), m_capacity(capacity)
{
}

QPixmap ThumbnailCache::get(const QString &path)
{
    if (path.isEmpty())
        return {};
    auto it = m_pixmaps.constFind(path);
    if (it != m_pixmaps.constEnd()) {
        m_recent.removeOne(path);
        m_recent.append(path);
        return *it;
    }
    if (!m_loading.contains(path) && !m_failed.contains(path)) {
        m_pending.removeOne(path);
        m_pending.append(path);
        while (m_pending.size() > kMaxPending)
            m_pending.removeFirst();
        pump();
    }
    return {};
}

void ThumbnailCache::remove(const QString &path)
{
    m_pixmaps.remove(path);
    m_recent.removeOne(path);
    m_failed.removeOne(path);
}

void ThumbnailCache::pump()
{
    while (m_loading.size() < kParallelLoads && !m_pending.isEmpty()) {
        const QString path = m_pending.takeLast();
        m_loading.append(path);
        // A watcher connected before its future is set: the finished signal cannot be missed,
        // however fast the load.
        auto *watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, path] {
            const QImage image = watcher->result();
            watcher->deleteLater();
            m_loading.removeOne(path);
            if (image.isNull())
                m_failed.append(path);
            else
                insert(path, QPixmap::fromImage(image)); // QPixmap only on the UI thread
            Q_EMIT thumbnailReady(path);
            pump();
        });
        watcher->setFuture(QtConcurrent::run(loadScaled, path, m_thumbSize));
    }
}

void ThumbnailCache::insert(const QString &path, const QPixmap &pixmap)
{
    m_pixmaps.insert(path, pixmap);
    m_recent.removeOne(path);
    m_recent.append(path);
    while (m_recent.size() > m_capacity)
        m_pixmaps.remove(m_recent.takeFirst());
}

} // namespace rc::ui
