#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPixmap>
#include <QSize>
#include <QStringList>

namespace rc::ui {

// Thumbnails for the gallery, decoded off the UI thread and kept in a least-recently-used cache
// of a fixed number of pixmaps, so scrolling 10,000 clips holds only what was seen lately.
// Requests are served newest first: the delegate asks for what it is painting, so the rows on
// screen load before rows the user already scrolled past (their stale requests are dropped).
class ThumbnailCache : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    explicit ThumbnailCache(QSize thumbSize, int capacity = 400, QObject *parent = nullptr);

    // The pixmap when cached; otherwise null, and a load is queued (thumbnailReady follows).
    QPixmap get(const QString &path);
    bool contains(const QString &path) const { return m_pixmaps.contains(path); }
    int size() const { return int(m_pixmaps.size()); }
    int capacity() const { return m_capacity; }
    void remove(const QString &path);

Q_SIGNALS:
    void thumbnailReady(const QString &path);

private:
    void pump();
    void insert(const QString &path, const QPixmap &pixmap);

    QSize m_thumbSize;
    int m_capacity;
    QHash<QString, QPixmap> m_pixmaps;
    QStringList m_recent;   // most recently used last
    QStringList m_pending;  // newest request last: served first
    QStringList m_loading;
    QStringList m_failed;   // not retried on every repaint
};

} // namespace rc::ui
