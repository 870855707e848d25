// A product photo in a portrait clip keeps clean edges: the photo layer's parallax split (near and
// far parts blended over a band of opacity steps) must not cut a straight product edge into a
// stair of shifted copies, and the edge must not jump between neighbouring frames.
#include "engine/plan/Planner.h"
#include "engine/render/Compositor.h"
#include "engine/timeline/Timeline.h"

#include <QLinearGradient>
#include <QPainter>
#include <QtTest>

#include <algorithm>

using namespace rc::engine;

namespace {
// Like scripts/make-product-photos.sh: a red bottle on a plain studio backdrop.
QImage productPhoto()
{
    QImage img(800, 1000, QImage::Format_RGB32);
    QPainter p(&img);
    QLinearGradient g(0, 0, 0, 1000);
    g.setColorAt(0, QColor(234, 236, 230));
    g.setColorAt(1, QColor(170, 184, 160));
    p.fillRect(img.rect(), g);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(110, 20, 20), 6));
    p.setBrush(QColor(190, 38, 40));
    p.drawRoundedRect(QRectF(300, 260, 200, 500), 40, 40);
    p.drawRect(QRectF(370, 180, 60, 80));
    return img;
}

bool red(QRgb c) { return qRed(c) > qGreen(c) + 50 && qRed(c) > qBlue(c) + 50; }

// The rightmost red column of each row the bottle's straight side covers (the middle 70 % of its
// red rows, away from the rounded corners).
QVector<int> rightEdges(const QImage &img)
{
    QVector<int> edgeOfRow(img.height(), -1);
    int first = -1, last = -1;
    for (int y = 0; y < img.height(); ++y) {
        int right = -1;
        int run = 0;
        for (int x = 0; x < img.width(); ++x) {
            run = red(img.pixel(x, y)) ? run + 1 : 0;
            if (run >= 3) // a body, not a stray pixel
                right = x;
        }
        edgeOfRow[y] = right;
        if (right >= 0) {
            first = first < 0 ? y : first;
            last = y;
        }
    }
    QVector<int> edges;
    if (first < 0)
        return edges;
    const int span = last - first;
    // The neck is narrower: take the body only (rows below the first 25 %).
    for (int y = first + span * 30 / 100; y <= first + span * 90 / 100; ++y)
        if (edgeOfRow[y] >= 0)
            edges << edgeOfRow[y];
    return edges;
}

// A landscape: bright sky over dark ground, a dark square in each, on the right.
QImage landscapePhoto()
{
    QImage img(1600, 900, QImage::Format_RGB32);
    QPainter p(&img);
    p.fillRect(QRect(0, 0, 1600, 450), QColor(150, 190, 235));
    p.fillRect(QRect(0, 450, 1600, 450), QColor(60, 110, 50));
    p.fillRect(QRect(1180, 150, 60, 60), QColor(20, 20, 60));
    p.fillRect(QRect(1180, 700, 60, 60), QColor(20, 20, 60));
    return img;
}

// The centre column of the dark square within rows [y0, y1).
double darkColumn(const QImage &img, int y0, int y1)
{
    double sum = 0;
    int n = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = 0; x < img.width(); ++x)
            if (qGray(img.pixel(x, y)) < 45) {
                sum += x;
                ++n;
            }
    return n ? sum / n : -1;
}

double mean(const QVector<int> &v)
{
    double s = 0;
    for (int x : v)
        s += x;
    return v.isEmpty() ? 0 : s / v.size();
}
} // namespace

class TestEnginePhotoEdge : public QObject
{
    Q_OBJECT

private slots:
    void productEdgeIsStraightAndSteady_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QSize>("size");
        QTest::newRow("product 9:16") << QStringLiteral("a red bottle, product shot") << QSize(360, 640);
        QTest::newRow("mug 9:16") << QStringLiteral("a mug on a table") << QSize(270, 480);
        QTest::newRow("no prompt 16:9") << QString() << QSize(480, 270);
    }
    void productEdgeIsStraightAndSteady()
    {
        QFETCH(QString, prompt);
        QFETCH(QSize, size);
        const ScenePlan plan = planScene(prompt, true);
        const int fps = 24, seconds = 8;
        const Timeline timeline = buildTimeline(plan, seconds, fps, 3);
        const Compositor compositor(plan, timeline, size, Tier::Draft, productPhoto(), 3);
        // Around 1 s and 6 s, where the push-in had moved the far part off the near one.
        for (int centre : {1 * fps, 6 * fps, timeline.frameCount - 2}) {
            double previous = -1;
            for (int index = centre - 2; index <= centre + 1; ++index) {
                const QVector<int> edges = rightEdges(compositor.renderImage(index));
                QVERIFY2(edges.size() > size.height() / 10, qPrintable(QStringLiteral("frame %1: no bottle").arg(index)));
                const auto [lo, hi] = std::minmax_element(edges.begin(), edges.end());
                // A straight side: one column, give or take antialiasing and the push-in's tilt.
                QVERIFY2(*hi - *lo <= 2, qPrintable(QStringLiteral("frame %1: the edge steps over %2 px")
                                                         .arg(index)
                                                         .arg(*hi - *lo)));
                const double at = mean(edges);
                if (previous >= 0)
                    QVERIFY2(std::abs(at - previous) < 1.5,
                             qPrintable(QStringLiteral("frame %1: the edge jumps %2 px").arg(index).arg(at - previous)));
                previous = at;
            }
        }
    }

    // A photo with a clear horizon still gets its parallax: the far square moves out from the
    // centre less than the near one as the camera pushes in.
    void landscapeStillSplitsAtItsHorizon()
    {
        const ScenePlan plan = planScene(QStringLiteral("a slow push in over the meadow"), true);
        const Timeline timeline = buildTimeline(plan, 6, 24, 3);
        const QSize size(480, 270);
        const Compositor compositor(plan, timeline, size, Tier::Draft, landscapePhoto(), 3);
        const QImage first = compositor.renderImage(0), last = compositor.renderImage(timeline.frameCount - 1);
        const double farMove = darkColumn(last, 0, size.height() / 2) - darkColumn(first, 0, size.height() / 2);
        const double nearMove = darkColumn(last, size.height() / 2, size.height())
                                - darkColumn(first, size.height() / 2, size.height());
        qInfo() << "far moved" << farMove << "px, near moved" << nearMove << "px";
        QVERIFY2(nearMove > 3, "the camera pushes in");
        QVERIFY2(farMove < nearMove - 3, "the sky moves less than the ground");
    }
};

QTEST_GUILESS_MAIN(TestEnginePhotoEdge)
#include "tst_engine_photo_edge.moc"
