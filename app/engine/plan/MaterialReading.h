#pragma once

#include "engine/plan/ScenePlan.h"

#include <QStringList>

namespace rc::engine {

// The material said just before a subject ("a leather handbag on a marble table": the bag is
// leather, the table's marble is not the bag's): leather, wood, metal, glass, glossy or fabric,
// in SubjectPlan::material. `tokens` are the shot's normalised words.
void readMaterials(const QStringList &tokens, QList<SubjectPlan> *subjects);

} // namespace rc::engine
