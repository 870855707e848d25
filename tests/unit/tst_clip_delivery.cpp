// deliverClip: a finished clip put into the batch's output folder, whole or not at all, also when
// two deliveries write into the same folder, or under the same name, at the same time.
#include "batch/ClipDelivery.h"
#include "media/MediaReader.h"
#include "media/Mp4Writer.h"
#include "media/Probe.h"

#include <QDir>
#include <QProcess>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <signal.h>

using namespace rc;

namespace {

// A one-colour clip, long enough that cropping it takes a while (so two deliveries overlap).
QString writeClip(const QString &path, QColor colour, QSize size, int frames)
{
    media::Mp4Writer writer;
    media::VideoSettings video;
    video.width = size.width();
    video.height = size.height();
    video.fps = 24;
    media::AudioSettings audio;
    audio.enabled = false;
    QString error;
    if (!writer.open(path, video, audio, {}, &error))
        return error;
    QImage picture(size, QImage::Format_RGB32);
    picture.fill(colour);
    for (int i = 0; i < frames; ++i) {
        if (!writer.writeVideo(picture, &error))
            return error;
    }
    return writer.finish(&error) ? QString() : error;
}

QColor firstFrameColour(const QString &path)
{
    media::VideoReader reader;
    QImage frame;
    if (!reader.open(path) || !reader.next(&frame))
        return {};
    return frame.pixelColor(frame.width() / 2, frame.height() / 2);
}

bool near(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) < 24 && std::abs(a.green() - b.green()) < 24 && std::abs(a.blue() - b.blue()) < 24;
}

// A pid no process has: a child that has exited and been reaped.
qint64 deadPid()
{
    QProcess child;
    child.start(QStringLiteral("true"), {});
    if (!child.waitForStarted())
        return 0;
    const qint64 pid = child.processId();
    child.waitForFinished();
    return pid;
}

bool writeFile(const QString &path, const QByteArray &bytes, const QDateTime &modified = {})
{
    QFile f(path);
    // Flushed first: bytes still in the buffer would be written at close and set the time again.
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush())
        return false;
    return !modified.isValid() || f.setFileTime(modified, QFileDevice::FileModificationTime);
}

struct Delivery
{
    QString source;
    QString target;
};

// Runs every delivery on its own thread, all let go at the same moment; returns their errors.
QStringList deliverAtOnce(const QList<Delivery> &deliveries, const VideoSize &size)
{
    QSemaphore ready, go;
    QList<QFuture<QString>> running;
    for (const Delivery &d : deliveries) {
        running.append(QtConcurrent::run([&ready, &go, d, size] {
            ready.release();
            go.acquire();
            QString error;
            return batch::deliverClip(d.source, d.target, size, &error) ? QString() : error;
        }));
    }
    ready.acquire(int(deliveries.size()));
    go.release(int(deliveries.size()));
    QStringList errors;
    for (QFuture<QString> &f : running) {
        f.waitForFinished();
        errors.append(f.result());
    }
    return errors;
}

} // namespace

class TestClipDelivery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QThreadPool::globalInstance()->setMaxThreadCount(std::max(4, QThreadPool::globalInstance()->maxThreadCount()));
        QVERIFY(m_dir.isValid());
        QCOMPARE(writeClip(m_dir.filePath(QStringLiteral("red.mp4")), Qt::red, {320, 240}, 48), QString());
        QCOMPARE(writeClip(m_dir.filePath(QStringLiteral("blue.mp4")), Qt::blue, {320, 240}, 48), QString());
    }

    // Two products whose rows name the same sku file (a rerun racing the first run, or two rows
    // delivering at once): both deliveries finish, and the file is one of the two clips whole.
    void twoClipsToOneNameAtOnceLeaveOneWholeClip_data()
    {
        QTest::addColumn<QString>("sizeText"); // empty: delivered as made
        QTest::newRow("cropped") << QStringLiteral("160x160");
        QTest::newRow("copied") << QString();
    }
    void twoClipsToOneNameAtOnceLeaveOneWholeClip()
    {
        QFETCH(QString, sizeText);
        const VideoSize size = VideoSize::parse(sizeText).value_or(VideoSize{});
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("SKU-1.mp4"));
        for (int round = 0; round < 3; ++round) {
            const QStringList errors = deliverAtOnce({{m_dir.filePath(QStringLiteral("red.mp4")), target},
                                                      {m_dir.filePath(QStringLiteral("blue.mp4")), target}},
                                                     size);
            QCOMPARE(errors, QStringList({QString(), QString()}));
            QString error;
            const auto info = media::probe(target, &error);
            QVERIFY2(info, qPrintable(error));
            QCOMPARE(info->size, size.isValid() ? QSize(160, 160) : QSize(320, 240));
            QCOMPARE(info->videoFrames, qint64(48));
            const QColor colour = firstFrameColour(target);
            QVERIFY2(near(colour, Qt::red) || near(colour, Qt::blue), qPrintable(colour.name()));
            QCOMPARE(QDir(out.path()).entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());
        }
    }

    void twoClipsToOneFolderAtOnceEachKeepTheirOwn()
    {
        QTemporaryDir out;
        const QStringList errors = deliverAtOnce({{m_dir.filePath(QStringLiteral("red.mp4")), out.filePath(QStringLiteral("A.mp4"))},
                                                  {m_dir.filePath(QStringLiteral("blue.mp4")), out.filePath(QStringLiteral("B.mp4"))}},
                                                 VideoSize{160, 160});
        QCOMPARE(errors, QStringList({QString(), QString()}));
        QVERIFY(near(firstFrameColour(out.filePath(QStringLiteral("A.mp4"))), Qt::red));
        QVERIFY(near(firstFrameColour(out.filePath(QStringLiteral("B.mp4"))), Qt::blue));
        QCOMPARE(QDir(out.path()).entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());
    }

    // A clip that cannot be read: an error naming it, and the clip already in the folder kept.
    void unreadableClipKeepsTheDeliveredOne()
    {
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("SKU-2.mp4"));
        QString error;
        QVERIFY2(batch::deliverClip(m_dir.filePath(QStringLiteral("red.mp4")), target, VideoSize{}, &error), qPrintable(error));
        const QString broken = m_dir.filePath(QStringLiteral("broken.mp4"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a clip");
        f.close();
        QVERIFY(!batch::deliverClip(broken, target, VideoSize{160, 160}, &error));
        QVERIFY2(error.contains(broken), qPrintable(error));
        QVERIFY(near(firstFrameColour(target), Qt::red));
        QCOMPARE(QDir(out.path()).entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());
    }

    // A copy killed mid-write leaves SKU.mp4.<pid>.<random>.part behind; the next batch into the
    // folder removes it, and nothing else: not a live process's copy, not a copy written a moment
    // ago (its writer may be on another machine sharing the folder), not any other file.
    void abandonedCopiesOfDeadProcessesAreRemoved()
    {
        QTemporaryDir out;
        const qint64 dead = deadPid();
        QVERIFY(dead > 0);
        QVERIFY2(::kill(pid_t(dead), 0) != 0, "the exited child's pid was taken again");
        const qint64 alive = QCoreApplication::applicationPid();
        const QDateTime old = QDateTime::currentDateTime().addSecs(-3600);
        auto name = [](const char *sku, qint64 pid, const char *random) {
            return QStringLiteral("%1.mp4.%2.%3.part").arg(QLatin1String(sku)).arg(pid).arg(QLatin1String(random));
        };
        const QString abandoned = name("MUG-1", dead, "a1B2c3");
        const QStringList kept = {
            name("MUG-2", alive, "Zz9yX8"), // this process's copy, under way
            name("MUG-3", dead, "q7W8e9"), // just written: kept whatever its pid
            QStringLiteral("MUG-4.mp4"), // a delivered clip
            QStringLiteral("MUG-5.mp4.part"), // not our pattern
            QStringLiteral("MUG-6.mp4.a1B2c3.part"), // an older name without a pid
            name("MUG-7", dead, "a1B2c3") + QStringLiteral(".bak"),
            QStringLiteral("notes-%1.part").arg(dead),
            QStringLiteral("report.csv"),
        };
        QVERIFY(writeFile(out.filePath(abandoned), "half a clip", old));
        for (const QString &file : kept)
            QVERIFY(writeFile(out.filePath(file), "keep", file.startsWith(QLatin1String("MUG-3")) ? QDateTime() : old));
        // A folder named like a copy is not a copy.
        QVERIFY(QDir(out.path()).mkdir(name("MUG-8", dead, "r4T5y6")));

        QCOMPARE(batch::removeAbandonedParts(out.path()), 1);
        QVERIFY(!QFileInfo::exists(out.filePath(abandoned)));
        for (const QString &file : kept)
            QVERIFY2(QFileInfo::exists(out.filePath(file)), qPrintable(file));
        QVERIFY(QFileInfo(out.filePath(name("MUG-8", dead, "r4T5y6"))).isDir());
        QCOMPARE(batch::removeAbandonedParts(out.path()), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestClipDelivery)
#include "tst_clip_delivery.moc"
