#pragma once

#include "core/Job.h"
#include "store/JobQuery.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QList>
#include <QThreadPool>
#include <functional>

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
// row inserts and removals, so a finished clip appears without losing the selection. Those
// re-reads run on a reader thread of the model's own (with its own store connection) and are
// coalesced, so a large history or a busy disk never stalls the window while jobs finish.
// A new query (a typed search, another filter or order) is read there too: the rows shown stay
// those of the last query read until its result arrives, and only the newest query's result is
// ever shown (typing fast makes at most the read under way plus one for the last text).
// The next page (fetchMore, as the view scrolls) is read there as well and appended when it
// arrives; a page asked for before a new query or a direct refresh is dropped.
// A favourite set in the gallery shows at once; the library's write lands later, and when it
// fails the rows are read again, so the store's value comes back.
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

    enum class Read { OffThread, Now };
    // Filters and order; limit and offset are the model's own business. Read::Now reads on this
    // thread before returning (for the first page a window shows before it appears); otherwise
    // the result comes from the reader thread as a model reset, then refreshed().
    void setQuery(const JobQuery &query, Read read = Read::OffThread);
    JobQuery query() const { return m_query; }
    int totalCount() const { return m_total; }
    void setPageSize(int rows) { m_pageSize = rows; }
    int rowOf(JobId id) const;
    std::optional<Job> jobAt(int row) const;
    ~GalleryModel() override;
    // Re-reads the loaded window now, on this thread, and applies the difference (after an
    // action whose result must be selectable at once, like an import).
    void refresh();
    // The same, read on the reader thread; calls while one runs fold into one more read.
    void scheduleRefresh();
    // True from setQuery() until its rows are shown.
    bool isQueryPending() const { return m_queryPending; }
    // True from fetchMore() until its page is appended or dropped.
    bool isPagePending() const { return m_pageInFlight; }
    // Runs `task` on the reader thread after the reads already queued there; reads asked for
    // meanwhile wait behind it (what a slow disk does: the tests hold the reader with it).
    QFuture<void> runOnReader(std::function<void()> task);

Q_SIGNALS:
    // A read from the reader thread (a re-read or a new query's rows) was applied.
    void refreshed();
    // A page read for fetchMore() was appended (`rows` of them) or, when stale, dropped (0).
    void pageArrived(int rows);

private:
    struct Snapshot
    {
        QList<Job> rows;
        int total = 0;
        quint64 generation = 0;
    };
    struct Page
    {
        QList<Job> rows;
        int offset = 0;
        quint64 generation = 0;
        quint64 shownReads = 0;
    };
    JobQuery windowQuery() const;
    void apply(const QList<Job> &fresh, int total);
    // Shows rows read for m_query: a reset when they answer a new query, else the difference.
    void show(const QList<Job> &fresh, int total);
    void onSnapshot();
    void onPage();
    void showFavourite(const QList<JobId> &ids, bool favourite);
    void onThumbnail(const QString &path);

    JobRepository &m_jobs;
    ThumbnailCache &m_thumbnails;
    JobQuery m_query;
    QList<Job> m_rows;
    int m_total = 0;
    int m_pageSize = 60;
    bool m_notifying = false;
    // One thread, kept alive: its store connection is opened once and closed in the destructor.
    QThreadPool m_reader;
    QFutureWatcher<Snapshot> m_watcher;
    QFutureWatcher<Page> m_pageWatcher;
    quint64 m_generation = 0; // bumped by every read on this thread: an older snapshot is stale
    bool m_readAgain = false;
    bool m_queryPending = false; // m_query changed and its rows are not shown yet
    bool m_pageInFlight = false; // fetchMore() asked for a page that has not arrived
    quint64 m_shownReads = 0;    // reads shown (show()): a page asked for before one is dropped
};

} // namespace rc::ui
