// What the planner now reads is drawn: a fox is a shape of its colour where the plan puts it and
// it moves when it runs, two dogs are two shapes, a sunset over the sea ends warmer and darker,
// a dish stands on the table in its vessel and hot food steams; people dance with raised arms,
// are shorter as children, wear the colour named, cook at a steaming pan, and a guitarist's
// strums fall on the beats and are heard. Objects are the shapes people name: a sneaker lies
// wider than tall, a handbag has a handle with a hole under it, a lamp lights a dark room, a
// candle's flame flickers, and a cup in a meadow stands on a blanket, not in the grass. Snakes
// are long and slither, lizards are low with a long tail, frogs hop; a butterfly flaps at a size
// that reads, two bees are two bees.
#include "engine/Engine.h"
#include "engine/audio/AudioMix.h"
#include "engine/plan/Planner.h"
#include "engine/timeline/Timeline.h"
#include "media/MediaReader.h"
#include "support/FrameMeasures.h"
#include "support/SubjectSilhouette.h"

#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace rc::engine;
using namespace rc::media;
using namespace rc::test;

namespace {

// Clothing the planner reads as red ("a red shirt", "a red dress"), sleeves and all, lit by day.
bool clothingRed(QRgb c) { return qRed(c) > 110 && qRed(c) - qGreen(c) > 60 && qRed(c) - qBlue(c) > 60; }

} // namespace

class TestEngineSubjects : public QObject
{
    Q_OBJECT
private slots:
    void aRunningFoxIsDrawnAndMoves()
    {
        QTemporaryDir dir;
        const QList<QImage> f = renderFrames(dir, QStringLiteral("fox"), QStringLiteral("A red fox running across a snowy field"));
        QVERIFY(f.size() >= 40);
        // The fox's red fur against snow and sky: strongly red, little blue.
        auto fur = [](QRgb c) { return qRed(c) > 140 && qRed(c) - qBlue(c) > 80 && qGreen(c) < qRed(c) - 40; };
        const Blob start = blobOf(f.first(), fur), end = blobOf(f[40], fur);
        QVERIFY2(start.pixels > 40, qPrintable(QString::number(start.pixels)));
        QVERIFY2(end.pixels > 40, qPrintable(QString::number(end.pixels)));
        QVERIFY(start.y > f.first().height() * 0.5); // on the ground, in the lower half
        QVERIFY2(end.x - start.x > 5, qPrintable(QStringLiteral("%1 -> %2").arg(start.x).arg(end.x)));
    }
    void twoDogsAreTwoShapes()
    {
        QTemporaryDir dir;
        const QList<QImage> f = renderFrames(dir, QStringLiteral("dogs"), QStringLiteral("Two brown dogs sitting in the snow"), 1);
        QVERIFY(!f.isEmpty());
        auto coat = [](QRgb c) { return qRed(c) - qBlue(c) > 40 && qRed(c) > 70 && qRed(c) < 200 && qGreen(c) < qRed(c) - 15; };
        QCOMPARE(shapes(f.first(), coat, 30), 2);
        const QList<QImage> one = renderFrames(dir, QStringLiteral("dog"), QStringLiteral("A brown dog sitting in the snow"), 1);
        QCOMPARE(shapes(one.first(), coat, 30), 1);
    }
    void reptilesAndInsectsTakeTheirOwnColours()
    {
        auto first = [](const char *prompt) { return planScene(QString::fromLatin1(prompt)).shots[0].subjects.value(0); };
        const SubjectPlan bee = first("a bee in a garden"), snake = first("a snake in the grass"), red = first("a red snake");
        QCOMPARE(bee.variant, QStringLiteral("bee"));
        QVERIFY2(bee.color.red() > 180 && bee.color.green() > 140 && bee.color.blue() < 80, "a bee is yellow");
        QCOMPARE(snake.variant, QStringLiteral("snake"));
        QVERIFY2(red.color.red() > red.color.green() + 100, "the prompt's red wins over the snake's own colour");
        QVERIFY(first("a ladybug on a leaf").color.red() > 180);
    }
    void aSnakeIsLongAndThinAndSlithers()
    {
        // Drawn with the dog's body before (about as tall as long); a snake is a long thin band
        // that advances while its curves travel back along it.
        const QString prompt = QStringLiteral("a snake slithering over rocks");
        QList<double> middles;
        QList<int> xs;
        Silhouette s;
        for (int f = 4; f <= 28; f += 6) {
            const QImage img = renderMarkedFrame(prompt, f);
            s = measureSilhouette(img);
            QVERIFY2(s.pixels > 300, "the snake is drawn");
            xs << s.rect.center().x();
            // A point of the body a third of the way back from the head (it faces right).
            middles << columnMiddle(img, s.rect.right() - s.rect.width() / 3);
        }
        qInfo() << "snake" << s.rect << "aspect" << s.aspect() << "x" << xs << "body at a third" << middles;
        QVERIFY2(s.aspect() < 0.3, "long and thin");
        QVERIFY2(s.rect.width() > kSilhouetteFrame.width() * 0.35, "long enough to read");
        QVERIFY2(xs.last() - xs.first() > 10, "it advances");
        const auto [lo, hi] = std::minmax_element(middles.begin(), middles.end());
        QVERIFY2(*hi - *lo > 2, "its curves travel along the body");
        const Silhouette coiled = markedSilhouette(prompt, 12, [](ScenePlan &p) { p.shots[0].subjects[0].action = QStringLiteral("idle"); });
        qInfo() << "coiled" << coiled.rect;
        QVERIFY2(coiled.pixels > 300 && coiled.rect.width() < s.rect.width() * 0.6, "idle, it lies coiled");
    }
    void aLizardIsLowWithALongTail()
    {
        const QString prompt = QStringLiteral("a lizard walking on a rock");
        QCOMPARE(planScene(prompt).shots[0].subjects[0].variant, QStringLiteral("lizard"));
        QSet<int> heights;
        QImage img;
        Silhouette s;
        for (int f = 0; f < 24; f += 4) {
            img = renderMarkedFrame(prompt, f);
            s = measureSilhouette(img);
            QVERIFY2(s.pixels > 300, "the lizard is drawn");
            heights << s.rect.height();
        }
        int tallest = 0, tail = 0;
        for (int x = s.rect.left(); x <= s.rect.right(); ++x) {
            tallest = std::max(tallest, columnPixels(img, x));
            if (x < s.rect.left() + s.rect.width() / 4)
                tail = std::max(tail, columnPixels(img, x));
        }
        qInfo() << "lizard" << s.rect << "aspect" << s.aspect() << "tallest column" << tallest << "rear quarter" << tail << heights;
        QVERIFY2(s.aspect() < 0.45, "low-slung");
        QVERIFY2(s.rect.width() > kSilhouetteFrame.width() * 0.3, "long enough to read");
        QVERIFY2(tail * 3 < tallest, "its rear quarter is a thin tail");
        QVERIFY2(heights.size() >= 2, "its legs step");
        const Silhouette croc = markedSilhouette(QStringLiteral("a crocodile walking on the bank"), 8);
        qInfo() << "crocodile" << croc.rect;
        QVERIFY2(croc.rect.width() > s.rect.width() * 1.3 && croc.aspect() < 0.4, "a crocodile: the same, longer");
    }
    void aFrogSitsSquatAndHops()
    {
        const QString prompt = QStringLiteral("a frog jumping in the grass");
        int lowest = 0, highest = kSilhouetteFrame.height();
        Silhouette s;
        for (int f = 0; f < 48; f += 2) {
            s = markedSilhouette(prompt, f);
            QVERIFY2(s.pixels > 150, "the frog is drawn");
            lowest = std::max(lowest, s.rect.bottom());
            highest = std::min(highest, s.rect.bottom());
        }
        const Silhouette sitting = markedSilhouette(prompt, 12, [](ScenePlan &p) { p.shots[0].subjects[0].action = QStringLiteral("idle"); });
        qInfo() << "frog feet from" << highest << "to" << lowest << "sitting" << sitting.rect << sitting.aspect();
        QVERIFY2(lowest - highest > 15, "it leaves the ground when it hops");
        QVERIFY2(sitting.aspect() > 0.5, "sitting, it is squat, not long");
    }
    void aButterflyFlapsItsWingsAtAVisibleSize()
    {
        QList<int> areas;
        int tallest = 0;
        for (int f = 0; f < 16; ++f) {
            const Silhouette s = markedSilhouette(QStringLiteral("a butterfly in a garden"), f);
            areas << s.pixels;
            tallest = std::max(tallest, s.rect.height());
        }
        qInfo() << "butterfly wing areas" << areas << "tallest" << tallest;
        const auto [lo, hi] = std::minmax_element(areas.begin(), areas.end());
        QVERIFY2(tallest > kSilhouetteFrame.height() * 0.1, "at least a tenth of the frame");
        QVERIFY2(*lo > 20 && *hi > *lo * 2, "the wings open and close");
    }
    void twoBeesAreTwoBees()
    {
        const QImage two = renderMarkedFrame(QStringLiteral("two bees in a garden"), 12);
        const QImage one = renderMarkedFrame(QStringLiteral("a bee in a garden"), 12);
        const QList<QRect> bees = things(two);
        qInfo() << "bees" << bees << "one" << things(one);
        QCOMPARE(bees.size(), 2);
        QCOMPARE(things(one).size(), 1);
        // Its coloured abdomen alone (head and thorax are dark) spans 6 % of the frame's height.
        QVERIFY2(things(one).first().width() > kSilhouetteFrame.height() * 0.06, "a bee big enough to read");
        // Striped: the abdomen's black bands cut its colour into several pieces.
        QVERIFY2(measureSilhouette(one).blobs >= 3, "yellow and black bands");
        const QImage swarm = renderMarkedFrame(QStringLiteral("a swarm of bees"), 12);
        QVERIFY2(things(swarm).size() >= 5, "a swarm is many bees");
    }
    void aBeeIsHeard()
    {
        QVERIFY(planScene(QStringLiteral("a bee buzzing around flowers")).shots[0].beds.contains(QStringLiteral("buzz")));
        QVERIFY(!planScene(QStringLiteral("a butterfly in a garden")).shots[0].beds.contains(QStringLiteral("buzz")));
        // Its own sound, not the quiet room tone an unknown bed falls back to.
        const double buzz = bedRms(QStringLiteral("buzz")), room = bedRms(QStringLiteral("room"));
        qInfo() << "buzz rms" << buzz << "room" << room;
        QVERIFY2(buzz > 0.01 && buzz > room * 2, "a bee buzzes");
    }
    void aSpiderWaitsOnItsOwnWeb()
    {
        // The web is drawn around the spider (pale threads), not as a separate object.
        const Silhouette spider = markedSilhouette(QStringLiteral("a spider on a web"), 12);
        QVERIFY2(spider.pixels > 100, "the spider is drawn");
        const ScenePlan plan = planScene(QStringLiteral("a spider on a web"));
        QVERIFY(plan.shots[0].subjects.size() == 2);
        const Silhouette web = markedSilhouette(QStringLiteral("a spider on a web"), 12, [](ScenePlan &p) {
            p.shots[0].subjects[0].color = QColor(40, 40, 40);
            p.shots[0].subjects[1].color = QColor(255, 0, 255);
        });
        QCOMPARE(web.pixels, 0);
    }
    void aLadybugCrawlsOnTheGround()
    {
        const QString prompt = QStringLiteral("a ladybug crawling on a leaf");
        const Silhouette a = markedSilhouette(prompt, 2), b = markedSilhouette(prompt, 30);
        qInfo() << "ladybug" << a.rect << b.rect;
        QVERIFY2(a.pixels > 150, "the ladybug is drawn");
        QVERIFY2(a.rect.bottom() > kSilhouetteFrame.height() * 0.75, "on the ground");
        QVERIFY2(b.rect.center().x() - a.rect.center().x() > 5, "it crawls");
    }
    void aDishStandsOnTheTableInItsVessel()
    {
        // "A plate of sushi": the food (painted magenta) on a pale plate, on the table's wood.
        const ScenePlan sushi = planScene(QStringLiteral("a plate of sushi"));
        QCOMPARE(sushi.shots[0].subjects.value(0).kind, QStringLiteral("dish"));
        QCOMPARE(sushi.shots[0].setting, QStringLiteral("interior"));
        const QImage frame = rc::test::renderMarkedFrame(QStringLiteral("a plate of sushi"), 6);
        const rc::test::Silhouette food = rc::test::measureSilhouette(frame);
        QVERIFY2(food.pixels > 100, "the sushi is drawn");
        int plate = 0, wood = 0;
        for (int y = food.rect.top(); y < std::min(frame.height(), food.rect.bottom() + 30); ++y)
            for (int x = food.rect.left() - 30; x < food.rect.right() + 30; ++x) {
                const QRgb c = frame.pixel(std::clamp(x, 0, frame.width() - 1), y);
                plate += qRed(c) > 180 && qGreen(c) > 180 && qBlue(c) > 170 && std::abs(qRed(c) - qBlue(c)) < 30;
            }
        for (int x = 0; x < frame.width(); ++x) {
            const QRgb c = frame.pixel(x, frame.height() - 4);
            wood += qRed(c) > qBlue(c) + 40 && qGreen(c) > qBlue(c);
        }
        qInfo() << "sushi" << food.rect << "plate pixels" << plate << "wood" << wood;
        QVERIFY2(plate > 200, "on a plate");
        QVERIFY2(wood > frame.width() / 2, "on the table");
        // A bowl is taller than a plate's heap, a cup's drink shows on top of a cup.
        const rc::test::Silhouette ramen = rc::test::markedSilhouette(QStringLiteral("a bowl of ramen"), 6);
        const rc::test::Silhouette coffee = rc::test::markedSilhouette(QStringLiteral("a cup of coffee"), 6);
        QVERIFY(ramen.pixels > 50 && coffee.pixels > 20);
        QCOMPARE(planScene(QStringLiteral("a cup of coffee")).shots[0].subjects.value(0).kind, QStringLiteral("drink"));
        // The food's colours come from the lexical data: ramen's broth is not the sushi's rice.
        QVERIFY(planScene(QStringLiteral("a bowl of ramen")).shots[0].subjects[0].color != sushi.shots[0].subjects[0].color);
    }
    void hotFoodSteams()
    {
        // With the camera still, only the steam moves above a hot dish; above cold sushi nothing.
        auto movingAbove = [](const QString &prompt) {
            const QImage a = rc::test::renderMarkedFrame(prompt, 4), b = rc::test::renderMarkedFrame(prompt, 20);
            const rc::test::Silhouette food = rc::test::measureSilhouette(a);
            int moved = 0;
            for (int y = std::max(0, food.rect.top() - 60); y < food.rect.top(); ++y)
                for (int x = std::max(0, food.rect.left()); x < std::min(a.width(), food.rect.right()); ++x) {
                    const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
                    moved += std::abs(qGray(p) - qGray(q)) > 6;
                }
            return moved;
        };
        const int ramen = movingAbove(QStringLiteral("a bowl of ramen")), sushi = movingAbove(QStringLiteral("a plate of sushi"));
        qInfo() << "moving pixels above ramen" << ramen << "sushi" << sushi;
        QVERIFY2(ramen > 40, "steam rises from the ramen");
        QCOMPARE(sushi, 0);
    }
    void sunsetEndsWarmerAndDarker()
    {
        QTemporaryDir dir;
        const QList<QImage> f = renderFrames(dir, QStringLiteral("sunset"),
                                             QStringLiteral("The sun sinking into the sea, the sky slowly turning orange and purple"), 3);
        QVERIFY(f.size() >= 60);
        auto luma = [](QRgb c) { return qGray(c) / 255.0; };
        auto warmth = [](QRgb c) { return double(qRed(c) - qBlue(c)); };
        const QImage &a = f.first(), &b = f.last();
        QVERIFY2(mean(b, luma) < mean(a, luma), qPrintable(QStringLiteral("%1 -> %2").arg(mean(a, luma)).arg(mean(b, luma))));
        QVERIFY2(mean(b, warmth) > mean(a, warmth), qPrintable(QStringLiteral("%1 -> %2").arg(mean(a, warmth)).arg(mean(b, warmth))));
    }
    void aDancerRaisesAndSwingsTheArms()
    {
        QTemporaryDir dir;
        const QList<QImage> stand = renderFrames(dir, QStringLiteral("stand"), QStringLiteral("A man in a red shirt standing in a park"), 1);
        const QList<QImage> dance = renderFrames(dir, QStringLiteral("dance"), QStringLiteral("A man in a red shirt dancing in a park"));
        QVERIFY(!stand.isEmpty() && dance.size() >= 40);
        const int w = stand.first().width();
        // Standing, the shirt's top is the shoulders; dancing, sleeves rise well above them.
        const int shoulders = topRow(stand.first(), w / 2 - 30, w / 2 + 30, clothingRed);
        QVERIFY2(shoulders > 0, qPrintable(QString::number(shoulders)));
        int highest = shoulders;
        QList<double> armX;
        for (int k = 0; k < 40; k += 3) {
            highest = std::min(highest, topRow(dance[k], w / 2 - 30, w / 2 + 30, clothingRed));
            QImage upper = dance[k].copy(w / 2 - 30, 0, 60, shoulders - 2);
            const Blob arms = blobOf(upper, clothingRed);
            if (arms.pixels > 4)
                armX << arms.x;
        }
        QVERIFY2(highest < shoulders - 8, qPrintable(QStringLiteral("%1 vs shoulders %2").arg(highest).arg(shoulders)));
        QVERIFY2(armX.size() >= 5, qPrintable(QString::number(armX.size())));
        const auto [lo, hi] = std::minmax_element(armX.begin(), armX.end());
        QVERIFY2(*hi - *lo > 2, qPrintable(QStringLiteral("arms between x %1 and %2").arg(*lo).arg(*hi)));
    }
    void aChildIsShorterThanAnAdult()
    {
        QTemporaryDir dir;
        const QList<QImage> man = renderFrames(dir, QStringLiteral("man"), QStringLiteral("A man in a red shirt standing in a park"), 1);
        const QList<QImage> child = renderFrames(dir, QStringLiteral("child"), QStringLiteral("A child in a red shirt standing in a park"), 1);
        QVERIFY(!man.isEmpty() && !child.isEmpty());
        const int w = man.first().width();
        const int adultTop = topRow(man.first(), w / 2 - 30, w / 2 + 30, clothingRed);
        const int childTop = topRow(child.first(), w / 2 - 30, w / 2 + 30, clothingRed);
        QVERIFY(adultTop > 0 && childTop > 0);
        // Both stand on the same ground: the child's shoulders are much lower.
        QVERIFY2(childTop - adultTop > 10, qPrintable(QStringLiteral("adult %1, child %2").arg(adultTop).arg(childTop)));
    }
    void aWomanInARedDressIsRed()
    {
        QTemporaryDir dir;
        const QList<QImage> red = renderFrames(dir, QStringLiteral("dress"), QStringLiteral("A woman in a red dress walking in a park"), 1);
        const QList<QImage> plain = renderFrames(dir, QStringLiteral("woman"), QStringLiteral("A woman walking in a park"), 1);
        QVERIFY(!red.isEmpty() && !plain.isEmpty());
        const QImage &f = red.first();
        const Blob dress = blobOf(f, clothingRed);
        QVERIFY2(dress.pixels > 150, qPrintable(QString::number(dress.pixels)));
        // Where the person stands: the middle of the frame, in its lower half.
        QVERIFY2(std::abs(dress.x - f.width() / 2.0) < 20 && dress.y > f.height() * 0.5,
                 qPrintable(QStringLiteral("%1, %2").arg(dress.x).arg(dress.y)));
        QVERIFY(blobOf(plain.first(), clothingRed).pixels < dress.pixels / 5);
    }
    void aCookHasAPanAndSteamInFront()
    {
        QTemporaryDir dir;
        const QList<QImage> cook = renderFrames(dir, QStringLiteral("cook"), QStringLiteral("A chef cooking in a kitchen"), 1);
        const QList<QImage> idle = renderFrames(dir, QStringLiteral("idle"), QStringLiteral("A chef standing in a kitchen"), 1);
        QVERIFY(!cook.isEmpty() && !idle.isEmpty());
        const QImage &a = cook[12], &b = idle[12];
        // In front of the cook (to its right, from the waist up): a dark pan where the standing
        // chef has none, and steam brighter than what is behind it.
        const int w = a.width(), h = a.height();
        int pan = 0, steam = 0;
        for (int y = int(h * 0.2); y < int(h * 0.62); ++y)
            for (int x = w / 2; x < w / 2 + 45; ++x) {
                const int la = qGray(a.pixel(x, y)), lb = qGray(b.pixel(x, y));
                pan += la < 60 && lb > la + 30;
                steam += la > lb + 20 && la > 150 && QColor(a.pixel(x, y)).hsvSaturation() < 60;
            }
        QVERIFY2(pan > 10, qPrintable(QString::number(pan)));
        QVERIFY2(steam > 10, qPrintable(QString::number(steam)));
    }
    void aGuitaristStrumsOnTheBeatsAndIsHeard()
    {
        const ScenePlan plan = planScene(QStringLiteral("A man playing the guitar on a street"));
        QCOMPARE(plan.shots.first().subjects.size(), 1); // the guitar is in his hands, not beside him
        QCOMPARE(plan.shots.first().subjects.first().action, QStringLiteral("instrument"));
        QCOMPARE(plan.shots.first().subjects.first().variant, QStringLiteral("guitar"));
        const Timeline tl = buildTimeline(plan, 2, 24, 3);
        QVERIFY(tl.bpm > 0);
        QList<double> strums, beats;
        for (const TimelineEvent &e : tl.events) {
            if (e.kind == EventKind::Strum)
                strums << e.timeSec;
            else if (e.kind == EventKind::Beat)
                beats << e.timeSec;
        }
        QVERIFY2(strums.size() >= 3, qPrintable(QString::number(strums.size())));
        for (double t : strums) // the picture's strumming hand follows the music's beats too
            QVERIFY2(beats.contains(t), qPrintable(QString::number(t)));
        // The mix with and without the strums differs from each strum on, and not before the first.
        Timeline quiet = tl;
        quiet.events.erase(std::remove_if(quiet.events.begin(), quiet.events.end(),
                                          [](const TimelineEvent &e) { return e.kind == EventKind::Strum; }),
                           quiet.events.end());
        const int rate = 48000, frames = rate * 2;
        std::vector<float> with(size_t(frames) * 2), without(size_t(frames) * 2);
        AudioMix(plan, tl, rate).render(with.data(), frames);
        AudioMix(plan, quiet, rate).render(without.data(), frames);
        auto diffRms = [&](double from, double to) {
            double e = 0;
            const int a = int(from * rate), b = int(to * rate);
            for (int i = a; i < b; ++i)
                e += std::pow(with[size_t(i) * 2] - without[size_t(i) * 2], 2);
            return std::sqrt(e / std::max(1, b - a));
        };
        const double second = strums.value(1);
        QVERIFY2(diffRms(second, second + 0.25) > 0.01, qPrintable(QString::number(diffRms(second, second + 0.25))));
        if (strums.first() > 0.05)
            QCOMPARE(diffRms(0, strums.first() - 0.01), 0.0);
    }
    void aRiderSitsOnTheHorse()
    {
        QTemporaryDir dir;
        const QList<QImage> f = renderFrames(dir, QStringLiteral("ride"), QStringLiteral("A man in a red shirt riding a horse on a beach"), 1);
        QVERIFY(!f.isEmpty());
        // One red figure, up on the horse's back: higher than a standing man's shirt (about
        // 0.55 of the frame's height down) and not also standing beside the horse.
        const Blob rider = blobOf(f.first(), clothingRed);
        QVERIFY2(rider.pixels > 40, qPrintable(QString::number(rider.pixels)));
        QVERIFY2(rider.y < f.first().height() * 0.47, qPrintable(QString::number(rider.y)));
        QCOMPARE(shapes(f.first(), clothingRed, 20), 1);
    }

    void aSneakerIsWiderThanTallInItsColour()
    {
        const SubjectPlan shoe = planScene(QStringLiteral("a red sneaker")).shots[0].subjects.value(0);
        QCOMPARE(shoe.kind, QStringLiteral("product"));
        QCOMPARE(shoe.variant, QStringLiteral("shoe"));
        QVERIFY(shoe.color.red() > 150 && shoe.color.red() - shoe.color.blue() > 80);
        // Painted in the plan's colour (the marker's magenta), a shoe's profile: long and low.
        const rc::test::Silhouette s = rc::test::markedSilhouette(QStringLiteral("a red sneaker"), 6);
        qInfo() << "sneaker" << s.rect << "pixels" << s.pixels;
        QVERIFY2(s.pixels > 1500, "the sneaker is drawn in its colour");
        QVERIFY2(s.aspect() < 0.7, qPrintable(QString::number(s.aspect())));
    }
    void aHandbagHasAHandleOverItsBody()
    {
        QCOMPARE(planScene(QStringLiteral("a leather handbag on a marble table")).shots[0].subjects.value(0).kind, QStringLiteral("product"));
        const QImage frame = rc::test::renderMarkedFrame(QStringLiteral("a leather handbag on a marble table"), 6);
        const rc::test::Silhouette bag = rc::test::measureSilhouette(frame);
        QVERIFY2(bag.pixels > 1000, "the bag is drawn");
        // Across the top of the shape: the handle's two sides with the background between.
        int rowsWithHole = 0;
        for (int y = bag.rect.top(); y < bag.rect.top() + bag.rect.height() / 3; ++y) {
            int runs = 0;
            bool inside = false;
            for (int x = bag.rect.left(); x <= bag.rect.right(); ++x) {
                const bool m = rc::test::isMarkerMagenta(frame.pixel(x, y));
                runs += m && !inside;
                inside = m;
            }
            rowsWithHole += runs == 2;
        }
        qInfo() << "bag" << bag.rect << "rows through the handle's hole" << rowsWithHole;
        QVERIFY2(rowsWithHole >= bag.rect.height() / 8, qPrintable(QString::number(rowsWithHole)));
    }
    void aLampLightsTheDarkRoomAroundIt()
    {
        // Beside the object, left and right of it: brighter around a lamp than around a vase.
        auto besideLight = [](const QString &prompt) {
            const QImage f = rc::test::renderMarkedFrame(prompt, 6);
            const int w = f.width(), h = f.height();
            double sum = 0;
            int n = 0;
            for (int y = int(h * 0.35); y < int(h * 0.85); ++y)
                for (const auto &[x0, x1] : {std::pair{w / 4, w * 3 / 8}, std::pair{w * 5 / 8, w * 3 / 4}})
                    for (int x = x0; x < x1; ++x, ++n)
                        sum += qGray(f.pixel(x, y));
            return sum / std::max(1, n);
        };
        QCOMPARE(planScene(QStringLiteral("a lamp in a dark room")).shots[0].subjects.value(0).variant, QStringLiteral("lamp"));
        const double lamp = besideLight(QStringLiteral("a lamp in a dark room")), vase = besideLight(QStringLiteral("a vase in a dark room"));
        qInfo() << "mean grey beside a lamp" << lamp << "a vase" << vase;
        QVERIFY2(lamp > vase + 12, "the lamp lights the room");
    }
    void aCandleFlameFlickers()
    {
        const QImage a = rc::test::renderMarkedFrame(QStringLiteral("a candle in a dark room"), 4);
        const QImage b = rc::test::renderMarkedFrame(QStringLiteral("a candle in a dark room"), 13);
        QVERIFY2(!a.isNull(), "a candle is a subject");
        const rc::test::Silhouette wax = rc::test::measureSilhouette(a);
        QVERIFY2(wax.pixels > 200, "the candle is drawn");
        // Over the wax: a bright flame whose light changes from one moment to the next, with
        // the camera still.
        int bright = 0, changed = 0;
        for (int y = std::max(0, wax.rect.top() - 50); y < wax.rect.top(); ++y)
            for (int x = std::max(0, wax.rect.left() - 30); x < std::min(a.width(), wax.rect.right() + 30); ++x) {
                bright += qGray(a.pixel(x, y)) > 200;
                changed += std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 6;
            }
        qInfo() << "flame pixels" << bright << "changed" << changed;
        QVERIFY2(bright > 15, "a flame burns");
        QVERIFY2(changed > 30, "it flickers");
    }
    void aCupInAMeadowStandsOnATable()
    {
        const ShotPlan shot = planScene(QStringLiteral("a cup of coffee in a meadow")).shots[0];
        QCOMPARE(shot.subjects.value(0).kind, QStringLiteral("drink"));
        QVERIFY(shot.setting != QLatin1String("interior"));
        const QImage frame = rc::test::renderMarkedFrame(QStringLiteral("a cup of coffee in a meadow"), 6);
        const rc::test::Silhouette coffee = rc::test::measureSilhouette(frame);
        QVERIFY2(coffee.pixels > 20, "the coffee shows in its cup");
        // Under the cup down to the frame's bottom: what it stands on, not grass.
        int grass = 0, n = 0;
        for (int y = coffee.rect.bottom() + frame.height() / 6; y < frame.height() - 2; ++y)
            for (int x = coffee.rect.left(); x <= coffee.rect.right(); ++x, ++n) {
                const QRgb c = frame.pixel(x, y);
                grass += qGreen(c) > qRed(c) + 20 && qGreen(c) > qBlue(c) + 10;
            }
        qInfo() << "under the cup" << n << "pixels," << grass << "grass";
        QVERIFY(n > 50);
        QVERIFY2(grass < n / 10, "on a table, not in the grass");
    }
};

QTEST_GUILESS_MAIN(TestEngineSubjects)
#include "tst_engine_subjects.moc"
