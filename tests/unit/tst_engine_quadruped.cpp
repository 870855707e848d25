// Four-legged animals draw from their own body plan, chosen through WordNet: a fox is long and
// low, a horse tall, an elephant big, and none of them is the dog's body any more. Each subject is
// painted a colour found nowhere else in the scene, so its silhouette can be measured.
#include "engine/plan/Planner.h"
#include "support/SubjectSilhouette.h"

#include <QtTest>

using namespace rc::engine;
using namespace rc::test;

namespace {
using Box = Silhouette;

// The silhouette of the only subject, standing still unless it runs, `frame` frames in.
Box silhouette(const QString &prompt, int frame = 12)
{
    return markedSilhouette(prompt, frame, [](ScenePlan &plan) {
        SubjectPlan &s = plan.shots[0].subjects[0];
        if (s.action != QLatin1String("run"))
            s.action = QStringLiteral("idle");
    });
}
} // namespace

class TestEngineQuadruped : public QObject
{
    Q_OBJECT

private slots:
    void kindsReachTheirBodies()
    {
        const ScenePlan horse = planScene(QStringLiteral("a stallion grazing in a field"));
        QCOMPARE(horse.shots[0].subjects[0].variant, QStringLiteral("horse")); // through "equine"
    }

    void silhouettesDiffer()
    {
        const Box dog = silhouette(QStringLiteral("a dog in a meadow"));
        const Box fox = silhouette(QStringLiteral("a fox in a meadow"));
        const Box horse = silhouette(QStringLiteral("a horse in a meadow"));
        const Box zebra = silhouette(QStringLiteral("a zebra in a meadow")); // not in any list: an equine
        const Box elephant = silhouette(QStringLiteral("an elephant in a meadow"));
        qInfo() << "aspect h/w: dog" << dog.aspect() << "fox" << fox.aspect() << "horse" << horse.aspect()
                << "zebra" << zebra.aspect() << "elephant" << elephant.aspect();
        qInfo() << "pixels: dog" << dog.pixels << "fox" << fox.pixels << "horse" << horse.pixels << "elephant"
                << elephant.pixels;
        for (const Box &b : {dog, fox, horse, zebra, elephant})
            QVERIFY2(b.pixels > 100, "each animal is drawn");
        // A fox is long and low, a horse stands tall on long legs: clearly apart, and each apart
        // from the dog's body it used to borrow.
        QVERIFY2(horse.aspect() > fox.aspect() * 1.5, "a horse stands taller for its length than a fox");
        QVERIFY2(fox.aspect() < dog.aspect() * 0.85, "a fox is lower than the dog's body");
        QVERIFY2(horse.aspect() > dog.aspect() * 1.2, "a horse is taller than the dog's body");
        QVERIFY2(std::abs(zebra.aspect() - horse.aspect()) < 0.05, "a zebra has the horse's outline");
        QVERIFY2(elephant.pixels > horse.pixels * 1.5 && elephant.pixels > dog.pixels * 3, "an elephant is big");
    }

    void legsMoveWhenItRuns()
    {
        // Under the body, the legs' spread changes over a stride; standing still it does not.
        const Box a = silhouette(QStringLiteral("a horse running in a meadow"), 10);
        const Box b = silhouette(QStringLiteral("a horse running in a meadow"), 13);
        const Box still = silhouette(QStringLiteral("a horse in a meadow"), 10);
        const Box still2 = silhouette(QStringLiteral("a horse in a meadow"), 13);
        QVERIFY(a.pixels > 100 && b.pixels > 100);
        QVERIFY2(a.rect.width() != b.rect.width() || a.rect.height() != b.rect.height(), "the stride changes the outline");
        QCOMPARE(still.rect.size(), still2.rect.size());
    }
};

QTEST_GUILESS_MAIN(TestEngineQuadruped)
#include "tst_engine_quadruped.moc"
