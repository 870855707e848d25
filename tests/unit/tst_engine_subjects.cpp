// What the planner now reads is drawn: a fox is a shape of its colour where the plan puts it and
// it moves when it runs, two dogs are two shapes, a sunset over the sea ends warmer and darker,
// a dish stands on the table in its vessel and hot food steams.
#include "engine/Engine.h"
#include "engine/plan/Planner.h"
#include "media/MediaReader.h"
#include "support/SubjectSilhouette.h"

#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace rc::engine;
using namespace rc::media;

namespace {
QList<QImage> renderFrames(const QTemporaryDir &dir, const QString &name, const QString &prompt, int durationSec = 2)
{
    EngineJob job;
    job.prompt = prompt;
    job.width = 256;
    job.height = 144;
    job.durationSec = durationSec;
    job.seed = 5;
    job.outputPath = dir.filePath(name + QStringLiteral(".mp4"));
    std::atomic<bool> cancel{false};
    const EngineOutcome out = renderClip(job, {}, cancel);
    if (out.status != EngineStatus::Ok)
        qWarning() << out.message;
    VideoReader reader;
    QList<QImage> frames;
    if (!reader.open(job.outputPath))
        return frames;
    QImage f;
    while (reader.next(&f))
        frames << f;
    return frames;
}

struct Blob
{
    int pixels = 0;
    double x = 0, y = 0;
};

// Pixels that pass `inside`, and their centre.
Blob blobOf(const QImage &img, const std::function<bool(QRgb)> &inside)
{
    Blob b;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            if (inside(img.pixel(x, y))) {
                ++b.pixels;
                b.x += x;
                b.y += y;
            }
    if (b.pixels > 0) {
        b.x /= b.pixels;
        b.y /= b.pixels;
    }
    return b;
}

// Connected groups (4-neighbours) of at least `minPixels` pixels passing `inside`.
int shapes(const QImage &img, const std::function<bool(QRgb)> &inside, int minPixels)
{
    const int w = img.width(), h = img.height();
    QVector<char> seen(w * h, 0);
    int count = 0;
    for (int y0 = 0; y0 < h; ++y0)
        for (int x0 = 0; x0 < w; ++x0) {
            if (seen[y0 * w + x0] || !inside(img.pixel(x0, y0)))
                continue;
            int size = 0;
            QList<QPoint> stack{{x0, y0}};
            seen[y0 * w + x0] = 1;
            while (!stack.isEmpty()) {
                const QPoint p = stack.takeLast();
                ++size;
                for (const QPoint d : {QPoint(1, 0), QPoint(-1, 0), QPoint(0, 1), QPoint(0, -1)}) {
                    const QPoint q = p + d;
                    if (q.x() < 0 || q.y() < 0 || q.x() >= w || q.y() >= h || seen[q.y() * w + q.x()]
                        || !inside(img.pixel(q)))
                        continue;
                    seen[q.y() * w + q.x()] = 1;
                    stack.append(q);
                }
            }
            count += size >= minPixels ? 1 : 0;
        }
    return count;
}

double mean(const QImage &img, const std::function<double(QRgb)> &f)
{
    double sum = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            sum += f(img.pixel(x, y));
    return sum / (img.width() * img.height());
}
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
};

QTEST_GUILESS_MAIN(TestEngineSubjects)
#include "tst_engine_subjects.moc"
