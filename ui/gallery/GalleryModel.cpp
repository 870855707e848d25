#include "gallery/GalleryModel.h"

#include "gallery/ThumbnailCache.h"
#include "service/ClipLibrary.h"
#include "service/GenerationService.h"
#include "store/Database.h"
#include "store/JobRepository.h"

#include <QFileInfo>
#include <QtConcurrent>
#include <QLocale>
#include <QMimeData>
#include <QUrl>
#include <QSet>

namespace rc::ui {

GalleryModel::GalleryModel(JobRepository &jobs, GenerationService &service, ClipLibrary &library,
                           ThumbnailCache &thumbnails, QObject *parent)
    : QAbstractListModel(parent), m_jobs(jobs), m_thumbnails(thumbnails)
{
    m_reader.setMaxThreadCount(1);
    m_reader.setExpiryTimeout(-1);
    connect(&m_watcher, &QFutureWatcher<Snapshot>::finished, this, &GalleryModel::onSnapshot);
    connect(&m_pageWatcher, &QFutureWatcher<Page>::finished, this, &GalleryModel::onPage);
    // Stored, not added: a new job is announced before its row is written.
    connect(&service, &GenerationService::jobStored, this, &GalleryModel::scheduleRefresh);
    connect(&service, &GenerationService::jobFinished, this, &GalleryModel::scheduleRefresh);
    connect(&library, &ClipLibrary::clipRemoved, this, &GalleryModel::scheduleRefresh);
    connect(&library, &ClipLibrary::clipRestored, this, &GalleryModel::scheduleRefresh);
    connect(&library, &ClipLibrary::clipChanged, this, &GalleryModel::scheduleRefresh);
    connect(&library, &ClipLibrary::favouriteChanging, this, &GalleryModel::showFavourite);
    // The store kept its values: read them again, so what an edit showed early goes back.
    connect(&library, &ClipLibrary::editFailed, this, &GalleryModel::scheduleRefresh);
    connect(&thumbnails, &ThumbnailCache::thumbnailReady, this, &GalleryModel::onThumbnail);
    setQuery(JobQuery(), Read::Now);
}

GalleryModel::~GalleryModel()
{
    m_watcher.waitForFinished();
    m_pageWatcher.waitForFinished();
    // The reader's connection belongs to its thread: close it there before the thread goes.
    QtConcurrent::run(&m_reader, [db = &m_jobs.database()] { db->releaseThisThreadsConnection(); }).waitForFinished();
}

void GalleryModel::setQuery(const JobQuery &query, Read read)
{
    ++m_generation; // a read under way answers an older query: it is dropped when it arrives
    m_query = query;
    m_query.offset = 0;
    m_query.limit = m_pageSize;
    m_queryPending = true;
    if (read == Read::Now)
        show(m_jobs.list(m_query), m_jobs.count(m_query));
    else
        scheduleRefresh();
}

int GalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags GalleryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && !data(index, VideoPathRole).toString().isEmpty())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList GalleryModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

QMimeData *GalleryModel::mimeData(const QModelIndexList &indexes) const
{
    QList<QUrl> urls;
    for (const QModelIndex &index : indexes) {
        const QString path = data(index, VideoPathRole).toString();
        if (!path.isEmpty() && QFileInfo::exists(path))
            urls << QUrl::fromLocalFile(path);
    }
    if (urls.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

bool GalleryModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a new query is on its way: the next page would be the new query's, appended to
    // rows of the old one. Not while a page is on its way: the view asks again when it lands.
    return !parent.isValid() && !m_notifying && !m_queryPending && !m_pageInFlight
           && m_rows.size() < m_total;
}

void GalleryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    JobQuery q = m_query;
    q.offset = int(m_rows.size());
    q.limit = m_pageSize;
    JobRepository *jobs = &m_jobs;
    const quint64 generation = m_generation, shown = m_shownReads;
    m_pageInFlight = true;
    m_pageWatcher.setFuture(QtConcurrent::run(&m_reader, [jobs, q, generation, shown] {
        return Page{jobs->list(q), q.offset, generation, shown};
    }));
}

void GalleryModel::onPage()
{
    const Page page = m_pageWatcher.result();
    m_pageInFlight = false;
    // A new query or a direct refresh since it was asked for, or a re-read shown meanwhile (rows
    // may have come or gone above its offset): the page may not continue these rows.
    if (page.generation != m_generation || page.shownReads != m_shownReads || page.offset != m_rows.size()) {
        Q_EMIT pageArrived(0);
        // The view asked for more and will not ask again until it scrolls: ask for the page that
        // follows the rows now shown (nothing while a new query's rows are on their way).
        fetchMore(QModelIndex());
        return;
    }
    if (page.rows.isEmpty()) {
        m_total = int(m_rows.size()); // the store shrank under us
        Q_EMIT pageArrived(0);
        return;
    }
    ++m_generation; // a re-read started before this would cut the window back to its old size
    m_notifying = true; // no nested fetch from a listener of this insert
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
    m_rows.append(page.rows);
    endInsertRows();
    m_notifying = false;
    Q_EMIT pageArrived(int(page.rows.size()));
}

void GalleryModel::showFavourite(const QList<JobId> &ids, bool favourite)
{
    for (JobId id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        m_rows[row].setFavourite(favourite);
        Q_EMIT dataChanged(index(row), index(row), {FavouriteRole});
    }
}

JobQuery GalleryModel::windowQuery() const
{
    JobQuery q = m_query;
    q.offset = 0;
    // The loaded window, or a first page when the shown rows belong to an older query.
    q.limit = m_queryPending ? m_pageSize : std::max(m_pageSize, int(m_rows.size()));
    return q;
}

void GalleryModel::refresh()
{
    ++m_generation;
    show(m_jobs.list(windowQuery()), m_jobs.count(m_query));
}

QFuture<void> GalleryModel::runOnReader(std::function<void()> task)
{
    return QtConcurrent::run(&m_reader, std::move(task));
}

void GalleryModel::scheduleRefresh()
{
    if (m_watcher.isRunning()) {
        m_readAgain = true;
        return;
    }
    m_readAgain = false;
    JobRepository *jobs = &m_jobs;
    const JobQuery window = windowQuery(), all = m_query;
    const quint64 generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run(&m_reader, [jobs, window, all, generation] {
        return Snapshot{jobs->list(window), jobs->count(all), generation};
    }));
}

void GalleryModel::onSnapshot()
{
    const Snapshot s = m_watcher.result();
    // A query change or a direct refresh since the read started: its rows may be for other
    // filters or older than what is shown.
    const bool stale = s.generation != m_generation;
    if (!stale) {
        show(s.rows, s.total);
        Q_EMIT refreshed();
    }
    if (stale || m_readAgain)
        scheduleRefresh();
}

void GalleryModel::show(const QList<Job> &fresh, int total)
{
    ++m_shownReads;
    if (!m_queryPending) {
        apply(fresh, total);
        return;
    }
    // Another query's rows: nothing shown before belongs to them.
    m_queryPending = false;
    m_notifying = true; // views ask for more from inside the reset: fetching waits until it is over
    beginResetModel();
    m_rows = fresh;
    m_total = total;
    endResetModel();
    m_notifying = false;
}

void GalleryModel::apply(const QList<Job> &fresh, int total)
{
    // No fetchMore from a view reacting to these inserts: it would read the next page at an
    // offset that the inserts are still shifting, and load a row twice.
    m_notifying = true;
    m_total = total;
    QSet<JobId> freshIds;
    for (const Job &j : fresh)
        freshIds.insert(j.id());
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!freshIds.contains(m_rows.at(i).id())) {
            beginRemoveRows(QModelIndex(), i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < fresh.size(); ++i) {
        if (i < m_rows.size() && m_rows.at(i).id() == fresh.at(i).id())
            continue;
        if (rowOf(fresh.at(i).id()) >= 0)
            break; // the order of known rows changed (a re-sorted value): the fallback below handles it
        beginInsertRows(QModelIndex(), i, i);
        m_rows.insert(i, fresh.at(i));
        endInsertRows();
    }
    bool sameOrder = m_rows.size() == fresh.size();
    for (int i = 0; sameOrder && i < fresh.size(); ++i)
        sameOrder = m_rows.at(i).id() == fresh.at(i).id();
    if (!sameOrder) {
        beginResetModel();
        m_rows = fresh;
        m_notifying = true;
        endResetModel();
        m_notifying = false;
        return;
    }
    m_rows = fresh;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    m_notifying = false;
}

int GalleryModel::rowOf(JobId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id() == id)
            return i;
    }
    return -1;
}

std::optional<Job> GalleryModel::jobAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

void GalleryModel::onThumbnail(const QString &path)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).output().thumbnailPath == path)
            Q_EMIT dataChanged(index(i), index(i), {Qt::DecorationRole});
    }
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_rows.at(index.row());
    const GenerationRequest &r = job.request();
    switch (role) {
    case Qt::DisplayRole:
        // A batch's clips share one template prompt: lead with the product, or every caption of
        // a batch reads the same. batchRow is "<batch key>/<sku>", and a sku has no slash.
        if (const qsizetype slash = r.batchRow.lastIndexOf(QLatin1Char('/')); slash > 0)
            return tr("%1 · %2").arg(r.batchRow.mid(slash + 1), r.prompt.isEmpty() ? tr("(photo only)") : r.prompt);
        return r.prompt.isEmpty() ? tr("(photo only)") : r.prompt;
    case PromptRole:
        return r.prompt.isEmpty() ? tr("(photo only)") : r.prompt;
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %3 s · %4 · %5")
            .arg(r.prompt, r.provider)
            .arg(r.durationSec)
            .arg(r.size.toString(), QLocale().toString(job.createdAt(), QLocale::ShortFormat));
    case Qt::DecorationRole:
        return m_thumbnails.get(job.output().thumbnailPath);
    case Qt::AccessibleTextRole:
        return job.parentId() > 0 ? tr("Clip %1, an edit of clip %2: %3").arg(job.id()).arg(job.parentId()).arg(r.prompt)
                                  : tr("Clip %1: %2").arg(job.id()).arg(r.prompt);
    case JobIdRole:
        return job.id();
    case StateRole:
        return int(job.state());
    case ProviderRole:
        return r.provider;
    case ModelRole:
        return r.model;
    case CreatedRole:
        return job.createdAt();
    case FinishedRole:
        return job.finishedAt();
    case CostMicrosRole:
        return job.cost().micros();
    case DurationSecRole:
        return r.durationSec;
    case SizeRole:
        return r.size.toString();
    case FavouriteRole:
        return job.isFavourite();
    case VideoPathRole:
        return job.output().videoPath;
    case ThumbnailPathRole:
        return job.output().thumbnailPath;
    case FileBytesRole:
        return job.output().fileBytes;
    case ErrorRole:
        return job.errorMessage();
    case ParentRole:
        return job.parentId();
    default:
        return {};
    }
}

QHash<int, QByteArray> GalleryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    const std::pair<int, const char *> roles[] = {
        {JobIdRole, "jobId"},          {PromptRole, "prompt"},       {StateRole, "state"},
        {ProviderRole, "provider"},    {ModelRole, "model"},         {CreatedRole, "created"},
        {FinishedRole, "finished"},    {CostMicrosRole, "costMicros"}, {DurationSecRole, "durationSec"},
        {SizeRole, "size"},            {FavouriteRole, "favourite"}, {VideoPathRole, "videoPath"},
        {ThumbnailPathRole, "thumbnailPath"}, {FileBytesRole, "fileBytes"}, {ErrorRole, "error"},
        {ParentRole, "parent"},
    };
    for (const auto &[role, name] : roles)
        names.insert(role, name);
    return names;
}

} // namespace rc::ui
