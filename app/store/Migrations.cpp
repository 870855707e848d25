// The schema's history. Each entry is applied once, in order; all pending ones run inside one
// exclusive transaction together with the new user_version, so a crash mid-migration leaves the
// previous version intact and a second process waits instead of migrating too. Never edit an
// entry that has shipped: add a new one.
#include "store/Database.h"

#include "core/Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace rc {
namespace {

const QStringList &migrations()
{
    static const QStringList list{
        // 1: jobs, their transitions, the ledger, budgets.
        QStringLiteral(R"sql(
CREATE TABLE jobs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  finished_at INTEGER,
  state TEXT NOT NULL,
  provider TEXT NOT NULL,
  model TEXT NOT NULL,
  tier TEXT NOT NULL,
  prompt TEXT NOT NULL,
  request TEXT NOT NULL,
  seed TEXT NOT NULL,
  duration_sec INTEGER NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  has_image INTEGER NOT NULL,
  remote_id TEXT,
  video_path TEXT,
  thumb_path TEXT,
  file_bytes INTEGER NOT NULL DEFAULT 0,
  error_kind TEXT,
  error_message TEXT,
  estimate_micros INTEGER NOT NULL DEFAULT 0,
  cost_micros INTEGER NOT NULL DEFAULT 0,
  attempts INTEGER NOT NULL DEFAULT 0,
  favourite INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX jobs_created ON jobs(created_at);
CREATE INDEX jobs_state ON jobs(state);
CREATE TABLE job_events (
  id INTEGER PRIMARY KEY,
  job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  at INTEGER NOT NULL,
  state TEXT NOT NULL,
  detail TEXT
);
CREATE INDEX job_events_job ON job_events(job_id);
CREATE TABLE ledger (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  job_id INTEGER,
  provider TEXT NOT NULL,
  model TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('estimate', 'final', 'release')),
  amount_micros INTEGER NOT NULL,
  delta_micros INTEGER NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX ledger_at ON ledger(at);
CREATE INDEX ledger_job ON ledger(job_id);
CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
  BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
  BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TABLE budgets (
  period TEXT NOT NULL CHECK (period IN ('day', 'month')),
  provider TEXT NOT NULL DEFAULT '',
  cap_micros INTEGER NOT NULL,
  PRIMARY KEY (period, provider)
);
)sql"),
        // 2: full-text search over prompts, kept in step by triggers.
        QStringLiteral(R"sql(
CREATE VIRTUAL TABLE jobs_fts USING fts5(prompt, content='jobs', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER jobs_fts_insert AFTER INSERT ON jobs BEGIN
  INSERT INTO jobs_fts(rowid, prompt) VALUES (new.id, new.prompt);
END;
CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs BEGIN
  INSERT INTO jobs_fts(jobs_fts, rowid, prompt) VALUES ('delete', old.id, old.prompt);
END;
CREATE TRIGGER jobs_fts_update AFTER UPDATE OF prompt ON jobs BEGIN
  INSERT INTO jobs_fts(jobs_fts, rowid, prompt) VALUES ('delete', old.id, old.prompt);
  INSERT INTO jobs_fts(rowid, prompt) VALUES (new.id, new.prompt);
END;
INSERT INTO jobs_fts(jobs_fts) VALUES ('rebuild');
)sql"),
        // 3: soft delete (undo while the app runs), tags, projects, imported clips.
        QStringLiteral(R"sql(
ALTER TABLE jobs ADD COLUMN deleted_at INTEGER;
ALTER TABLE jobs ADD COLUMN origin TEXT NOT NULL DEFAULT 'generated';
CREATE INDEX jobs_provider ON jobs(provider, created_at);
CREATE INDEX jobs_favourite ON jobs(favourite, created_at);
CREATE TABLE tags (
  job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (job_id, tag)
);
CREATE INDEX tags_tag ON tags(tag);
CREATE TABLE projects (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
CREATE TABLE project_jobs (
  project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  PRIMARY KEY (project_id, job_id)
);
CREATE INDEX project_jobs_job ON project_jobs(job_id);
)sql"),
        // 4: the clip a remix or an edit was made from, so a chain of edits can be followed.
        QStringLiteral(R"sql(
ALTER TABLE jobs ADD COLUMN parent_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL;
CREATE INDEX jobs_parent ON jobs(parent_id);
)sql"),
        // 5: batches as they were started: a restarted studio groups their jobs again, and a rerun
        // of the same sheet or folder finds the folder its clips went to.
        QStringLiteral(R"sql(
CREATE TABLE batches (
  key TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  source TEXT NOT NULL,
  out_dir TEXT NOT NULL,
  max_in_flight INTEGER NOT NULL DEFAULT 1,
  plan TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  finished_at INTEGER
);
CREATE INDEX batches_source ON batches(source, started_at);
)sql"),
        // 6: a clip's content hash (SHA-256 of its video, hex), so importing the same file twice is
        // caught. Filled at import; rows from before, and generated clips, are hashed on demand
        // by ClipHashes, only when a file of the same byte size is being imported.
        QStringLiteral(R"sql(
ALTER TABLE jobs ADD COLUMN content_hash TEXT;
CREATE INDEX jobs_content_hash ON jobs(content_hash);
CREATE INDEX jobs_file_bytes ON jobs(file_bytes);
)sql"),
    };
    return list;
}

bool execScript(QSqlDatabase &db, const QString &script, QString *error)
{
    // QSqlQuery runs one statement at a time; split on ';' at line ends, keeping trigger bodies whole.
    QStringList statements;
    QString current;
    int depth = 0;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (t.endsWith(QLatin1String(" BEGIN")) || t == QLatin1String("BEGIN"))
            ++depth;
        if (t.startsWith(QLatin1String("END;")) || t.contains(QLatin1String("; END;")))
            depth = std::max(0, depth - 1);
        if (depth == 0 && t.endsWith(QLatin1Char(';'))) {
            statements.append(current);
            current.clear();
        }
    }
    for (const QString &s : statements) {
        QSqlQuery q(db);
        if (!q.exec(s)) {
            if (error)
                *error = q.lastError().text() + QStringLiteral(" in: ") + s.simplified().left(120);
            return false;
        }
    }
    return true;
}

} // namespace

int latestSchemaVersion()
{
    return int(migrations().size());
}

namespace {

int readUserVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            *error = QStringLiteral("The history database cannot be read: %1").arg(q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

} // namespace

bool migrate(QSqlDatabase &db, int targetVersion, QString *error)
{
    const int target = targetVersion < 0 ? latestSchemaVersion() : targetVersion;
    int current = readUserVersion(db, error);
    if (current < 0)
        return false;
    if (current >= target && current <= latestSchemaVersion())
        return true; // the common case: nothing to do, no lock taken
    // One exclusive lock for the whole upgrade: another process opening the same profile waits
    // here and then finds the work done, instead of racing to create the same tables.
    QString lockError;
    if (!beginExclusive(db, &lockError)) {
        if (error)
            *error = QStringLiteral("The history database is busy and could not be upgraded: %1").arg(lockError);
        return false;
    }
    current = readUserVersion(db, error);
    if (current < 0) {
        db.rollback();
        return false;
    }
    if (current > latestSchemaVersion()) {
        db.rollback();
        if (error)
            *error = QStringLiteral("The history database was written by a newer Reelcraft (schema %1; this one knows %2).")
                         .arg(current)
                         .arg(latestSchemaVersion());
        return false;
    }
    for (int v = current + 1; v <= target; ++v) {
        QString stepError;
        if (!execScript(db, migrations().at(v - 1), &stepError)
            || !QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(v))) {
            db.rollback();
            if (error)
                *error = QStringLiteral("Upgrading the history database to schema %1 failed: %2").arg(v).arg(stepError);
            return false;
        }
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    if (target > current)
        qCInfo(lcStore) << "migrated the database from schema" << current << "to" << target;
    return true;
}

} // namespace rc
