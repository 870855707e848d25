// Importing MP4s: Reelcraft's own clips bring their prompt and seed back, other videos come in
// as plain clips, and a file that is not a video is refused with nothing stored.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    int run(const QString &profile, const QStringList &args, QString *out = nullptr, QString *err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(REELCRAFT_BINARY), QStringList{QStringLiteral("--profile"), profile} + args);
        p.waitForFinished(120000);
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

    QJsonArray list(const QString &profile)
    {
        QString out;
        run(profile, {QStringLiteral("list"), QStringLiteral("--json")}, &out);
        return QJsonDocument::fromJson(out.toUtf8()).array();
    }

    // A one-second test pattern ("WxH:r=FPS") made by ffmpeg: a video Reelcraft did not make.
    static bool makeTestVideo(const QString &path, const QString &sizeAndRate)
    {
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                                                QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                                QStringLiteral("testsrc2=s=%1:d=1").arg(sizeAndRate), QStringLiteral("-pix_fmt"),
                                                QStringLiteral("yuv420p"), path});
        return ffmpeg.waitForFinished(60000) && ffmpeg.exitStatus() == QProcess::NormalExit && ffmpeg.exitCode() == 0;
    }

private Q_SLOTS:
    void ownClipBringsItsSettingsBack()
    {
        const QString maker = m_dir.filePath(QStringLiteral("maker"));
        const QString clip = m_dir.filePath(QStringLiteral("lighthouse.mp4"));
        QString err;
        QCOMPARE(run(maker, {QStringLiteral("generate"), QStringLiteral("A lighthouse on a cliff at dusk"), QStringLiteral("--seconds"),
                             QStringLiteral("2"), QStringLiteral("--size"), QStringLiteral("640x360"), QStringLiteral("--seed"),
                             QStringLiteral("77"), QStringLiteral("-o"), clip}, nullptr, &err), 0);
        const QString library = m_dir.filePath(QStringLiteral("library"));
        QString out;
        QCOMPARE(run(library, {QStringLiteral("import"), clip}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("Reelcraft clip")), qPrintable(out));
        const QJsonArray jobs = list(library);
        QCOMPARE(jobs.size(), 1);
        const QJsonObject job = jobs.first().toObject();
        QCOMPARE(job.value(QStringLiteral("prompt")).toString(), QStringLiteral("A lighthouse on a cliff at dusk"));
        QCOMPARE(job.value(QStringLiteral("seed")).toString(), QStringLiteral("77"));
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(job.value(QStringLiteral("size")).toString(), QStringLiteral("640x360"));
        QVERIFY(QFileInfo::exists(job.value(QStringLiteral("video")).toString()));
        QVERIFY(job.value(QStringLiteral("video")).toString().startsWith(library)); // copied in, original untouched
        QVERIFY(QFileInfo::exists(clip));

        // The maker's gallery has this clip, generated and so never hashed: it is hashed when a
        // file of its size comes in, and found.
        QCOMPARE(run(maker, {QStringLiteral("import"), clip}, &out, &err), 0);
        QVERIFY2(err.contains(QStringLiteral("already in the gallery as clip 1")), qPrintable(err));
        QCOMPARE(list(maker).size(), 1);
    }

    void foreignVideoIsAPlainClip()
    {
        const QString foreign = m_dir.filePath(QStringLiteral("holiday.mp4"));
        QVERIFY(makeTestVideo(foreign, QStringLiteral("320x240:r=24")));
        const QString library = m_dir.filePath(QStringLiteral("foreign"));
        QCOMPARE(run(library, {QStringLiteral("import"), foreign}), 0);
        const QJsonObject job = list(library).first().toObject();
        QCOMPARE(job.value(QStringLiteral("prompt")).toString(), QStringLiteral("holiday"));
        QCOMPARE(job.value(QStringLiteral("provider")).toString(), QStringLiteral("imported"));
        QCOMPARE(job.value(QStringLiteral("size")).toString(), QStringLiteral("320x240"));
        QCOMPARE(job.value(QStringLiteral("audio")).toBool(), false);
    }

    // The same content twice (the same file, or a copy) is skipped with a message naming the clip
    // already there; the command still succeeds. --allow-duplicate imports it all the same.
    void duplicatesAreSkipped()
    {
        const QString first = m_dir.filePath(QStringLiteral("sunrise.mp4"));
        QVERIFY(makeTestVideo(first, QStringLiteral("160x120:r=12")));
        const QString copy = m_dir.filePath(QStringLiteral("sunrise-copy.mp4"));
        QVERIFY(QFile::copy(first, copy));
        const QString library = m_dir.filePath(QStringLiteral("dupes"));
        QCOMPARE(run(library, {QStringLiteral("import"), first}), 0);
        QString out, err;
        QCOMPARE(run(library, {QStringLiteral("import"), first, copy}, &out, &err), 0);
        QCOMPARE(err.count(QStringLiteral("already in the gallery as clip 1")), 2);
        QVERIFY2(err.contains(QStringLiteral("sunrise-copy.mp4")) && err.contains(QStringLiteral("--allow-duplicate")), qPrintable(err));
        QVERIFY2(!out.contains(QStringLiteral("imported")), qPrintable(out));
        QCOMPARE(list(library).size(), 1);

        QCOMPARE(run(library, {QStringLiteral("import"), QStringLiteral("--allow-duplicate"), copy}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("as job 2")), qPrintable(out));
        QCOMPARE(list(library).size(), 2);
    }

    void garbageIsRefusedAndNothingStored()
    {
        const QString junk = m_dir.filePath(QStringLiteral("broken.mp4"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x42'));
        f.close();
        const QString library = m_dir.filePath(QStringLiteral("junk"));
        QString err;
        QCOMPARE(run(library, {QStringLiteral("import"), junk, m_dir.filePath(QStringLiteral("missing.mp4"))}, nullptr, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("not a playable video")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("no such file")), qPrintable(err));
        QCOMPARE(list(library).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
