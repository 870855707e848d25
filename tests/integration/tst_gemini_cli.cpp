// Google's live path through the real program: a gemini profile pointed at a strict fake of the
// Interactions API on 127.0.0.1. Text and photo to video, a URI result, an edit chained on a
// finished clip (parent and children in list/show), a killed job resumed without a second
// create, and a retired Veo model refused before any request.
#include "support/FakeGeminiServer.h"
#include "support/FakeServerFixture.h"
#include "support/Mp4Bytes.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rc::test;

class TestGeminiCli : public QObject
{
    Q_OBJECT

    static void addProfile(CliRunner &cli, FakeGeminiServer &server, const QStringList &extra = {})
    {
        cli.env.insert(QStringLiteral("RC_TEST_GEMINI_KEY"), QStringLiteral("test-gemini-key"));
        QStringList args{QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("google"),
                         QStringLiteral("--type"), QStringLiteral("gemini"), QStringLiteral("--base-url"), server.baseUrl(),
                         QStringLiteral("--key-env"), QStringLiteral("RC_TEST_GEMINI_KEY"),
                         QStringLiteral("--option"), QStringLiteral("pollMinMs=20"),
                         QStringLiteral("--option"), QStringLiteral("pollMaxMs=50")};
        const auto r = cli.run(args + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    static QStringList generateArgs(const QString &prompt = QStringLiteral("a paper boat in a gutter river"))
    {
        return {QStringLiteral("generate"), prompt, QStringLiteral("--provider"), QStringLiteral("google"),
                QStringLiteral("--seconds"), QStringLiteral("4"), QStringLiteral("--size"), QStringLiteral("1280x720"),
                QStringLiteral("--tier"), QStringLiteral("standard")};
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QJsonObject show(CliRunner &cli, int id)
    {
        const auto r = cli.run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sampleMp4().isEmpty(), "ffmpeg could not make the sample video");
    }

    void textToVideoIsPricedFromTheServicesCount()
    {
        FakeGeminiServer server;
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        const auto tested = cli.run({QStringLiteral("provider"), QStringLiteral("test"), QStringLiteral("google")});
        QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
        QVERIFY(tested.out.contains(QLatin1String("gemini-omni-1.1-flash")));
        const auto r = cli.run(generateArgs());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(job.value(QStringLiteral("model")).toString(), QStringLiteral("gemini-omni-1.1-flash"));
        QVERIFY(job.value(QStringLiteral("remoteId")).toString().startsWith(QLatin1String("v1_")));
        QVERIFY(!job.contains(QStringLiteral("parent")));
        QCOMPARE(mediaDataOf(fileBytes(job.value(QStringLiteral("video")).toString())), mediaDataOf(server.video()));
        QCOMPARE(job.value(QStringLiteral("estimateUsd")).toString(), QStringLiteral("0.400000")); // 4 s x $0.10
        // The final line is what the service counted: 4 x 5,792 video tokens at $17.50 a million.
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.405440"));
        QCOMPARE(server.createCount(), 1);
        QVERIFY2(server.refusals().isEmpty(), qPrintable(server.refusals().join('\n')));
        QVERIFY(!fileBytes(cli.profile.filePath(QStringLiteral("logs/reelcraft.log"))).contains("test-gemini-key"));
    }

    void photoToVideo()
    {
        FakeGeminiServer server;
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        QImage photo(900, 700, QImage::Format_RGB32);
        photo.fill(QColor(30, 120, 200));
        const QString photoPath = cli.profile.filePath(QStringLiteral("harbour.jpg"));
        QVERIFY(photo.save(photoPath));
        const auto r = cli.run(generateArgs(QStringLiteral("the sea in this photo starts to move"))
                               << QStringLiteral("--image") << photoPath);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonArray input = server.lastCreateBody().value(QStringLiteral("input")).toArray();
        QCOMPARE(input.size(), 2);
        QCOMPARE(QImage::fromData(QByteArray::fromBase64(input[0].toObject().value(QStringLiteral("data")).toString().toLatin1())).size(),
                 QSize(1280, 720));
        QCOMPARE(cli.jobs().first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QVERIFY2(server.refusals().isEmpty(), qPrintable(server.refusals().join('\n')));
    }

    void uriResultIsDownloaded()
    {
        FakeGeminiServer server;
        server.setResult(FakeGeminiServer::Result::Uri);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server, {QStringLiteral("--option"), QStringLiteral("delivery=uri")});
        const auto r = cli.run(generateArgs());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject job = cli.jobs().first().toObject();
        QCOMPARE(mediaDataOf(fileBytes(job.value(QStringLiteral("video")).toString())), mediaDataOf(server.video()));
        QCOMPARE(server.downloadCount(), 1);
        QVERIFY(server.fileStateCount() >= 1);
    }

    void editIsAChildOfTheFinishedClip()
    {
        FakeGeminiServer server;
        QByteArray edited = sampleMp4();
        edited.append(QByteArray::fromHex("0000000c66726565") + QByteArray("edit"));
        server.setEditVideo(edited);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        QCOMPARE(cli.run(generateArgs()).exitCode, 0);
        const QString firstRemote = cli.jobs().first().toObject().value(QStringLiteral("remoteId")).toString();
        const QString copy = cli.profile.filePath(QStringLiteral("snowy.mp4"));
        const auto remixed = cli.run({QStringLiteral("remix"), QStringLiteral("1"), QStringLiteral("now it snows"),
                                      QStringLiteral("-o"), copy});
        QVERIFY2(remixed.exitCode == 0, qPrintable(remixed.err + remixed.out));
        QCOMPARE(mediaDataOf(fileBytes(copy)), mediaDataOf(edited));
        const QJsonObject body = server.lastCreateBody();
        QCOMPARE(body.value(QStringLiteral("previous_interaction_id")).toString(), firstRemote);
        QCOMPARE(server.createCount(), 2);
        QVERIFY2(server.refusals().isEmpty(), qPrintable(server.refusals().join('\n')));

        const QJsonArray jobs = cli.jobs();
        QCOMPARE(jobs.size(), 2);
        const QJsonObject edit = jobs.first().toObject(); // newest first
        QCOMPARE(edit.value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(edit.value(QStringLiteral("parent")).toInt(), 1);
        QCOMPARE(edit.value(QStringLiteral("prompt")).toString(), QStringLiteral("now it snows"));
        QCOMPARE(edit.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QVERIFY(!jobs.last().toObject().contains(QStringLiteral("parent")));
        QCOMPARE(show(cli, 1).value(QStringLiteral("children")).toArray(), QJsonArray{2});
        QCOMPARE(show(cli, 2).value(QStringLiteral("parent")).toInt(), 1);
        const auto text = cli.run({QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY2(text.out.contains(QLatin1String("Edits:     job 2")), qPrintable(text.out));
        const auto childText = cli.run({QStringLiteral("show"), QStringLiteral("2")});
        QVERIFY2(childText.out.contains(QLatin1String("Edit of:   job 1")), qPrintable(childText.out));

        // An edit of the edit continues the chain.
        QCOMPARE(cli.run({QStringLiteral("remix"), QStringLiteral("2"), QStringLiteral("make the boat red")}).exitCode, 0);
        QCOMPARE(server.lastCreateBody().value(QStringLiteral("previous_interaction_id")).toString(),
                 show(cli, 2).value(QStringLiteral("remoteId")).toString());
        QCOMPARE(show(cli, 3).value(QStringLiteral("parent")).toInt(), 2);
    }

    void killedJobIsResumedByInteractionId()
    {
        FakeGeminiServer server;
        server.setPollsUntilDone(1000000);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        auto generate = cli.start(generateArgs());
        QTRY_VERIFY_WITH_TIMEOUT(server.pollCount() >= 2, 60000);
        generate->kill();
        QVERIFY(generate->waitForFinished(10000));
        const QJsonObject before = cli.jobs().first().toObject();
        QCOMPARE(before.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY(before.value(QStringLiteral("remoteId")).toString().startsWith(QLatin1String("v1_")));
        server.setPollsUntilDone(0);
        const auto resumed = cli.run({QStringLiteral("resume")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        const QJsonObject job = cli.jobs().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(mediaDataOf(fileBytes(job.value(QStringLiteral("video")).toString())), mediaDataOf(server.video()));
        QCOMPARE(server.createCount(), 1);
    }

    void retiredVeoIsRefusedWithNoRequest()
    {
        FakeGeminiServer server;
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server, {QStringLiteral("--model"), QStringLiteral("gemini-omni-1.1-flash"),
                                 QStringLiteral("--model"), QStringLiteral("veo-3.1-generate-preview")});
        const auto r = cli.run(generateArgs() << QStringLiteral("--model") << QStringLiteral("veo-3.1-generate-preview"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("gemini-omni-1.1-flash")), qPrintable(r.err));
        QCOMPARE(server.http().requests().size(), 0);
        QCOMPARE(server.veoCallCount(), 0);
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.000000"));
    }
};

QTEST_GUILESS_MAIN(TestGeminiCli)
#include "tst_gemini_cli.moc"
