// Mp4Writer, Probe, ImageFit and the photo checks, measured through libav.
#include "media/ImageFit.h"
#include "media/MediaReader.h"
#include "media/Mp4Writer.h"
#include "media/Probe.h"
#include "media/Thumbnailer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace rc::media;

class TestMediaWriter : public QObject
{
    Q_OBJECT
private slots:
    void writesExactFramesCodecsAndTags()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.mp4"));
        Mp4Writer w;
        QString error;
        VideoSettings v;
        v.width = 160, v.height = 90, v.fps = 24;
        QVERIFY2(w.open(path, v, AudioSettings{}, {{QStringLiteral("prompt"), QStringLiteral("hello")}, {QStringLiteral("seed"), QStringLiteral("7")}}, &error), qPrintable(error));
        std::vector<float> tone(2000 * 2);
        for (int f = 0; f < 48; ++f) {
            QImage img(160, 90, QImage::Format_RGB32);
            img.fill(QColor(f * 5, 100, 200));
            QVERIFY(w.writeVideo(img, &error));
            for (int i = 0; i < 2000; ++i)
                tone[size_t(2 * i)] = tone[size_t(2 * i + 1)] = float(0.3 * std::sin((f * 2000 + i) * 0.05));
            QVERIFY(w.writeAudio(tone.data(), 2000, &error));
        }
        QVERIFY2(w.finish(&error), qPrintable(error));
        const auto info = probe(path, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->size, QSize(160, 90));
        QCOMPARE(info->videoCodec, QStringLiteral("h264"));
        QCOMPARE(info->videoProfile, QStringLiteral("High"));
        QCOMPARE(info->pixelFormat, QStringLiteral("yuv420p"));
        QCOMPARE(info->colorSpace, QStringLiteral("bt709"));
        QCOMPARE(info->videoFrames, qint64(48));
        QVERIFY(std::abs(info->videoDurationSec - 2.0) < 1e-3); // packet durations set (platform-notes #6)
        QCOMPARE(info->audioCodec, QStringLiteral("aac"));
        QCOMPARE(info->audioProfile, QStringLiteral("LC"));
        QCOMPARE(info->sampleRate, 48000);
        QCOMPARE(info->channels, 2);
        QCOMPARE(info->tags.value(QStringLiteral("prompt")), QStringLiteral("hello"));
        QCOMPARE(info->tags.value(QStringLiteral("seed")), QStringLiteral("7"));
        QVERIFY(isFastStart(path));
        DecodedAudio audio;
        QVERIFY(readAudio(path, &audio, &error));
        QVERIFY(std::abs(audio.frames() - 96000) < 1100);
        QVERIFY(writeThumbnail(path, dir.filePath(QStringLiteral("a.jpg")), &error));
        QVERIFY(!QImage(dir.filePath(QStringLiteral("a.jpg"))).isNull());
    }
    void abortLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.mp4"));
        {
            Mp4Writer w;
            QVERIFY(w.open(path, VideoSettings{}, AudioSettings{}, {}, nullptr));
            w.abort();
        }
        QVERIFY(!QFile::exists(path));
    }
    void probeRefusesGarbage()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("x.mp4")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'z'));
        f.close();
        QString error;
        QVERIFY(!probe(f.fileName(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!probe(dir.filePath(QStringLiteral("missing.mp4")), &error));
    }
    void fitCropsAroundTheFocalPointWithoutStretching()
    {
        QImage wide(400, 100, QImage::Format_RGB32);
        wide.fill(Qt::black);
        for (int y = 0; y < 100; ++y)
            for (int x = 300; x < 400; ++x)
                wide.setPixel(x, y, qRgb(255, 0, 0));
        const QRectF right = cropRectFor(wide.size(), QSize(100, 100), QPointF(0.95, 0.5));
        QCOMPARE(right, QRectF(300, 0, 100, 100)); // clamped to the edge, square, full height
        const QImage fitted = fitImage(wide, QSize(50, 50), QPointF(0.95, 0.5));
        QCOMPARE(fitted.size(), QSize(50, 50));
        QCOMPARE(qRed(fitted.pixel(25, 25)), 255);
        QCOMPARE(cropRectFor(wide.size(), QSize(100, 100)), QRectF(150, 0, 100, 100));
    }
    void checkImageGivesClearReasons()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!checkImage(dir.filePath(QStringLiteral("none.jpg")), &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
        QFile empty(dir.filePath(QStringLiteral("empty.png")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(!checkImage(empty.fileName(), &error));
        QVERIFY(error.contains(QStringLiteral("empty")));
        QFile text(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just some words, not a picture\n");
        text.close();
        QVERIFY(!checkImage(text.fileName(), &error));
        QVERIFY(error.contains(QStringLiteral("not an image")));
        QFile corrupt(dir.filePath(QStringLiteral("broken.jpg")));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write(QByteArray::fromHex("ffd8ffe000104a464946") + QByteArray(64, '\x13'));
        corrupt.close();
        QVERIFY(!loadImage(corrupt.fileName(), &error));
        QVERIFY(!error.isEmpty());
        // Wider than 16k: a 1-pixel-high PNG is tiny on disk but must be refused by its header.
        QImage huge(kMaxImageSidePx + 16, 1, QImage::Format_RGB32);
        huge.fill(Qt::white);
        const QString hugePath = dir.filePath(QStringLiteral("huge.png"));
        QVERIFY(huge.save(hugePath));
        QVERIFY(!checkImage(hugePath, &error));
        QVERIFY(error.contains(QString::number(kMaxImageSidePx)));
        QImage ok(64, 48, QImage::Format_RGB32);
        ok.fill(Qt::blue);
        QVERIFY(ok.save(dir.filePath(QStringLiteral("ok.png"))));
        QCOMPARE(checkImage(dir.filePath(QStringLiteral("ok.png")), &error).value(), QSize(64, 48));
    }
};

QTEST_GUILESS_MAIN(TestMediaWriter)
#include "tst_media_writer.moc"
