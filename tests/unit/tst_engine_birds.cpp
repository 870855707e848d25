// Birds draw as birds: kinds reached through WordNet, in the sky band with wings that beat, as a
// flock when the prompt counts them, floating on water or perched when they are not flying, and
// each kind with its own call. The subject is painted a colour found nowhere else in the scene so
// its silhouette can be measured.
#include "engine/plan/Planner.h"
#include "engine/render/Bird.h"
#include "support/SubjectSilhouette.h"

#include <QtTest>

#include <cmath>

using namespace rc::engine;
using namespace rc::test;

namespace {
const QSize kFrame = kSilhouetteFrame;
Silhouette silhouette(const QString &prompt, int frame) { return markedSilhouette(prompt, frame); }
} // namespace

class TestEngineBirds : public QObject
{
    Q_OBJECT

private slots:
    void kindsReachTheirLooks_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("variant");
        QTest::newRow("seagull") << "a seagull over the sea" << "gull";
        QTest::newRow("hawk") << "a hawk in the sky" << "eagle";     // through "bird of prey"
        QTest::newRow("sparrow") << "a sparrow in a garden" << "songbird"; // through "passerine"
        QTest::newRow("mallard") << "a mallard on a lake" << "duck";
        QTest::newRow("owl") << "an owl at night" << "owl";
    }
    void kindsReachTheirLooks()
    {
        QFETCH(QString, prompt);
        QFETCH(QString, variant);
        const ScenePlan plan = planScene(prompt);
        QVERIFY(!plan.shots[0].subjects.isEmpty());
        QCOMPARE(plan.shots[0].subjects[0].kind, QStringLiteral("bird"));
        QCOMPARE(plan.shots[0].subjects[0].variant, variant);
        QVERIFY2(!plan.notDrawn.contains(prompt.section(QLatin1Char(' '), 1, 1)), "a bird is drawn, not listed as missing");
    }

    void aFlyingBirdIsInTheSkyAndBeatsItsWings()
    {
        // Over a flap cycle the silhouette's height changes (wings up, level, down); every pixel
        // of it stays above the horizon (the horizon is at 60 % of the frame).
        int lowest = kFrame.height(), tallest = 0;
        for (int f = 0; f < 10; ++f) {
            const Silhouette s = silhouette(QStringLiteral("a bird flying over the sea"), 24 + f);
            QVERIFY2(s.pixels > 30, "the bird is drawn");
            QVERIFY2(s.rect.bottom() < kFrame.height() * 0.6, "the bird flies above the horizon");
            lowest = std::min(lowest, s.rect.height());
            tallest = std::max(tallest, s.rect.height());
        }
        qInfo() << "wing extent over the cycle: from" << lowest << "to" << tallest << "px";
        QVERIFY2(tallest > lowest * 1.5, "the wings beat");
    }

    void aFlockIsManyBirds()
    {
        const ScenePlan plan = planScene(QStringLiteral("a flock of seagulls over the harbour at sunset"));
        QVERIFY(plan.shots[0].subjects[0].count >= 5);
        const Silhouette one = silhouette(QStringLiteral("a bird flying over the sea"), 30);
        const Silhouette flock = silhouette(QStringLiteral("a flock of birds flying over the sea"), 30);
        qInfo() << "blobs: one" << one.blobs << "flock" << flock.blobs;
        QVERIFY2(flock.blobs >= 4, "a flock shows several separate birds");
        QVERIFY2(flock.rect.bottom() < kFrame.height() * 0.6, "the flock is in the sky");
        QVERIFY2(flock.rect.width() > one.rect.width() * 2, "a flock spreads across the sky");
    }

    void anEagleIsBiggerThanASparrow()
    {
        const Silhouette eagle = silhouette(QStringLiteral("an eagle flying over the sea"), 30);
        const Silhouette sparrow = silhouette(QStringLiteral("a sparrow flying over the sea"), 30);
        qInfo() << "pixels: eagle" << eagle.pixels << "sparrow" << sparrow.pixels;
        QVERIFY(sparrow.pixels > 10);
        QVERIFY2(eagle.pixels > sparrow.pixels * 4, "an eagle dwarfs a sparrow");
    }

    void aDuckFloatsAndAnOwlPerches()
    {
        const Silhouette duck = silhouette(QStringLiteral("a duck on a lake"), 12);
        QVERIFY2(duck.pixels > 100, "the duck is drawn large");
        QVERIFY2(duck.rect.bottom() > kFrame.height() * 0.6, "the duck sits on the water, below the horizon");
        const Silhouette owl = silhouette(QStringLiteral("an owl perched in a forest"), 12);
        QVERIFY2(owl.pixels > 100, "the owl is drawn large");
        QVERIFY2(owl.rect.height() > owl.rect.width() * 0.9, "an owl sits upright");
        const ScenePlan perched = planScene(QStringLiteral("a parrot perched in a garden"));
        QVERIFY(!birdFlies(perched.shots[0], perched.shots[0].subjects[0]));
    }

    void eachKindHasItsCall()
    {
        QVERIFY(planScene(QStringLiteral("a flock of seagulls over the harbour")).shots[0].beds.contains(QStringLiteral("gulls")));
        QVERIFY(!planScene(QStringLiteral("a flock of seagulls over the harbour")).shots[0].beds.contains(QStringLiteral("birds")));
        QVERIFY(planScene(QStringLiteral("ducks on a pond")).shots[0].beds.contains(QStringLiteral("ducks")));
        QVERIFY(planScene(QStringLiteral("an owl at night")).shots[0].beds.contains(QStringLiteral("owl")));
        QVERIFY(planScene(QStringLiteral("a sparrow in a garden")).shots[0].beds.contains(QStringLiteral("birds")));
        // Each call is its own sound, not the quiet room tone an unknown bed falls back to.
        const double room = bedRms(QStringLiteral("room"));
        for (const char *id : {"gulls", "ducks", "owl"}) {
            const double rms = bedRms(QString::fromLatin1(id));
            qInfo() << id << "rms" << rms << "room" << room;
            QVERIFY2(rms > 0.01 && rms > room * 2, id);
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineBirds)
#include "tst_engine_birds.moc"
