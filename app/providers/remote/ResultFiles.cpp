#include "providers/remote/ResultFiles.h"

#include "providers/remote/Mp4Check.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

namespace rc::net {
namespace {

// lupdate takes the context from this declaration; a plain function would hide it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RemoteJobProvider)
};

} // namespace

ResultFiles finishResultFiles(const ResultFilesInput &in)
{
    ResultFiles out;
    const QString part = in.videoPath + QStringLiteral(".part");
    if (!in.inlineVideo.isEmpty()) {
        QString error;
        const bool decoded = decodeInlineVideo(in.inlineVideo, part, in.cancelled.get(), &error);
        if (in.inlineVideo.removeSource)
            QFile::remove(in.inlineVideo.sourceFile);
        if (!decoded) {
            QFile::remove(part);
            out.failure = Failure{ErrorKind::Server, Tr::tr("The video from %1 could not be read: %2.").arg(in.serverName, error)};
            return out;
        }
    }
    QString problem = checkMp4Structure(part);
    if (problem.isEmpty() && in.media.verifyVideo && !in.media.verifyVideo(part, &problem) && problem.isEmpty())
        problem = Tr::tr("it does not decode");
    if (!problem.isEmpty()) {
        QFile::remove(part);
        out.failure = Failure{ErrorKind::Server, Tr::tr("The file from %1 is not a playable video: %2.").arg(in.serverName, problem)};
        return out;
    }
    if (in.cancelled && in.cancelled->load()) {
        QFile::remove(part);
        return out;
    }
    QDir().mkpath(QFileInfo(in.videoPath).absolutePath());
    QFile::remove(in.videoPath);
    if (!QFile::rename(part, in.videoPath)) {
        QFile::remove(part);
        out.failure = Failure{ErrorKind::Disk, Tr::tr("The video could not be moved into place at %1.").arg(in.videoPath)};
        return out;
    }
    out.output.videoPath = in.videoPath;
    out.output.fileBytes = QFileInfo(in.videoPath).size();
    if (in.thumbnailPath.isEmpty())
        return out;
    QString thumbError;
    QImage image;
    if (!in.thumbnailBytes.isEmpty() && image.loadFromData(in.thumbnailBytes) && image.save(in.thumbnailPath, "JPG", 88)) {
        out.output.thumbnailPath = in.thumbnailPath;
    } else if (in.media.writeThumbnail && in.media.writeThumbnail(in.videoPath, in.thumbnailPath, &thumbError)) {
        out.output.thumbnailPath = in.thumbnailPath;
    } else {
        out.warning = thumbError.isEmpty() ? QStringLiteral("no thumbnail maker") : thumbError;
    }
    return out;
}

} // namespace rc::net
