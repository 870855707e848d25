#include "desktop/OpenRequest.h"

#include "imports/ClipImporter.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QUrl>

namespace rc::desktop {
namespace {

// The MIME types the desktop file declares, and what each becomes.
bool isClipType(const QMimeType &type)
{
    return type.inherits(QStringLiteral("video/mp4"));
}

bool isPhotoType(const QMimeType &type)
{
    for (const char *name : {"image/png", "image/jpeg", "image/webp"})
        if (type.inherits(QLatin1String(name)))
            return true;
    return false;
}

// Content first; the name only when the content is not recognised (an empty or truncated file).
QMimeType detectType(const QString &path)
{
    const QMimeDatabase db;
    const QMimeType byContent = db.mimeTypeForFile(path, QMimeDatabase::MatchContent);
    if (byContent.isValid() && !byContent.isDefault() && byContent.name() != QLatin1String("application/x-zerosize"))
        return byContent;
    return db.mimeTypeForFile(path, QMimeDatabase::MatchExtension);
}

// "scheme://..." other than file://. A bare "name:rest" is taken as a file name, since file
// names may contain colons.
bool isRemoteUrl(const QString &argument)
{
    return argument.contains(QLatin1String("://")) && !argument.startsWith(QLatin1String("file:"));
}

QString localPath(const QString &argument, const QString &workingDir)
{
    if (argument.startsWith(QLatin1String("file:"))) // desktop environments may pass URLs
        return QDir::cleanPath(QUrl(argument).toLocalFile());
    return QDir::cleanPath(QDir(workingDir).absoluteFilePath(argument));
}

} // namespace

OpenRequest OpenRequest::classify(const QString &argument, const QString &workingDir)
{
    OpenRequest request;
    if (isRemoteUrl(argument)) {
        request.kind = Kind::Unsupported;
        request.path = argument;
        request.message = tr("%1: Reelcraft opens files on this computer only.").arg(argument);
        return request;
    }
    request.path = localPath(argument, workingDir);
    const QFileInfo info(request.path);
    const QString shown = QDir::toNativeSeparators(request.path);
    if (!info.exists()) {
        request.kind = Kind::Missing;
        request.message = tr("%1: no such file.").arg(shown);
        return request;
    }
    if (info.isDir()) {
        request.kind = Kind::Unsupported;
        request.message = tr("%1 is a folder; open MP4 videos or PNG, JPEG or WebP images.").arg(shown);
        return request;
    }
    const QMimeType type = detectType(request.path);
    request.mimeType = type.name();
    if (isClipType(type)) {
        request.kind = Kind::Clip;
    } else if (isPhotoType(type)) {
        // The header is enough to refuse most bad files here, without decoding the picture.
        QImageReader reader(request.path);
        if (reader.canRead() && reader.size().isValid()) {
            request.kind = Kind::Photo;
        } else {
            // Typically WebP without Qt's image-format plugins, or a damaged file.
            request.kind = Kind::Unsupported;
            request.message = tr("%1 cannot be read as an image (%2).")
                                  .arg(shown,
                                      reader.error() == QImageReader::UnknownError ? tr("damaged or incomplete")
                                                                                   : reader.errorString());
        }
    } else {
        request.kind = Kind::Unsupported;
        request.message = tr("%1 is %2; Reelcraft opens MP4 videos and PNG, JPEG or WebP images.")
                              .arg(shown, type.comment().isEmpty() ? type.name() : type.comment());
    }
    return request;
}

QStringList filesFromArguments(const QStringList &arguments, const QString &workingDir)
{
    QStringList files;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--profile")) {
            ++i; // its value is a folder, not a file to open
            continue;
        }
        if (a == QLatin1String("--")) {
            for (++i; i < arguments.size(); ++i)
                files << localPath(arguments[i], workingDir);
            break;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        // Remote URLs stay as they are so that classify() can say why they are refused.
        files << (isRemoteUrl(a) ? a : localPath(a, workingDir));
    }
    return files;
}

OpenOutcome openFiles(const QStringList &files, ClipImporter &importer, const QString &workingDir)
{
    OpenOutcome outcome;
    for (const QString &file : files) {
        const OpenRequest request = OpenRequest::classify(file, workingDir);
        const QString shown = QDir::toNativeSeparators(request.path);
        switch (request.kind) {
        case OpenRequest::Kind::Clip: {
            const ClipImporter::Result result = importer.importFile(request.path);
            if (result.duplicateOf != 0) {
                outcome.alreadyThere << result.duplicateOf;
                outcome.messages << OpenRequest::tr("%1 is already in the gallery as clip %2; it was not imported again.")
                                        .arg(shown)
                                        .arg(result.duplicateOf);
            } else if (result.id == 0)
                outcome.messages << OpenRequest::tr("%1 could not be imported: %2").arg(shown, result.error);
            else
                outcome.importedClips << result.id;
            break;
        }
        case OpenRequest::Kind::Photo:
            if (outcome.photo.isEmpty())
                outcome.photo = request.path;
            else
                outcome.messages << OpenRequest::tr("%1 was not used: a clip starts from one photo, and %2 came first.")
                                        .arg(shown, QDir::toNativeSeparators(outcome.photo));
            break;
        case OpenRequest::Kind::Unsupported:
        case OpenRequest::Kind::Missing:
            outcome.messages << request.message;
            break;
        }
    }
    return outcome;
}

} // namespace rc::desktop
