// Vehicles drawn as themselves, no longer all as the car: a bus much longer than the car, a
// tram on rails under its wire with its bell, a train of carriages, a bicycle that moves, a ship
// on the water and a plane in the sky; a cyclist and his bicycle are one, the night's light
// trails keep out of the tram's lane, a helicopter turns its rotor and a balloon rises.
// The scenery subjects too: a tulip is a tall flower of its colour that sways, a sunflower a
// yellow head with a dark disc, a rose opens as it blooms; a tower stands tall and thin on the
// horizon, a bridge spans the frame, a castle is crenellated, a lighthouse's beam turns at night.
// Subjects are painted magenta to be measured.
#include "engine/plan/Planner.h"
#include "engine/render/Vehicles.h"
#include "support/SubjectSilhouette.h"

#include <QtTest>

using namespace rc::engine;
using namespace rc::test;

namespace {
// The widest outline over a few frames: a vehicle crossing the frame may be cut by its edge.
Silhouette widest(const QString &prompt)
{
    Silhouette best;
    for (int f = 0; f < 48; f += 6) {
        const Silhouette s = markedSilhouette(prompt, f);
        if (s.rect.width() > best.rect.width() && s.rect.left() > 0 && s.rect.right() < kSilhouetteFrame.width() - 1)
            best = s;
    }
    return best;
}
} // namespace

class TestEngineVehicles : public QObject
{
    Q_OBJECT

private slots:
    void kindsReachTheirForms()
    {
        QCOMPARE(planScene(QStringLiteral("a red tram passing through a city street")).shots[0].subjects[0].variant,
                 QStringLiteral("tram"));
        QCOMPARE(planScene(QStringLiteral("a ferry crossing the bay")).shots[0].subjects[0].variant, QStringLiteral("ship"));
        for (const char *prompt : {"a yellow bus in the rain", "a red tram passing through a city street",
                                   "a cyclist riding a bicycle", "a plane over the clouds", "a ferry crossing the bay"})
            QVERIFY2(planScene(QString::fromLatin1(prompt)).notDrawn.isEmpty(), prompt);
    }

    void aBusIsLongerThanACar()
    {
        const Silhouette car = widest(QStringLiteral("a car on a farm"));
        const Silhouette bus = widest(QStringLiteral("a bus on a farm"));
        qInfo() << "car" << car.rect << "bus" << bus.rect;
        QVERIFY(car.pixels > 100 && bus.pixels > 100);
        QVERIFY2(bus.rect.width() > bus.rect.height() * 2.5, "a bus is much wider than tall");
        QVERIFY2(bus.rect.width() > car.rect.width() * 1.8, "a bus is much longer than the car");
        const Silhouette decker = widest(QStringLiteral("a double decker bus on a farm"));
        QVERIFY2(decker.rect.height() > bus.rect.height() * 1.3, "a double-decker is taller");
    }

    void aTramRunsOnRailsUnderItsWire()
    {
        const QImage frame = renderMarkedFrame(QStringLiteral("a red tram passing through a city street"), 12);
        const Silhouette tram = measureSilhouette(frame);
        QVERIFY(tram.pixels > 100);
        QVERIFY2(tram.rect.width() > tram.rect.height() * 3, "a tram is long and low");
        // The rail: a light grey line across the whole frame just under the tram's wheels.
        const int railY = int(kSilhouetteFrame.height() * 0.86) - 4;
        int grey = 0;
        for (int x = 0; x < frame.width(); ++x)
            for (int y = railY - 3; y <= railY + 3; ++y) {
                const QRgb c = frame.pixel(x, y);
                if (std::abs(qRed(c) - qBlue(c)) < 20 && qGray(c) > 110) {
                    ++grey;
                    break;
                }
            }
        QVERIFY2(grey > frame.width() * 0.6, "rails run across the street");
        const ScenePlan plan = planScene(QStringLiteral("a red tram passing through a city street"));
        QVERIFY(plan.shots[0].beds.contains(QStringLiteral("rails")));
        QVERIFY(plan.shots[0].beds.contains(QStringLiteral("bell")));
    }

    void aTrainIsLongerThanTheFrameAllows()
    {
        int widestSeen = 0;
        for (int f = 0; f < 48; f += 4)
            widestSeen = std::max(widestSeen, markedSilhouette(QStringLiteral("a train crossing the countryside"), f).rect.width());
        QVERIFY2(widestSeen > kSilhouetteFrame.width() * 0.6, "carriages follow the engine");
    }

    void aBicycleMovesAndAPlaneFlies()
    {
        const Silhouette a = markedSilhouette(QStringLiteral("a cyclist riding a bicycle in a park"), 6);
        const Silhouette b = markedSilhouette(QStringLiteral("a cyclist riding a bicycle in a park"), 18);
        QVERIFY(a.pixels > 20 && b.pixels > 20);
        QVERIFY2(a.rect.center().x() != b.rect.center().x(), "the bicycle rides on");
        const Silhouette plane = markedSilhouette(QStringLiteral("a plane flying over the mountains"), 12);
        QVERIFY(plane.pixels > 50);
        QVERIFY2(plane.rect.bottom() < kSilhouetteFrame.height() * 0.6, "the plane is in the sky");
        QVERIFY2(plane.rect.width() > plane.rect.height() * 1.5, "a plane is long with its wings");
    }

    void aShipFloats()
    {
        const Silhouette ship = markedSilhouette(QStringLiteral("a ferry crossing the bay"), 12);
        const Silhouette sail = markedSilhouette(QStringLiteral("a sailboat on the sea"), 12);
        QVERIFY(ship.pixels > 50 && sail.pixels > 20);
        QVERIFY2(ship.rect.bottom() > kSilhouetteFrame.height() * 0.6, "the ship is on the water");
        QVERIFY2(ship.rect.width() > sail.rect.width() * 1.5, "a ferry is longer than a sailing boat");
    }

    void aCyclistAndHisBicycleAreOneSubject()
    {
        // The rider noun and the vehicle noun are one subject: a bicycle drawn with its rider.
        for (const char *prompt : {"a cyclist riding a bicycle", "a boy riding a bicycle down the street",
                                   "a woman riding a red motorbike"}) {
            const ScenePlan plan = planScene(QString::fromLatin1(prompt));
            QCOMPARE(plan.shots[0].subjects.size(), 1);
            QVERIFY2(vehicleFormFor(plan.shots[0].subjects[0]) == VehicleForm::Bicycle
                         || vehicleFormFor(plan.shots[0].subjects[0]) == VehicleForm::Motorbike, prompt);
        }
        const QColor paint = planScene(QStringLiteral("a woman riding a red motorbike")).shots[0].subjects[0].color;
        QVERIFY2(paint.red() > paint.green() + 100, "the motorbike keeps its colour");
        // Painting every subject magenta, all of it is one bicycle: two side by side would span
        // more than a third of the frame.
        const auto allMagenta = [](ScenePlan &plan) {
            for (SubjectPlan &s : plan.shots[0].subjects)
                s.color = QColor(255, 0, 255);
        };
        const Silhouette one = markedSilhouette(QStringLiteral("a cyclist riding a bicycle in a park"), 12, allMagenta);
        qInfo() << "cyclist" << one.rect;
        QVERIFY(one.pixels > 20);
        QVERIFY2(one.rect.width() < kSilhouetteFrame.width() / 4, "one bicycle, not two");
    }

    void aRiderKeepsHisClothesAndTheBicycleItsPaint()
    {
        // The rider's clothes and the vehicle's paint are two colours, whoever names them.
        const ScenePlan cyclist = planScene(QStringLiteral("a cyclist in a red jacket riding a blue bicycle in a park"));
        QCOMPARE(cyclist.shots[0].subjects.size(), 1); // the jacket is worn, not a thing beside him
        const SubjectPlan bike = cyclist.shots[0].subjects[0];
        QVERIFY2(bike.color.blue() > bike.color.red() + 100, "the bicycle is blue");
        QVERIFY2(bike.riderColor.red() > bike.riderColor.blue() + 100, "the cyclist's jacket is red");
        const SubjectPlan man = planScene(QStringLiteral("a man in a red jacket riding a blue bicycle")).shots[0].subjects[0];
        QVERIFY(man.color.blue() > man.color.red() + 100 && man.riderColor.red() > man.riderColor.blue() + 100);
        const SubjectPlan moto = planScene(QStringLiteral("a woman in a green coat riding a yellow motorbike")).shots[0].subjects[0];
        QCOMPARE(vehicleFormFor(moto), VehicleForm::Motorbike);
        QVERIFY(moto.color.red() > moto.color.blue() + 100 && moto.riderColor.green() > moto.riderColor.red() + 50);

        // In the picture: where the bicycle is drawn (its frame painted magenta to find it) the
        // real render shows blue, and the rider's body above the frame is red.
        const QString prompt = QStringLiteral("a cyclist in a red jacket riding a blue bicycle in a park");
        const QImage marked = renderMarkedFrame(prompt, 12);
        const QColor paint = bike.color;
        const QImage real = renderMarkedFrame(prompt, 12, [paint](ScenePlan &p) { p.shots[0].subjects[0].color = paint; });
        const QRect frameBox = measureSilhouette(marked).rect;
        QVERIFY(frameBox.width() > 20);
        int framePixels = 0, blueFrame = 0;
        for (int y = frameBox.top(); y <= frameBox.bottom(); ++y)
            for (int x = frameBox.left(); x <= frameBox.right(); ++x)
                if (isMarkerMagenta(marked.pixel(x, y))) {
                    const QColor c = real.pixelColor(x, y);
                    ++framePixels;
                    blueFrame += c.blue() > c.red() + 60 && c.hsvSaturation() > 110;
                }
        int red = 0;
        const QRect body(frameBox.left(), frameBox.top() - frameBox.height(), frameBox.width(), frameBox.height() * 3 / 2);
        for (int y = std::max(0, body.top()); y <= body.bottom(); ++y)
            for (int x = body.left(); x <= body.right(); ++x) {
                const QColor c = real.pixelColor(x, y);
                red += c.red() > c.green() + 80 && c.red() > c.blue() + 80;
            }
        qInfo() << "bicycle frame" << frameBox << "blue" << blueFrame << "of" << framePixels << "; red rider pixels" << red;
        QVERIFY2(blueFrame > framePixels * 6 / 10, "the frame is the bicycle's blue");
        QVERIFY2(red > 40, "the rider wears the red jacket");
    }

    void trafficKeepsOutOfTheTramsLane()
    {
        // At night the road's light trails run behind the tram's lane, never under its body
        // between the wheels nor along its rails: nothing bright shows below the tram's body.
        const QString prompt = QStringLiteral("a red tram passing through a city street at night");
        int bright = 0;
        for (int f = 0; f < 48; f += 3) {
            const QImage frame = renderMarkedFrame(prompt, f);
            const Silhouette tram = measureSilhouette(frame);
            QVERIFY(tram.pixels > 100);
            const int groundY = int(kSilhouetteFrame.height() * 0.86) + 3; // the rails and just below
            const int left = std::max(0, tram.rect.left() + tram.rect.width() / 6);
            const int right = std::min(frame.width() - 1, tram.rect.right() - tram.rect.width() / 4);
            for (int y = tram.rect.bottom() + 1; y < groundY; ++y)
                for (int x = left; x <= right; ++x) {
                    const QRgb c = frame.pixel(x, y);
                    if (qRed(c) > 190 && (qGreen(c) > 190 || qGreen(c) < 90))
                        ++bright;
                }
        }
        QCOMPARE(bright, 0);
    }

    void aHelicopterTurnsItsRotor()
    {
        const ScenePlan plan = planScene(QStringLiteral("a helicopter flying over the city"));
        QCOMPARE(plan.shots[0].subjects[0].variant, QStringLiteral("helicopter"));
        QCOMPARE(vehicleFormFor(plan.shots[0].subjects[0]), VehicleForm::Helicopter);
        // The rotor's blades, seen edge-on, reach out and shrink as they turn: the outline's width
        // changes from frame to frame; the body stays in the sky.
        QSet<int> widths;
        for (int f = 10; f < 22; ++f) {
            // Over mountains: the city's day traffic has cars of any colour, magenta among them.
            const Silhouette s = markedSilhouette(QStringLiteral("a helicopter flying over the mountains"), f);
            QVERIFY(s.pixels > 100);
            QVERIFY2(s.rect.bottom() < kSilhouetteFrame.height() * 0.6, "the helicopter is in the sky");
            widths.insert(s.rect.width());
        }
        qInfo() << "helicopter widths" << widths;
        QVERIFY2(widths.size() >= 4, "the rotor turns");
    }

    void aBalloonRisesAndDrifts()
    {
        const QString prompt = QStringLiteral("a hot air balloon over the valley at sunrise");
        const ScenePlan plan = planScene(prompt);
        QCOMPARE(plan.shots[0].subjects[0].variant, QStringLiteral("balloon"));
        QVERIFY2(plan.shots[0].subjects[0].color != QColor(0xe8e8ec), "a balloon is coloured, not an airliner's white");
        QVERIFY(!plan.shots[0].beds.contains(QStringLiteral("jet")));
        const Silhouette start = markedSilhouette(prompt, 0), end = markedSilhouette(prompt, 47);
        const Silhouette plane = widest(QStringLiteral("a plane over the valley"));
        qInfo() << "balloon" << start.rect << end.rect << "plane" << plane.rect;
        QVERIFY(start.pixels > 300 && end.pixels > 300);
        QVERIFY2(start.aspect() > 1.0, "the envelope is round above its narrow mouth: taller than wide");
        QVERIFY2(plane.aspect() < 0.6, "where a plane is long");
        QVERIFY2(end.rect.top() < start.rect.top() - 3, "it rises");
        QVERIFY2(end.rect.center().x() != start.rect.center().x(), "and drifts");
    }

    void plantsAndLandmarksReachTheirForms()
    {
        QCOMPARE(planScene(QStringLiteral("a castle on a hill")).shots[0].subjects[0].variant, QStringLiteral("castle"));
        QCOMPARE(planScene(QStringLiteral("a temple in the mountains")).shots[0].subjects[0].variant, QStringLiteral("temple"));
        QCOMPARE(planScene(QStringLiteral("a lighthouse on a cliff at night")).shots[0].subjects[0].variant,
                 QStringLiteral("lighthouse"));
        QCOMPARE(planScene(QStringLiteral("a rose blooming")).shots[0].subjects[0].action, QStringLiteral("grow"));
        // A noun before the kind's own word says which one: a bonsai, a lotus; a named one stays.
        QCOMPARE(planScene(QStringLiteral("a bonsai tree on a wooden table")).shots[0].subjects[0].variant, QStringLiteral("bonsai"));
        QCOMPARE(planScene(QStringLiteral("a lotus flower floating on a pond")).shots[0].subjects[0].variant, QStringLiteral("lotus"));
        QCOMPARE(planScene(QStringLiteral("the golden gate bridge at sunset")).shots[0].subjects[0].variant, QStringLiteral("bridge"));
    }

    void aTulipIsATallFlowerOfItsColourThatSways()
    {
        const QString prompt = QStringLiteral("a single red tulip swaying in the breeze");
        const QSize F = kSilhouetteFrame;
        double left = 1e9, right = -1e9;
        for (int f = 0; f < 48; f += 4) {
            const QImage frame = renderMarkedFrame(prompt, f);
            const Silhouette head = measureSilhouette(frame);
            QVERIFY(head.pixels > 300);
            QCOMPARE(head.blobs, 1);
            QVERIFY2(head.rect.width() > F.width() * 0.06, "the flower's head is large, the hero of the shot");
            QVERIFY2(std::abs(head.rect.center().x() - F.width() / 2) < F.width() * 0.12, "in the middle, where the plan puts it");
            QVERIFY2(head.rect.bottom() < F.height() * 0.5, "high on its stem");
            // The stem: green under the head, down toward the ground.
            int green = 0;
            for (int y = head.rect.bottom() + 4; y < int(F.height() * 0.8); ++y)
                for (int x = head.rect.left(); x <= head.rect.right(); ++x) {
                    const QRgb c = frame.pixel(x, y);
                    green += qGreen(c) > qRed(c) + 30 && qGreen(c) > qBlue(c) + 30 ? 1 : 0;
                }
            QVERIFY2(green > F.height() * 0.2, "a stem holds the head up");
            left = std::min(left, head.rect.center().x() * 1.0);
            right = std::max(right, head.rect.center().x() * 1.0);
        }
        qInfo() << "tulip head sways between" << left << right;
        QVERIFY2(right - left > F.width() * 0.02, "the breeze sways it");
        QVERIFY2(markedSilhouette(QStringLiteral("three tulips"), 12).blobs >= 3, "three tulips are three flowers");
    }

    void aSunflowerIsYellowWithADarkCentre()
    {
        // In its own colour: the vocabulary's pink for every flower is not a sunflower's.
        const QImage frame = renderMarkedFrame(QStringLiteral("a sunflower turning toward the sun"), 12, [](ScenePlan &plan) {
            plan.shots[0].subjects[0].color = planScene(plan.prompt).shots[0].subjects[0].color;
        });
        QRect yellow, dark;
        int yellowPixels = 0, darkPixels = 0;
        for (int y = 0; y < frame.height() * 0.55; ++y) // above the field's own flowers and trees
            for (int x = 0; x < frame.width(); ++x) {
                const QRgb c = frame.pixel(x, y);
                if (qRed(c) > 200 && qGreen(c) > 140 && qBlue(c) < 90)
                    ++yellowPixels, yellow |= QRect(x, y, 1, 1);
                else if (qRed(c) < 110 && qGreen(c) < 80 && qBlue(c) < 50 && qRed(c) > qBlue(c))
                    ++darkPixels, dark |= QRect(x, y, 1, 1);
            }
        qInfo() << "yellow" << yellowPixels << yellow << "dark" << darkPixels << dark;
        QVERIFY2(yellowPixels > 400, "a big yellow head");
        QVERIFY2(darkPixels > 150, "with a dark disc");
        QVERIFY2(yellow.contains(dark.center()) && std::abs(dark.center().x() - yellow.center().x()) < yellow.width() / 6
                     && std::abs(dark.center().y() - yellow.center().y()) < yellow.height() / 6,
                 "the disc is the head's centre, the rays around it");
        QVERIFY2(dark.width() < yellow.width() * 0.75, "rays reach out beyond the disc");
    }

    void aRoseOpensAsItBlooms()
    {
        const Silhouette bud = markedSilhouette(QStringLiteral("a red rose blooming"), 1);
        const Silhouette open = markedSilhouette(QStringLiteral("a red rose blooming"), 46);
        qInfo() << "rose" << bud.pixels << open.pixels;
        QVERIFY(bud.pixels > 30);
        QVERIFY2(open.pixels > bud.pixels * 2, "the bloom opens over the shot");
        QVERIFY2(markedSilhouette(QStringLiteral("a red rose"), 1).pixels > bud.pixels * 2, "a rose not said to bloom is open");
    }

    void aTowerIsTallAndThinOnTheHorizon()
    {
        const Silhouette tower = markedSilhouette(QStringLiteral("the eiffel tower"), 12);
        qInfo() << "tower" << tower.rect << tower.pixels;
        QVERIFY(tower.pixels > 500);
        QVERIFY2(tower.aspect() > 3, "a tower is tall and thin");
        QVERIFY2(tower.rect.height() > kSilhouetteFrame.height() * 0.4, "and high over the frame");
        QVERIFY2(tower.rect.bottom() > kSilhouetteFrame.height() * 0.6 && tower.rect.bottom() < kSilhouetteFrame.height() * 0.8,
                 "standing on the horizon");
    }

    void aBridgeSpansTheFrame()
    {
        // By day: a sunset's glow on the horizon warms the magenta out of the marker's range.
        const Silhouette bridge = markedSilhouette(QStringLiteral("a long bridge over the bay"), 12);
        qInfo() << "bridge" << bridge.rect << bridge.pixels;
        QVERIFY(bridge.pixels > 1000);
        QVERIFY2(bridge.rect.width() > kSilhouetteFrame.width() * 0.8, "a bridge spans most of the frame");
        QVERIFY2(bridge.rect.top() < kSilhouetteFrame.height() * 0.45, "its towers rise above the deck");
    }

    // "A garden wall" is a low band of stone across the ground, not a block of flats.
    void aGardenWallIsLowAndLong()
    {
        const Silhouette wall = markedSilhouette(QStringLiteral("an old garden wall in the sun"), 12);
        qInfo() << "wall" << wall.rect << wall.pixels;
        QVERIFY(wall.pixels > 1000);
        // (The grade's vignette takes the marker colour out of the frame's outer edges.)
        QVERIFY2(wall.rect.width() > kSilhouetteFrame.width() * 0.8, "a wall runs across the frame");
        QVERIFY2(wall.rect.height() < kSilhouetteFrame.height() * 0.2, "and stays low");
    }

    void aCastleIsCrenellated()
    {
        const QImage frame = renderMarkedFrame(QStringLiteral("a castle on a hill"), 12);
        const Silhouette castle = measureSilhouette(frame);
        qInfo() << "castle" << castle.rect << castle.pixels;
        QVERIFY(castle.pixels > 2000);
        QVERIFY2(castle.rect.width() > castle.rect.height() * 1.4, "a castle is wider than tall, its wall between towers");
        // Battlements: some row of the upper part crosses many separate teeth (the wall's merlons
        // between the towers), where a plain block crosses one shape.
        int teeth = 0;
        for (int y = castle.rect.top(); y < castle.rect.top() + castle.rect.height() * 0.7; ++y) {
            int runs = 0;
            for (int x = castle.rect.left(), inside = 0; x <= castle.rect.right(); ++x) {
                const int now = isMarkerMagenta(frame.pixel(x, y)) ? 1 : 0;
                runs += now && !inside ? 1 : 0;
                inside = now;
            }
            teeth = std::max(teeth, runs);
        }
        qInfo() << "most teeth in a row" << teeth;
        QVERIFY2(teeth >= 7, "crenellated walls and towers");
    }

    void aLighthouseTurnsItsBeamAtNight()
    {
        const QString prompt = QStringLiteral("a lighthouse on a cliff at night");
        const Silhouette tower = markedSilhouette(prompt, 0);
        QVERIFY(tower.pixels > 300);
        QVERIFY2(tower.aspect() > 2, "a lighthouse is a tall tower");
        // The beam: bright light in the night sky, in another place a second later.
        const auto bright = [](const QImage &img) {
            QList<bool> mask(img.width() * img.height());
            for (int y = 0; y < img.height() * 0.6; ++y)
                for (int x = 0; x < img.width(); ++x)
                    mask[y * img.width() + x] = qGray(img.pixel(x, y)) > 150;
            return mask;
        };
        const QList<bool> a = bright(renderMarkedFrame(prompt, 6)), b = bright(renderMarkedFrame(prompt, 40));
        const int litA = int(a.count(true)), litB = int(b.count(true));
        int moved = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            moved += a[i] != b[i] ? 1 : 0;
        qInfo() << "beam pixels" << litA << litB << "changed" << moved;
        QVERIFY2(std::max(litA, litB) > 800, "a lit beam crosses the night");
        QVERIFY2(moved > 400, "the beam turns");
    }

    void engineAndRailSounds()
    {
        QVERIFY(planScene(QStringLiteral("a plane over the clouds")).shots[0].beds.contains(QStringLiteral("jet")));
        QVERIFY(planScene(QStringLiteral("a steam train in the hills")).shots[0].beds.contains(QStringLiteral("rails")));
        // A helicopter is not an airliner: its rotor, and a balloon's burner over the wind.
        const QStringList heli = planScene(QStringLiteral("a helicopter over the city")).shots[0].beds;
        QVERIFY(heli.contains(QStringLiteral("rotor")) && !heli.contains(QStringLiteral("jet")));
        QVERIFY(planScene(QStringLiteral("a hot air balloon over the hills")).shots[0].beds.contains(QStringLiteral("burner")));
        const double room = bedRms(QStringLiteral("room"));
        for (const char *id : {"rails", "bell", "jet", "rotor", "burner"}) {
            const double rms = bedRms(QString::fromLatin1(id));
            qInfo() << id << rms << "room" << room;
            QVERIFY2(rms > 0.01 && rms > room * 2, id);
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineVehicles)
#include "tst_engine_vehicles.moc"
