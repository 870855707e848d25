// The ground, ridges, sand and table tops are filled below their top line straight into the
// canvas: everything under the line gets the colour (or the gradient's colour for its row),
// nothing above it changes, the line's pixels are antialiased, and states the fill cannot
// honour are refused so that the caller draws with QPainter.
#include "engine/render/HeightField.h"

#include <QtTest>

using namespace rc::engine;

class TestHeightField : public QObject
{
    Q_OBJECT
private slots:
    void fillsBelowTheLineOnly()
    {
        QImage canvas(100, 60, QImage::Format_RGB32);
        canvas.fill(qRgb(0, 0, 255));
        QPainter p(&canvas);
        const QPolygonF top{QPointF(-10, 20.0), QPointF(50, 30.5), QPointF(110, 20.0)};
        QVERIFY(fillHeightField(p, top, 80, QColor(200, 100, 0)));
        p.end();
        QCOMPARE(canvas.pixel(0, 15), qRgb(0, 0, 255));
        QCOMPARE(canvas.pixel(50, 28), qRgb(0, 0, 255));
        QCOMPARE(canvas.pixel(50, 32), qRgb(200, 100, 0));
        QCOMPARE(canvas.pixel(99, 59), qRgb(200, 100, 0));
        // The line crosses row 30 halfway at x = 50: a blend of the two.
        const QRgb edge = canvas.pixel(50, 30);
        QVERIFY(qRed(edge) > 60 && qRed(edge) < 140);
        QVERIFY(qBlue(edge) > 100 && qBlue(edge) < 190);
    }

    void aVerticalGradientGivesEachRowItsColour()
    {
        QImage canvas(40, 100, QImage::Format_RGB32);
        canvas.fill(qRgb(0, 0, 0));
        QPainter p(&canvas);
        QLinearGradient g(0, 20, 0, 80);
        g.setColorAt(0, QColor(0, 0, 0));
        g.setColorAt(1, QColor(200, 100, 50));
        QVERIFY(fillHeightField(p, QPolygonF{QPointF(-5, 10), QPointF(45, 10)}, 100, g));
        p.end();
        QCOMPARE(canvas.pixel(20, 15), qRgb(0, 0, 0));     // padded before the start
        QCOMPARE(canvas.pixel(20, 95), qRgb(200, 100, 50)); // and after the end
        const QRgb middle = canvas.pixel(20, 50);           // half way
        QVERIFY(qAbs(qRed(middle) - 100) <= 2 && qAbs(qGreen(middle) - 50) <= 2);
        QCOMPARE(canvas.pixel(3, 50), middle); // the same across the row
    }

    void refusesWhatItCannotDraw()
    {
        QImage canvas(40, 40, QImage::Format_RGB32);
        QPainter p(&canvas);
        const QPolygonF top{QPointF(0, 10), QPointF(40, 10)};
        QVERIFY(!fillHeightField(p, top, 40, QColor(10, 10, 10, 128))); // translucent
        QLinearGradient diagonal(0, 0, 40, 40);
        diagonal.setColorAt(0, Qt::black);
        diagonal.setColorAt(1, Qt::white);
        QVERIFY(!fillHeightField(p, top, 40, diagonal));
        p.rotate(5);
        QVERIFY(!fillHeightField(p, top, 40, QColor(10, 10, 10)));
    }
};

QTEST_GUILESS_MAIN(TestHeightField)
#include "tst_height_field.moc"
