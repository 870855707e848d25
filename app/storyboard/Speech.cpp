#include "storyboard/Speech.h"

#include <QCoreApplication>
#include <QMutex>

#include <espeak-ng/speak_lib.h>

namespace rc::storyboard {
namespace {

QMutex g_lock;
int g_sampleRate = 0; // 0: not initialized yet; -1: the library could not start

int collect(short *wav, int count, espeak_EVENT *events)
{
    auto *out = static_cast<std::vector<float> *>(events ? events->user_data : nullptr);
    if (out && wav)
        for (int i = 0; i < count; ++i)
            out->push_back(float(wav[i]) / 32768.0f);
    return 0; // go on
}

bool ensureStarted(QString *error)
{
    if (g_sampleRate == 0) {
        // espeakINITIALIZE_DONT_EXIT: a missing data folder must come back as an error, not exit().
        g_sampleRate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
        if (g_sampleRate <= 0)
            g_sampleRate = -1;
        else
            espeak_SetSynthCallback(collect);
    }
    if (g_sampleRate < 0 && error)
        *error = QCoreApplication::translate("Speech", "the speech synthesizer (espeak-ng) could not start; is espeak-ng-data installed?");
    return g_sampleRate > 0;
}

bool selectVoice(const SpeechVoice &voice)
{
    const QString lang = voice.language.toLower();
    const QString base = lang.section(QLatin1Char('-'), 0, 0);
    for (const QString &name : {lang, base}) {
        const QString full = voice.variant.isEmpty() ? name : name + QLatin1Char('+') + voice.variant;
        if (espeak_SetVoiceByName(full.toUtf8().constData()) == EE_OK)
            return true;
    }
    return false;
}

} // namespace

bool hasSpeechLanguage(const QString &language)
{
    QMutexLocker lock(&g_lock);
    return ensureStarted(nullptr) && selectVoice(SpeechVoice{language, QString(), 160});
}

bool speak(const QString &text, const SpeechVoice &voice, media::DecodedAudio *out, QString *error)
{
    QMutexLocker lock(&g_lock);
    if (!ensureStarted(error))
        return false;
    if (!selectVoice(voice)) {
        if (error)
            *error = QCoreApplication::translate("Speech", "there is no voice for the language \"%1\"").arg(voice.language);
        return false;
    }
    espeak_SetParameter(espeakRATE, std::clamp(voice.wordsPerMinute, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);
    out->sampleRate = g_sampleRate;
    out->channels = 1;
    out->samples.clear();
    const QByteArray utf8 = text.toUtf8();
    const espeak_ERROR rc = espeak_Synth(utf8.constData(), size_t(utf8.size()) + 1, 0, POS_CHARACTER, 0,
                                         espeakCHARS_UTF8, nullptr, &out->samples);
    if (rc != EE_OK) {
        if (error)
            *error = QCoreApplication::translate("Speech", "the speech synthesizer refused the text");
        return false;
    }
    espeak_Synchronize();
    return true;
}

} // namespace rc::storyboard
