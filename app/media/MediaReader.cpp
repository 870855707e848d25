#include "media/MediaReader.h"

#include "media/ImageFit.h"

#include <QFile>

#include <cstring>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

namespace rc::media {

namespace {
bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

// An opened input with a decoder for its best stream of `type`.
struct Input
{
    AVFormatContext *fmt = nullptr;
    AVCodecContext *dec = nullptr;
    int stream = -1;
    AVPacket *pkt = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    bool flushed = false;

    ~Input()
    {
        avcodec_free_context(&dec);
        avformat_close_input(&fmt);
        av_packet_free(&pkt);
        av_frame_free(&frame);
    }

    bool open(const QString &path, AVMediaType type, QString *error)
    {
        if (avformat_open_input(&fmt, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
            return fail(error, QStringLiteral("cannot open %1").arg(path));
        if (avformat_find_stream_info(fmt, nullptr) < 0)
            return fail(error, QStringLiteral("cannot read %1").arg(path));
        const AVCodec *codec = nullptr;
        stream = av_find_best_stream(fmt, type, -1, -1, &codec, 0);
        if (stream < 0 || !codec)
            return fail(error, QStringLiteral("%1 has no decodable stream of that kind").arg(path));
        dec = avcodec_alloc_context3(codec);
        avcodec_parameters_to_context(dec, fmt->streams[stream]->codecpar);
        dec->thread_count = 2;
        if (avcodec_open2(dec, codec, nullptr) < 0)
            return fail(error, QStringLiteral("cannot open the decoder for %1").arg(path));
        return true;
    }

    // Next decoded frame into `frame`; false at the end.
    bool decode()
    {
        for (;;) {
            int rc = avcodec_receive_frame(dec, frame);
            if (rc == 0)
                return true;
            if (rc != AVERROR(EAGAIN) || flushed)
                return false;
            rc = av_read_frame(fmt, pkt);
            if (rc < 0) {
                flushed = true;
                avcodec_send_packet(dec, nullptr);
                continue;
            }
            if (pkt->stream_index == stream)
                avcodec_send_packet(dec, pkt);
            av_packet_unref(pkt);
        }
    }
};
} // namespace

struct VideoReader::Impl
{
    std::unique_ptr<Input> in;
    SwsContext *sws = nullptr;
    SwsContext *yuvSws = nullptr;   // any format -> yuv420p at the source size, when needed
    SwsContext *fitSws = nullptr;   // the cropped yuv420p -> the target size
    AVFrame *planar = nullptr;      // the source as yuv420p, when it was not already
    double skipUntilSec = -1;
    ~Impl()
    {
        sws_freeContext(sws);
        sws_freeContext(yuvSws);
        sws_freeContext(fitSws);
        av_frame_free(&planar);
    }
    // Decodes up to the next frame at or after skipUntilSec; its time in `t`.
    bool decodeNext(double *t);
};

bool VideoReader::Impl::decodeNext(double *t)
{
    if (!in || !in->dec)
        return false;
    const AVStream *st = in->fmt->streams[in->stream];
    for (;;) {
        if (!in->decode())
            return false;
        const int64_t pts = in->frame->best_effort_timestamp;
        *t = pts == AV_NOPTS_VALUE ? 0 : pts * av_q2d(st->time_base);
        // Half a frame of slack: stamps are rounded to the stream's time base.
        if (*t + 0.5 * av_q2d(av_inv_q(st->avg_frame_rate.num ? st->avg_frame_rate : AVRational{24, 1}))
            >= skipUntilSec)
            break;
    }
    skipUntilSec = -1;
    return true;
}

VideoReader::VideoReader() : m_impl(std::make_unique<Impl>()) {}
VideoReader::~VideoReader() = default;

bool VideoReader::open(const QString &path, QString *error)
{
    m_impl->in = std::make_unique<Input>();
    return m_impl->in->open(path, AVMEDIA_TYPE_VIDEO, error);
}

bool VideoReader::seek(double timeSec)
{
    Input *in = m_impl->in.get();
    if (!in || !in->dec)
        return false;
    const AVStream *st = in->fmt->streams[in->stream];
    const int64_t ts = int64_t(timeSec / av_q2d(st->time_base));
    if (av_seek_frame(in->fmt, in->stream, ts, AVSEEK_FLAG_BACKWARD) < 0)
        return false;
    avcodec_flush_buffers(in->dec);
    in->flushed = false;
    m_impl->skipUntilSec = timeSec;
    return true;
}

bool VideoReader::next(QImage *out, double *timeSec)
{
    double t = 0;
    if (!m_impl->decodeNext(&t))
        return false;
    Input *in = m_impl->in.get();
    AVFrame *f = in->frame;
    QImage image(f->width, f->height, QImage::Format_RGB32);
    m_impl->sws = sws_getCachedContext(m_impl->sws, f->width, f->height, AVPixelFormat(f->format),
                                       f->width, f->height, AV_PIX_FMT_RGB32, SWS_BICUBIC, nullptr,
                                       nullptr, nullptr);
    if (!m_impl->sws)
        return false;
    const bool bt709 = f->colorspace == AVCOL_SPC_BT709 || f->colorspace == AVCOL_SPC_UNSPECIFIED;
    const int *coeffs = sws_getCoefficients(bt709 ? SWS_CS_ITU709 : SWS_CS_DEFAULT);
    sws_setColorspaceDetails(m_impl->sws, coeffs, f->color_range == AVCOL_RANGE_JPEG, coeffs, 1, 0,
                             1 << 16, 1 << 16);
    uint8_t *dst[1] = {image.bits()};
    const int dstStride[1] = {int(image.bytesPerLine())};
    sws_scale(m_impl->sws, f->data, f->linesize, 0, f->height, dst, dstStride);
    *out = image;
    if (timeSec)
        *timeSec = t;
    return true;
}

bool VideoReader::nextYuv(YuvFrame *out, QSize size, QPointF focal, double *timeSec)
{
    Impl &d = *m_impl;
    double t = 0;
    if (size.width() <= 0 || size.height() <= 0 || size.width() % 2 || size.height() % 2 || !d.decodeNext(&t))
        return false;
    const AVFrame *f = d.in->frame;
    const bool fullRange = f->color_range == AVCOL_RANGE_JPEG || f->format == AV_PIX_FMT_YUVJ420P;
    const bool bt709 = f->colorspace == AVCOL_SPC_BT709 || f->colorspace == AVCOL_SPC_UNSPECIFIED;
    const int *srcCoeffs = sws_getCoefficients(bt709 ? SWS_CS_ITU709 : SWS_CS_DEFAULT);
    const int *dstCoeffs = sws_getCoefficients(SWS_CS_ITU709);
    // Cropping is done by offsetting plane pointers, which needs plain 4:2:0 planes.
    const AVFrame *src = f;
    if (f->format != AV_PIX_FMT_YUV420P && f->format != AV_PIX_FMT_YUVJ420P) {
        if (!d.planar || d.planar->width != f->width || d.planar->height != f->height) {
            av_frame_free(&d.planar);
            d.planar = av_frame_alloc();
            d.planar->format = AV_PIX_FMT_YUV420P;
            d.planar->width = f->width;
            d.planar->height = f->height;
            if (av_frame_get_buffer(d.planar, 0) < 0)
                return false;
        }
        d.yuvSws = sws_getCachedContext(d.yuvSws, f->width, f->height, AVPixelFormat(f->format), f->width, f->height,
                                        AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr, nullptr);
        if (!d.yuvSws)
            return false;
        sws_setColorspaceDetails(d.yuvSws, srcCoeffs, fullRange, dstCoeffs, 0, 0, 1 << 16, 1 << 16);
        sws_scale(d.yuvSws, f->data, f->linesize, 0, f->height, d.planar->data, d.planar->linesize);
        src = d.planar;
    }
    const bool srcFull = src == f && fullRange;
    const QRectF crop = cropRectFor(QSize(f->width, f->height), size, focal);
    const int cx = int(crop.x()) & ~1, cy = int(crop.y()) & ~1;
    const int cw = std::min(f->width - cx, int(crop.width() + 0.5)) & ~1;
    const int ch = std::min(f->height - cy, int(crop.height() + 0.5)) & ~1;
    out->resize(size.width(), size.height());
    const uint8_t *srcData[3] = {src->data[0] + cy * src->linesize[0] + cx,
                                 src->data[1] + (cy / 2) * src->linesize[1] + cx / 2,
                                 src->data[2] + (cy / 2) * src->linesize[2] + cx / 2};
    uint8_t *dstData[3] = {out->y.data(), out->u.data(), out->v.data()};
    const int dstStride[3] = {size.width(), size.width() / 2, size.width() / 2};
    if (cw == size.width() && ch == size.height() && !srcFull && (src != f || bt709)) {
        // Same size and colours: a copy.
        for (int p = 0; p < 3; ++p) {
            const int rows = p ? ch / 2 : ch, bytes = p ? cw / 2 : cw;
            for (int r = 0; r < rows; ++r)
                memcpy(dstData[p] + r * dstStride[p], srcData[p] + r * src->linesize[p], size_t(bytes));
        }
    } else {
        d.fitSws = sws_getCachedContext(d.fitSws, cw, ch, AV_PIX_FMT_YUV420P, size.width(), size.height(),
                                        AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr, nullptr);
        if (!d.fitSws)
            return false;
        sws_setColorspaceDetails(d.fitSws, src == f ? srcCoeffs : dstCoeffs, srcFull, dstCoeffs, 0, 0, 1 << 16, 1 << 16);
        sws_scale(d.fitSws, srcData, src->linesize, 0, ch, dstData, dstStride);
    }
    if (timeSec)
        *timeSec = t;
    return true;
}

bool readAudio(const QString &path, DecodedAudio *out, QString *error)
{
    Input in;
    if (!in.open(path, AVMEDIA_TYPE_AUDIO, error))
        return false;
    out->sampleRate = in.dec->sample_rate;
    out->channels = in.dec->ch_layout.nb_channels;
    out->samples.clear();
    SwrContext *swr = nullptr;
    if (swr_alloc_set_opts2(&swr, &in.dec->ch_layout, AV_SAMPLE_FMT_FLT, in.dec->sample_rate,
                            &in.dec->ch_layout, in.dec->sample_fmt, in.dec->sample_rate, 0, nullptr)
            < 0
        || swr_init(swr) < 0) {
        swr_free(&swr);
        return fail(error, QStringLiteral("cannot convert the audio of %1").arg(path));
    }
    while (in.decode()) {
        const int n = in.frame->nb_samples;
        const size_t at = out->samples.size();
        out->samples.resize(at + size_t(n) * out->channels);
        uint8_t *dst[1] = {reinterpret_cast<uint8_t *>(out->samples.data() + at)};
        const int got = swr_convert(swr, dst, n, const_cast<const uint8_t **>(in.frame->extended_data), n);
        out->samples.resize(at + size_t(std::max(got, 0)) * out->channels);
    }
    swr_free(&swr);
    return true;
}

} // namespace rc::media
