// Opening files with Reelcraft (command line, second launch, file manager): an MP4 is imported
// into the gallery, an image goes to the photo slot, anything else gets a clear message.
#include "desktop/OpenRequest.h"
#include "imports/ClipImporter.h"
#include "media/Mp4Writer.h"
#include "support/ServiceFixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using rc::desktop::OpenRequest;
using Kind = OpenRequest::Kind;

class TestOpenRequest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writeImage(const QString &name, const char *format)
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(200, 120, 40));
        const QString file = path(name);
        if (!image.save(file, format))
            return QString();
        return file;
    }

    QString writeClip(const QString &name)
    {
        rc::media::VideoSettings video;
        video.width = 64;
        video.height = 48;
        video.fps = 12;
        video.preset = QStringLiteral("ultrafast");
        video.threads = 1;
        rc::media::AudioSettings audio;
        audio.enabled = false;
        rc::media::Mp4Writer writer;
        QString error;
        const QString file = path(name);
        if (!writer.open(file, video, audio, {}, &error)) {
            qWarning() << error;
            return QString();
        }
        QImage frame(64, 48, QImage::Format_RGB32);
        for (int i = 0; i < 12; ++i) {
            frame.fill(QColor(i * 20, 80, 160));
            if (!writer.writeVideo(frame, &error)) {
                qWarning() << error;
                return QString();
            }
        }
        return writer.finish(&error) ? file : QString();
    }

    QString writeBytes(const QString &name, const QByteArray &bytes)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(bytes);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void mp4IsAClip()
    {
        const QString clip = writeClip(QStringLiteral("clip.mp4"));
        QVERIFY(!clip.isEmpty());
        const OpenRequest r = OpenRequest::classify(clip, QDir::rootPath());
        QCOMPARE(r.kind, Kind::Clip);
        QCOMPARE(r.mimeType, QStringLiteral("video/mp4"));
        QCOMPARE(r.path, clip);
        QVERIFY(r.message.isEmpty());
    }

    void imagesArePhotos_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QString>("mime");
        QTest::newRow("png") << "photo.png" << QByteArray("png") << "image/png";
        QTest::newRow("jpeg") << "photo.jpg" << QByteArray("jpeg") << "image/jpeg";
        QTest::newRow("webp") << "photo.webp" << QByteArray("webp") << "image/webp";
    }

    void imagesArePhotos()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, format);
        QFETCH(QString, mime);
        if (!QImageWriter::supportedImageFormats().contains(format))
            QSKIP("this Qt cannot write the format (qt6-image-formats-plugins brings WebP)");
        const QString file = writeImage(name, format.constData());
        QVERIFY(!file.isEmpty());
        const OpenRequest r = OpenRequest::classify(file, QDir::rootPath());
        QCOMPARE(r.kind, Kind::Photo);
        QCOMPARE(r.mimeType, mime);
    }

    void contentDecidesOverTheName()
    {
        // A photo saved with a video's name is still a photo ...
        const QString png = writeImage(QStringLiteral("really-a-photo.mp4"), "png");
        QCOMPARE(OpenRequest::classify(png, QDir::rootPath()).kind, Kind::Photo);
        // ... and a clip with no extension is still a clip.
        const QString clip = writeClip(QStringLiteral("clip-without-extension"));
        QVERIFY(!clip.isEmpty());
        QCOMPARE(OpenRequest::classify(clip, QDir::rootPath()).kind, Kind::Clip);
    }

    void relativePathsAndFileUrls()
    {
        const QString png = writeImage(QStringLiteral("rel ative.png"), "png");
        const OpenRequest relative = OpenRequest::classify(QStringLiteral("rel ative.png"), m_dir.path());
        QCOMPARE(relative.kind, Kind::Photo);
        QCOMPARE(relative.path, png);
        const OpenRequest url
            = OpenRequest::classify(QUrl::fromLocalFile(png).toString(QUrl::FullyEncoded), QDir::rootPath());
        QCOMPARE(url.kind, Kind::Photo);
        QCOMPARE(url.path, png);
    }

    void otherFilesGetAClearMessage()
    {
        const QString text = writeBytes(QStringLiteral("notes.txt"), "shot list: cat, garden, sun\n");
        OpenRequest r = OpenRequest::classify(text, QDir::rootPath());
        QCOMPARE(r.kind, Kind::Unsupported);
        QVERIFY2(r.message.contains(QStringLiteral("notes.txt")) && r.message.contains(QStringLiteral("MP4")),
            qPrintable(r.message));

        r = OpenRequest::classify(path(QStringLiteral("nowhere.mp4")), QDir::rootPath());
        QCOMPARE(r.kind, Kind::Missing);
        QVERIFY2(
            r.message.contains(QStringLiteral("nowhere.mp4")) && r.message.contains(QStringLiteral("no such file")),
            qPrintable(r.message));

        r = OpenRequest::classify(m_dir.path(), QDir::rootPath());
        QCOMPARE(r.kind, Kind::Unsupported);
        QVERIFY2(r.message.contains(QStringLiteral("folder")), qPrintable(r.message));

        r = OpenRequest::classify(QStringLiteral("https://example.org/clip.mp4"), QDir::rootPath());
        QCOMPARE(r.kind, Kind::Unsupported);
        QVERIFY2(r.message.contains(QStringLiteral("this computer")), qPrintable(r.message));

        // Named like a photo, but not one: the reader's reason is passed on.
        const QString broken
            = writeBytes(QStringLiteral("broken.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(40, 'x'));
        r = OpenRequest::classify(broken, QDir::rootPath());
        QCOMPARE(r.kind, Kind::Unsupported);
        QVERIFY2(r.message.contains(QStringLiteral("cannot be read")), qPrintable(r.message));
    }

    void filesFromTheStudioCommandLine()
    {
        const QStringList args {QStringLiteral("/usr/bin/reelcraft"), QStringLiteral("--profile"), QStringLiteral("/p"),
            QStringLiteral("a.mp4"), QStringLiteral("--verbose"), QStringLiteral("/abs/b.png"),
            QStringLiteral("file:///x/c%20d.jpg"), QStringLiteral("--"), QStringLiteral("-dash.mp4")};
        const QStringList files = rc::desktop::filesFromArguments(args, QStringLiteral("/work/dir"));
        QCOMPARE(files,
            (QStringList {QStringLiteral("/work/dir/a.mp4"), QStringLiteral("/abs/b.png"), QStringLiteral("/x/c d.jpg"),
                QStringLiteral("/work/dir/-dash.mp4")}));
        QVERIFY(rc::desktop::filesFromArguments({QStringLiteral("reelcraft")}, QStringLiteral("/w")).isEmpty());
    }

    void openingImportsClipsAndFillsThePhotoSlot()
    {
        rc::test::ServiceFixture fx;
        rc::ClipImporter importer(*fx.jobs, fx.paths);
        const QString clip = writeClip(QStringLiteral("holiday.mp4"));
        const QString first = writeImage(QStringLiteral("first.png"), "png");
        const QString second = writeImage(QStringLiteral("second.jpg"), "jpeg");
        const QString text = writeBytes(QStringLiteral("readme.txt"), "hello\n");
        const QString fake = writeBytes(QStringLiteral("fake.mp4"),
            QByteArray("\0\0\0\x18"
                       "ftypmp42\0\0\0\0mp42isom",
                24)
                + QByteArray(64, '\0'));
        QVERIFY(!clip.isEmpty() && !first.isEmpty() && !second.isEmpty());

        const rc::desktop::OpenOutcome outcome = rc::desktop::openFiles(
            {clip, first, second, text, fake, QStringLiteral("missing.mp4")}, importer, m_dir.path());

        QCOMPARE(outcome.importedClips.size(), 1);
        const std::optional<rc::Job> job = fx.jobs->load(outcome.importedClips.first());
        QVERIFY(job.has_value());
        QCOMPARE(job->state(), rc::JobState::Completed);
        QVERIFY(QFile::exists(job->output().videoPath));
        QVERIFY(job->output().videoPath.startsWith(fx.paths.mediaDir()));

        QCOMPARE(outcome.photo, first); // one photo slot: the first image wins
        QCOMPARE(outcome.messages.size(), 4);
        QVERIFY2(outcome.messages.at(0).contains(QStringLiteral("second.jpg")), qPrintable(outcome.messages.at(0)));
        QVERIFY2(outcome.messages.at(1).contains(QStringLiteral("readme.txt")), qPrintable(outcome.messages.at(1)));
        QVERIFY2(outcome.messages.at(2).contains(QStringLiteral("fake.mp4"))
                && outcome.messages.at(2).contains(QStringLiteral("could not be imported")),
            qPrintable(outcome.messages.at(2)));
        QVERIFY2(outcome.messages.at(3).contains(QStringLiteral("missing.mp4")), qPrintable(outcome.messages.at(3)));
    }
};

QTEST_GUILESS_MAIN(TestOpenRequest)
#include "tst_open_request.moc"
