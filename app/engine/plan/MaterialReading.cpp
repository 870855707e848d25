#include "engine/plan/MaterialReading.h"

#include <algorithm>

namespace rc::engine {
namespace {

struct Material
{
    const char *id;
    QStringList words;
};

const QList<Material> &materials()
{
    static const QList<Material> list = {
        {"leather", {QStringLiteral("leather"), QStringLiteral("suede")}},
        {"wood", {QStringLiteral("wooden"), QStringLiteral("wood"), QStringLiteral("oak"), QStringLiteral("walnut"),
                  QStringLiteral("bamboo")}},
        {"metal", {QStringLiteral("metal"), QStringLiteral("steel"), QStringLiteral("chrome"), QStringLiteral("silver"),
                   QStringLiteral("golden"), QStringLiteral("gold"), QStringLiteral("brass"), QStringLiteral("copper"),
                   QStringLiteral("aluminium"), QStringLiteral("aluminum")}},
        {"glass", {QStringLiteral("glass"), QStringLiteral("crystal")}},
        {"glossy", {QStringLiteral("ceramic"), QStringLiteral("porcelain"), QStringLiteral("plastic"), QStringLiteral("glossy"),
                    QStringLiteral("lacquered")}},
        {"fabric", {QStringLiteral("velvet"), QStringLiteral("fabric"), QStringLiteral("wool"), QStringLiteral("woolen"),
                    QStringLiteral("knitted"), QStringLiteral("cotton"), QStringLiteral("linen"), QStringLiteral("canvas"),
                    QStringLiteral("denim"), QStringLiteral("matte")}},
    };
    return list;
}

} // namespace

void readMaterials(const QStringList &tokens, QList<SubjectPlan> *subjects)
{
    for (SubjectPlan &s : *subjects) {
        const QString first = s.words.section(QLatin1Char(' '), 0, 0).toLower();
        const int at = int(tokens.indexOf(first));
        // Up to three words before the noun, stopping at a comma: "a soft brown leather bag".
        for (int k = at - 1; at > 0 && k >= std::max(0, at - 3) && s.material.isEmpty(); --k) {
            if (tokens[k] == QLatin1String(","))
                break;
            for (const Material &m : materials())
                if (m.words.contains(tokens[k]))
                    s.material = QLatin1String(m.id);
        }
    }
}

} // namespace rc::engine
