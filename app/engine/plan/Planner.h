#pragma once

#include "engine/plan/ScenePlan.h"
#include "engine/plan/Vocabulary.h"

namespace rc::engine {

// Turns a prompt into a ScenePlan. Sentences, ";" and words such as "then" start new shots; a
// shot inherits its setting, light, weather, style and subjects from the one before unless it
// names its own. Unknown words never fail: with no setting understood the scene is "abstract",
// coloured by the prompt's colour words or, failing those, by a hash of its words.
ScenePlan planScene(const QString &prompt, bool fromPhoto = false,
                    const Vocabulary &vocabulary = Vocabulary::builtin());

} // namespace rc::engine
