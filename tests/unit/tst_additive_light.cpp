// Light written straight into the canvas (glows, sunbeams) must look like what QPainter draws
// for the same shapes: same brightness profile, same place, edges antialiased, clips honoured;
// over-bright light whitens instead of tinting; and painter states it cannot honour are left
// to QPainter.
#include "engine/render/AdditiveLight.h"
#include "engine/render/CachedSprites.h"

#include <QPainterPath>
#include <QRadialGradient>
#include <QtTest>

#include <cmath>

using namespace rc::engine;

namespace {
QImage canvas(QRgb fill, QSize size = QSize(160, 120))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(fill);
    return image;
}

int maxChannelDifference(const QImage &a, const QImage &b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                              std::abs(qBlue(p) - qBlue(q))});
        }
    return worst;
}

double totalLight(const QImage &image, const QImage &background)
{
    double sum = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            sum += qGray(image.pixel(x, y)) - qGray(background.pixel(x, y));
    return sum;
}
} // namespace

class TestAdditiveLight : public QObject
{
    Q_OBJECT
private slots:
    void glowMatchesQPaintersRadialGradient_data()
    {
        QTest::addColumn<QPointF>("centre");
        QTest::addColumn<double>("radius");
        QTest::addColumn<double>("scale");
        QTest::newRow("small, on a pixel centre") << QPointF(40.5, 50.5) << 9.0 << 1.0;
        QTest::newRow("large, between pixels") << QPointF(81.3, 57.8) << 44.0 << 1.0;
        QTest::newRow("zoomed layer") << QPointF(60.2, 40.7) << 20.0 << 1.37;
        QTest::newRow("half off the canvas") << QPointF(3.0, 110.0) << 30.0 << 1.0;
    }
    void glowMatchesQPaintersRadialGradient()
    {
        QFETCH(QPointF, centre);
        QFETCH(double, radius);
        QFETCH(double, scale);
        const QRgb dark = qRgb(20, 24, 40);
        const QColor colour(255, 190, 90);
        QImage direct = canvas(dark), painted = canvas(dark);
        {
            QPainter p(&direct);
            p.scale(scale, scale);
            const std::optional<CanvasTarget> target = directTarget(p);
            QVERIFY(target.has_value());
            addGlow(*target, centre, radius, colour.rgb(), 0.8);
        }
        {
            QPainter p(&painted);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(scale, scale);
            p.setCompositionMode(QPainter::CompositionMode_Plus);
            QRadialGradient g(centre, radius);
            setGlowStops(&g, colour, 0.8);
            p.setPen(Qt::NoPen);
            p.setBrush(g);
            p.drawEllipse(centre, radius, radius);
        }
        // QPainter's gradient is a 1024-entry table and its edge is a polygon: a few codes apart.
        QVERIFY2(maxChannelDifference(direct, painted) <= 4, qPrintable(QString::number(maxChannelDifference(direct, painted))));
        const double a = totalLight(direct, canvas(dark)), b = totalLight(painted, canvas(dark));
        QVERIFY(a > 0);
        QVERIFY2(std::abs(a - b) / b < 0.02, qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(b)));
    }

    void glowIsSymmetricWhateverThePixelsAlignment()
    {
        // Rows are drawn four pixels at a time with a one-pixel tail: a pixel's value must not
        // depend on which of the two drew it, so a glow centred on a pixel is a mirror image.
        for (int width = 7; width <= 19; ++width) {
            QImage image = canvas(qRgb(10, 10, 10), QSize(width, width));
            QPainter p(&image);
            addGlow(*directTarget(p), QPointF(width / 2.0, width / 2.0), width / 2.0 - 0.3, qRgb(250, 200, 120), 1.0);
            p.end();
            for (int y = 0; y < width; ++y)
                for (int x = 0; x < width; ++x)
                    QCOMPARE(image.pixel(x, y), image.pixel(width - 1 - x, y));
        }
    }

    void overBrightLightWhitensInsteadOfTinting()
    {
        // White light on a deep blue: plain saturating adds would clip blue and leave the red
        // and green short of it, a cyan cast; the excess is shared instead.
        const QRgb blue = qRgb(20, 100, 235);
        QImage image = canvas(blue, QSize(41, 41));
        QPainter p(&image);
        addGlow(*directTarget(p), QPointF(20.5, 20.5), 20, qRgb(255, 255, 255), 0.2);
        p.end();
        const QRgb centre = image.pixel(20, 20);
        const int light = 51; // 0.2 of 255 at the centre
        const int excess = 235 + light - 255;
        QCOMPARE(qBlue(centre), 255);
        QVERIFY(std::abs(qRed(centre) - (20 + light + excess)) <= 1);
        QVERIFY(std::abs(qGreen(centre) - (100 + light + excess)) <= 1);
        // Far from the centre the light is faint and nothing clips: a plain add.
        const QRgb rim = image.pixel(20, 2);
        QVERIFY(qBlue(rim) < 255);
        QCOMPARE(qRed(rim) - 20, qGreen(rim) - 100);
    }

    void shaftMatchesQPaintersGradientPath()
    {
        const QRgb wall = qRgb(90, 80, 70);
        const Shaft shaft{10.0, 130.0, 60.3, 80.6, 5.2, 45.9, 10.0, 120.0};
        const QRgb sun = qRgb(255, 236, 190);
        const QSize size(160, 140);
        QImage direct = canvas(wall, size), painted = canvas(wall, size);
        {
            QPainter p(&direct);
            addShaft(*directTarget(p), shaft, sun, 0.3);
        }
        {
            QPainter p(&painted);
            p.setRenderHint(QPainter::Antialiasing);
            p.setCompositionMode(QPainter::CompositionMode_Plus);
            QPainterPath path;
            path.moveTo(shaft.topLeft, shaft.top);
            path.lineTo(shaft.topRight, shaft.top);
            path.lineTo(shaft.bottomRight, shaft.bottom);
            path.lineTo(shaft.bottomLeft, shaft.bottom);
            path.closeSubpath();
            QLinearGradient g(0, shaft.fadeFrom, 0, shaft.fadeTo);
            g.setColorAt(0, QColor(255, 236, 190, int(std::lround(0.3 * 255))));
            g.setColorAt(1, QColor(255, 236, 190, 0));
            p.setPen(Qt::NoPen);
            p.setBrush(g);
            p.drawPath(path);
        }
        QVERIFY2(maxChannelDifference(direct, painted) <= 6, qPrintable(QString::number(maxChannelDifference(direct, painted))));
        const double a = totalLight(direct, canvas(wall, size)), b = totalLight(painted, canvas(wall, size));
        QVERIFY(a > 1000);
        QVERIFY2(std::abs(a - b) / b < 0.02, qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(b)));
        // Outside the shaft nothing changed; past fadeTo nothing either.
        QCOMPARE(direct.pixel(150, 50), wall);
        QCOMPARE(direct.pixel(20, 125), wall);
    }

    void aShaftLightsEveryPixelOfARowAlike()
    {
        // The inside of a row is added eight, four or one pixel at a time; over a bright wall
        // the light spills; whichever path drew a pixel, the row must be uniform.
        for (int width = 5; width <= 23; ++width) {
            QImage image = canvas(qRgb(230, 200, 150), QSize(width + 2, 4));
            QPainter p(&image);
            addShaft(*directTarget(p), Shaft{0, 4, 1, 1.0 + width, 1, 1.0 + width, 0, 40}, qRgb(255, 236, 190), 0.4);
            p.end();
            for (int x = 1; x <= width; ++x)
                QCOMPARE(image.pixel(x, 1), image.pixel(1, 1));
            QCOMPARE(qBlue(image.pixel(1, 1)), 255); // spilled: a plain add would leave blue at 226
            QCOMPARE(image.pixel(0, 1), qRgb(230, 200, 150));
        }
    }

    void clipRectangleAndOpacityAreHonoured()
    {
        const QRgb dark = qRgb(0, 0, 0);
        QImage image = canvas(dark), unclipped = canvas(dark);
        QPainter p(&image);
        p.setClipRect(QRectF(40, 30, 50, 40));
        p.setOpacity(0.5);
        const std::optional<CanvasTarget> target = directTarget(p);
        QVERIFY(target.has_value());
        addGlow(*target, QPointF(65, 50), 60, qRgb(255, 255, 255), 1.0);
        p.end();
        QPainter full(&unclipped);
        addGlow(*directTarget(full), QPointF(65, 50), 60, qRgb(255, 255, 255), 1.0);
        full.end();
        QCOMPARE(image.pixel(39, 50), dark);
        QCOMPARE(image.pixel(90, 50), dark);
        QCOMPARE(image.pixel(65, 29), dark);
        QVERIFY(qRed(image.pixel(40, 50)) > 0);
        // Half opacity: half the light.
        for (QPoint at : {QPoint(65, 50), QPoint(45, 35), QPoint(80, 60)})
            QVERIFY(std::abs(2 * qRed(image.pixel(at)) - qRed(unclipped.pixel(at))) <= 2);
    }

    void statesItCannotHonourAreLeftToQPainter()
    {
        QImage image = canvas(qRgb(0, 0, 0));
        {
            QPainter p(&image);
            p.rotate(10);
            QVERIFY(!directTarget(p).has_value());
        }
        {
            QPainter p(&image);
            QPainterPath round;
            round.addEllipse(QRectF(10, 10, 50, 50));
            p.setClipPath(round);
            QVERIFY(!directTarget(p).has_value());
        }
        {
            QImage packed(16, 16, QImage::Format_RGB888);
            QPainter p(&packed);
            QVERIFY(!directTarget(p).has_value());
        }
    }
};

QTEST_GUILESS_MAIN(TestAdditiveLight)
#include "tst_additive_light.moc"
