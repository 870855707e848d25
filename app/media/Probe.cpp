#include "media/Probe.h"

#include <QFile>

#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/pixdesc.h>
}

namespace rc::media {

std::optional<MediaInfo> probe(const QString &path, QString *error)
{
    auto failWith = [error](const QString &text) -> std::optional<MediaInfo> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (!QFile::exists(path))
        return failWith(QStringLiteral("%1 does not exist").arg(path));
    AVFormatContext *fmt = nullptr;
    if (avformat_open_input(&fmt, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
        return failWith(QStringLiteral("%1 is not a readable media file").arg(path));
    std::unique_ptr<AVFormatContext *, void (*)(AVFormatContext **)> guard(&fmt, avformat_close_input);
    if (avformat_find_stream_info(fmt, nullptr) < 0)
        return failWith(QStringLiteral("%1: cannot read stream information").arg(path));

    MediaInfo info;
    if (fmt->iformat && fmt->iformat->name)
        info.container = QString::fromUtf8(fmt->iformat->name);
    if (fmt->duration > 0)
        info.durationSec = double(fmt->duration) / AV_TIME_BASE;
    const AVDictionaryEntry *tag = nullptr;
    while ((tag = av_dict_get(fmt->metadata, "", tag, AV_DICT_IGNORE_SUFFIX)))
        info.tags.insert(QString::fromUtf8(tag->key), QString::fromUtf8(tag->value));

    const int v = av_find_best_stream(fmt, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (v < 0)
        return failWith(QStringLiteral("%1 has no video stream").arg(path));
    const AVStream *vs = fmt->streams[v];
    const AVCodecParameters *vp = vs->codecpar;
    info.size = QSize(vp->width, vp->height);
    info.videoCodec = QString::fromUtf8(avcodec_get_name(vp->codec_id));
    if (const char *p = avcodec_profile_name(vp->codec_id, vp->profile))
        info.videoProfile = QString::fromUtf8(p);
    if (const char *pf = av_get_pix_fmt_name(AVPixelFormat(vp->format)))
        info.pixelFormat = QString::fromUtf8(pf);
    info.colorSpace = QString::fromUtf8(av_color_space_name(vp->color_space));
    const AVRational rate = vs->avg_frame_rate.num > 0 && vs->avg_frame_rate.den > 0 ? vs->avg_frame_rate : vs->r_frame_rate;
    if (rate.num > 0 && rate.den > 0) {
        info.fps = av_q2d(rate);
        // A rate averaged over an irregular track can be a fraction of huge terms; the closest
        // one with terms an encoder's time base takes is as good (24000/1001 stays as it is).
        av_reduce(&info.fpsNumerator, &info.fpsDenominator, rate.num, rate.den, 65535);
    }
    info.videoFrames = vs->nb_frames;
    if (vs->duration > 0)
        info.videoDurationSec = vs->duration * av_q2d(vs->time_base);

    const int a = av_find_best_stream(fmt, AVMEDIA_TYPE_AUDIO, -1, v, nullptr, 0);
    if (a >= 0) {
        const AVCodecParameters *ap = fmt->streams[a]->codecpar;
        info.hasAudio = true;
        info.audioCodec = QString::fromUtf8(avcodec_get_name(ap->codec_id));
        if (const char *p = avcodec_profile_name(ap->codec_id, ap->profile))
            info.audioProfile = QString::fromUtf8(p);
        info.sampleRate = ap->sample_rate;
        info.channels = ap->ch_layout.nb_channels;
    }
    return info;
}

bool isFastStart(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // Walk the top-level boxes: size (4, big-endian) + type (4).
    qint64 offset = 0;
    while (offset + 8 <= file.size()) {
        file.seek(offset);
        const QByteArray head = file.read(16);
        if (head.size() < 8)
            return false;
        quint64 size = (quint8(head[0]) << 24) | (quint8(head[1]) << 16) | (quint8(head[2]) << 8) | quint8(head[3]);
        const QByteArray type = head.mid(4, 4);
        if (type == "moov")
            return true;
        if (type == "mdat")
            return false;
        if (size == 1 && head.size() >= 16) {
            size = 0;
            for (int i = 8; i < 16; ++i)
                size = (size << 8) | quint8(head[i]);
        }
        if (size < 8)
            return false;
        offset += qint64(size);
    }
    return false;
}

} // namespace rc::media
