#pragma once

#include "engine/render/Canvas.h"

namespace rc::engine {

// Vehicles drawn from their kind and variant: a car, a bus (a double-decker when the prompt says
// so), a tram on rails under its wire, a train of carriages on its track, a bicycle or motorbike
// with its rider, a sailing boat or a ship/ferry on the water, and a plane crossing the sky. Each
// moves across the frame at its own pace; wheels turn and pedals go round as it does.
// A helicopter and a hot-air balloon fly as themselves (Aircraft.cpp): the helicopter's rotor
// turns as it crosses slowly, the balloon rises and drifts.
enum class VehicleForm { Car, Bus, Tram, Train, Bicycle, Motorbike, Sailboat, Ship, Plane, Helicopter, Balloon };

VehicleForm vehicleFormFor(const SubjectPlan &s);

// `base` is the point on the ground (or the water) under the vehicle's middle; `size` a car's length.
void drawVehicle(const DrawContext &c, const SubjectPlan &s, QPointF base, double size);
void drawHelicopter(const DrawContext &c, const SubjectPlan &s);
void drawBalloon(const DrawContext &c, const SubjectPlan &s);

} // namespace rc::engine
