#include "storyboard/AudioConvert.h"

#include <QCoreApplication>

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/samplefmt.h>
#include <libswresample/swresample.h>
}

#include <memory>

namespace rc::storyboard {

bool convertAudio(const media::DecodedAudio &in, int sampleRate, int channels, media::DecodedAudio *out,
                  QString *error)
{
    out->sampleRate = sampleRate;
    out->channels = channels;
    out->samples.clear();
    if (in.frames() == 0)
        return true;
    if (in.sampleRate == sampleRate && in.channels == channels) {
        out->samples = in.samples;
        return true;
    }
    AVChannelLayout from, to;
    av_channel_layout_default(&from, in.channels);
    av_channel_layout_default(&to, channels);
    SwrContext *raw = nullptr;
    const int rc = swr_alloc_set_opts2(&raw, &to, AV_SAMPLE_FMT_FLT, sampleRate, &from, AV_SAMPLE_FMT_FLT,
                                       in.sampleRate, 0, nullptr);
    std::unique_ptr<SwrContext, void (*)(SwrContext *)> swr(raw, [](SwrContext *s) { swr_free(&s); });
    if (rc < 0 || swr_init(swr.get()) < 0) {
        if (error)
            *error = QCoreApplication::translate("AudioConvert", "cannot convert audio of %1 Hz, %2 channels")
                         .arg(in.sampleRate).arg(in.channels);
        return false;
    }
    const int inFrames = int(in.frames());
    const int capacity = int(swr_get_out_samples(swr.get(), inFrames)) + 256;
    out->samples.resize(size_t(capacity) * channels);
    uint8_t *dst[1] = {reinterpret_cast<uint8_t *>(out->samples.data())};
    const uint8_t *src[1] = {reinterpret_cast<const uint8_t *>(in.samples.data())};
    int got = swr_convert(swr.get(), dst, capacity, src, inFrames);
    if (got < 0)
        got = 0;
    // Drain what the resampler's filter still holds.
    uint8_t *tail[1] = {reinterpret_cast<uint8_t *>(out->samples.data() + size_t(got) * channels)};
    const int more = swr_convert(swr.get(), tail, capacity - got, nullptr, 0);
    out->samples.resize(size_t(got + std::max(more, 0)) * channels);
    return true;
}

bool loadLessonAudio(const QString &path, AudioPresence presence, media::DecodedAudio *out, QString *error)
{
    media::DecodedAudio decoded;
    QString why;
    if (!media::readAudio(path, &decoded, &why)) {
        if (presence == AudioPresence::Optional) {
            *out = media::DecodedAudio{kLessonSampleRate, kLessonChannels, {}};
            return true;
        }
        if (error)
            *error = why;
        return false;
    }
    return convertAudio(decoded, kLessonSampleRate, kLessonChannels, out, error);
}

} // namespace rc::storyboard
