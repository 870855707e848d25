#include "support/Mp4Bytes.h"

#include <QtEndian>

namespace rc::test {

QByteArray mediaDataOf(const QByteArray &mp4)
{
    QByteArray media;
    qsizetype pos = 0;
    while (mp4.size() - pos >= 8) {
        const auto *p = reinterpret_cast<const uchar *>(mp4.constData()) + pos;
        qint64 size = qFromBigEndian<quint32>(p);
        qsizetype header = 8;
        if (size == 1 && mp4.size() - pos >= 16) {
            size = qint64(qFromBigEndian<quint64>(p + 8));
            header = 16;
        } else if (size == 0) {
            size = mp4.size() - pos;
        }
        if (size < header || size > mp4.size() - pos)
            break;
        if (mp4.mid(pos + 4, 4) == "mdat")
            media.append(mp4.mid(pos + header, size - header));
        pos += size;
    }
    return media;
}

} // namespace rc::test
