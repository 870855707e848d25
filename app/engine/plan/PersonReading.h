#pragma once

#include "engine/plan/LexicalReading.h"
#include "engine/plan/ScenePlan.h"

#include <QList>
#include <QStringList>
#include <QVector>

namespace rc::engine {

// What the words around a person say that a word's senses alone do not: age from the noun ("a
// child", "a grandmother"), a trade that is an action ("a chef" cooks, "a guitarist" plays), an
// instrument being played ("playing the violin": the violin is the person's, not a product of
// its own), sitting, and clothing ("a woman in a red dress": red is the person's colour, the
// dress an outfit). Marks the words it used in `known`.
void readPeople(const QStringList &tokens, const QList<PhraseMatch> &matches, ShotPlan *shot, QVector<bool> *known);
// "jacket", "dresses": a word for something worn, whose colour is the wearer's.
bool isGarment(const QString &word);

} // namespace rc::engine
