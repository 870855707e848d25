#include "imports/ClipImporter.h"

#include "core/Paths.h"
#include "media/MediaReader.h"
#include "media/Probe.h"
#include "media/Thumbnailer.h"
#include "store/ClipHashes.h"
#include "store/JobRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cmath>

namespace rc {
namespace {

// lupdate takes the context from this declaration; a plain function would hide it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClipImporter)
};

// FFmpeg guesses a format for almost anything (a text file reads as "tty" ANSI art, raw bytes
// as an image sequence), so a header that probes is not enough: the file must be a video
// container whose first frame actually decodes.
QString checkDecodable(const QString &path, const media::MediaInfo &media)
{
    static const char *const containers[] = {"mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", "avi", "mpegts", "flv", "ogg"};
    bool knownContainer = false;
    for (const char *c : containers)
        knownContainer = knownContainer || media.container == QLatin1String(c);
    if (!knownContainer)
        return Tr::tr("\"%1\" is not a video container Reelcraft imports").arg(media.container);
    if (media.size.width() <= 0 || media.size.height() <= 0)
        return Tr::tr("the video has no picture size");
    media::VideoReader reader;
    QString error;
    QImage frame;
    if (!reader.open(path, &error) || !reader.next(&frame) || frame.isNull())
        return error.isEmpty() ? Tr::tr("no frame of it could be decoded") : error;
    return QString();
}

} // namespace

ClipImporter::ClipImporter(JobRepository &jobs, const Paths &paths) : m_jobs(jobs), m_paths(paths) {}

ClipImporter::Result ClipImporter::importFile(const QString &path, Duplicates duplicates)
{
    Result result;
    const QFileInfo info(path);
    if (!info.isFile()) {
        result.error = Tr::tr("no such file");
        return result;
    }
    QString probeError;
    const std::optional<media::MediaInfo> media = media::probe(info.absoluteFilePath(), &probeError);
    if (!media) {
        result.error = Tr::tr("not a playable video (%1)").arg(probeError);
        return result;
    }
    const QString undecodable = checkDecodable(info.absoluteFilePath(), *media);
    if (!undecodable.isEmpty()) {
        result.error = Tr::tr("not a playable video (%1)").arg(undecodable);
        return result;
    }
    ClipHashes hashes(m_jobs.database());
    const QString hash = ClipHashes::hashFile(info.absoluteFilePath());
    if (hash.isEmpty()) {
        result.error = Tr::tr("it could not be read");
        return result;
    }
    if (duplicates == Duplicates::Skip) {
        result.duplicateOf = hashes.find(hash, info.size());
        if (result.duplicateOf != 0) {
            result.error = Tr::tr("already in the gallery as clip %1 (the same content); skipped").arg(result.duplicateOf);
            return result;
        }
    }
    GenerationRequest request;
    request.durationSec = std::max(1, int(std::lround(media->durationSec)));
    request.size = VideoSize{media->size.width(), media->size.height()};
    request.withAudio = media->hasAudio;
    request.provider = QStringLiteral("imported");
    request.model = QStringLiteral("file");
    request.tier = QStringLiteral("original");
    const auto tags = media->tags;
    result.recognised = tags.contains(QStringLiteral("engine")) || tags.contains(QStringLiteral("reelcraft"));
    request.prompt = tags.value(QStringLiteral("prompt"), info.completeBaseName());
    if (result.recognised) {
        request.provider = tags.value(QStringLiteral("provider"), QStringLiteral("builtin"));
        request.model = tags.value(QStringLiteral("model"), QStringLiteral("reelcraft-procedural"));
        request.tier = tags.value(QStringLiteral("tier"), QStringLiteral("draft"));
        request.seed = tags.value(QStringLiteral("seed")).toULongLong();
    }

    const QDateTime now = QDateTime::currentDateTime();
    QString error;
    Job job = m_jobs.insert(request, Money(), now, &error, QStringLiteral("imported"));
    if (job.id() == 0) {
        result.error = error;
        return result;
    }
    const QString video = m_paths.videoFileFor(job.id());
    const QString part = video + QStringLiteral(".part");
    QFile::remove(part);
    if (!QFile::copy(info.absoluteFilePath(), part) || !QFile::rename(part, video)) {
        QFile::remove(part);
        m_jobs.purge(job.id());
        result.error = Tr::tr("could not copy it into %1 (is the disk full?)").arg(m_paths.mediaDir());
        return result;
    }
    const QString thumb = m_paths.thumbnailFileFor(job.id());
    const bool haveThumb = media::writeThumbnail(video, thumb);
    Job done = Job::restored(job.id(), request, JobState::Completed, now);
    done.restoreDetails(JobOutput{video, haveThumb ? thumb : QString(), QFileInfo(video).size()}, Money(),
                        ErrorKind::None, QString(), now, now, 0);
    if (!m_jobs.save(done, true, Tr::tr("imported from %1").arg(info.absoluteFilePath()))) {
        QFile::remove(video);
        QFile::remove(thumb);
        m_jobs.purge(job.id());
        result.error = Tr::tr("the history database could not record it");
        return result;
    }
    hashes.store(job.id(), hash); // without it the next check hashes this clip again: slower, not wrong
    result.id = job.id();
    return result;
}

} // namespace rc
