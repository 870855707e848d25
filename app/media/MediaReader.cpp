#include "media/MediaReader.h"

#include <QFile>

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
    double skipUntilSec = -1;
    ~Impl() { sws_freeContext(sws); }
};

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
    Input *in = m_impl->in.get();
    if (!in || !in->dec)
        return false;
    const AVStream *st = in->fmt->streams[in->stream];
    double t = 0;
    for (;;) {
        if (!in->decode())
            return false;
        const int64_t pts = in->frame->best_effort_timestamp;
        t = pts == AV_NOPTS_VALUE ? 0 : pts * av_q2d(st->time_base);
        // Half a frame of slack: stamps are rounded to the stream's time base.
        if (t + 0.5 * av_q2d(av_inv_q(st->avg_frame_rate.num ? st->avg_frame_rate : AVRational{24, 1}))
            >= m_impl->skipUntilSec)
            break;
    }
    m_impl->skipUntilSec = -1;
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
