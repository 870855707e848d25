// What a viewer would notice, measured on the engine's real output: loudness, a rain bed's
// broadband noise, a dark neon night, a warming sunset over a photo, a zoom that grows the
// subject, and a lightning flash whose thunder starts in the same frame.
#include "engine/Engine.h"
#include "engine/audio/Loudness.h"
#include "media/ImageFit.h"
#include "media/MediaReader.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace rc::engine;
using namespace rc::media;

namespace {
QString render(const QTemporaryDir &dir, const QString &name, const QString &prompt, int durationSec = 2,
               const QString &image = {})
{
    EngineJob job;
    job.prompt = prompt;
    job.imagePath = image;
    job.width = 256;
    job.height = 144;
    job.durationSec = durationSec;
    job.seed = 3;
    job.outputPath = dir.filePath(name + QStringLiteral(".mp4"));
    std::atomic<bool> cancel{false};
    const EngineOutcome out = renderClip(job, {}, cancel);
    if (out.status != EngineStatus::Ok)
        qWarning() << out.message;
    return job.outputPath;
}
QList<QImage> frames(const QString &path)
{
    VideoReader reader;
    QList<QImage> out;
    if (!reader.open(path))
        return out;
    QImage f;
    while (reader.next(&f))
        out << f;
    return out;
}
double meanLuma(const QImage &img)
{
    double sum = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            sum += qGray(img.pixel(x, y));
    return sum / (img.width() * img.height()) / 255.0;
}
double meanRedMinusBlue(const QImage &img)
{
    double sum = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            sum += qRed(img.pixel(x, y)) - qBlue(img.pixel(x, y));
    return sum / (img.width() * img.height());
}
// High-frequency share: mean square of the first difference over mean square (2 for white noise).
double brightness(const DecodedAudio &a, qint64 from, qint64 to)
{
    double e = 0, d = 0;
    for (qint64 i = std::max<qint64>(from, 1); i < to; ++i) {
        const float x = a.samples[size_t(i * 2)], p = a.samples[size_t((i - 1) * 2)];
        e += x * x;
        d += (x - p) * (x - p);
    }
    return e > 0 ? d / e : 0;
}
} // namespace

class TestEnginePictureSound : public QObject
{
    Q_OBJECT
private slots:
    void soundIsPresentNormalizedAndNeverClips()
    {
        QTemporaryDir dir;
        DecodedAudio a;
        QVERIFY(readAudio(render(dir, QStringLiteral("city"), QStringLiteral("City street with traffic and dynamic electronic music"), 3), &a));
        LoudnessMeter meter(a.sampleRate, a.channels);
        meter.add(a.samples.data(), int(a.frames()));
        qInfo("integrated %.2f LUFS, peak %.3f", meter.integratedLufs(), meter.samplePeak());
        QVERIFY(meter.integratedLufs() > -18.5 && meter.integratedLufs() < -13.5);
        QVERIFY(meter.samplePeak() < 1.0f);
        // Fades: the first and last 5 ms are near silence.
        QVERIFY(std::abs(a.samples[2]) < 0.05f);
    }
    void rainIsABroadbandBed()
    {
        QTemporaryDir dir;
        DecodedAudio rain, space;
        QVERIFY(readAudio(render(dir, QStringLiteral("rain"), QStringLiteral("A coffee shop on a rainy day, raindrops hitting the window")), &rain));
        QVERIFY(readAudio(render(dir, QStringLiteral("space"), QStringLiteral("Deep space, a quiet planet")), &space));
        const double r = brightness(rain, 24000, rain.frames() - 24000);
        const double s = brightness(space, 24000, space.frames() - 24000);
        qInfo("high-frequency share: rain %.3f, space %.3f", r, s);
        QVERIFY(r > 0.25);
        QVERIFY(r > 4 * s);
    }
    void nightIsDarkAndNeonSaturated()
    {
        QTemporaryDir dir;
        const QList<QImage> f = frames(render(dir, QStringLiteral("neon"), QStringLiteral("City at night, neon lights flashing")));
        QVERIFY(f.size() == 48);
        const QImage &img = f[24];
        int vivid = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QColor c = img.pixelColor(x, y);
                vivid += c.hsvSaturationF() > 0.6 && c.valueF() > 0.5;
            }
        qInfo("mean luma %.3f, vivid pixels %d", meanLuma(img), vivid);
        QVERIFY(meanLuma(img) < 0.3);
        QVERIFY(vivid > img.width() * img.height() / 200);
    }
    void snowWhitensTheGroundItFallsOn_data()
    {
        QTest::addColumn<QString>("clear");
        QTest::addColumn<QString>("snowing");
        QTest::newRow("garden") << QStringLiteral("A fox in a garden") << QStringLiteral("A fox in a garden as snow falls");
        QTest::newRow("forest") << QStringLiteral("A deer in a forest") << QStringLiteral("A deer in a snowy forest");
    }
    void snowWhitensTheGroundItFallsOn()
    {
        QFETCH(QString, clear);
        QFETCH(QString, snowing);
        QTemporaryDir dir;
        const QList<QImage> a = frames(render(dir, QStringLiteral("clear"), clear));
        const QList<QImage> b = frames(render(dir, QStringLiteral("snow"), snowing));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        // The bottom fifth is ground in both: green without snow, near white with it.
        const auto ground = [](const QImage &img) { return img.copy(0, img.height() * 4 / 5, img.width(), img.height() / 5); };
        const auto greenness = [](const QImage &img) {
            double sum = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x)
                    sum += qGreen(img.pixel(x, y)) - (qRed(img.pixel(x, y)) + qBlue(img.pixel(x, y))) / 2.0;
            return sum / (img.width() * img.height());
        };
        const QImage clearGround = ground(a[a.size() / 2]), snowGround = ground(b[b.size() / 2]);
        qInfo("ground luma %.3f -> %.3f, greenness %.1f -> %.1f", meanLuma(clearGround), meanLuma(snowGround),
              greenness(clearGround), greenness(snowGround));
        QVERIFY(meanLuma(snowGround) > 0.7);
        QVERIFY(meanLuma(snowGround) > meanLuma(clearGround) + 0.2);
        QVERIFY(greenness(snowGround) < 10);
    }
    void photoIsTheFirstFrameAndTheSunsetWarms()
    {
        QTemporaryDir dir;
        // A beach "photo": sky, sea, sand; 4:3, so the fit must crop it to 16:9.
        QImage photo(400, 300, QImage::Format_RGB32);
        for (int y = 0; y < 300; ++y)
            for (int x = 0; x < 400; ++x)
                photo.setPixel(x, y, y < 120 ? qRgb(120 + y / 3, 170, 230) : y < 200 ? qRgb(30, 90 + (x % 7), 150) : qRgb(220, 200, 160));
        const QString path = dir.filePath(QStringLiteral("beach.png"));
        QVERIFY(photo.save(path));
        const QList<QImage> f = frames(render(dir, QStringLiteral("sunset"), QStringLiteral("Waves gently lapping the shore, sun slowly setting"), 2, path));
        QCOMPARE(f.size(), 48);
        const QImage fitted = fitImage(photo, QSize(256, 144));
        double diff = 0;
        for (int y = 0; y < 144; ++y)
            for (int x = 0; x < 256; ++x) {
                const QRgb a = f.first().pixel(x, y), b = fitted.pixel(x, y);
                diff += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
            }
        diff /= 256.0 * 144 * 3;
        const double warmFirst = meanRedMinusBlue(f.first()), warmLast = meanRedMinusBlue(f.last());
        qInfo("first frame vs fitted photo: %.2f codes; R-B %.1f -> %.1f", diff, warmFirst, warmLast);
        QVERIFY(diff < 6);
        QVERIFY(warmLast > warmFirst + 15);
    }
    void focalPointChoosesThePhotosCrop()
    {
        // A wide photo, red on the left and blue on the right, into a 16:9 frame: the crop
        // keeps about 45 % of its width, on the side the focal point names.
        QTemporaryDir dir;
        QImage photo(400, 100, QImage::Format_RGB32);
        photo.fill(QColor(200, 30, 30));
        for (int y = 0; y < 100; ++y)
            for (int x = 200; x < 400; ++x)
                photo.setPixel(x, y, qRgb(30, 30, 200));
        const QString path = dir.filePath(QStringLiteral("wide.png"));
        QVERIFY(photo.save(path));
        double redMinusBlue[2] = {};
        for (int side = 0; side < 2; ++side) {
            EngineJob job;
            job.prompt = QStringLiteral("a still photo");
            job.imagePath = path;
            job.focalPoint = QPointF(side == 0 ? 0.0 : 1.0, 0.5);
            job.width = 160;
            job.height = 90;
            job.durationSec = 1;
            job.outputPath = dir.filePath(QStringLiteral("focal%1.mp4").arg(side));
            std::atomic<bool> cancel{false};
            QCOMPARE(renderClip(job, {}, cancel).status, EngineStatus::Ok);
            const QList<QImage> f = frames(job.outputPath);
            QVERIFY(!f.isEmpty());
            redMinusBlue[side] = meanRedMinusBlue(f.first());
        }
        qInfo("red - blue: focal left %.1f, focal right %.1f", redMinusBlue[0], redMinusBlue[1]);
        QVERIFY(redMinusBlue[0] > 100);
        QVERIFY(redMinusBlue[1] < -100);
    }
    void zoomInGrowsTheSubject()
    {
        QTemporaryDir dir;
        const QList<QImage> f = frames(render(dir, QStringLiteral("watch"), QStringLiteral("A smart watch on a wooden table, camera zooming in")));
        auto darkPixels = [](const QImage &img) {
            int n = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x)
                    n += qGray(img.pixel(x, y)) < 45;
            return n;
        };
        const int first = darkPixels(f.first()), last = darkPixels(f.last());
        qInfo("watch face pixels %d -> %d", first, last);
        QVERIFY(first > 50);
        QVERIFY(last > first * 1.3);
    }
    void flashAndThunderLineUp()
    {
        QTemporaryDir dir;
        const QString clip = render(dir, QStringLiteral("storm"), QStringLiteral("A thunderstorm with lightning over the mountains"), 3);
        const QList<QImage> f = frames(clip);
        int flashFrame = -1;
        for (int i = 1; i < f.size() && flashFrame < 0; ++i)
            if (meanLuma(f[i]) > meanLuma(f[i - 1]) + 0.12)
                flashFrame = i;
        QVERIFY(flashFrame > 0);
        DecodedAudio a;
        QVERIFY(readAudio(clip, &a));
        // The thunder's onset: the first 5 ms window far louder than the 100 ms before it.
        const int win = a.sampleRate / 200;
        double onsetSec = -1;
        for (qint64 s = a.sampleRate / 10; s + win < a.frames() && onsetSec < 0; s += win / 2) {
            double now = 0, before = 0;
            for (qint64 k = s; k < s + win; ++k)
                now += a.samples[size_t(k * 2)] * a.samples[size_t(k * 2)];
            for (qint64 k = s - a.sampleRate / 10; k < s; ++k)
                before += a.samples[size_t(k * 2)] * a.samples[size_t(k * 2)];
            if (now / win > 8 * before / (a.sampleRate / 10))
                onsetSec = double(s) / a.sampleRate;
        }
        const double flashSec = flashFrame / 24.0;
        qInfo("flash at %.3f s, thunder at %.3f s", flashSec, onsetSec);
        QVERIFY(onsetSec >= 0);
        QVERIFY(std::abs(onsetSec - flashSec) <= 1.0 / 24);
    }
};

QTEST_GUILESS_MAIN(TestEnginePictureSound)
#include "tst_engine_picture_sound.moc"
