#include "service/ClipExporter.h"

#include "store/JobRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTimer>

namespace rc {
namespace {

constexpr int kPromptChars = 60; // long prompts make unwieldy file names; the start says enough

// Characters no file system in common use takes in a name, and control characters.
QString safeForFileName(QString text)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.replace(forbidden, QStringLiteral(" "));
    text = text.replace(spaces, QStringLiteral(" ")).trimmed();
    if (text.size() > kPromptChars) {
        text.truncate(kPromptChars);
        const int lastSpace = text.lastIndexOf(QLatin1Char(' '));
        if (lastSpace > kPromptChars / 2)
            text.truncate(lastSpace); // end on a whole word
    }
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(' ')))
        text.chop(1); // Windows drops trailing dots; a name of dots alone means something else
    return text;
}

// `base` + ".mp4" in `folder`, or the first of "base (2).mp4", "base (3).mp4"... not taken.
QString freeName(const QDir &folder, const QString &base)
{
    QString name = base + QStringLiteral(".mp4");
    for (int n = 2; QFileInfo::exists(folder.filePath(name)) || QFileInfo::exists(folder.filePath(name + QStringLiteral(".part"))); ++n)
        name = QStringLiteral("%1 (%2).mp4").arg(base).arg(n);
    return folder.filePath(name);
}

} // namespace

ClipExporter::ClipExporter(JobRepository &jobs, QObject *parent) : QObject(parent), m_jobs(jobs) {}

QString ClipExporter::fileNameFor(const Job &job)
{
    QString prompt = safeForFileName(job.request().prompt);
    if (prompt.isEmpty())
        prompt = tr("clip %1").arg(job.id());
    return QStringLiteral("%1 %2.mp4").arg(prompt, job.createdAt().date().toString(Qt::ISODate));
}

bool ClipExporter::start(const QList<JobId> &ids, const QString &folder, QString *error)
{
    QString problem;
    if (m_running)
        problem = tr("An export is already running.");
    else if (ids.isEmpty())
        problem = tr("No clip is selected.");
    else if (folder.isEmpty() || !QDir().mkpath(folder))
        problem = tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(folder));
    if (problem.isEmpty()) {
        // Permission bits do not tell (root, ACLs, read-only mounts): try a file.
        QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".reelcraft-export-XXXXXX")));
        if (!probe.open())
            problem = tr("Reelcraft cannot write in %1: %2").arg(QDir::toNativeSeparators(folder), probe.errorString());
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_ids = ids;
    m_next = 0;
    m_running = true;
    m_cancelled = false;
    m_report = Report();
    m_report.folder = QDir(folder).absolutePath();
    QTimer::singleShot(0, this, &ClipExporter::exportNext);
    return true;
}

void ClipExporter::cancel()
{
    m_cancelled = true;
}

void ClipExporter::exportNext()
{
    if (m_cancelled || m_next >= m_ids.size()) {
        m_running = false;
        m_report.cancelled = m_cancelled && m_next < m_ids.size();
        Q_EMIT finished(m_report);
        return;
    }
    QString written;
    const QString problem = exportOne(m_ids.at(m_next), &written);
    if (problem.isEmpty())
        m_report.written << written;
    else
        m_report.problems << tr("Clip %1: %2").arg(m_ids.at(m_next)).arg(problem);
    ++m_next;
    Q_EMIT progress(m_next, int(m_ids.size()));
    QTimer::singleShot(0, this, &ClipExporter::exportNext);
}

QString ClipExporter::exportOne(JobId id, QString *writtenPath)
{
    const std::optional<Job> job = m_jobs.load(id);
    if (!job || job->state() != JobState::Completed)
        return tr("it is not a finished clip");
    const QString source = job->output().videoPath;
    if (!QFileInfo::exists(source))
        return tr("its video file is missing (%1)").arg(QDir::toNativeSeparators(source));
    const QDir folder(m_report.folder);
    const QString target = freeName(folder, fileNameFor(*job).chopped(4));
    const QString part = target + QStringLiteral(".part");
    if (!QFile::copy(source, part) || !QFile::rename(part, target)) {
        QFile::remove(part);
        return tr("it could not be copied to %1 (is the disk full?)").arg(QDir::toNativeSeparators(folder.path()));
    }
    *writtenPath = target;
    return QString();
}

} // namespace rc
