// The command line as a user meets it: exit codes, one-line errors, and a real clip end to end.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_profile;

    Run run(QStringList args, int timeoutMs = 120000)
    {
        QProcess p;
        args.prepend(m_profile.path());
        args.prepend(QStringLiteral("--profile"));
        p.start(QStringLiteral(REELCRAFT_BINARY), args);
        if (!p.waitForFinished(timeoutMs))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    void expectBadArguments(const QStringList &args, const QString &mentions)
    {
        const Run r = run(args);
        QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("%1 -> %2: %3").arg(args.join(QLatin1Char(' '))).arg(r.exitCode).arg(r.err)));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one clear line
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

private Q_SLOTS:
    void helpAndVersion()
    {
        Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"generate", "list", "show", "providers", "spend", "budget"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
        r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("reelcraft ")));
        r = run({QStringLiteral("generate"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--seconds")));
    }

    void badArgumentsExitTwo()
    {
        expectBadArguments({QStringLiteral("teleport")}, QStringLiteral("unknown command"));
        expectBadArguments({QStringLiteral("generate")}, QStringLiteral("prompt"));
        expectBadArguments({QStringLiteral("generate"), QStringLiteral("a cat"), QStringLiteral("--seconds"), QStringLiteral("abc")}, QStringLiteral("--seconds"));
        expectBadArguments({QStringLiteral("generate"), QStringLiteral("a cat"), QStringLiteral("--size"), QStringLiteral("huge")}, QStringLiteral("--size"));
        expectBadArguments({QStringLiteral("generate"), QStringLiteral("a cat"), QStringLiteral("--seconds"), QStringLiteral("7")}, QStringLiteral("not 7"));
        expectBadArguments({QStringLiteral("generate"), QStringLiteral("a cat"), QStringLiteral("--provider"), QStringLiteral("nobody")}, QStringLiteral("nobody"));
        expectBadArguments({QStringLiteral("generate"), QStringLiteral("a cat"), QStringLiteral("--tier"), QStringLiteral("ultra")}, QStringLiteral("ultra"));
        expectBadArguments({QStringLiteral("generate"), QStringLiteral("a cat"), QStringLiteral("--frobnicate")}, QStringLiteral("frobnicate"));
        expectBadArguments({QStringLiteral("generate"), QStringLiteral("a cat"), QStringLiteral("--image"), QStringLiteral("/no/such.png")}, QStringLiteral("does not exist"));
        expectBadArguments({QStringLiteral("show"), QStringLiteral("abc")}, QStringLiteral("job number"));
        expectBadArguments({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("exploded")}, QStringLiteral("exploded"));
        expectBadArguments({QStringLiteral("spend"), QStringLiteral("--by"), QStringLiteral("year")}, QStringLiteral("year"));
        expectBadArguments({QStringLiteral("budget"), QStringLiteral("--daily"), QStringLiteral("lots")}, QStringLiteral("--daily"));
        // None of those left a job behind.
        const Run list = run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    }

    // The plan is of the prompt alone: the command's own name is not a word of it.
    void planReadsOnlyThePrompt()
    {
        const Run r = run({QStringLiteral("plan"), QStringLiteral("A red fox running through the snow"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(plan.value(QStringLiteral("prompt")).toString(), QStringLiteral("A red fox running through the snow"));
        for (const char *list : {"notDrawn", "unknown"})
            for (const QJsonValue &word : plan.value(QLatin1String(list)).toArray())
                QVERIFY2(word.toString() != QLatin1String("plan"), list);
    }

    void generateMakesAClipAndRemembersIt()
    {
        const QString copy = m_profile.filePath(QStringLiteral("copy.mp4"));
        const Run r = run({QStringLiteral("generate"), QStringLiteral("An orange cat playing in a sunlit garden"),
                           QStringLiteral("--seconds"), QStringLiteral("2"), QStringLiteral("--size"), QStringLiteral("640x360"),
                           QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("-o"), copy});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), copy);
        QVERIFY(QFileInfo(copy).size() > 1000);

        const Run list = run({QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray jobs = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(jobs.size(), 1);
        const QJsonObject job = jobs.first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(job.value(QStringLiteral("seed")).toString(), QStringLiteral("42"));
        QCOMPARE(job.value(QStringLiteral("size")).toString(), QStringLiteral("640x360"));
        QVERIFY(QFileInfo::exists(job.value(QStringLiteral("video")).toString()));
        QVERIFY(QFileInfo::exists(job.value(QStringLiteral("thumbnail")).toString()));

        const Run show = run({QStringLiteral("show"), QString::number(job.value(QStringLiteral("id")).toInt()), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject detail = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("history")).toArray().size(), 4); // queued, submitting, running, completed
        QCOMPARE(detail.value(QStringLiteral("ledger")).toArray().last().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("final"));

        const Run missing = run({QStringLiteral("show"), QStringLiteral("999")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no job 999")));
    }

    void aFileThatIsNotAPhotoFailsTheJobClearly()
    {
        const QString notes = m_profile.filePath(QStringLiteral("notes.png"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are lesson notes, not a picture\n");
        f.close();
        const Run r = run({QStringLiteral("generate"), QStringLiteral("animate this"), QStringLiteral("--image"), notes,
                           QStringLiteral("--seconds"), QStringLiteral("2"), QStringLiteral("--size"), QStringLiteral("640x360")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("notes.png")) || r.err.contains(QStringLiteral("image"), Qt::CaseInsensitive), qPrintable(r.err));
        const Run list = run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("failed"), QStringLiteral("--json")});
        const QJsonArray failed = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("invalid-input"));
        QVERIFY(!QFileInfo::exists(m_profile.filePath(QStringLiteral("media/%1.mp4.part")
                                                          .arg(failed.first().toObject().value(QStringLiteral("id")).toInt()))));
    }

    void budgetsAndSpendReports()
    {
        Run r = run({QStringLiteral("budget"), QStringLiteral("--daily"), QStringLiteral("2.50"), QStringLiteral("--monthly"), QStringLiteral("20")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("budget"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray caps = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(caps.size(), 2);
        QStringList amounts;
        for (const auto &c : caps)
            amounts << c.toObject().value(QStringLiteral("capUsd")).toString();
        QVERIFY(amounts.contains(QStringLiteral("2.500000")));
        QVERIFY(amounts.contains(QStringLiteral("20.000000")));
        r = run({QStringLiteral("spend"), QStringLiteral("--by"), QStringLiteral("provider"), QStringLiteral("--csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("provider,usd,jobs")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
