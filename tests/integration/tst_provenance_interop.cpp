// Content credentials checked by tools that are not ours: clips made by the real program (the
// built-in engine, a remote fake with and without the provider's own manifest, clips joined from
// them, a storyboard lesson) are read back by an independent C2PA implementation (@trustnxt/c2pa-ts, pure TypeScript,
// installed from npm into the build folder) and their XMP by exiftool; a clip that library signs
// is read by `reelcraft verify`.
#include "provenance/ClipSigner.h"
#include "provenance/Verifier.h"
#include "support/FakeServerFixture.h"
#include "support/FakeVideosApiServer.h"
#include "support/Mp4Bytes.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
