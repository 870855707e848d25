#pragma once

#include "media/MediaReader.h"
#include "storyboard/Storyboard.h"

#include <QList>

namespace rc::storyboard {

// Every shot's voice as lesson stereo: its narration text spoken in the storyboard's language,
// voice and speed, or its recording decoded; empty for a silent shot. Silence the synthesizer
// or the microphone left at either end is trimmed, so a shot is lengthened only for words.
// On a problem returns false with a message that names the shot.
bool prepareNarration(const Storyboard &storyboard, QList<media::DecodedAudio> *voices, QString *error);

// Each voice's length in seconds (0 for none).
QList<double> narrationSeconds(const QList<media::DecodedAudio> &voices);

} // namespace rc::storyboard
