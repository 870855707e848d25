// The colour pass that grades each frame and converts it to YUV 4:2:0: the vectorized kernel
// gives the portable kernel's bytes (a clip must not depend on the CPU that made it), and the
// result is what a viewer expects of BT.709: greys neutral, black and white at the range ends,
// red reads as red, the grade's curves followed within a code value or two, a vignette darker
// at the corners.
#include "engine/render/ColorPass.h"
#include "engine/render/YuvRows.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace rc::engine;
using rc::media::YuvFrame;

namespace {
YuvTables randomTables(QRandomGenerator &rng)
{
    YuvTables t;
    for (int ch = 0; ch < 3; ++ch)
        for (int s = 0; s < 16; ++s) {
            t.middle[ch][s] = uint8_t(rng.bounded(256));
            t.slope[ch][s] = int8_t(int(rng.bounded(256)) - 128);
        }
    t.saturation = int16_t(rng.bounded(32768));
    return t;
}

struct Planes
{
    std::vector<uint8_t> y0, y1, u, v;
};

Planes convertWith(bool portable, const YuvTables &t, const std::vector<uint32_t> &row0,
                   const std::vector<uint32_t> &row1, const std::vector<uint16_t> &columnVignette,
                   uint16_t rowVignette, int width)
{
    Planes p;
    p.y0.assign(size_t(width), 0);
    p.y1.assign(size_t(width), 0);
    p.u.assign(size_t(width / 2), 0);
    p.v.assign(size_t(width / 2), 0);
    const RowPair rows{row0.data(), row1.data(), columnVignette.data(), rowVignette,
                       p.y0.data(), p.y1.data(), p.u.data(), p.v.data(), width};
    if (portable)
        convertRowPairPortable(t, rows);
    else
        convertRowPair(t, rows);
    return p;
}

YuvFrame convertImage(const QImage &img, const Grade &g)
{
    YuvFrame f;
    gradeToYuv(img, g, &f);
    return f;
}
} // namespace

class TestColourPass : public QObject
{
    Q_OBJECT
private slots:
    void vectorizedKernelGivesThePortableBytes()
    {
        if (!rowKernelIsVectorized())
            QSKIP("this CPU runs the portable kernel only");
        QRandomGenerator rng(20261125);
        // Widths that are and are not multiples of the vector's eight pixels.
        for (int width : {2, 6, 14, 16, 30, 64, 1282}) {
            for (int round = 0; round < 40; ++round) {
                const YuvTables t = randomTables(rng);
                std::vector<uint32_t> row0(static_cast<size_t>(width)), row1(static_cast<size_t>(width));
                for (auto &px : row0)
                    px = rng.generate();
                for (auto &px : row1)
                    px = round % 2 ? rng.generate() : 0xff000000u | (rng.generate() & 0x0f0f0f0fu) * 17;
                // Any column factors, both pixels of a block alike, as the colour pass makes them.
                std::vector<uint16_t> columnVignette(static_cast<size_t>(width));
                for (int x = 0; x < width; x += 2)
                    columnVignette[size_t(x)] = columnVignette[size_t(x + 1)] = uint16_t(rng.bounded(65536));
                const auto rowVignette = uint16_t(rng.bounded(65536));
                const Planes a = convertWith(true, t, row0, row1, columnVignette, rowVignette, width);
                const Planes b = convertWith(false, t, row0, row1, columnVignette, rowVignette, width);
                QCOMPARE(b.y0, a.y0);
                QCOMPARE(b.y1, a.y1);
                QCOMPARE(b.u, a.u);
                QCOMPARE(b.v, a.v);
            }
        }
    }

    void greysStayNeutralAndSpanTheVideoRange()
    {
        QImage img(512, 16, QImage::Format_RGB32);
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                img.setPixel(x, y, qRgb(x / 2, x / 2, x / 2));
        const YuvFrame f = convertImage(img, Grade());
        for (int b = 0; b < 256; ++b) {
            QCOMPARE(int(f.u[size_t(b)]), 128);
            QCOMPARE(int(f.v[size_t(b)]), 128);
            const double expected = 16 + b * 219.0 / 255.0;
            QVERIFY2(std::abs(f.y[size_t(2 * b)] - expected) <= 1.0, qPrintable(QString::number(b)));
        }
        QCOMPARE(int(f.y[0]), 16);
        QCOMPARE(int(f.y[511]), 235);
    }

    void primariesLandWhereBt709PutsThem()
    {
        const QRgb colours[] = {qRgb(255, 0, 0), qRgb(0, 255, 0), qRgb(0, 0, 255)};
        // BT.709 limited range: Y, Cb, Cr of pure red, green, blue.
        const int expected[3][3] = {{63, 102, 240}, {173, 42, 26}, {32, 240, 118}};
        for (int i = 0; i < 3; ++i) {
            QImage img(16, 16, QImage::Format_RGB32);
            img.fill(colours[i]);
            const YuvFrame f = convertImage(img, Grade());
            QVERIFY(std::abs(f.y[0] - expected[i][0]) <= 1);
            QVERIFY(std::abs(f.u[0] - expected[i][1]) <= 1);
            QVERIFY(std::abs(f.v[0] - expected[i][2]) <= 1);
        }
    }

    void followsTheGradeCurvesClosely()
    {
        // Warm, contrasty, lifted and gamma-bent curves, as the looks use.
        const float lift[3] = {0.1f, 0.16f, 0.2f};
        Grade g;
        g.setCurves(1.12f, 0.97f, 0.84f, 1.12f, 0.18f, lift, 0.9f);
        QImage img(256, 2, QImage::Format_RGB32);
        for (int x = 0; x < 256; ++x) {
            img.setPixel(x, 0, qRgb(x, x, x));
            img.setPixel(x, 1, qRgb(x, x, x));
        }
        const YuvFrame f = convertImage(img, g);
        double worst = 0;
        for (int x = 0; x < 256; ++x) {
            const int r = g.curve[0][size_t(x)], gg = g.curve[1][size_t(x)], b = g.curve[2][size_t(x)];
            const double y = 16 + (0.2126 * r + 0.7152 * gg + 0.0722 * b) * 219.0 / 255.0;
            worst = std::max(worst, std::abs(f.y[size_t(x)] - y));
        }
        // In luma code values: rounding alone is half a code; the linear segments add at most one.
        QVERIFY2(worst <= 1.5, qPrintable(QStringLiteral("worst %1").arg(worst)));
    }

    void saturationZeroIsGreyAndVignetteDarkensCorners()
    {
        QImage img(320, 180, QImage::Format_RGB32);
        img.fill(qRgb(200, 120, 40));
        Grade g;
        g.saturation256 = 0;
        const YuvFrame grey = convertImage(img, g);
        QCOMPARE(int(grey.u[500]), 128);
        QCOMPARE(int(grey.v[500]), 128);

        Grade vignetted;
        vignetted.vignette = 0.6f;
        const YuvFrame f = convertImage(img, vignetted);
        const int centre = f.y[size_t(90 * 320 + 160)], corner = f.y[0];
        QVERIFY2(corner < centre - 10, qPrintable(QStringLiteral("%1 vs %2").arg(corner).arg(centre)));
    }
};

QTEST_GUILESS_MAIN(TestColourPass)
#include "tst_colour_pass.moc"
