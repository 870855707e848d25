// `reelcraft FILE` (how a file manager opens a clip or a photo with Reelcraft) must open the
// studio with that file, not be taken for an unknown command; command names still win.
#include "cli/Cli.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

// A platform plugin that does not exist: the studio (a QApplication) stops at once with Qt's
// "could not find the Qt platform plugin", while a command, which needs no platform, runs.
// That tells the two paths apart without opening a window or waiting for one.
constexpr char kNoPlatform[] = "reelcraft-test-no-such-platform";

} // namespace

class TestCliOpen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString touch(const QString &name)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write("x");
        return f.fileName();
    }

    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QLatin1String(kNoPlatform));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(REELCRAFT_BINARY),
            QStringList {QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("profile"))} + args);
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.exitStatus() != QProcess::NormalExit,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static bool wentToTheStudio(const Run &r)
    {
        return r.err.contains(QLatin1String(kNoPlatform)) || r.err.contains(QLatin1String("no Qt platform plugin"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!touch(QStringLiteral("clip.mp4")).isEmpty());
        QVERIFY(!touch(QStringLiteral("photo one.jpg")).isEmpty());
        QVERIFY(!touch(QStringLiteral("list")).isEmpty()); // a file named like a command
    }

    void anExistingFileIsNotACommand()
    {
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const auto isCommand = [](const QStringList &args) {
            return rc::cli::isCommandLine(QStringList {QStringLiteral("reelcraft")} + args);
        };
        const bool clip = isCommand({QStringLiteral("clip.mp4")});
        const bool absolute = isCommand({m_dir.filePath(QStringLiteral("photo one.jpg"))});
        const bool withProfile
            = isCommand({QStringLiteral("--profile"), QStringLiteral("p"), QStringLiteral("clip.mp4")});
        const bool url = isCommand({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("clip.mp4"))).toString()});
        const bool commandOverFile = isCommand({QStringLiteral("list")});
        const bool missing = isCommand({QStringLiteral("no-such-clip.mp4")});
        const bool nothing = isCommand({});
        const bool help = isCommand({QStringLiteral("--help")});
        QVERIFY(QDir::setCurrent(previous));

        QVERIFY(!clip);
        QVERIFY(!absolute);
        QVERIFY(!withProfile);
        QVERIFY(!url);
        QVERIFY(commandOverFile);
        QVERIFY(missing); // reported as an unknown command, with exit code 2
        QVERIFY(!nothing);
        QVERIFY(help);
    }

    void theProgramOpensTheStudioForAFile()
    {
        // A build without the studio (REELCRAFT_BUILD_UI=OFF) prints the help when given nothing.
        const Run bare = run({});
        if (bare.exitCode == 0 && bare.out.contains(QStringLiteral("Usage:")))
            QSKIP("this build has no studio");
        QVERIFY2(wentToTheStudio(bare), qPrintable(bare.err));

        Run r = run({QStringLiteral("clip.mp4")});
        QVERIFY2(wentToTheStudio(r), qPrintable(r.err));
        r = run({m_dir.filePath(QStringLiteral("photo one.jpg")), QStringLiteral("clip.mp4")});
        QVERIFY2(wentToTheStudio(r), qPrintable(r.err));
    }

    void commandsAndMistakesStayOnTheCommandLine()
    {
        Run r = run({QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0 && !wentToTheStudio(r), qPrintable(r.err));

        r = run({QStringLiteral("no-such-clip.mp4")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown command")), qPrintable(r.err));
        QVERIFY(!wentToTheStudio(r));
    }
};

QTEST_GUILESS_MAIN(TestCliOpen)
#include "tst_cli_open.moc"
