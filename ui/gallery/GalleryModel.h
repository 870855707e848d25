#pragma once

#include "core/Job.h"
#include "store/JobQuery.h"

#include <QAbstractListModel>
#include <QList>

namespace rc {
class ClipLibrary;
class GenerationService;
class JobRepository;
} // namespace rc

namespace rc::ui {

class ThumbnailCache;

// History as a paged list (Qt's fetchMore pattern): the first page loads at once, the next when
// the view scrolls near the end. Display roles carry text for people; raw roles (dates, micros,
// seconds) carry values a proxy or a test can sort and compare. It re-reads the loaded window
// when the service finishes a job or the library changes a clip, and applies the difference as
// row inserts and removals, so a finished clip appears at once without losing the selection.
class GalleryModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GalleryModel)

public:
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        PromptRole,
        StateRole,          // int(JobState)
        ProviderRole,
        ModelRole,
        CreatedRole,        // QDateTime
        FinishedRole,       // QDateTime
        CostMicrosRole,     // qint64
        DurationSecRole,    // int
        SizeRole,           // "1280x720"
        FavouriteRole,      // bool
        VideoPathRole,
        ThumbnailPathRole,
        FileBytesRole,      // qint64
        ErrorRole,
        ParentRole,         // JobId of the clip this one is an edit of; 0 for none
    };

    GalleryModel(JobRepository &jobs, GenerationService &service, ClipLibrary &library, ThumbnailCache &thumbnails,
                 QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Finished clips can be dragged out: the drag carries their video files as file URLs, which
    // file managers copy and editors open.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Filters and order; limit and offset are the model's own business.
    void setQuery(const JobQuery &query);
    JobQuery query() const { return m_query; }
    int totalCount() const { return m_total; }
    void setPageSize(int rows) { m_pageSize = rows; }
    int rowOf(JobId id) const;
    std::optional<Job> jobAt(int row) const;
    // Re-reads the loaded window and applies the difference.
    void refresh();

private:
    void onThumbnail(const QString &path);

    JobRepository &m_jobs;
    ThumbnailCache &m_thumbnails;
    JobQuery m_query;
    QList<Job> m_rows;
    int m_total = 0;
    int m_pageSize = 60;
    bool m_notifying = false;
};

} // namespace rc::ui
