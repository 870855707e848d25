// Vehicles drawn as themselves, no longer all as the car: a bus much longer than the car, a
// tram on rails under its wire with its bell, a train of carriages, a bicycle that moves, a ship
// on the water and a plane in the sky. Subjects are painted magenta to be measured.
#include "engine/plan/Planner.h"
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

    void engineAndRailSounds()
    {
        QVERIFY(planScene(QStringLiteral("a plane over the clouds")).shots[0].beds.contains(QStringLiteral("jet")));
        QVERIFY(planScene(QStringLiteral("a steam train in the hills")).shots[0].beds.contains(QStringLiteral("rails")));
        const double room = bedRms(QStringLiteral("room"));
        for (const char *id : {"rails", "bell", "jet"}) {
            const double rms = bedRms(QString::fromLatin1(id));
            qInfo() << id << rms << "room" << room;
            QVERIFY2(rms > 0.01 && rms > room * 2, id);
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineVehicles)
#include "tst_engine_vehicles.moc"
