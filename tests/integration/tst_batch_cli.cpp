// `reelcraft batch` as a seller meets it: a sheet with a bad row is refused whole, a sheet on
// the built-in engine with a preset, a rerun on another day that finds the first day's folder, a
// paid batch refused by the cap before any request, a batch killed halfway and rerun without a
// second create, and what report.csv says.
#include "batch/CsvReader.h"
#include "media/Probe.h"
#include "support/FakeServerFixture.h"
#include "support/FakeVideosApiServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QScopeGuard>
#include <QTest>

using namespace rc::test;

class TestBatchCli : public QObject
{
    Q_OBJECT

    static constexpr const char *kKey = "sk-batch-test-0123456789abcdef";

    // A product shot: a coloured bottle on a plain backdrop, different for each index.
    static QString makePhoto(const QString &dir, const QString &name, int index, QSize size = {800, 1000})
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((index * 47) % 360, 30, 235));
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor::fromHsv((index * 83 + 20) % 360, 200, 180));
        p.setPen(Qt::NoPen);
        const QRectF body(size.width() * 0.35, size.height() * 0.3, size.width() * 0.3, size.height() * 0.55);
        p.drawRoundedRect(body, 30, 30);
        p.drawRect(QRectF(size.width() * 0.45, size.height() * 0.18, size.width() * 0.1, size.height() * 0.14));
        p.end();
        const QString path = QDir(dir).filePath(name);
        image.save(path);
        return path;
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    static QList<QStringList> readReport(const QString &dir)
    {
        QFile f(QDir(dir).filePath(QStringLiteral("report.csv")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QString error;
        return rc::batch::parseCsv(f.readAll(), &error);
    }

    static void addProfile(CliRunner &cli, FakeVideosApiServer &server)
    {
        cli.env.insert(QStringLiteral("RC_TEST_VIDEOS_KEY"), QLatin1String(kKey));
        const auto r = cli.run({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("srv"),
                                QStringLiteral("--type"), QStringLiteral("videos-api"),
                                QStringLiteral("--base-url"), server.baseUrl(),
                                QStringLiteral("--key-env"), QStringLiteral("RC_TEST_VIDEOS_KEY"),
                                QStringLiteral("--option"), QStringLiteral("pollMinMs=20"),
                                QStringLiteral("--option"), QStringLiteral("pollMaxMs=50"),
                                QStringLiteral("--option"), QStringLiteral("retryBaseMs=10"),
                                QStringLiteral("--option"), QStringLiteral("retryMaxMs=40")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    static QStringList paidArgs(const QString &source, const QString &out)
    {
        return {QStringLiteral("batch"), source, QStringLiteral("--provider"), QStringLiteral("srv"),
                QStringLiteral("--model"), QStringLiteral("sora-2"), QStringLiteral("--seconds"), QStringLiteral("4"),
                QStringLiteral("--out"), out};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sampleMp4().isEmpty(), "ffmpeg could not make the sample video");
    }

    void sheetWithBadRowsIsRefusedWhole()
    {
        CliRunner cli;
        QTemporaryDir dir;
        makePhoto(dir.path(), QStringLiteral("mug.jpg"), 1);
        makePhoto(dir.path(), QStringLiteral("lamp.png"), 2);
        writeFile(dir.filePath(QStringLiteral("broken.jpg")), "this is not a picture");
        writeFile(dir.filePath(QStringLiteral("sheet.csv")),
                  "sku,photo,seconds,prompt\n"
                  "MUG-1,mug.jpg,,\n"                       // row 2: fine
                  "LAMP-1,missing.jpg,,\n"                  // row 3: no such photo
                  "MUG-1,lamp.png,,\n"                      // row 4: duplicate sku
                  "LAMP-2,lamp.png,7,\"a lamp, glowing\"\n" // row 5: 7 s is not offered
                  "BROKEN,broken.jpg,,\n");                 // row 6: unreadable photo
        const QString out = dir.filePath(QStringLiteral("out"));
        const auto r = cli.run({QStringLiteral("batch"), dir.filePath(QStringLiteral("sheet.csv")), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        for (const char *row : {"Row 3 (LAMP-1)", "Row 4 (MUG-1)", "Row 5 (LAMP-2)", "Row 6 (BROKEN)"})
            QVERIFY2(r.err.contains(QLatin1String(row)), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("Row 2")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("row 2")), qPrintable(r.err)); // the duplicate names its first row
        QVERIFY(r.err.contains(QLatin1String("nothing was queued")));
        QCOMPARE(cli.jobs().size(), 0);
        QVERIFY(!QFileInfo::exists(out));

        // A sheet without the required columns, and a size the model does not offer.
        writeFile(dir.filePath(QStringLiteral("bad-header.csv")), "name,picture\nA,mug.jpg\n");
        const auto header = cli.run({QStringLiteral("batch"), dir.filePath(QStringLiteral("bad-header.csv")), QStringLiteral("--out"), out});
        QCOMPARE(header.exitCode, 2);
        QVERIFY2(header.err.contains(QLatin1String("\"sku\" and \"photo\"")), qPrintable(header.err));
        writeFile(dir.filePath(QStringLiteral("odd-size.csv")), "sku,photo,size\nA,mug.jpg,1000x1000\n");
        const auto size = cli.run({QStringLiteral("batch"), dir.filePath(QStringLiteral("odd-size.csv")), QStringLiteral("--out"), out});
        QCOMPARE(size.exitCode, 2);
        QVERIFY2(size.err.contains(QLatin1String("Row 2 (A)")) && size.err.contains(QLatin1String("1000x1000")), qPrintable(size.err));
        QCOMPARE(cli.jobs().size(), 0);
    }

    void sheetOnTheBuiltInEngineWithAPreset()
    {
        // The engine's smallest clips keep this quick (2 s, silent, 640x360), except the one row
        // that takes the batch's preset: marketplace, the smallest preset (1280x720).
        CliRunner cli;
        QTemporaryDir dir;
        const QString photos = dir.filePath(QStringLiteral("photos"));
        QDir().mkpath(photos);
        const QStringList skus{QStringLiteral("BAG-01"), QStringLiteral("BAG-02"), QStringLiteral("CUP-7"),
                               QStringLiteral("LAMP"), QStringLiteral("VASE-3")};
        QByteArray sheet = "sku,photo,size\n";
        for (int i = 0; i < skus.size(); ++i) {
            const QString file = skus[i] + (i % 2 ? QStringLiteral(".png") : QStringLiteral(".jpg"));
            makePhoto(photos, file, i, QSize(600, 900));
            sheet += (skus[i] + QStringLiteral(",photos/") + file + QLatin1Char(',')
                      + (skus[i] == QLatin1String("VASE-3") ? QString() : QStringLiteral("640x360")) + QLatin1Char('\n'))
                         .toUtf8();
        }
        const QString sheetPath = dir.filePath(QStringLiteral("spring.csv"));
        writeFile(sheetPath, sheet);
        const QString out = dir.filePath(QStringLiteral("clips"));
        const QStringList args{QStringLiteral("batch"), sheetPath, QStringLiteral("--preset"), QStringLiteral("marketplace"),
                               QStringLiteral("--seconds"), QStringLiteral("2"), QStringLiteral("--no-audio"),
                               QStringLiteral("--out"), out};
        const auto r = cli.run(args, 300000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("5 products")) && r.err.contains(QLatin1String("free")), qPrintable(r.err));
        for (const QString &sku : skus) {
            const QString clip = QDir(out).filePath(sku + QStringLiteral(".mp4"));
            QVERIFY2(r.out.contains(clip), qPrintable(r.out));
            const auto info = rc::media::probe(clip);
            QVERIFY2(info, qPrintable(clip));
            // A row's own size wins over the batch's preset; the preset gives its exact size.
            QCOMPARE(info->size, sku == QLatin1String("VASE-3") ? QSize(1280, 720) : QSize(640, 360));
            QVERIFY(qAbs(info->durationSec - 2.0) < 0.2);
        }
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.part")}, QDir::Files).size(), 0);
        // Five jobs in the history, each tagged with the sheet's name.
        const QJsonArray jobs = cli.jobs();
        QCOMPARE(jobs.size(), 5);
        for (const auto &j : jobs) {
            const QJsonObject job = j.toObject();
            QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
            const auto shown = cli.run({QStringLiteral("show"), QString::number(job.value(QStringLiteral("id")).toInteger()),
                                        QStringLiteral("--json")});
            QVERIFY2(shown.out.contains(QLatin1String("\"spring\"")), qPrintable(shown.out));
        }
        // A rerun finds every clip in place: nothing new is made.
        const auto again = cli.run(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.err.contains(QLatin1String("0 to make")), qPrintable(again.err));
        QCOMPARE(cli.jobs().size(), 5);
    }

    void rerunOnAnotherDayFindsTheEarlierFolder()
    {
        FakeVideosApiServer server;
        server.setRequiredKey(QLatin1String(kKey));
        server.setPollsUntilDone(1);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        QTemporaryDir dir;
        const QString photos = dir.filePath(QStringLiteral("photos"));
        QDir().mkpath(photos);
        for (int i = 0; i < 3; ++i)
            makePhoto(photos, QStringLiteral("P%1.jpg").arg(i), i);
        // No --out: the default folder is made in the current folder, named by the (faked) day.
        const QString previousCurrent = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const auto restore = qScopeGuard([&] { QDir::setCurrent(previousCurrent); });
        const QStringList args{QStringLiteral("batch"), photos, QStringLiteral("--provider"), QStringLiteral("srv"),
                               QStringLiteral("--model"), QStringLiteral("sora-2"), QStringLiteral("--seconds"),
                               QStringLiteral("4"), QStringLiteral("--yes")};
        const QString firstDay = dir.filePath(QStringLiteral("reelcraft-batch-2026-03-01"));
        cli.env.insert(QStringLiteral("REELCRAFT_TEST_TODAY"), QStringLiteral("2026-03-01"));
        auto first = cli.start(args);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QDir(firstDay).filePath(QStringLiteral("P0.mp4"))), 60000);
        server.setPollsUntilDone(1000000);
        QTRY_VERIFY_WITH_TIMEOUT(server.createCount() >= 2 && server.pollCount() >= 4, 60000);
        first->kill();
        QVERIFY(first->waitForFinished(10000));
        QVERIFY(server.createCount() >= 2);

        // The next day the same command resumes in the first day's folder: no second create.
        server.setPollsUntilDone(0);
        cli.env.insert(QStringLiteral("REELCRAFT_TEST_TODAY"), QStringLiteral("2026-03-02"));
        const auto rerun = cli.run(args);
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.err));
        QVERIFY2(rerun.err.contains(QLatin1String("reelcraft-batch-2026-03-01")), qPrintable(rerun.err));
        QCOMPARE(server.createCount(), 3); // one per product over both days
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("reelcraft-batch-2026-03-02"))));
        for (int i = 0; i < 3; ++i)
            QVERIFY(QFileInfo::exists(QDir(firstDay).filePath(QStringLiteral("P%1.mp4").arg(i))));
        const auto third = cli.run(args);
        QVERIFY2(third.exitCode == 0 && third.err.contains(QLatin1String("0 to make")), qPrintable(third.err));
        QCOMPARE(server.createCount(), 3);

        // With that folder gone, a run starts afresh in a folder of its own day.
        QVERIFY(QDir(firstDay).removeRecursively());
        cli.env.insert(QStringLiteral("REELCRAFT_TEST_TODAY"), QStringLiteral("2026-03-03"));
        const auto fresh = cli.run(args);
        QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.err));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("reelcraft-batch-2026-03-03/P2.mp4"))));
        QCOMPARE(server.createCount(), 6);
    }

    void paidBatchOverTheCapIsRefusedBeforeAnyRequest()
    {
        FakeVideosApiServer server;
        server.setRequiredKey(QLatin1String(kKey));
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        QTemporaryDir dir;
        for (int i = 0; i < 3; ++i)
            makePhoto(dir.path(), QStringLiteral("item-%1.jpg").arg(i), i);
        writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a photo: the folder's batch skips it");
        const auto cap = cli.run({QStringLiteral("budget"), QStringLiteral("--daily"), QStringLiteral("1.00")});
        QVERIFY2(cap.exitCode == 0, qPrintable(cap.err));
        const QString out = dir.filePath(QStringLiteral("out"));
        const qsizetype requestsBefore = server.http().requests().size(); // `provider add` asked for the models
        // Three clips of 4 s at $0.10 a second: $1.20, over the $1.00 daily cap, even with --yes.
        const auto r = cli.run(paidArgs(dir.path(), out) + QStringList{QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("$1.20")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("refused")) && r.err.contains(QLatin1String("daily budget"))
                 && r.err.contains(QLatin1String("This batch would cost")), qPrintable(r.err));
        QCOMPARE(server.http().requests().size(), requestsBefore);
        QCOMPARE(server.createCount(), 0);
        QCOMPARE(cli.jobs().size(), 0);
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("0.000000"));

        // Under the cap, a paid batch still waits for --yes.
        QVERIFY(cli.run({QStringLiteral("budget"), QStringLiteral("--daily"), QStringLiteral("5.00")}).exitCode == 0);
        const auto unconfirmed = cli.run(paidArgs(dir.path(), out));
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY2(unconfirmed.err.contains(QLatin1String("--yes")), qPrintable(unconfirmed.err));
        QCOMPARE(server.http().requests().size(), requestsBefore);
    }

    void killedHalfwayAndRerunMakesNoSecondCreate()
    {
        FakeVideosApiServer server;
        server.setRequiredKey(QLatin1String(kKey));
        server.setPollsUntilDone(1);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        QTemporaryDir dir;
        for (int i = 0; i < 4; ++i)
            makePhoto(dir.path(), QStringLiteral("P%1.jpg").arg(i), i);
        const QString out = dir.filePath(QStringLiteral("out"));
        auto first = cli.start(paidArgs(dir.path(), out) + QStringList{QStringLiteral("--yes")});
        // The first product finishes; then the server stalls, and the batch is killed mid-job.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QDir(out).filePath(QStringLiteral("P0.mp4"))), 60000);
        server.setPollsUntilDone(1000000);
        QTRY_VERIFY_WITH_TIMEOUT(server.createCount() >= 2 && server.pollCount() >= 4, 60000);
        const qint64 killedPid = first->processId();
        first->kill();
        QVERIFY(first->waitForFinished(10000));
        // What a copy cut off by the kill leaves (written long enough ago to be taken as dead).
        const QString cutOff = QDir(out).filePath(QStringLiteral("P1.mp4.%1.k3Xq9Z.part").arg(killedPid));
        {
            QFile part(cutOff);
            QVERIFY(part.open(QIODevice::WriteOnly));
            part.write("half a clip");
            QVERIFY(part.flush()); // before the time is set, or closing writes it again
            QVERIFY(part.setFileTime(QDateTime::currentDateTime().addSecs(-600), QFileDevice::FileModificationTime));
        }
        const int createsBefore = server.createCount();
        QVERIFY(createsBefore >= 2);
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("P3.mp4"))));

        server.setPollsUntilDone(0); // the stalled jobs finished while the batch was away
        const auto rerun = cli.run(paidArgs(dir.path(), out) + QStringList{QStringLiteral("--yes")});
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.err));
        QCOMPARE(server.createCount(), 4); // one create per product, over both runs
        QCOMPARE(cli.jobs().size(), 4);
        for (int i = 0; i < 4; ++i)
            QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("P%1.mp4").arg(i))));
        QCOMPARE(cli.spend().value(QStringLiteral("totalUsd")).toString(), QStringLiteral("1.600000"));
        QVERIFY(!QFileInfo::exists(cutOff));
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());
    }

    void reportSaysWhatBecameOfEachRow()
    {
        FakeVideosApiServer server;
        server.setRequiredKey(QLatin1String(kKey));
        server.setPollsUntilDone(1);
        QVERIFY(server.listen());
        CliRunner cli;
        addProfile(cli, server);
        QTemporaryDir dir;
        makePhoto(dir.path(), QStringLiteral("a.jpg"), 1);
        makePhoto(dir.path(), QStringLiteral("b.jpg"), 2);
        writeFile(dir.filePath(QStringLiteral("sheet.csv")),
                  "sku,photo,preset\nSQ-1,a.jpg,square\nWIDE-1,b.jpg,\n");
        const QString out = dir.filePath(QStringLiteral("out"));
        const auto r = cli.run(paidArgs(dir.filePath(QStringLiteral("sheet.csv")), out) + QStringList{QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("$0.80")), qPrintable(r.err)); // the total, said first

        const QList<QStringList> report = readReport(out);
        QCOMPARE(report.size(), 3);
        QCOMPARE(report[0], (QStringList{QStringLiteral("sku"), QStringLiteral("job_id"), QStringLiteral("state"),
                                         QStringLiteral("seconds"), QStringLiteral("size"), QStringLiteral("cost_usd"),
                                         QStringLiteral("path"), QStringLiteral("error")}));
        QJsonArray jobs = cli.jobs();
        QStringList jobIds;
        for (const auto &j : jobs)
            jobIds.append(QString::number(j.toObject().value(QStringLiteral("id")).toInteger()));
        // The square row asked sora-2 for its nearest size and was cropped to 1080x1080 exactly.
        QCOMPARE(report[1].value(0), QStringLiteral("SQ-1"));
        QVERIFY(jobIds.contains(report[1].value(1)));
        QCOMPARE(report[1].value(2), QStringLiteral("completed"));
        QCOMPARE(report[1].value(3), QStringLiteral("4"));
        QCOMPARE(report[1].value(4), QStringLiteral("1080x1080"));
        QCOMPARE(report[1].value(5), QStringLiteral("0.400000"));
        QCOMPARE(report[1].value(6), QDir(out).filePath(QStringLiteral("SQ-1.mp4")));
        QCOMPARE(report[1].value(7), QString());
        QCOMPARE(rc::media::probe(report[1].value(6))->size, QSize(1080, 1080));
        QCOMPARE(report[2].value(0), QStringLiteral("WIDE-1"));
        QCOMPARE(report[2].value(4), QStringLiteral("1280x720"));
        // An exact size the model offers is delivered as the job's clip, byte for byte (no re-encode).
        QString jobVideo;
        for (const auto &j : jobs)
            if (QString::number(j.toObject().value(QStringLiteral("id")).toInteger()) == report[2].value(1))
                jobVideo = j.toObject().value(QStringLiteral("video")).toString();
        QFile wide(report[2].value(6)), made(jobVideo);
        QVERIFY(wide.open(QIODevice::ReadOnly) && made.open(QIODevice::ReadOnly));
        QCOMPARE(wide.readAll(), made.readAll());

        // A failing server: the report says which row failed and why, and the exit code is 1.
        server.setFailJobsWith(QJsonObject{{QStringLiteral("code"), QStringLiteral("moderation_blocked")},
                                           {QStringLiteral("message"), QStringLiteral("The photo was refused")}});
        makePhoto(dir.path(), QStringLiteral("c.jpg"), 3);
        writeFile(dir.filePath(QStringLiteral("more.csv")), "sku,photo\nNEW-1,c.jpg\n");
        const QString out2 = dir.filePath(QStringLiteral("out2"));
        const auto failed = cli.run(paidArgs(dir.filePath(QStringLiteral("more.csv")), out2) + QStringList{QStringLiteral("--yes")});
        QCOMPARE(failed.exitCode, 1);
        const QList<QStringList> report2 = readReport(out2);
        QCOMPARE(report2.size(), 2);
        QCOMPARE(report2[1].value(0), QStringLiteral("NEW-1"));
        QCOMPARE(report2[1].value(2), QStringLiteral("failed"));
        QCOMPARE(report2[1].value(5), QStringLiteral("0.000000"));
        QCOMPARE(report2[1].value(6), QString());
        QVERIFY2(report2[1].value(7).contains(QLatin1String("refused")), qPrintable(report2[1].join(QLatin1Char('|'))));
        QVERIFY2(failed.err.contains(QLatin1String("NEW-1")), qPrintable(failed.err));
    }
};

QTEST_GUILESS_MAIN(TestBatchCli)
#include "tst_batch_cli.moc"
