#include "providers/remote/Mp4Check.h"

#include <QFile>
#include <QtEndian>

namespace rc::net {

QString checkMp4Structure(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot open the file");
    const qint64 size = f.size();
    if (size < 16)
        return QStringLiteral("the file is only %1 bytes").arg(size);
    bool ftyp = false, moov = false, mdat = false;
    qint64 offset = 0;
    int boxes = 0;
    while (offset < size) {
        if (++boxes > 100000)
            return QStringLiteral("too many boxes");
        uchar header[16];
        if (!f.seek(offset) || f.read(reinterpret_cast<char *>(header), 8) != 8)
            return QStringLiteral("a box header at %1 is cut off").arg(offset);
        quint64 boxSize = qFromBigEndian<quint32>(header);
        const QByteArray type(reinterpret_cast<const char *>(header + 4), 4);
        qint64 headerSize = 8;
        if (boxSize == 1) {
            if (f.read(reinterpret_cast<char *>(header + 8), 8) != 8)
                return QStringLiteral("a box header at %1 is cut off").arg(offset);
            boxSize = qFromBigEndian<quint64>(header + 8);
            headerSize = 16;
        } else if (boxSize == 0) {
            boxSize = quint64(size - offset); // "to the end of the file"
        }
        if (boxSize < quint64(headerSize) || boxSize > quint64(size - offset))
            return QStringLiteral("the '%1' box at %2 runs past the end (the download is incomplete)")
                .arg(QString::fromLatin1(type)).arg(offset);
        if (offset == 0 && type != "ftyp")
            return QStringLiteral("it does not start with an 'ftyp' box");
        ftyp |= type == "ftyp";
        moov |= type == "moov";
        mdat |= type == "mdat";
        offset += qint64(boxSize);
    }
    if (!ftyp || !moov || !mdat)
        return QStringLiteral("the '%1' box is missing").arg(!moov ? QStringLiteral("moov") : QStringLiteral("mdat"));
    return QString();
}

} // namespace rc::net
