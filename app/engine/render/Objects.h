#pragma once

#include "engine/render/Canvas.h"

namespace rc::engine {

// Household and product objects (kind "product"): a watch, cup, bottle, phone or box as before,
// and the things sellers and creators ask for (a sneaker, handbag, backpack, lamp, chair,
// armchair, sofa, book, laptop, headphones, perfume, lipstick, teapot, kettle, vase, clock,
// candle, sunglasses, guitar, teddy bear), each a silhouette shaded in the plan's colour and
// the material the prompt names ("a leather bag", "a wooden chair"), presented as products are:
// on a plinth with a slow turn, small ones floating, furniture on the floor, a soft shadow
// under each; a lamp or a candle lights the room around it, the more so the darker the room.
//
// `base` is the point on the surface under the object's middle; `size` about its height.
void drawObject(const DrawContext &c, int index, const SubjectPlan &s, QPointF base, double size);

// A pedestal, stand or display the prompt puts the object on ("a sneaker on a pedestal"), or
// the bare word "product" said of it ("a red sneaker, product shot"): with another product in
// the shot it is part of that one (the plinth under it, the object itself) and takes no place;
// so does a spider's web.
bool isPartOfAnother(const ShotPlan &shot, const SubjectPlan &s);

} // namespace rc::engine
