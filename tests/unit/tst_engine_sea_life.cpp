// Fish and sea animals: kinds reached through WordNet, fish under the water line with a tail
// that beats, a school as many fish, a dolphin that leaves the water only during the timeline's
// Leap events, a jellyfish whose bell pulses, an octopus, a crab and a sea turtle with bodies of
// their own, and a fish named with no water word still in water. Subjects are painted magenta
// to be measured.
#include "engine/audio/AudioMix.h"
#include "engine/plan/Planner.h"
#include "engine/render/SeaLife.h"
#include "engine/timeline/Timeline.h"
#include "support/SubjectSilhouette.h"

#include <QtTest>

#include <cmath>
#include <vector>

using namespace rc::engine;
using namespace rc::test;

class TestEngineSeaLife : public QObject
{
    Q_OBJECT

private slots:
    void kindsReachTheirForms_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("variant");
        QTest::newRow("shark") << "a great white shark in the deep" << "shark";
        QTest::newRow("humpback") << "a humpback whale in the ocean" << "whale";
        QTest::newRow("dolphin") << "a bottlenose dolphin in the sea" << "dolphin";
        QTest::newRow("jellyfish") << "a jellyfish drifting" << "jellyfish";
    }
    void kindsReachTheirForms()
    {
        QFETCH(QString, prompt);
        QFETCH(QString, variant);
        const ScenePlan plan = planScene(prompt);
        QVERIFY(!plan.shots[0].subjects.isEmpty());
        QCOMPARE(plan.shots[0].subjects[0].kind, QStringLiteral("fish"));
        QCOMPARE(plan.shots[0].subjects[0].variant, variant);
        QVERIFY(plan.notDrawn.isEmpty());
    }

    void aFishSwimsBelowTheWaterLineAndBeatsItsTail()
    {
        QSet<int> heights;
        for (int f = 0; f < 12; ++f) {
            const Silhouette s = markedSilhouette(QStringLiteral("a fish swimming in the sea"), 20 + f);
            QVERIFY2(s.pixels > 30, "the fish is drawn");
            QVERIFY2(s.rect.top() > kSilhouetteFrame.height() * 0.6, "the fish stays below the water line");
            heights.insert(s.rect.height());
        }
        QVERIFY2(heights.size() >= 2, "the tail's stroke changes the outline");
    }

    void aSchoolIsManyFish()
    {
        const ScenePlan plan = planScene(QStringLiteral("a school of fish in a coral reef"));
        QCOMPARE(plan.shots[0].setting, QStringLiteral("underwater"));
        QVERIFY(plan.shots[0].subjects[0].count >= 5);
        const Silhouette school = markedSilhouette(QStringLiteral("a school of fish in a coral reef"), 24);
        qInfo() << "school blobs" << school.blobs;
        QVERIFY2(school.blobs >= 4, "a school shows several separate fish");
    }

    void aDolphinLeavesTheWaterOnlyWhenItLeaps()
    {
        ScenePlan plan = planScene(QStringLiteral("a dolphin in the ocean"));
        QVERIFY(leapsAtSurface(plan.shots[0], plan.shots[0].subjects[0]));
        const Timeline tl = buildTimeline(plan, 2, 24, 7);
        const TimelineEvent *leap = nullptr;
        for (const auto &e : tl.events)
            if (e.kind == EventKind::Leap && !leap)
                leap = &e;
        QVERIFY2(leap, "the timeline schedules a leap");
        const double waterY = kSilhouetteFrame.height() * 0.7; // horizon (60 %) + 10 %
        const int top = int(std::lround((leap->timeSec + leap->lengthSec / 2) * 24));
        const Silhouette arching = markedSilhouette(QStringLiteral("a dolphin in the ocean"), top);
        QVERIFY2(arching.pixels > 50, "at the top of its leap the dolphin is out of the water");
        QVERIFY2(arching.rect.bottom() <= waterY + 1, "nothing of it shows below the surface");
        if (leap->frame > 2) {
            const Silhouette before = markedSilhouette(QStringLiteral("a dolphin in the ocean"), leap->frame - 2);
            QCOMPARE(before.pixels, 0); // under the surface between leaps
        }
    }

    void aJellyfishPulses()
    {
        QSet<int> widths;
        for (int f = 0; f < 20; f += 2)
            widths.insert(markedSilhouette(QStringLiteral("a jellyfish in the deep sea"), 10 + f).rect.width());
        QVERIFY2(widths.size() >= 3, "the bell widens and narrows");
    }

    void seaCreaturesHaveTheirOwnForms()
    {
        QCOMPARE(seaFormFor(QStringLiteral("octopus")), SeaForm::Octopus);
        QCOMPARE(seaFormFor(QStringLiteral("crab")), SeaForm::Crab);
        QCOMPARE(seaFormFor(QStringLiteral("turtle")), SeaForm::Turtle);
        const ScenePlan red = planScene(QStringLiteral("a red octopus in the deep"));
        const QColor said = red.shots[0].subjects[0].color;
        QVERIFY2(said.red() > said.green() + 100 && said != QColor(0xc85040), "the prompt's red, not the octopus's own colour");
    }

    void anOctopusHangsItsArmsAndCurlsThem()
    {
        // A fish is long and low (about 0.4 as tall as long); an octopus is a mantle over
        // hanging arms, about three quarters as tall as wide, and its arms curl, so its outline changes.
        const Silhouette fish = markedSilhouette(QStringLiteral("a fish in the deep sea"), 12);
        QSet<int> widths;
        Silhouette octopus;
        for (int f = 0; f < 24; f += 3) {
            octopus = markedSilhouette(QStringLiteral("an octopus in the deep sea"), f);
            QVERIFY2(octopus.pixels > 300, "the octopus is drawn");
            widths.insert(octopus.rect.width());
        }
        qInfo() << "octopus" << octopus.rect << "aspect" << octopus.aspect() << "fish" << fish.aspect();
        QVERIFY2(octopus.aspect() > 0.65, "an octopus is nearly as tall as wide");
        QVERIFY2(fish.aspect() < 0.5, "a fish is long and low");
        QVERIFY2(widths.size() >= 3, "its arms curl and uncurl");
    }

    void aCrabWalksSidewaysOnTheFloor()
    {
        const QString prompt = QStringLiteral("a crab walking on the sea floor under the sea");
        const Silhouette a = markedSilhouette(prompt, 4);
        const Silhouette b = markedSilhouette(prompt, 28);
        qInfo() << "crab" << a.rect << b.rect;
        QVERIFY2(a.pixels > 150 && b.pixels > 150, "the crab is drawn");
        QVERIFY2(a.rect.bottom() > kSilhouetteFrame.height() * 0.8, "it stands on the floor");
        QVERIFY2(a.rect.width() > a.rect.height(), "a crab is wider than tall, legs and claws out");
        QVERIFY2(std::abs(a.rect.center().x() - b.rect.center().x()) > 10, "it walks sideways");
        QVERIFY2(std::abs(a.rect.bottom() - b.rect.bottom()) <= 3, "along the floor, not through the water");
        const Silhouette beach = markedSilhouette(QStringLiteral("a crab scuttling across wet sand"), 10);
        QVERIFY2(beach.pixels > 150 && beach.rect.bottom() > kSilhouetteFrame.height() * 0.8, "on the sand too");
    }

    void aTurtleGlidesOnItsFlippers()
    {
        const QString prompt = QStringLiteral("a sea turtle swimming over a coral reef");
        const ScenePlan plan = planScene(prompt);
        QCOMPARE(plan.shots[0].setting, QStringLiteral("underwater"));
        QCOMPARE(plan.shots[0].subjects[0].variant, QStringLiteral("turtle"));
        QSet<int> heights;
        QList<int> xs;
        for (int f = 0; f < 48; f += 4) {
            const Silhouette s = markedSilhouette(prompt, f);
            QVERIFY2(s.pixels > 300, "the turtle is drawn");
            heights.insert(s.rect.height());
            xs.append(s.rect.center().x());
        }
        qInfo() << "turtle heights" << heights << "x" << xs;
        QVERIFY2(heights.size() >= 3, "its front flippers sweep");
        QVERIFY2(std::abs(xs.last() - xs.first()) > 10, "it glides on");
    }

    void aFishWithNoWaterWordSwimsInWater()
    {
        for (const char *prompt : {"a goldfish", "a clownfish swimming", "a koi fish turning slowly"}) {
            const ScenePlan plan = planScene(QString::fromLatin1(prompt));
            QCOMPARE(plan.shots[0].subjects.value(0).kind, QStringLiteral("fish"));
            QVERIFY2(plan.shots[0].setting == QLatin1String("underwater"), prompt);
            // All around the fish is water: blue above green above red, from corner to corner.
            const QImage frame = renderMarkedFrame(QString::fromLatin1(prompt), 12);
            QVERIFY2(measureSilhouette(frame).pixels > 30, prompt);
            for (const QPoint pt : {QPoint(5, 5), QPoint(frame.width() - 5, 5), QPoint(frame.width() / 2, frame.height() / 3)}) {
                const QRgb c = frame.pixel(pt);
                QVERIFY2(qBlue(c) > qRed(c) + 20, prompt);
            }
        }
    }

    void theSplashLandsWithTheDolphin()
    {
        // With the beds and music off, the mix is quiet until the leap and loud where the dolphin
        // dives back in: the picture's arc and the splash read the same event.
        ScenePlan plan = planScene(QStringLiteral("a dolphin in the ocean"));
        plan.music.enabled = false;
        plan.shots[0].beds = QStringList{QStringLiteral("room")};
        const Timeline tl = buildTimeline(plan, 3, 24, 7);
        const TimelineEvent *leap = nullptr;
        for (const auto &e : tl.events)
            if (e.kind == EventKind::Leap && !leap)
                leap = &e;
        QVERIFY(leap);
        AudioMix mix(plan, tl, 48000);
        std::vector<float> buf(size_t(48000) * 3 * 2);
        mix.render(buf.data(), 48000 * 3);
        auto rms = [&](double from, double to) {
            double sum = 0;
            int n = 0;
            for (int i = int(from * 48000); i < int(to * 48000) && i < 48000 * 3; ++i, ++n)
                sum += double(buf[size_t(i) * 2]) * buf[size_t(i) * 2];
            return n ? std::sqrt(sum / n) : 0.0;
        };
        const double landing = leap->timeSec + leap->lengthSec;
        const double splash = rms(landing, landing + 0.25), inAir = rms(leap->timeSec + 0.4, landing - 0.05);
        qInfo() << "splash rms" << splash << "in the air" << inAir;
        QVERIFY2(splash > inAir * 3, "the splash is heard when it dives back in");
    }
};

QTEST_GUILESS_MAIN(TestEngineSeaLife)
#include "tst_engine_sea_life.moc"
