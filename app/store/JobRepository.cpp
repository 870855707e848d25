#include "store/JobRepository.h"

#include "core/Logging.h"
#include "store/Database.h"
#include "store/SqlText.h"
#include "store/StoreError.h"
#include "store/WriteTransaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rc {
namespace {

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QVariant toMsOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() || v.toLongLong() == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

const char *const kColumns =
    "jobs.id, jobs.created_at, jobs.updated_at, jobs.finished_at, jobs.state, jobs.request, jobs.model, "
    "jobs.seed, jobs.remote_id, jobs.video_path, jobs.thumb_path, jobs.file_bytes, jobs.error_kind, "
    "jobs.error_message, jobs.estimate_micros, jobs.cost_micros, jobs.attempts, jobs.favourite, "
    "jobs.parent_id";

Job jobFromQuery(const QSqlQuery &q)
{
    GenerationRequest request = GenerationRequest::fromJson(
        QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object());
    request.model = q.value(6).toString();
    request.seed = q.value(7).toString().toULongLong();
    request.parentJobId = q.value(18).toLongLong(); // the column wins: it follows a purged parent
    JobState state = JobState::Failed;
    jobStateFromName(q.value(4).toString(), &state);
    Job job = Job::restored(q.value(0).toLongLong(), request, state, fromMs(q.value(1)));
    job.setRemoteId(q.value(8).toString());
    job.setEstimate(Money::fromMicros(q.value(14).toLongLong()));
    job.setFavourite(q.value(17).toBool());
    job.restoreDetails(JobOutput{q.value(9).toString(), q.value(10).toString(), q.value(11).toLongLong()},
                       Money::fromMicros(q.value(15).toLongLong()),
                       q.value(12).isNull() ? ErrorKind::None : errorKindFromName(q.value(12).toString()),
                       q.value(13).toString(), fromMs(q.value(2)), fromMs(q.value(3)), q.value(16).toInt());
    return job;
}

// Per thread, as connections are: the writer thread's edits read their own.
thread_local QString t_lastError;

bool exec(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    // SQLite's own words where it gave some ("attempt to write a readonly database"), for the
    // writer's message (noteStoreError) and the library's (lastError).
    const QSqlError error = q.lastError();
    t_lastError = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    qCWarning(lcStore) << what << "failed:" << error.text();
    noteStoreError(t_lastError);
    return false;
}

// Builds the WHERE clause and its bound values for a query, shared by list() and count().
struct Where
{
    QString joins;
    QStringList clauses;
    QVariantList values;

    explicit Where(const JobQuery &query)
    {
        if (!query.includeDeleted)
            clauses << QStringLiteral("jobs.deleted_at IS NULL");
        if (!query.search.trimmed().isEmpty()) {
            clauses << QStringLiteral("jobs.id IN (SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH ?)");
            values << ftsExpression(query.search);
        }
        if (query.state) {
            clauses << QStringLiteral("jobs.state = ?");
            values << jobStateName(*query.state);
        }
        if (!query.provider.isEmpty()) {
            clauses << QStringLiteral("jobs.provider = ?");
            values << query.provider;
        }
        if (!query.model.isEmpty()) {
            clauses << QStringLiteral("jobs.model = ?");
            values << query.model;
        }
        if (query.favouritesOnly)
            clauses << QStringLiteral("jobs.favourite = 1");
        if (query.hasImage) {
            clauses << QStringLiteral("jobs.has_image = ?");
            values << (*query.hasImage ? 1 : 0);
        }
        if (query.from.isValid()) {
            clauses << QStringLiteral("jobs.created_at >= ?");
            values << query.from.toMSecsSinceEpoch();
        }
        if (query.to.isValid()) {
            clauses << QStringLiteral("jobs.created_at < ?");
            values << query.to.toMSecsSinceEpoch();
        }
        if (!query.project.isEmpty()) {
            clauses << QStringLiteral("jobs.id IN (SELECT pj.job_id FROM project_jobs pj JOIN projects p "
                                      "ON p.id = pj.project_id WHERE p.name = ?)");
            values << query.project;
        }
        if (!query.tag.isEmpty()) {
            clauses << QStringLiteral("jobs.id IN (SELECT job_id FROM tags WHERE tag = ?)");
            values << query.tag;
        }
    }

    QString sql() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }

    void bind(QSqlQuery &q) const
    {
        for (const auto &v : values)
            q.addBindValue(v);
    }

    // Each word becomes a quoted FTS5 string, so user text can never be read as query syntax;
    // a trailing '*' keeps its prefix meaning.
    static QString ftsExpression(const QString &text)
    {
        QStringList terms;
        for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const bool prefix = word.endsWith(QLatin1Char('*'));
            if (prefix)
                word.chop(1);
            word.remove(QLatin1Char('"'));
            if (word.isEmpty())
                continue;
            terms << QLatin1Char('"') + word + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
        }
        return terms.join(QLatin1Char(' '));
    }
};

} // namespace

JobRepository::JobRepository(Database &db) : m_db(db) {}

Job JobRepository::insert(const GenerationRequest &request, Money estimate, const QDateTime &createdAt,
                          QString *error, const QString &origin)
{
    return insertRow(0, request, estimate, createdAt, error, origin);
}

Job JobRepository::insertReserved(JobId id, const GenerationRequest &request, Money estimate,
                                  const QDateTime &createdAt, QString *error)
{
    return insertRow(id, request, estimate, createdAt, error, QStringLiteral("generated"));
}

Job JobRepository::insertRow(JobId reservedId, const GenerationRequest &request, Money estimate,
                             const QDateTime &createdAt, QString *error, const QString &origin)
{
    WriteTransaction tx(m_db);
    if (!tx.isOpen()) {
        if (error)
            *error = QStringLiteral("The job could not be saved: %1").arg(tx.error());
        return Job();
    }
    QSqlDatabase &db = tx.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO jobs (id, created_at, updated_at, state, provider, model, tier, prompt, request, seed, "
        "duration_sec, width, height, has_image, estimate_micros, origin, parent_id) "
        "VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(reservedId > 0 ? QVariant(reservedId) : QVariant(QMetaType::fromType<qint64>())); // NULL: the next id
    q.addBindValue(toMs(createdAt));
    q.addBindValue(toMs(createdAt));
    q.addBindValue(sqlText(request.provider));
    q.addBindValue(sqlText(request.model));
    q.addBindValue(sqlText(request.tier));
    q.addBindValue(sqlText(request.prompt));
    q.addBindValue(QString::fromUtf8(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::number(request.seed));
    q.addBindValue(request.durationSec);
    q.addBindValue(request.size.width);
    q.addBindValue(request.size.height);
    q.addBindValue(request.hasImage() ? 1 : 0);
    q.addBindValue(estimate.micros());
    q.addBindValue(sqlText(origin));
    q.addBindValue(request.parentJobId > 0 ? QVariant(request.parentJobId) : QVariant());
    if (!exec(q, "insert job")) {
        if (error)
            *error = QStringLiteral("The job could not be saved: %1").arg(q.lastError().text());
        tx.fail();
        return Job();
    }
    const JobId id = reservedId > 0 ? reservedId : q.lastInsertId().toLongLong();
    QSqlQuery e(db);
    e.prepare(QStringLiteral("INSERT INTO job_events (job_id, at, state) VALUES (?, ?, 'queued')"));
    e.addBindValue(id);
    e.addBindValue(toMs(createdAt));
    if (!exec(e, "insert event")) {
        tx.fail();
        if (error)
            *error = QStringLiteral("The job could not be saved: %1").arg(e.lastError().text());
        return Job();
    }
    if (!tx.commit()) {
        if (error)
            *error = QStringLiteral("The job could not be saved: %1").arg(tx.error());
        return Job();
    }
    Job job(id, request, createdAt);
    job.setEstimate(estimate);
    return job;
}

bool JobRepository::save(const Job &job, bool recordEvent, const QString &detail)
{
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return false;
    QSqlDatabase &db = tx.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE jobs SET updated_at = ?, finished_at = ?, state = ?, model = ?, seed = ?, remote_id = ?, "
        "video_path = ?, thumb_path = ?, file_bytes = ?, error_kind = ?, error_message = ?, "
        "estimate_micros = ?, cost_micros = ?, attempts = ?, favourite = ?, request = ? WHERE id = ?"));
    q.addBindValue(toMs(job.updatedAt()));
    q.addBindValue(toMsOrNull(job.finishedAt()));
    q.addBindValue(jobStateName(job.state()));
    q.addBindValue(sqlText(job.request().model));
    q.addBindValue(QString::number(job.request().seed));
    q.addBindValue(job.remoteId().isEmpty() ? QVariant() : QVariant(job.remoteId()));
    q.addBindValue(job.output().videoPath);
    q.addBindValue(job.output().thumbnailPath);
    q.addBindValue(job.output().fileBytes);
    q.addBindValue(job.errorKind() == ErrorKind::None ? QVariant() : QVariant(errorKindName(job.errorKind())));
    q.addBindValue(sqlText(redactSecrets(job.errorMessage())));
    q.addBindValue(job.estimate().micros());
    q.addBindValue(job.cost().micros());
    q.addBindValue(job.attempts());
    q.addBindValue(job.isFavourite() ? 1 : 0);
    q.addBindValue(QString::fromUtf8(QJsonDocument(job.request().toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(job.id());
    bool ok = exec(q, "update job");
    if (ok && q.numRowsAffected() != 1) {
        // A transition of a job that is not stored (its insert failed) must fail, not vanish.
        noteStoreError(QStringLiteral("job %1 is not in the history database").arg(job.id()));
        ok = false;
    }
    if (ok && recordEvent) {
        QSqlQuery e(db);
        e.prepare(QStringLiteral("INSERT INTO job_events (job_id, at, state, detail) VALUES (?, ?, ?, ?)"));
        e.addBindValue(job.id());
        e.addBindValue(toMs(job.updatedAt()));
        e.addBindValue(jobStateName(job.state()));
        e.addBindValue(detail.isEmpty() ? QVariant() : QVariant(redactSecrets(detail)));
        ok = exec(e, "insert event");
    }
    if (!ok)
        tx.fail();
    return tx.commit();
}

std::optional<Job> JobRepository::load(JobId id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!exec(q, "load job") || !q.next())
        return std::nullopt;
    return jobFromQuery(q);
}

QList<Job> JobRepository::list(const JobQuery &query) const
{
    const Where where(query);
    QString order;
    switch (query.sort) {
    case JobQuery::Sort::NewestFirst: order = QStringLiteral("jobs.created_at DESC, jobs.id DESC"); break;
    case JobQuery::Sort::OldestFirst: order = QStringLiteral("jobs.created_at ASC, jobs.id ASC"); break;
    case JobQuery::Sort::CostHighest: order = QStringLiteral("jobs.cost_micros DESC, jobs.id DESC"); break;
    case JobQuery::Sort::DurationLongest: order = QStringLiteral("jobs.duration_sec DESC, jobs.id DESC"); break;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM jobs%2 ORDER BY %3 LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns), where.sql(), order));
    where.bind(q);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    QList<Job> out;
    if (!exec(q, "list jobs"))
        return out;
    while (q.next())
        out.append(jobFromQuery(q));
    return out;
}

int JobRepository::count(const JobQuery &query) const
{
    const Where where(query);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM jobs") + where.sql());
    where.bind(q);
    return exec(q, "count jobs") && q.next() ? q.value(0).toInt() : 0;
}

QList<Job> JobRepository::unfinished() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE state NOT IN ('completed', 'failed', 'cancelled') "
                             "AND deleted_at IS NULL ORDER BY id")
                  .arg(QLatin1String(kColumns)));
    QList<Job> out;
    if (exec(q, "unfinished jobs"))
        while (q.next())
            out.append(jobFromQuery(q));
    return out;
}

QList<JobId> JobRepository::children(JobId id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM jobs WHERE parent_id = ? AND deleted_at IS NULL ORDER BY id"));
    q.addBindValue(id);
    QList<JobId> out;
    if (exec(q, "children"))
        while (q.next())
            out.append(q.value(0).toLongLong());
    return out;
}

QList<JobEvent> JobRepository::events(JobId id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT at, state, detail FROM job_events WHERE job_id = ? ORDER BY id"));
    q.addBindValue(id);
    QList<JobEvent> out;
    if (exec(q, "job events")) {
        while (q.next()) {
            JobState s = JobState::Failed;
            jobStateFromName(q.value(1).toString(), &s);
            out.append(JobEvent{fromMs(q.value(0)), s, q.value(2).toString()});
        }
    }
    return out;
}

bool JobRepository::setFavourite(JobId id, bool favourite)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE jobs SET favourite = ? WHERE id = ?"));
    q.addBindValue(favourite ? 1 : 0);
    q.addBindValue(id);
    return exec(q, "favourite") && q.numRowsAffected() == 1;
}

bool JobRepository::setDeleted(JobId id, bool deleted)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE jobs SET deleted_at = ? WHERE id = ?"));
    q.addBindValue(deleted ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant());
    q.addBindValue(id);
    return exec(q, "delete flag") && q.numRowsAffected() == 1;
}

bool JobRepository::isDeleted(JobId id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT deleted_at IS NOT NULL FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    return exec(q, "is deleted") && q.next() && q.value(0).toBool();
}

bool JobRepository::purge(JobId id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    return exec(q, "purge") && q.numRowsAffected() == 1;
}

QList<JobId> JobRepository::deletedJobs() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM jobs WHERE deleted_at IS NOT NULL ORDER BY id"));
    QList<JobId> out;
    if (exec(q, "deleted jobs"))
        while (q.next())
            out.append(q.value(0).toLongLong());
    return out;
}

bool JobRepository::addTag(JobId id, const QString &tag)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (job_id, tag) VALUES (?, ?)"));
    q.addBindValue(id);
    q.addBindValue(tag.trimmed());
    return exec(q, "add tag");
}

bool JobRepository::removeTag(JobId id, const QString &tag)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM tags WHERE job_id = ? AND tag = ?"));
    q.addBindValue(id);
    q.addBindValue(tag);
    return exec(q, "remove tag");
}

QStringList JobRepository::tags(JobId id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT tag FROM tags WHERE job_id = ? ORDER BY tag"));
    q.addBindValue(id);
    QStringList out;
    if (exec(q, "tags"))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

bool JobRepository::addToProject(JobId id, const QString &project)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery p(db);
    p.prepare(QStringLiteral("INSERT OR IGNORE INTO projects (name, created_at) VALUES (?, ?)"));
    p.addBindValue(project.trimmed());
    p.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!exec(p, "add project"))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO project_jobs (project_id, job_id) "
                             "SELECT id, ? FROM projects WHERE name = ?"));
    q.addBindValue(id);
    q.addBindValue(project.trimmed());
    return exec(q, "add to project");
}

bool JobRepository::removeFromProject(JobId id, const QString &project)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM project_jobs WHERE job_id = ? AND project_id = "
                             "(SELECT id FROM projects WHERE name = ?)"));
    q.addBindValue(id);
    q.addBindValue(project);
    return exec(q, "remove from project");
}

QStringList JobRepository::projects(JobId id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT p.name FROM projects p JOIN project_jobs pj ON pj.project_id = p.id "
                             "WHERE pj.job_id = ? ORDER BY p.name"));
    q.addBindValue(id);
    QStringList out;
    if (exec(q, "projects of job"))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QStringList JobRepository::allProjects() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM projects ORDER BY name"));
    QStringList out;
    if (exec(q, "projects"))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

bool JobRepository::createProject(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO projects (name, created_at) VALUES (?, ?)"));
    q.addBindValue(name.trimmed());
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return exec(q, "create project");
}

bool JobRepository::renameProject(const QString &from, const QString &to)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE projects SET name = ? WHERE name = ?"));
    q.addBindValue(to.trimmed());
    q.addBindValue(from);
    return exec(q, "rename project") && q.numRowsAffected() == 1;
}

bool JobRepository::removeProject(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM projects WHERE name = ?")); // project_jobs rows cascade
    q.addBindValue(name);
    return exec(q, "remove project") && q.numRowsAffected() == 1;
}

QStringList JobRepository::knownVideoPaths() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT video_path FROM jobs WHERE video_path IS NOT NULL AND video_path != ''"));
    QStringList out;
    if (exec(q, "video paths"))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QList<QPair<JobId, QString>> JobRepository::completedVideos() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, video_path FROM jobs WHERE state = 'completed' AND deleted_at IS NULL "
                             "AND video_path IS NOT NULL AND video_path != ''"));
    QList<QPair<JobId, QString>> out;
    if (exec(q, "completed videos"))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

QString JobRepository::lastError()
{
    return t_lastError;
}

void JobRepository::clearLastError()
{
    t_lastError.clear();
}

} // namespace rc
