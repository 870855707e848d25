#pragma once

#include "media/MediaReader.h"

#include <QString>

namespace rc::storyboard {

struct SpeechVoice
{
    QString language = QStringLiteral("en"); // BCP 47 style ("en", "en-gb", "fr", "pt-br")
    QString variant;                          // espeak-ng variant ("f3", "m1", "klatt"...); empty: default
    int wordsPerMinute = 160;
};

// Speaks text offline with espeak-ng (Debian's libespeak-ng). Chosen over flite because flite
// speaks English only, while a storyboard names its own language; espeak-ng covers about a
// hundred. The library keeps one global state, so every call is serialized here.
// Returns mono samples at the synthesizer's own rate (22050 Hz), or false with a reason.
bool speak(const QString &text, const SpeechVoice &voice, media::DecodedAudio *out, QString *error);

// True when espeak-ng has a voice for `language` (or its base language, "pt" for "pt-br").
bool hasSpeechLanguage(const QString &language);

} // namespace rc::storyboard
