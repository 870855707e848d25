#include "compose/PromptTemplates.h"

#include <QCoreApplication>

namespace rc::ui {
namespace {

// lupdate takes the context from this declaration; a lambda wrapper would hide it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rc::ui::PromptTemplates)
};

} // namespace

QList<PromptTemplate> promptTemplates()
{
    return {
        {Tr::tr("Product showcase"),
         Tr::tr("A [product] on a [surface] in a bright studio, slow orbit camera, soft golden light, "
            "clean background, upbeat electronic music.")},
        {Tr::tr("Lesson scene"),
         Tr::tr("A calm classroom scene explaining [topic]: a [subject] in a [setting], gentle push-in camera, "
            "morning light, soft piano music.")},
        {Tr::tr("Social short"),
         Tr::tr("A vertical, energetic shot of [subject] [action] in a [setting], fast camera, vivid colours, "
            "punchy music.")},
        {Tr::tr("Brand story"),
         Tr::tr("A [setting] at dawn, then a [subject] [action], then the [product] revealed in warm light; "
            "cinematic, orchestral music.")},
        {Tr::tr("Surreal art"),
         Tr::tr("A dreamy surreal [setting] where [subject] floats among [objects], slow drifting camera, "
            "pastel sky, ambient music.")},
    };
}

} // namespace rc::ui
