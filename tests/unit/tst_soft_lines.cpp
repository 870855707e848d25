// Thin lines drawn straight into the canvas (waves, foam, grass, rain, wood grain) must put the
// same ink in the same place as QPainter's antialiased pen: a line one pixel thick darkens each
// column it crosses by one pixel's worth, a thick one by its width, steep lines too, and clips
// and composition modes are honoured.
#include "engine/render/SoftLines.h"

#include <QtTest>

#include <cmath>

using namespace rc::engine;

namespace {
QImage white(QSize size = QSize(200, 120))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

// Ink of column x (or row y when `byRow`): how many pixels' worth of black it received.
double ink(const QImage &image, int index, bool byRow)
{
    double sum = 0;
    const int n = byRow ? image.width() : image.height();
    for (int k = 0; k < n; ++k) {
        const QRgb p = byRow ? image.pixel(k, index) : image.pixel(index, k);
        sum += (255 - qGray(p)) / 255.0;
    }
    return sum;
}

QImage drawnByQPainter(const QPolygonF &line, const QColor &colour, double width, QSize size = QSize(200, 120))
{
    QImage image = white(size);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, width));
    p.drawPolyline(line);
    return image;
}
} // namespace

class TestSoftLines : public QObject
{
    Q_OBJECT
private slots:
    void flatLinesPutAPixelOfInkInEachColumn_data()
    {
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("rise");
        QTest::newRow("cosmetic, level") << 0.0 << 0.0;
        QTest::newRow("cosmetic, sloped") << 0.0 << 37.0;
        QTest::newRow("thick, sloped") << 4.3 << 23.0;
    }
    void flatLinesPutAPixelOfInkInEachColumn()
    {
        QFETCH(double, width);
        QFETCH(double, rise);
        const QPolygonF line{QPointF(-20.0, 40.3), QPointF(90.0, 40.3 + rise), QPointF(230.0, 52.7)};
        QImage mine = white();
        {
            QPainter p(&mine);
            strokePolyline(p, line, Qt::black, width);
        }
        const QImage theirs = drawnByQPainter(line, Qt::black, width);
        const double thickness = width <= 0 ? 1.0 : width;
        for (int x : {5, 50, 89, 91, 150, 195}) {
            // A column crosses the line's thickness stretched by the slope.
            const QPointF a = x < 90 ? line[0] : line[1], b = x < 90 ? line[1] : line[2];
            const double slope = (b.y() - a.y()) / (b.x() - a.x());
            const double expected = thickness * std::sqrt(1 + slope * slope);
            QVERIFY2(std::abs(ink(mine, x, false) - expected) < 0.05 * expected + 0.02,
                     qPrintable(QStringLiteral("column %1: %2, expected %3").arg(x).arg(ink(mine, x, false)).arg(expected)));
            // ...and within a few percent of QPainter's, in the same rows.
            QVERIFY(std::abs(ink(mine, x, false) - ink(theirs, x, false)) < 0.12 * expected);
            for (int y = 0; y < mine.height(); ++y) {
                const bool inkedMine = qGray(mine.pixel(x, y)) < 250, inkedTheirs = qGray(theirs.pixel(x, y)) < 200;
                QVERIFY2(!inkedTheirs || inkedMine, qPrintable(QStringLiteral("row %1 of column %2").arg(y).arg(x)));
            }
        }
    }

    void steepLinesPutAPixelOfInkInEachRow()
    {
        const QPolygonF line{QPointF(60.2, -5.0), QPointF(75.9, 125.0)};
        QImage mine = white();
        {
            QPainter p(&mine);
            strokeLine(p, line[0], line[1], Qt::black, 0);
        }
        const double slope = (line[1].x() - line[0].x()) / (line[1].y() - line[0].y());
        const double expected = std::sqrt(1 + slope * slope);
        for (int y : {0, 30, 60, 119})
            QVERIFY2(std::abs(ink(mine, y, true) - expected) < 0.05 * expected,
                     qPrintable(QStringLiteral("row %1: %2").arg(y).arg(ink(mine, y, true))));
    }

    void translucentColourAndOpacityBlendOverTheCanvas()
    {
        QImage mine = white();
        {
            QPainter p(&mine);
            p.setOpacity(0.5);
            strokeLine(p, QPointF(0, 60), QPointF(200, 60), QColor(0, 0, 0, 128), 2.0);
        }
        // Rows 59 and 60 are fully covered: a quarter of the way to black.
        QVERIFY(std::abs(qGray(mine.pixel(100, 59)) - 191) <= 2);
        QVERIFY(std::abs(qGray(mine.pixel(100, 60)) - 191) <= 2);
        QCOMPARE(mine.pixel(100, 57), qRgb(255, 255, 255));
        QCOMPARE(mine.pixel(100, 62), qRgb(255, 255, 255));
    }

    void clipRectangleIsHonoured()
    {
        QImage mine = white();
        {
            QPainter p(&mine);
            p.setClipRect(QRectF(50, 0, 60, 120));
            strokeLine(p, QPointF(0, 30.5), QPointF(200, 90.5), Qt::black, 3.0);
        }
        for (int y = 0; y < mine.height(); ++y) {
            QCOMPARE(mine.pixel(49, y), qRgb(255, 255, 255));
            QCOMPARE(mine.pixel(110, y), qRgb(255, 255, 255));
        }
        QVERIFY(ink(mine, 80, false) > 2.5);
    }

    void otherCompositionModesAreHonoured()
    {
        // Plus mode adds the colour: over dark grey the line is brighter than its own colour.
        QImage mine(200, 120, QImage::Format_RGB32);
        mine.fill(qRgb(40, 40, 40));
        {
            QPainter p(&mine);
            p.setRenderHint(QPainter::Antialiasing);
            p.setCompositionMode(QPainter::CompositionMode_Plus);
            strokeLine(p, QPointF(0, 60), QPointF(200, 60), QColor(100, 50, 20), 2.0);
        }
        QCOMPARE(mine.pixel(100, 59), qRgb(140, 90, 60));
        QCOMPARE(mine.pixel(100, 55), qRgb(40, 40, 40));
    }
};

QTEST_GUILESS_MAIN(TestSoftLines)
#include "tst_soft_lines.moc"
