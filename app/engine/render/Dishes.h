#pragma once

#include "engine/render/Canvas.h"

namespace rc::engine {

// Dishes and drinks on the table: the vessel the prompt names or the food implies (a plate, a
// bowl for soup and noodles, a cup on its saucer, a stemmed glass for wine), the food in its
// colours from the lexical data (sushi's rice and fish, a stack of pancakes with syrup, ramen's
// noodles and egg, any other food a heap of pieces), and steam over hot food and drinks.
bool isHotFood(const SubjectPlan &s, const QString &shotText);
// `base` is the point on the table under the dish's middle; `size` about a plate's diameter.
void drawDish(const DrawContext &c, int index, const SubjectPlan &s, QPointF base, double size);

// Outdoors, what the dishes stand on, laid once under the dishes from x `left` to `right`: a
// picnic blanket on grass (or when the prompt says picnic), a small round table elsewhere (a
// terrace, a beach, a street). onOutdoorTable() moves a dish's base onto it.
void drawOutdoorTable(const DrawContext &c, double left, double right);
QPointF onOutdoorTable(const DrawContext &c, QPointF base);

} // namespace rc::engine
