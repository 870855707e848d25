// A white sprite drawn in a colour (clouds take the light's colour): full cover gives the tint,
// partial cover moves the canvas toward it in proportion, transparent parts and pixels outside
// the sprite or the clip keep the canvas, and every pixel gets the same arithmetic whichever
// code path (four at a time or one by one) draws it.
#include "engine/render/TintedBlit.h"

#include <QtTest>

using namespace rc::engine;

namespace {
QImage whiteSprite(QSize size, int alpha)
{
    QImage sprite(size, QImage::Format_ARGB32_Premultiplied);
    sprite.fill(qRgba(alpha, alpha, alpha, alpha));
    return sprite;
}
} // namespace

class TestTintedBlit : public QObject
{
    Q_OBJECT
private slots:
    void fullCoverGivesTheTint()
    {
        QImage canvas(20, 10, QImage::Format_RGB32);
        canvas.fill(qRgb(10, 20, 30));
        QPainter p(&canvas);
        blendTinted(*directTarget(p), whiteSprite(QSize(9, 4), 255), QPoint(3, 2), qRgb(250, 180, 120), 1.0);
        p.end();
        for (int x = 3; x < 12; ++x)
            QVERIFY(qAbs(qRed(canvas.pixel(x, 3)) - 250) <= 1 && qAbs(qGreen(canvas.pixel(x, 3)) - 180) <= 1
                    && qAbs(qBlue(canvas.pixel(x, 3)) - 120) <= 1);
        QCOMPARE(canvas.pixel(2, 3), qRgb(10, 20, 30));
        QCOMPARE(canvas.pixel(12, 3), qRgb(10, 20, 30));
        QCOMPARE(canvas.pixel(5, 6), qRgb(10, 20, 30));
    }

    void partialCoverAndOpacityBlendInProportion()
    {
        QImage canvas(13, 1, QImage::Format_RGB32);
        canvas.fill(qRgb(0, 0, 0));
        QPainter p(&canvas);
        blendTinted(*directTarget(p), whiteSprite(QSize(13, 1), 128), QPoint(0, 0), qRgb(200, 200, 200), 0.5);
        p.end();
        // A quarter of the way from black to the tint, the same in every pixel.
        for (int x = 0; x < 13; ++x) {
            QVERIFY(qAbs(qRed(canvas.pixel(x, 0)) - 50) <= 1);
            QCOMPARE(canvas.pixel(x, 0), canvas.pixel(0, 0));
        }
    }

    void clipIsHonoured()
    {
        QImage canvas(20, 10, QImage::Format_RGB32);
        canvas.fill(qRgb(0, 0, 0));
        QPainter p(&canvas);
        p.setClipRect(QRect(5, 0, 5, 10));
        blendTinted(*directTarget(p), whiteSprite(QSize(20, 10), 255), QPoint(0, 0), qRgb(255, 255, 255), 1.0);
        p.end();
        QCOMPARE(canvas.pixel(4, 5), qRgb(0, 0, 0));
        QCOMPARE(canvas.pixel(10, 5), qRgb(0, 0, 0));
        QCOMPARE(canvas.pixel(7, 5), qRgb(255, 255, 255));
    }
};

QTEST_GUILESS_MAIN(TestTintedBlit)
#include "tst_tinted_blit.moc"
