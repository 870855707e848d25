#include "providers/remote/RemoteMedia.h"

#include "media/ImageFit.h"
#include "media/Probe.h"
#include "media/Thumbnailer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rc {

net::MediaHooks remoteMediaHooks()
{
    net::MediaHooks hooks;
    hooks.fitImage = [](const QString &in, int width, int height, QPointF focal, const QString &out, QString *error) {
        // Decoding at twice the target keeps memory bounded for 50-megapixel photos while
        // leaving the scaler enough pixels for a sharp result.
        auto image = media::loadImage(in, error, 2 * qMax(width, height));
        if (!image)
            return false;
        const QImage fitted = media::fitImage(*image, QSize(width, height), focal);
        if (fitted.size() != QSize(width, height) || !fitted.save(out, nullptr, 92)) {
            if (error)
                *error = QCoreApplication::translate("RemoteMedia", "The fitted photo could not be written.");
            return false;
        }
        return true;
    };
    hooks.verifyVideo = [](const QString &video, QString *error) {
        const auto info = media::probe(video, error);
        return info && info->size.isValid();
    };
    hooks.writeThumbnail = [](const QString &video, const QString &jpeg, QString *error) {
        return media::writeThumbnail(video, jpeg, error);
    };
    return hooks;
}

QString fittedInputPath(const net::MediaHooks &media, const QString &inputsDir, const QString &imagePath,
                        const QString &tag, int width, int height, QPointF focal, QString *error)
{
    const QFileInfo source(imagePath);
    if (!source.isFile()) {
        if (error)
            *error = QCoreApplication::translate("RemoteMedia", "The photo %1 does not exist.").arg(imagePath);
        return QString();
    }
    // The name changes when the photo or the size does, so a stale fit is never reused.
    const QByteArray identity = QStringLiteral("%1|%2|%3|%4x%5|%6,%7")
                                    .arg(source.absoluteFilePath())
                                    .arg(source.size())
                                    .arg(source.lastModified().toMSecsSinceEpoch())
                                    .arg(width)
                                    .arg(height)
                                    .arg(focal.x())
                                    .arg(focal.y())
                                    .toUtf8();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex().left(16));
    QDir().mkpath(inputsDir);
    const QString out = QStringLiteral("%1/%2-%3-%4x%5.jpg").arg(inputsDir, tag, hash).arg(width).arg(height);
    if (QFileInfo(out).isFile() && QFileInfo(out).size() > 0)
        return out;
    if (!media.fitImage) {
        if (error)
            *error = QStringLiteral("no image fitter");
        return QString();
    }
    const QString part = out + QStringLiteral(".part.jpg");
    if (!media.fitImage(imagePath, width, height, focal, part, error)) {
        QFile::remove(part);
        return QString();
    }
    QFile::remove(out);
    if (!QFile::rename(part, out)) {
        if (error)
            *error = QCoreApplication::translate("RemoteMedia", "The fitted photo could not be saved in %1.").arg(inputsDir);
        return QString();
    }
    return out;
}

} // namespace rc
