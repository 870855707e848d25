#pragma once

#include "core/Job.h"

#include <QObject>
#include <QStringList>

namespace rc {

class JobRepository;

// Copies clips into a folder under names a person can read: the prompt and the day the clip was
// made ("A red fox in the snow 2026-12-06.mp4"), with " (2)", " (3)"... when that name is taken.
// One file per turn of the event loop, so the window stays responsive, progress can be shown and
// Cancel takes effect between files. Each copy goes through a .part file: a cancelled or failed
// export never leaves half a video under a clip's name. The originals are never touched.
class ClipExporter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipExporter)

public:
    struct Report
    {
        QString folder;
        QStringList written;  // full paths, in the order of the clips
        QStringList problems; // one line per clip not exported, with the reason
        bool cancelled = false;
    };

    explicit ClipExporter(JobRepository &jobs, QObject *parent = nullptr);

    // Checks the folder (made when missing) can be written, then starts. False with `error` when it
    // cannot, or an export is already running: nothing is copied then.
    bool start(const QList<JobId> &ids, const QString &folder, QString *error);
    void cancel();
    bool isRunning() const { return m_running; }
    // The name a clip gets, before any clash is resolved.
    static QString fileNameFor(const Job &job);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const rc::ClipExporter::Report &report);

private:
    void exportNext();
    QString exportOne(JobId id, QString *writtenPath); // the problem, or empty

    JobRepository &m_jobs;
    QList<JobId> m_ids;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    Report m_report;
};

} // namespace rc
