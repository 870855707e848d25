// `reelcraft plan "PROMPT" [--json] [--photo]`: prints what the built-in engine understood of a
// prompt, the same plan the studio shows as "what the engine understood".
#include "engine/plan/Planner.h"

#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

namespace rc::cli {

int runPlanCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool json = false;
    bool photo = false;
    QStringList words;
    // args[0] is the command's own name ("plan"), as for every command; it is not prompt text.
    for (const QString &a : args.mid(1)) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--photo"))
            photo = true;
        else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << "usage: reelcraft plan \"PROMPT\" [--json] [--photo]\n"
                   "Shows how the built-in engine reads a prompt: shots, setting, light, weather,\n"
                   "subjects, camera, style, sounds and music. --photo plans for photo-to-video.\n";
            return 0;
        } else if (a.startsWith(QLatin1String("--"))) {
            err << "plan: unknown option " << a << "\n";
            return 2;
        } else
            words << a;
    }
    const QString prompt = words.join(QLatin1Char(' ')).trimmed();
    if (prompt.isEmpty() && !photo) {
        err << "plan: give a prompt, e.g. reelcraft plan \"a cat in a garden\" --json\n";
        return 2;
    }
    const engine::ScenePlan plan = engine::planScene(prompt, photo);
    if (json)
        out << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
    else
        out << plan.describe() << "\n";
    return 0;
}

} // namespace rc::cli
