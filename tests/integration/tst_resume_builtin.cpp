// Killing Reelcraft in the middle of a built-in render: the orphaned worker stops and leaves no
// partial file, and `reelcraft resume` makes the clip from the start, billing nothing.
#include "engine/EngineJobJson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestResumeBuiltin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_profile;

    QJsonArray jobs()
    {
        QProcess p;
        p.start(QStringLiteral(REELCRAFT_BINARY), {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("list"), QStringLiteral("--json")});
        p.waitForFinished(60000);
        return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    }

    QStringList partFiles() const
    {
        return QDir(m_profile.filePath(QStringLiteral("media"))).entryList({QStringLiteral("*.part")}, QDir::Files);
    }

private Q_SLOTS:
    void killedGenerateIsFinishedByResume()
    {
        QProcess generate;
        generate.start(QStringLiteral(REELCRAFT_BINARY),
                       {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("generate"),
                        QStringLiteral("A storm over the ocean with lightning"), QStringLiteral("--seconds"), QStringLiteral("30"),
                        QStringLiteral("--size"), QStringLiteral("640x360")});
        QVERIFY(generate.waitForStarted());
        // Wait until the render has really begun (its partial file exists), then kill the parent hard.
        QTRY_VERIFY_WITH_TIMEOUT(!partFiles().isEmpty(), 60000);
        generate.kill();
        QVERIFY(generate.waitForFinished());
        // The worker notices its parent is gone and cleans up after itself.
        QTRY_VERIFY_WITH_TIMEOUT(partFiles().isEmpty(), 10000);
        QJsonArray list = jobs();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("running"));

        QProcess resume;
        resume.start(QStringLiteral(REELCRAFT_BINARY), {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("resume")});
        QVERIFY(resume.waitForFinished(300000));
        QVERIFY2(resume.exitCode() == 0, resume.readAllStandardError().constData());
        list = jobs();
        QCOMPARE(list.size(), 1);
        const QJsonObject job = list.first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QVERIFY(QFileInfo(job.value(QStringLiteral("video")).toString()).size() > 0);
        QCOMPARE(job.value(QStringLiteral("costUsd")).toString(), QStringLiteral("0.000000"));
        QVERIFY(partFiles().isEmpty());
    }

    // The parent's death may show first as a closed stdout rather than a closed stdin: the worker's
    // next progress line must stop it cleanly (no SIGPIPE death leaving the partial file behind).
    void workerWithNoReaderStopsAndCleansUp()
    {
        QTemporaryDir out;
        rc::engine::EngineJob job;
        job.prompt = QStringLiteral("A red fox running through a snowy forest");
        job.durationSec = 30;
        job.width = 640;
        job.height = 360;
        job.outputPath = out.filePath(QStringLiteral("clip.mp4"));
        const QByteArray line = QJsonDocument(rc::engine::toJson(job)).toJson(QJsonDocument::Compact) + '\n';
        // `true` exits at once, so the worker's stdout is a pipe nobody reads; its stdin stays open
        // (ours), so only the failed write can tell it that its reader is gone.
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"), QStringLiteral("\"$0\" worker | true"), QStringLiteral(REELCRAFT_BINARY)});
        QVERIFY(shell.waitForStarted());
        shell.write(line);
        QVERIFY(shell.waitForBytesWritten());
        QVERIFY2(shell.waitForFinished(120000), "the worker kept rendering for nobody");
        QVERIFY2(!QFileInfo::exists(job.outputPath + QStringLiteral(".part")), "the partial file was left behind");
        QVERIFY(!QFileInfo::exists(job.outputPath));
        shell.closeWriteChannel();
    }
};

QTEST_GUILESS_MAIN(TestResumeBuiltin)
#include "tst_resume_builtin.moc"
