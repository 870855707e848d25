#pragma once

#include <QString>

namespace rc::storyboard {

// Burns a small disclosure label (aiLabelText(), "AI-generated") into the top right corner of
// every frame of the clip at `source` and writes the result to `target`: the pictures re-encoded
// at the clip's size and frame rate (H.264, a quality close to the source's), the sound and the
// container tags kept. The label is the lesson's corner label (renderCornerLabel), so single
// clips and lessons are marked alike. Needs a QGuiApplication (fonts). On failure `target` does
// not exist and `source` is untouched.
bool burnCornerLabel(const QString &source, const QString &target, const QString &label, QString *error);

} // namespace rc::storyboard
