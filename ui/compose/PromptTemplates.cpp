#include "compose/PromptTemplates.h"

#include <QCoreApplication>

namespace rc::ui {

QList<PromptTemplate> promptTemplates()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("rc::ui::PromptTemplates", text); };
    return {
        {tr("Product showcase"),
         tr("A [product] on a [surface] in a bright studio, slow orbit camera, soft golden light, "
            "clean background, upbeat electronic music.")},
        {tr("Lesson scene"),
         tr("A calm classroom scene explaining [topic]: a [subject] in a [setting], gentle push-in camera, "
            "morning light, soft piano music.")},
        {tr("Social short"),
         tr("A vertical, energetic shot of [subject] [action] in a [setting], fast camera, vivid colours, "
            "punchy music.")},
        {tr("Brand story"),
         tr("A [setting] at dawn, then a [subject] [action], then the [product] revealed in warm light; "
            "cinematic, orchestral music.")},
        {tr("Surreal art"),
         tr("A dreamy surreal [setting] where [subject] floats among [objects], slow drifting camera, "
            "pastel sky, ambient music.")},
    };
}

} // namespace rc::ui
