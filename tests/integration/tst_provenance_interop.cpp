// Content credentials checked by tools that are not ours: clips made by the real program (the
// built-in engine, a remote fake with and without the provider's own manifest, clips joined from
// them, a storyboard lesson) are read back by an independent C2PA implementation (@trustnxt/c2pa-ts, pure TypeScript,
// installed from npm into the build folder) and their XMP by exiftool; a clip that library signs
// is read by `reelcraft verify`.
#include "provenance/ClipSigner.h"
#include "provenance/Verifier.h"
#include "support/FakeServerFixture.h"
#include "support/FakeTimeStampAuthority.h"
#include "support/FakeVideosApiServer.h"
#include "media/MediaReader.h"
#include "support/Mp4Bytes.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;
using namespace rc::test;

namespace {

const QString kTrained = QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia");
const QString kAlgorithmic = QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString toolScript()
{
    return QStringLiteral(REELCRAFT_SOURCE_DIR "/tests/support/c2pa-ts/c2pa-tool.mjs");
}

// Where the npm package lives: beside the test binaries, installed once per build folder.
QString libraryDir()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/c2pa-ts");
}

// ffmpeg's checksums of every decoded video frame: equal lists mean the pictures survived.
QStringList frameChecksums(const QString &file)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), file, QStringLiteral("-map"),
                                            QStringLiteral("0:v"), QStringLiteral("-f"), QStringLiteral("framemd5"), QStringLiteral("-")});
    if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitCode() != 0)
        return {};
    QStringList sums;
    for (const QString &line : QString::fromUtf8(ffmpeg.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1Char('#')) && !line.trimmed().isEmpty())
            sums << line.section(QLatin1Char(','), -1).trimmed();
    return sums;
}

// The mean absolute difference (0-255) between two pictures' pixels in `region`, given as
// fractions of the frame.
double meanDifference(const QImage &a, const QImage &b, const QRectF &region)
{
    const QRect r(int(region.x() * a.width()), int(region.y() * a.height()), int(region.width() * a.width()),
                  int(region.height() * a.height()));
    double sum = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            sum += qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q)) + qAbs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * r.width() * r.height());
}

// A 2 s 640x360 test picture from ffmpeg, with the muxer flags given ("+faststart",
// "frag_keyframe+empty_moov").
bool makeSample(const QString &path, const QString &movflags)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                  QStringLiteral("-i"), QStringLiteral("testsrc2=size=640x360:rate=24:duration=3"), QStringLiteral("-pix_fmt"),
                  QStringLiteral("yuv420p"), QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                  QStringLiteral("ultrafast"), QStringLiteral("-g"), QStringLiteral("24"), QStringLiteral("-sc_threshold"),
                  QStringLiteral("0"), QStringLiteral("-movflags"), movflags, path}); // a keyframe (and fragment) each second
    return ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0;
}

// The clip's picture one second in.
QImage frameAtOneSecond(const QString &clip)
{
    media::VideoReader reader;
    QImage frame;
    if (!reader.open(clip) || !reader.seek(1.0) || !reader.next(&frame))
        return {};
    return frame;
}

const QRectF kTopRightCorner(0.70, 0.0, 0.30, 0.15); // where the label sits
const QRectF kBottomLeft(0.0, 0.6, 0.5, 0.4);        // far from it

QStringList actionNames(const QJsonObject &read)
{
    QStringList names;
    for (const QJsonValue &a : read.value(QStringLiteral("actions")).toArray())
        names << a.toObject().value(QStringLiteral("action")).toString();
    return names;
}

} // namespace

class TestProvenanceInterop : public QObject
{
    Q_OBJECT

    QString m_node;
    QTemporaryDir m_dir;

    // What c2pa-ts reads and validates in `file`.
    QJsonObject readWithLibrary(const QString &file)
    {
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("C2PA_TS_DIR"), libraryDir());
        node.setProcessEnvironment(env);
        node.start(m_node, {toolScript(), QStringLiteral("read"), file});
        if (!node.waitForFinished(120000))
            return {{QStringLiteral("error"), QStringLiteral("node did not finish")}};
        const QByteArray out = node.readAllStandardOutput();
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        if (o.isEmpty())
            return {{QStringLiteral("error"), QString::fromUtf8(out + node.readAllStandardError())}};
        return o;
    }

    // The one clip a CLI profile holds.
    static QString onlyClip(CliRunner &cli)
    {
        const QJsonArray jobs = cli.jobs();
        return jobs.size() == 1 ? jobs.first().toObject().value(QStringLiteral("video")).toString() : QString();
    }

    static void addRemoteProfile(CliRunner &cli, FakeVideosApiServer &server, const QStringList &more = {})
    {
        cli.env.insert(QStringLiteral("RC_TEST_VIDEOS_KEY"), QStringLiteral("sk-provenance-0123456789"));
        const QStringList args{QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("srv"), QStringLiteral("--type"),
                               QStringLiteral("videos-api"), QStringLiteral("--base-url"), server.baseUrl(), QStringLiteral("--key-env"),
                               QStringLiteral("RC_TEST_VIDEOS_KEY"), QStringLiteral("--option"), QStringLiteral("pollMinMs=20"),
                               QStringLiteral("--option"), QStringLiteral("pollMaxMs=50")};
        const auto r = cli.run(args + more);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    static QStringList remoteGenerate(const QString &prompt)
    {
        return {QStringLiteral("generate"), prompt, QStringLiteral("--provider"), QStringLiteral("srv"), QStringLiteral("--model"),
                QStringLiteral("sora-2"), QStringLiteral("--seconds"), QStringLiteral("4"), QStringLiteral("--size"),
                QStringLiteral("1280x720"), QStringLiteral("--tier"), QStringLiteral("standard")};
    }

    void expectValid(const QJsonObject &read, const QString &sourceType)
    {
        QVERIFY2(read.value(QStringLiteral("found")).toBool(), qPrintable(QJsonDocument(read).toJson()));
        QVERIFY2(read.value(QStringLiteral("valid")).toBool(), qPrintable(QJsonDocument(read).toJson()));
        const QJsonArray codes = read.value(QStringLiteral("codes")).toArray();
        QVERIFY(codes.contains(QStringLiteral("claimSignature.validated")));
        QVERIFY(codes.contains(QStringLiteral("assertion.bmffHash.match")));
        QCOMPARE(read.value(QStringLiteral("claimGenerator")).toString(), QStringLiteral("Reelcraft"));
        QCOMPARE(read.value(QStringLiteral("claimVersion")).toInt(), 1); // the library's V2
        const QJsonObject first = read.value(QStringLiteral("actions")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("digitalSourceType")).toString(), sourceType);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sampleMp4().isEmpty(), "ffmpeg could not make the sample video");
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        QVERIFY2(!m_node.isEmpty() && !npm.isEmpty(), "node and npm are needed (scripts/setup-deps.sh test)");
        QDir().mkpath(libraryDir());
        if (!QFile::exists(libraryDir() + QStringLiteral("/node_modules/@trustnxt/c2pa-ts/package.json"))) {
            QFile::remove(libraryDir() + QStringLiteral("/package.json"));
            QVERIFY(QFile::copy(QStringLiteral(REELCRAFT_SOURCE_DIR "/tests/support/c2pa-ts/package.json"),
                                libraryDir() + QStringLiteral("/package.json")));
            // Optional dependencies would fetch prebuilt native code; the library needs none.
            QProcess install;
            install.setWorkingDirectory(libraryDir());
            install.start(npm, {QStringLiteral("install"), QStringLiteral("--omit=optional"), QStringLiteral("--ignore-scripts"),
                                QStringLiteral("--no-audit"), QStringLiteral("--no-fund")});
            QVERIFY2(install.waitForFinished(300000) && install.exitCode() == 0,
                     qPrintable(QStringLiteral("npm install failed: ") + QString::fromUtf8(install.readAllStandardError())));
        }
    }

    void builtinEngineClip()
    {
        CliRunner cli;
        const auto r = cli.run({QStringLiteral("generate"), QStringLiteral("rain on a pond at dusk"), QStringLiteral("--seconds"),
                                QStringLiteral("2"), QStringLiteral("--size"), QStringLiteral("640x360")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QString clip = onlyClip(cli);
        const QJsonObject read = readWithLibrary(clip);
        expectValid(read, kAlgorithmic);
        QCOMPARE(actionNames(read), QStringList{QStringLiteral("c2pa.created")});
        QCOMPARE(read.value(QStringLiteral("ingredients")).toArray().size(), 0);

        // Our own reader agrees, through the command.
        const auto verified = cli.run({QStringLiteral("verify"), clip, QStringLiteral("--json")});
        QCOMPARE(verified.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(verified.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
        QCOMPARE(report.value(QStringLiteral("digitalSourceType")).toString(), kAlgorithmic);

        // exiftool reads the XMP: the IPTC source type and the prompt.
        QProcess exiftool;
        exiftool.start(QStringLiteral("exiftool"), {QStringLiteral("-json"), QStringLiteral("-XMP:all"), clip});
        QVERIFY2(exiftool.waitForFinished(60000) && exiftool.exitCode() == 0, "exiftool is needed (libimage-exiftool-perl)");
        const QJsonObject tags = QJsonDocument::fromJson(exiftool.readAllStandardOutput()).array().first().toObject();
        QCOMPARE(tags.value(QStringLiteral("DigitalSourceType")).toString(), kAlgorithmic);
        QCOMPARE(tags.value(QStringLiteral("Description")).toString(), QStringLiteral("rain on a pond at dusk"));

        // One changed byte in the media: both readers refuse it.
        QByteArray bytes = readAll(clip);
        bytes[bytes.size() - 2000] = char(bytes[bytes.size() - 2000] ^ 0x10);
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.mp4"));
        QVERIFY(writeAll(tampered, bytes));
        QVERIFY(!readWithLibrary(tampered).value(QStringLiteral("valid")).toBool());
        const auto refused = cli.run({QStringLiteral("verify"), tampered});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(QLatin1String("NOT valid")), qPrintable(refused.out));
    }

    void builtinClipWithTheVisibleLabel()
    {
        // The same seed twice, once with the label: the engine draws the same pictures, so the
        // label is the difference, and only in its corner.
        const QStringList args{QStringLiteral("generate"), QStringLiteral("a lantern on a jetty at night"), QStringLiteral("--seconds"),
                               QStringLiteral("2"), QStringLiteral("--size"), QStringLiteral("640x360"), QStringLiteral("--seed"),
                               QStringLiteral("7")};
        CliRunner plainCli;
        auto r = plainCli.run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        CliRunner cli;
        r = cli.run(args + QStringList{QStringLiteral("--ai-label")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QString clip = onlyClip(cli);
        const QImage plain = frameAtOneSecond(onlyClip(plainCli));
        const QImage labelled = frameAtOneSecond(clip);
        QVERIFY(!plain.isNull() && !labelled.isNull());
        const double corner = meanDifference(plain, labelled, kTopRightCorner);
        const double elsewhere = meanDifference(plain, labelled, kBottomLeft);
        QVERIFY2(corner > 8.0 && elsewhere < 3.0, qPrintable(QStringLiteral("corner %1, elsewhere %2").arg(corner).arg(elsewhere)));

        const QJsonObject read = readWithLibrary(clip);
        expectValid(read, kAlgorithmic);
        QCOMPARE(actionNames(read), (QStringList{QStringLiteral("c2pa.created"), QStringLiteral("c2pa.edited")}));
        const QJsonObject label = read.value(QStringLiteral("actions")).toArray().last().toObject();
        QCOMPARE(label.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("com.reelcraft.visibleLabel")).toString(),
                 QStringLiteral("AI-generated"));
        const auto verified = cli.run({QStringLiteral("verify"), clip});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.contains(QLatin1String("A visible \"AI-generated\" label added in the top right corner")),
                 qPrintable(verified.out));
    }

    void remoteClipLabelledByTheProfileSettingKeepsTheProvidersManifest()
    {
        provenance::SigningIdentity providerKey;
        QString error;
        QVERIFY(provenance::crypto::createInstallationIdentity(QStringLiteral("Provider Inc signer"), &providerKey, &error));
        const QString delivered = m_dir.filePath(QStringLiteral("delivered-for-label.mp4"));
        QVERIFY(makeSample(delivered, QStringLiteral("+faststart")));
        provenance::ClipFacts providerFacts;
        providerFacts.providerId = QStringLiteral("provider");
        providerFacts.model = QStringLiteral("sora-2");
        QVERIFY(provenance::signClip(delivered, providerFacts, providerKey).ok);
        FakeVideosApiServer server;
        QVERIFY(server.listen());
        server.setVideo(readAll(delivered));

        CliRunner cli;
        {
            // The studio's Settings write this; the command line follows it.
            QSettings settings(cli.profile.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("provenance/aiLabel"), true);
        }
        addRemoteProfile(cli, server);
        const auto r = cli.run(remoteGenerate(QStringLiteral("a lighthouse, labelled")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QString clip = onlyClip(cli);
        const QImage received = frameAtOneSecond(delivered);
        const QImage labelled = frameAtOneSecond(clip);
        QVERIFY(!received.isNull() && !labelled.isNull());
        const double corner = meanDifference(received, labelled, kTopRightCorner);
        QVERIFY2(corner > 8.0, qPrintable(QStringLiteral("corner %1").arg(corner)));

        const QJsonObject read = readWithLibrary(clip);
        expectValid(read, kTrained);
        QCOMPARE(read.value(QStringLiteral("manifests")).toInt(), 2);
        QCOMPARE(actionNames(read), (QStringList{QStringLiteral("c2pa.opened"), QStringLiteral("c2pa.edited")}));
        const QJsonArray ingredients = read.value(QStringLiteral("ingredients")).toArray();
        QCOMPARE(ingredients.size(), 1);
        QCOMPARE(ingredients.first().toObject().value(QStringLiteral("relationship")).toString(), QStringLiteral("parentOf"));
        QVERIFY(ingredients.first().toObject().value(QStringLiteral("manifestHashMatches")).toBool());
        QCOMPARE(ingredients.first().toObject().value(QStringLiteral("manifestGenerator")).toString(), QStringLiteral("Reelcraft"));
    }

    void timeStampedClipFromTheAuthorityTheUserSet()
    {
        FakeTimeStampAuthority tsa;
        QVERIFY(tsa.listen());
        // A minute ago: within the installation certificate's validity (it begins an hour before
        // the first command), which both readers check at the stamped time.
        const QDateTime stampedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 60, Qt::UTC);
        tsa.setTime(stampedAt);
        CliRunner cli;
        {
            QSettings settings(cli.profile.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("provenance/timeStampUrl"), tsa.url());
        }
        const QStringList args{QStringLiteral("generate"), QStringLiteral("snow on a red roof"), QStringLiteral("--seconds"),
                               QStringLiteral("2"), QStringLiteral("--size"), QStringLiteral("640x360")};
        auto r = cli.run(args); // the fake answers from this process's event loop meanwhile
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(tsa.requestCount(), 1);
        const QString clip = onlyClip(cli);
        const QJsonObject read = readWithLibrary(clip);
        expectValid(read, kAlgorithmic);
        qInfo().noquote() << "the independent reader on a time-stamped clip:" << QJsonDocument(read.value(QStringLiteral("codes")).toArray()).toJson(QJsonDocument::Compact);

        const auto verified = cli.run({QStringLiteral("verify"), clip, QStringLiteral("--json")});
        QCOMPARE(verified.exitCode, 0);
        const QJsonObject stamp = QJsonDocument::fromJson(verified.out.toUtf8()).object().value(QStringLiteral("activeManifest")).toObject().value(QStringLiteral("timeStamp")).toObject();
        QCOMPARE(stamp.value(QStringLiteral("time")).toString(), stampedAt.toString(Qt::ISODate));
        QCOMPARE(stamp.value(QStringLiteral("authority")).toString(), QStringLiteral("Reelcraft Test TSA"));

        // The authority answers garbage, then is gone: each clip is still made and signed, and
        // the user is told it carries no time-stamp.
        tsa.setMode(FakeTimeStampAuthority::Mode::Garbage);
        r = cli.run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.err.contains(QLatin1String("signed without a time-stamp")), qPrintable(r.err));
        tsa.close();
        r = cli.run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.err.contains(QLatin1String("signed without a time-stamp")), qPrintable(r.err));
        const QJsonArray jobs = cli.jobs();
        QCOMPARE(jobs.size(), 3);
        for (const QJsonValue &job : jobs) {
            const QString video = job.toObject().value(QStringLiteral("video")).toString();
            if (video == clip)
                continue;
            expectValid(readWithLibrary(video), kAlgorithmic);
            const auto plain = cli.run({QStringLiteral("verify"), video});
            QCOMPARE(plain.exitCode, 0);
            QVERIFY2(plain.out.contains(QLatin1String("time-stamp:  none")), qPrintable(plain.out));
        }
    }

    void remoteClipWithoutAndWithTheProvidersManifest()
    {
        FakeVideosApiServer server;
        QVERIFY(server.listen());
        CliRunner cli;
        addRemoteProfile(cli, server);
        auto r = cli.run(remoteGenerate(QStringLiteral("a lighthouse in a storm")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QString plain = onlyClip(cli);
        QJsonObject read = readWithLibrary(plain);
        expectValid(read, kTrained);
        QCOMPARE(actionNames(read), QStringList{QStringLiteral("c2pa.created")});
        QCOMPARE(read.value(QStringLiteral("actions")).toArray().first().toObject().value(QStringLiteral("softwareAgent")).toString(),
                 QStringLiteral("sora-2"));
        QCOMPARE(mediaDataOf(readAll(plain)), mediaDataOf(server.video())); // the provider's media untouched

        // The provider now delivers its own content credentials (as OpenAI's do): they stay,
        // as the parent ingredient of ours.
        provenance::SigningIdentity providerKey;
        QString error;
        QVERIFY(provenance::crypto::createInstallationIdentity(QStringLiteral("Provider Inc signer"), &providerKey, &error));
        const QString delivered = m_dir.filePath(QStringLiteral("delivered.mp4"));
        QVERIFY(writeAll(delivered, sampleMp4()));
        provenance::ClipFacts providerFacts;
        providerFacts.providerId = QStringLiteral("provider");
        providerFacts.model = QStringLiteral("sora-2");
        QVERIFY(provenance::signClip(delivered, providerFacts, providerKey).ok);
        server.setVideo(readAll(delivered));
        CliRunner second;
        addRemoteProfile(second, server);
        r = second.run(remoteGenerate(QStringLiteral("a lighthouse at dawn")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        read = readWithLibrary(onlyClip(second));
        expectValid(read, kTrained);
        QCOMPARE(read.value(QStringLiteral("manifests")).toInt(), 2);
        QCOMPARE(actionNames(read), QStringList{QStringLiteral("c2pa.opened")});
        const QJsonArray ingredients = read.value(QStringLiteral("ingredients")).toArray();
        QCOMPARE(ingredients.size(), 1);
        const QJsonObject parent = ingredients.first().toObject();
        QCOMPARE(parent.value(QStringLiteral("relationship")).toString(), QStringLiteral("parentOf"));
        QVERIFY(parent.value(QStringLiteral("manifestFound")).toBool());
        QVERIFY(parent.value(QStringLiteral("manifestHashMatches")).toBool());
    }

    void fragmentedClipIsSignedWhole()
    {
        // Some services stream a fragmented MP4 (moof/mdat pairs after an empty moov). It arrives
        // with the provider's credentials over the whole file and leaves with ours: still
        // fragmented, every fragment's absolute offset moved with the inserted manifest.
        const QString fragmented = m_dir.filePath(QStringLiteral("fragmented.mp4"));
        QVERIFY(makeSample(fragmented, QStringLiteral("frag_keyframe+empty_moov")));
        const QStringList frames = frameChecksums(fragmented);
        QCOMPARE(frames.size(), 72);

        provenance::SigningIdentity providerKey;
        QString error;
        QVERIFY(provenance::crypto::createInstallationIdentity(QStringLiteral("Provider Inc signer"), &providerKey, &error));
        provenance::ClipFacts providerFacts;
        providerFacts.providerId = QStringLiteral("provider");
        providerFacts.model = QStringLiteral("sora-2");
        const provenance::SignResult signedByProvider = provenance::signClip(fragmented, providerFacts, providerKey);
        QVERIFY2(signedByProvider.ok, qPrintable(signedByProvider.error));
        QCOMPARE(signedByProvider.fragments, 3);
        expectValid(readWithLibrary(fragmented), kTrained);
        QCOMPARE(frameChecksums(fragmented), frames);

        FakeVideosApiServer server;
        QVERIFY(server.listen());
        server.setVideo(readAll(fragmented));
        CliRunner cli;
        addRemoteProfile(cli, server);
        const auto r = cli.run(remoteGenerate(QStringLiteral("a harbour at night")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QString clip = onlyClip(cli);
        const QJsonObject read = readWithLibrary(clip);
        expectValid(read, kTrained);
        QCOMPARE(read.value(QStringLiteral("manifests")).toInt(), 2);
        QCOMPARE(read.value(QStringLiteral("ingredients")).toArray().first().toObject().value(QStringLiteral("relationship")).toString(),
                 QStringLiteral("parentOf"));
        QCOMPARE(frameChecksums(clip), frames); // every fragment still decodes to the same pictures

        const auto verified = cli.run({QStringLiteral("verify"), clip});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.contains(QLatin1String("fragmented MP4, 3 fragments, hashed whole as one file")), qPrintable(verified.out));

        // A changed byte in the last fragment's media (before the 105-byte 'mfra' index ffmpeg
        // ends the file with): both readers refuse the clip.
        QByteArray bytes = readAll(clip);
        bytes[bytes.size() - 5000] = char(bytes[bytes.size() - 5000] ^ 0x01);
        const QString tampered = m_dir.filePath(QStringLiteral("fragmented-tampered.mp4"));
        QVERIFY(writeAll(tampered, bytes));
        QVERIFY(!readWithLibrary(tampered).value(QStringLiteral("valid")).toBool());
        QCOMPARE(cli.run({QStringLiteral("verify"), tampered}).exitCode, 1);
    }

    void remixNamesTheClipItChanged()
    {
        // `reelcraft remix` (and the studio's edit, which submits the same request) changes a
        // clip on the server: the new clip is opened from the old one, its parent, and edited.
        FakeVideosApiServer server;
        QVERIFY(server.listen());
        CliRunner cli;
        addRemoteProfile(cli, server, {QStringLiteral("--option"), QStringLiteral("remix=true")});
        auto r = cli.run(remoteGenerate(QStringLiteral("a kite over dunes")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QString source = onlyClip(cli);
        const QJsonObject sourceRead = readWithLibrary(source);
        expectValid(sourceRead, kTrained);
        r = cli.run({QStringLiteral("remix"), QStringLiteral("1"), QStringLiteral("now the kite is red")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonArray jobs = cli.jobs();
        QCOMPARE(jobs.size(), 2);
        const QString edited = jobs.first().toObject().value(QStringLiteral("video")).toString(); // newest first
        QVERIFY(edited != source);

        const QJsonObject read = readWithLibrary(edited);
        expectValid(read, kTrained);
        QCOMPARE(actionNames(read), QStringList({QStringLiteral("c2pa.opened"), QStringLiteral("c2pa.edited")}));
        QCOMPARE(read.value(QStringLiteral("manifests")).toInt(), 2); // the source's and the edit's
        const QJsonArray ingredients = read.value(QStringLiteral("ingredients")).toArray();
        QCOMPARE(ingredients.size(), 1);
        const QJsonObject parent = ingredients.first().toObject();
        QCOMPARE(parent.value(QStringLiteral("relationship")).toString(), QStringLiteral("parentOf"));
        QVERIFY(parent.value(QStringLiteral("manifestFound")).toBool());
        QVERIFY(parent.value(QStringLiteral("manifestHashMatches")).toBool());

        const auto verified = cli.run({QStringLiteral("verify"), edited, QStringLiteral("--json")});
        QCOMPARE(verified.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(verified.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));

        // A source clip deleted before the remix finishes leaves nothing to name: the edit is
        // still signed, as made new.
        QVERIFY(QFile::remove(source));
        r = cli.run({QStringLiteral("remix"), QStringLiteral("1"), QStringLiteral("now the kite is blue")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject orphan = readWithLibrary(cli.jobs().first().toObject().value(QStringLiteral("video")).toString());
        expectValid(orphan, kTrained);
        QCOMPARE(actionNames(orphan), QStringList{QStringLiteral("c2pa.created")});
    }

    void batchClipsNameTheirBatchAndRow()
    {
        CliRunner cli;
        const QString photos = m_dir.filePath(QStringLiteral("autumn"));
        QDir().mkpath(photos);
        for (int i = 0; i < 2; ++i) {
            QImage image(QSize(400, 500), QImage::Format_RGB32);
            image.fill(QColor::fromHsv(i * 120, 160, 200));
            QVERIFY(image.save(QDir(photos).filePath(QStringLiteral("SKU-%1.png").arg(i + 1))));
        }
        const QString out = m_dir.filePath(QStringLiteral("autumn-clips"));
        const auto r = cli.run({QStringLiteral("batch"), photos, QStringLiteral("--preset"), QStringLiteral("feed"),
                                QStringLiteral("--seconds"), QStringLiteral("2"), QStringLiteral("--no-audio"),
                                QStringLiteral("--out"), out}, 300000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        for (const QString &sku : {QStringLiteral("SKU-1"), QStringLiteral("SKU-2")}) {
            const QString clip = QDir(out).filePath(sku + QStringLiteral(".mp4"));
            const QJsonObject read = readWithLibrary(clip);
            expectValid(read, kAlgorithmic);
            QCOMPARE(actionNames(read), QStringList{QStringLiteral("c2pa.created")});
            const QJsonObject parameters =
                read.value(QStringLiteral("actions")).toArray().first().toObject().value(QStringLiteral("parameters")).toObject();
            QVERIFY2(parameters.value(QStringLiteral("com.reelcraft.batch")).toString().startsWith(QLatin1String("autumn#")),
                     qPrintable(QJsonDocument(read).toJson()));
            QCOMPARE(parameters.value(QStringLiteral("com.reelcraft.batchItem")).toString(), sku);
        }
    }

    void joinedClipPlacesItsShots()
    {
        // Storyboards and batches join shots through ProvenanceService::signComposed; the
        // signing underneath is this call.
        provenance::SigningIdentity key;
        QString error;
        QVERIFY(provenance::crypto::createInstallationIdentity(QStringLiteral("Reelcraft interop"), &key, &error));
        QStringList shots;
        for (int i = 0; i < 2; ++i) {
            shots << m_dir.filePath(QStringLiteral("shot%1.mp4").arg(i));
            QVERIFY(writeAll(shots.last(), sampleMp4()));
            provenance::ClipFacts f;
            f.providerId = QStringLiteral("builtin");
            f.digitalSourceType = kAlgorithmic;
            QVERIFY(provenance::signClip(shots.last(), f, key).ok);
        }
        const QString joined = m_dir.filePath(QStringLiteral("joined.mp4"));
        QVERIFY(writeAll(joined, sampleMp4()));
        provenance::ClipFacts f;
        f.kind = provenance::ClipFacts::Kind::Composed;
        f.digitalSourceType = provenance::sourcetype::kCompositeSynthetic;
        for (const QString &s : std::as_const(shots))
            f.ingredients.append({s, QString(), provenance::IngredientFile::Relationship::ComponentOf});
        QVERIFY(provenance::signClip(joined, f, key).ok);
        const QJsonObject read = readWithLibrary(joined);
        expectValid(read, provenance::sourcetype::kCompositeSynthetic);
        QCOMPARE(actionNames(read), QStringList({QStringLiteral("c2pa.created"), QStringLiteral("c2pa.placed"), QStringLiteral("c2pa.placed")}));
        QCOMPARE(read.value(QStringLiteral("manifests")).toInt(), 3);
        for (const QJsonValue &ing : read.value(QStringLiteral("ingredients")).toArray()) {
            QCOMPARE(ing.toObject().value(QStringLiteral("relationship")).toString(), QStringLiteral("componentOf"));
            QVERIFY(ing.toObject().value(QStringLiteral("manifestHashMatches")).toBool());
        }
    }

    void storyboardLessonPlacesItsShots()
    {
        // `reelcraft storyboard` joins shots made by the built-in engine; the lesson's manifest
        // places each shot, and each shot's own manifest travels with it.
        const QJsonObject doc{{QStringLiteral("size"), QStringLiteral("320x180")},
                              {QStringLiteral("music"), QStringLiteral("none")},
                              {QStringLiteral("shots"),
                               QJsonArray{QJsonObject{{QStringLiteral("prompt"), QStringLiteral("A lighthouse at dusk")},
                                                      {QStringLiteral("seconds"), 2}},
                                          QJsonObject{{QStringLiteral("prompt"), QStringLiteral("Rain on a pond")},
                                                      {QStringLiteral("seconds"), 2}}}}};
        const QString docPath = m_dir.filePath(QStringLiteral("lesson.json"));
        QVERIFY(writeAll(docPath, QJsonDocument(doc).toJson()));
        const QString lesson = m_dir.filePath(QStringLiteral("lesson.mp4"));
        CliRunner cli;
        const auto r = cli.run({QStringLiteral("storyboard"), docPath, QStringLiteral("-o"), lesson}, 240000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(!r.err.contains(QLatin1String("no content credentials")), qPrintable(r.err));
        const QJsonObject read = readWithLibrary(lesson);
        expectValid(read, provenance::sourcetype::kCompositeSynthetic);
        QCOMPARE(actionNames(read), QStringList({QStringLiteral("c2pa.created"), QStringLiteral("c2pa.placed"), QStringLiteral("c2pa.placed")}));
        QCOMPARE(read.value(QStringLiteral("manifests")).toInt(), 3);
        for (const QJsonValue &ing : read.value(QStringLiteral("ingredients")).toArray())
            QVERIFY(ing.toObject().value(QStringLiteral("manifestHashMatches")).toBool());
    }

    void verifyReadsTheLibrarysClip()
    {
        // The library signs with a certificate we hand it (it cannot make one); the manifest,
        // the hash and the signature are all its own work.
        provenance::SigningIdentity key;
        QString error;
        QVERIFY(provenance::crypto::createInstallationIdentity(QStringLiteral("Independent signer"), &key, &error));
        const QString keyFile = m_dir.filePath(QStringLiteral("key.pem"));
        const QString chainFile = m_dir.filePath(QStringLiteral("chain.pem"));
        QVERIFY(writeAll(keyFile, key.privateKeyPem));
        QVERIFY(writeAll(chainFile, provenance::crypto::identityToPem(key).mid(key.privateKeyPem.size())));
        const QString input = m_dir.filePath(QStringLiteral("unsigned.mp4"));
        const QString output = m_dir.filePath(QStringLiteral("by-library.mp4"));
        QVERIFY(writeAll(input, sampleMp4()));
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("C2PA_TS_DIR"), libraryDir());
        node.setProcessEnvironment(env);
        node.start(m_node, {toolScript(), QStringLiteral("sign"), input, output, keyFile, chainFile});
        QVERIFY(node.waitForFinished(120000));
        QVERIFY2(node.exitCode() == 0, qPrintable(QString::fromUtf8(node.readAllStandardOutput())));
        QVERIFY(readWithLibrary(output).value(QStringLiteral("valid")).toBool());

        CliRunner cli;
        const auto r = cli.run({QStringLiteral("verify"), output, QStringLiteral("--json")});
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(report.value(QStringLiteral("digitalSourceType")).toString(), kTrained);
        const QJsonObject active = report.value(QStringLiteral("activeManifest")).toObject();
        QCOMPARE(active.value(QStringLiteral("claimGenerator")).toString(), QStringLiteral("c2pa-ts test signer 0.9.4"));
        QCOMPARE(active.value(QStringLiteral("signer")).toObject().value(QStringLiteral("commonName")).toString(),
                 QStringLiteral("Independent signer"));
        const QJsonObject action = active.value(QStringLiteral("actions")).toArray().first().toObject();
        QCOMPARE(action.value(QStringLiteral("action")).toString(), QStringLiteral("c2pa.created"));
        QCOMPARE(action.value(QStringLiteral("softwareAgent")).toString(), QStringLiteral("Independent Model 7"));
    }
};

QTEST_MAIN(TestProvenanceInterop)
#include "tst_provenance_interop.moc"
