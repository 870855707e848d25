#include "media/Mp4Writer.h"

#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cstring>

namespace rc::media {

namespace {
QString avError(int code)
{
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buf, sizeof buf);
    return QString::fromUtf8(buf);
}
bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}
} // namespace

struct Mp4Writer::Impl
{
    QString path;
    VideoSettings video;
    AudioSettings audio;
    AVFormatContext *fmt = nullptr;
    AVCodecContext *venc = nullptr;
    AVCodecContext *aenc = nullptr;
    AVStream *vst = nullptr;
    AVStream *ast = nullptr;
    AVFrame *vframe = nullptr;
    AVFrame *aframe = nullptr;
    AVPacket *pkt = nullptr;
    SwsContext *sws = nullptr;
    int64_t nextVideoPts = 0;
    int64_t nextAudioPts = 0;
    std::vector<float> audioFifo; // interleaved, fewer than one AAC frame between calls
    QList<Chapter> chapters;
    bool headerWritten = false;
    bool open = false;

    ~Impl() { release(); }

    void release()
    {
        if (fmt) {
            if (fmt->pb)
                avio_closep(&fmt->pb);
            avformat_free_context(fmt);
            fmt = nullptr;
        }
        avcodec_free_context(&venc);
        avcodec_free_context(&aenc);
        av_frame_free(&vframe);
        av_frame_free(&aframe);
        av_packet_free(&pkt);
        sws_freeContext(sws);
        sws = nullptr;
        open = false;
    }

    // Moves every packet the encoder has ready into the muxer.
    bool drain(AVCodecContext *enc, AVStream *st, QString *error)
    {
        for (;;) {
            int rc = avcodec_receive_packet(enc, pkt);
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return true;
            if (rc < 0)
                return fail(error, QStringLiteral("encoder: %1").arg(avError(rc)));
            // libx264 in FFmpeg 5.1 leaves durations at 0, and the last frame then counts as
            // missing from the track's length (platform-notes #6).
            if (enc == venc && pkt->duration == 0)
                pkt->duration = 1;
            av_packet_rescale_ts(pkt, enc->time_base, st->time_base);
            pkt->stream_index = st->index;
            rc = av_interleaved_write_frame(fmt, pkt);
            if (rc < 0)
                return fail(error, QStringLiteral("writing %1: %2").arg(path, avError(rc)));
        }
    }

    bool sendVideo(AVFrame *frame, QString *error)
    {
        int rc = avcodec_send_frame(venc, frame);
        if (rc < 0)
            return fail(error, QStringLiteral("video encoder: %1").arg(avError(rc)));
        return drain(venc, vst, error);
    }

    bool sendAudioFrame(int samples, QString *error)
    {
        int rc = av_frame_make_writable(aframe);
        if (rc < 0)
            return fail(error, avError(rc));
        const int ch = audio.channels;
        aframe->nb_samples = samples;
        for (int c = 0; c < ch; ++c) {
            float *dst = reinterpret_cast<float *>(aframe->data[c]);
            for (int i = 0; i < samples; ++i)
                dst[i] = audioFifo[size_t(i) * ch + c];
        }
        aframe->pts = nextAudioPts;
        nextAudioPts += samples;
        audioFifo.erase(audioFifo.begin(), audioFifo.begin() + size_t(samples) * ch);
        rc = avcodec_send_frame(aenc, aframe);
        if (rc < 0)
            return fail(error, QStringLiteral("audio encoder: %1").arg(avError(rc)));
        return drain(aenc, ast, error);
    }

    bool openVideo(QString *error);
    bool openAudio(QString *error);
    bool addChapters(QString *error);
};

// The muxer writes a chapter track (and Nero chpl) when the context holds chapters at header time.
bool Mp4Writer::Impl::addChapters(QString *error)
{
    if (chapters.isEmpty())
        return true;
    auto **list = static_cast<AVChapter **>(av_calloc(size_t(chapters.size()), sizeof(AVChapter *)));
    if (!list)
        return fail(error, QStringLiteral("out of memory for chapters"));
    fmt->chapters = list;
    for (int i = 0; i < chapters.size(); ++i) {
        auto *ch = static_cast<AVChapter *>(av_mallocz(sizeof(AVChapter)));
        if (!ch)
            return fail(error, QStringLiteral("out of memory for chapters"));
        ch->id = i + 1;
        ch->time_base = AVRational{1, 1000};
        ch->start = int64_t(chapters[i].startSec * 1000 + 0.5);
        ch->end = int64_t(chapters[i].endSec * 1000 + 0.5);
        av_dict_set(&ch->metadata, "title", chapters[i].title.toUtf8().constData(), 0);
        list[i] = ch;
        fmt->nb_chapters = unsigned(i + 1);
    }
    return true;
}

bool Mp4Writer::Impl::openVideo(QString *error)
{
    const AVCodec *codec = avcodec_find_encoder_by_name("libx264");
    if (!codec)
        return fail(error, QStringLiteral("libx264 encoder is not available in this FFmpeg"));
    venc = avcodec_alloc_context3(codec);
    venc->width = video.width;
    venc->height = video.height;
    venc->time_base = AVRational{video.fpsDenominator, video.fps};
    venc->framerate = AVRational{video.fps, video.fpsDenominator};
    venc->pix_fmt = AV_PIX_FMT_YUV420P;
    // A keyframe every 2 s keeps seeking in the gallery quick.
    venc->gop_size = std::max(1, 2 * video.fps / video.fpsDenominator);
    venc->thread_count = video.threads;
    // Untagged colour makes players guess BT.601 and shift hues (platform-notes #5).
    venc->colorspace = AVCOL_SPC_BT709;
    venc->color_primaries = AVCOL_PRI_BT709;
    venc->color_trc = AVCOL_TRC_BT709;
    venc->color_range = AVCOL_RANGE_MPEG;
    av_opt_set(venc->priv_data, "preset", video.preset.toUtf8().constData(), 0);
    av_opt_set(venc->priv_data, "profile", "high", 0);
    // Otherwise x264 lets the CPU's state pick between algorithms at run time: the same frames
    // encoded on a busy machine came out different (1 run in ~3 under a parallel test load, even
    // with one thread). Measured: no cost in speed.
    av_opt_set(venc->priv_data, "x264-params", "cpu-independent=1", 0);
    av_opt_set_double(venc->priv_data, "crf", video.crf, 0);
    if (fmt->oformat->flags & AVFMT_GLOBALHEADER)
        venc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    int rc = avcodec_open2(venc, codec, nullptr);
    if (rc < 0)
        return fail(error, QStringLiteral("cannot open H.264 encoder: %1").arg(avError(rc)));
    vst = avformat_new_stream(fmt, nullptr);
    avcodec_parameters_from_context(vst->codecpar, venc);
    vst->time_base = venc->time_base;
    vst->avg_frame_rate = venc->framerate;
    vframe = av_frame_alloc();
    vframe->format = venc->pix_fmt;
    vframe->width = video.width;
    vframe->height = video.height;
    rc = av_frame_get_buffer(vframe, 0);
    return rc < 0 ? fail(error, avError(rc)) : true;
}

bool Mp4Writer::Impl::openAudio(QString *error)
{
    const AVCodec *codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
    if (!codec)
        return fail(error, QStringLiteral("AAC encoder is not available in this FFmpeg"));
    aenc = avcodec_alloc_context3(codec);
    aenc->sample_fmt = AV_SAMPLE_FMT_FLTP; // the native encoder takes nothing else (#7)
    aenc->sample_rate = audio.sampleRate;
    av_channel_layout_default(&aenc->ch_layout, audio.channels);
    aenc->bit_rate = audio.bitRate;
    aenc->profile = FF_PROFILE_AAC_LOW;
    aenc->time_base = AVRational{1, audio.sampleRate};
    if (fmt->oformat->flags & AVFMT_GLOBALHEADER)
        aenc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    int rc = avcodec_open2(aenc, codec, nullptr);
    if (rc < 0)
        return fail(error, QStringLiteral("cannot open AAC encoder: %1").arg(avError(rc)));
    ast = avformat_new_stream(fmt, nullptr);
    avcodec_parameters_from_context(ast->codecpar, aenc);
    ast->time_base = aenc->time_base;
    aframe = av_frame_alloc();
    aframe->format = aenc->sample_fmt;
    aframe->sample_rate = aenc->sample_rate;
    av_channel_layout_copy(&aframe->ch_layout, &aenc->ch_layout);
    aframe->nb_samples = aenc->frame_size;
    rc = av_frame_get_buffer(aframe, 0);
    return rc < 0 ? fail(error, avError(rc)) : true;
}

Mp4Writer::Mp4Writer() : m_impl(std::make_unique<Impl>()) {}

void Mp4Writer::setChapters(const QList<Chapter> &chapters)
{
    m_impl->chapters = chapters;
}

Mp4Writer::~Mp4Writer()
{
    if (m_impl->open)
        abort();
}

bool Mp4Writer::open(const QString &path, const VideoSettings &video, const AudioSettings &audio,
                     const QList<QPair<QString, QString>> &tags, QString *error)
{
    Impl &d = *m_impl;
    if (video.width <= 0 || video.height <= 0 || video.width % 2 || video.height % 2)
        return fail(error, QStringLiteral("frame size must be positive and even"));
    if (video.fps <= 0 || video.fpsDenominator <= 0)
        return fail(error, QStringLiteral("frame rate must be positive"));
    // libav prints encoder statistics at INFO level on stderr, which the worker's parent would
    // read as noise; errors still get through.
    if (av_log_get_level() == AV_LOG_INFO)
        av_log_set_level(AV_LOG_ERROR);
    d.release();
    d.path = path;
    d.video = video;
    d.audio = audio;
    d.nextVideoPts = d.nextAudioPts = 0;
    d.audioFifo.clear();
    const QByteArray path8 = QFile::encodeName(path);
    int rc = avformat_alloc_output_context2(&d.fmt, nullptr, "mp4", path8.constData());
    if (rc < 0 || !d.fmt)
        return fail(error, QStringLiteral("mp4 muxer: %1").arg(avError(rc)));
    d.open = true;
    d.pkt = av_packet_alloc();
    if (!d.openVideo(error) || (audio.enabled && !d.openAudio(error)) || !d.addChapters(error)) {
        abort();
        return false;
    }
    for (const auto &tag : tags)
        av_dict_set(&d.fmt->metadata, tag.first.toUtf8().constData(),
                    tag.second.toUtf8().constData(), 0);
    rc = avio_open(&d.fmt->pb, path8.constData(), AVIO_FLAG_WRITE);
    if (rc < 0) {
        abort();
        return fail(error, QStringLiteral("cannot write %1: %2").arg(path, avError(rc)));
    }
    AVDictionary *opts = nullptr;
    // faststart puts the index first so a player can start before the whole file is read;
    // use_metadata_tags keeps keys the classic iTunes atoms have no slot for.
    av_dict_set(&opts, "movflags", "+faststart+use_metadata_tags", 0);
    rc = avformat_write_header(d.fmt, &opts);
    av_dict_free(&opts);
    if (rc < 0) {
        abort();
        return fail(error, QStringLiteral("mp4 header: %1").arg(avError(rc)));
    }
    d.headerWritten = true;
    return true;
}

bool Mp4Writer::writeVideo(const YuvFrame &frame, QString *error)
{
    Impl &d = *m_impl;
    if (!d.open)
        return fail(error, QStringLiteral("writer is not open"));
    if (frame.width != d.video.width || frame.height != d.video.height)
        return fail(error, QStringLiteral("frame size does not match the video"));
    int rc = av_frame_make_writable(d.vframe);
    if (rc < 0)
        return fail(error, avError(rc));
    const int cw = frame.width / 2, ch = frame.height / 2;
    for (int row = 0; row < frame.height; ++row)
        memcpy(d.vframe->data[0] + row * d.vframe->linesize[0], &frame.y[size_t(row) * frame.width],
               frame.width);
    for (int row = 0; row < ch; ++row) {
        memcpy(d.vframe->data[1] + row * d.vframe->linesize[1], &frame.u[size_t(row) * cw], cw);
        memcpy(d.vframe->data[2] + row * d.vframe->linesize[2], &frame.v[size_t(row) * cw], cw);
    }
    d.vframe->pts = d.nextVideoPts++;
    return d.sendVideo(d.vframe, error);
}

bool Mp4Writer::writeVideo(const QImage &image, QString *error)
{
    Impl &d = *m_impl;
    if (!d.open)
        return fail(error, QStringLiteral("writer is not open"));
    const QImage src = (image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32)
                           ? image
                           : image.convertToFormat(QImage::Format_RGB32);
    d.sws = sws_getCachedContext(d.sws, src.width(), src.height(), AV_PIX_FMT_RGB32, d.video.width,
                                 d.video.height, AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr,
                                 nullptr);
    if (!d.sws)
        return fail(error, QStringLiteral("cannot convert the picture"));
    const int *coeffs = sws_getCoefficients(SWS_CS_ITU709);
    sws_setColorspaceDetails(d.sws, coeffs, 1, coeffs, 0, 0, 1 << 16, 1 << 16);
    int rc = av_frame_make_writable(d.vframe);
    if (rc < 0)
        return fail(error, avError(rc));
    const uint8_t *srcData[1] = {src.constBits()};
    const int srcStride[1] = {int(src.bytesPerLine())};
    sws_scale(d.sws, srcData, srcStride, 0, src.height(), d.vframe->data, d.vframe->linesize);
    d.vframe->pts = d.nextVideoPts++;
    return d.sendVideo(d.vframe, error);
}

bool Mp4Writer::writeAudio(const float *interleaved, int frames, QString *error)
{
    Impl &d = *m_impl;
    if (!d.open)
        return fail(error, QStringLiteral("writer is not open"));
    if (!d.aenc)
        return true; // a silent clip by request: samples are dropped
    d.audioFifo.insert(d.audioFifo.end(), interleaved, interleaved + size_t(frames) * d.audio.channels);
    const int frameSize = d.aenc->frame_size;
    while (d.audioFifo.size() >= size_t(frameSize) * d.audio.channels)
        if (!d.sendAudioFrame(frameSize, error))
            return false;
    return true;
}

bool Mp4Writer::finish(QString *error)
{
    Impl &d = *m_impl;
    if (!d.open)
        return fail(error, QStringLiteral("writer is not open"));
    bool ok = true;
    if (d.aenc) {
        // The native AAC encoder accepts a short last frame (AV_CODEC_CAP_SMALL_LAST_FRAME).
        const int rest = int(d.audioFifo.size() / d.audio.channels);
        if (rest > 0)
            ok = d.sendAudioFrame(rest, error);
        ok = ok && avcodec_send_frame(d.aenc, nullptr) >= 0 && d.drain(d.aenc, d.ast, error);
    }
    ok = ok && d.sendVideo(nullptr, error);
    if (ok) {
        int rc = av_write_trailer(d.fmt);
        if (rc < 0)
            ok = fail(error, QStringLiteral("mp4 trailer: %1").arg(avError(rc)));
    }
    if (!ok) {
        abort();
        return false;
    }
    d.release();
    return true;
}

void Mp4Writer::abort()
{
    const bool hadFile = m_impl->fmt && m_impl->fmt->pb;
    m_impl->release();
    if (hadFile)
        QFile::remove(m_impl->path);
}

int Mp4Writer::videoFramesWritten() const { return int(m_impl->nextVideoPts); }

} // namespace rc::media
