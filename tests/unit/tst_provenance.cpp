// Content credentials: the CBOR, JUMBF and BMFF parts, signing a clip and validating it again,
// keeping an incoming manifest, joining clips, and every way a changed or broken file must fail;
// finishing a clip off the service's thread, and the visible label keeping the clip's timing.
#include "provenance/Bmff.h"
#include "provenance/Cbor.h"
#include "provenance/ClipSigner.h"
#include "media/Probe.h"
#include "provenance/Jumbf.h"
#include "provenance/ManifestBuilder.h"
#include "provenance/ProvenanceService.h"
#include "provenance/SignerStore.h"
#include "provenance/TimeStamp.h"
#include "provenance/Verifier.h"
#include "support/FakeHttpServer.h"
#include "support/FakeKeyStore.h"
#include "support/FakeTimeStampAuthority.h"
#include "support/ServiceFixture.h"
#include "storyboard/ClipLabel.h"
#include "storyboard/LessonAssembler.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace rc;
using namespace rc::provenance;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

ClipFacts remoteFacts()
{
    ClipFacts f;
    f.digitalSourceType = sourcetype::kTrainedAlgorithmicMedia;
    f.prompt = QStringLiteral("a heron <lands> & \"waits\" in the reeds");
    f.providerId = QStringLiteral("openai");
    f.providerLabel = QStringLiteral("OpenAI");
    f.model = QStringLiteral("sora-2");
    return f;
}

// Decodes every frame with ffmpeg: the chunk offsets must still point at the media.
bool decodes(const QString &path, QString *why)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
                                            QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")});
    if (!ffmpeg.waitForFinished(60000))
        return false;
    *why = QString::fromUtf8(ffmpeg.readAllStandardError());
    return ffmpeg.exitCode() == 0 && why->trimmed().isEmpty();
}

// ffprobe's word on the first video stream: "r_frame_rate,avg_frame_rate,nb_frames".
QString ffprobeVideo(const QString &path)
{
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                                              QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                                              QStringLiteral("stream=r_frame_rate,avg_frame_rate,nb_frames"), QStringLiteral("-of"),
                                              QStringLiteral("csv=p=0"), path});
    if (!ffprobe.waitForFinished(60000) || ffprobe.exitCode() != 0)
        return QString();
    return QString::fromUtf8(ffprobe.readAllStandardOutput()).trimmed();
}

} // namespace

class TestProvenance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SigningIdentity m_identity;
    SigningIdentity m_providerIdentity;

    QString freshClip(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        writeAll(path, test::sampleMp4());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!test::sampleMp4().isEmpty(), "ffmpeg could not make the sample video");
        QString error;
        QVERIFY2(crypto::createInstallationIdentity(QStringLiteral("Reelcraft test"), &m_identity, &error), qPrintable(error));
        QVERIFY2(crypto::createInstallationIdentity(QStringLiteral("Provider test"), &m_providerIdentity, &error), qPrintable(error));
    }

    void cborReadsWhatItWrites()
    {
        QByteArray bytes;
        cbor::appendHead(bytes, 6, 18);
        cbor::appendHead(bytes, 5, 2);
        cbor::appendInt(bytes, 1);
        cbor::appendInt(bytes, -7);
        cbor::appendInt(bytes, 33);
        cbor::appendBytes(bytes, QByteArray("cert"));
        cbor::Decoded d;
        QString error;
        QVERIFY2(cbor::decode(bytes, &d, &error), qPrintable(error));
        QVERIFY(d.hasOuterTag);
        QCOMPARE(d.outerTag, 18u);
        QCOMPARE(d.value["1"].get<int>(), -7);
        QCOMPARE(cbor::bytesOf(d.value["33"]), QByteArray("cert"));

        const nlohmann::json claim{{"a", "text"}, {"n", 70000}, {"b", cbor::binary(QByteArray(300, 'x'))}};
        QVERIFY(cbor::decode(cbor::encode(claim), &d, &error));
        QCOMPARE(d.value, claim);
    }

    void cborRefusesBrokenInput()
    {
        const QByteArray good = cbor::encode(nlohmann::json{{"k", "value"}});
        cbor::Decoded d;
        QString error;
        for (int cut = 0; cut < good.size(); ++cut)
            QVERIFY(!cbor::decode(good.left(cut), &d, &error));
        QVERIFY(!cbor::decode(good + QByteArray(1, '\0'), &d, &error));
        QVERIFY(!cbor::decode(QByteArray::fromHex("9bffffffffffffffff"), &d, &error)); // an absurd array length
        QByteArray deep(200, char(0x81));                                                  // nested arrays
        QVERIFY(!cbor::decode(deep, &d, &error));
        QVERIFY(error.contains(QLatin1String("deep")));
    }

    void jumbfRoundTrip()
    {
        const QByteArray inner = jumbf::superbox(jumbf::cborAssertionType(), QStringLiteral("c2pa.actions.v2"),
                                                 {jumbf::box("cbor", QByteArray("\xa0", 1))});
        const QByteArray outer = jumbf::superbox(jumbf::assertionStoreType(), QStringLiteral("c2pa.assertions"), {inner});
        jumbf::Superbox parsed;
        QString error;
        QVERIFY2(jumbf::parse(outer, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.label, QStringLiteral("c2pa.assertions"));
        QCOMPARE(parsed.typeUuid, jumbf::assertionStoreType());
        QCOMPARE(parsed.children.size(), 1);
        QCOMPARE(parsed.children[0].label, QStringLiteral("c2pa.actions.v2"));
        QCOMPARE(parsed.children[0].contents[0].type, QByteArray("cbor"));
        QCOMPARE(parsed.children[0].payload, inner.mid(8));
        QCOMPARE(jumbf::c2paUuid("c2pa").toHex(), QByteArray("63327061001100108000" "00aa00389b71"));
        for (int cut = 1; cut < outer.size(); cut += 7)
            QVERIFY(!jumbf::parse(outer.left(cut), &parsed, &error));
    }

    void aClipIsSignedAndStillPlays()
    {
        const QString path = freshClip(QStringLiteral("remote.mp4"));
        const qint64 before = QFileInfo(path).size();
        const SignResult result = signClip(path, remoteFacts(), m_identity);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.keptIncomingManifest);
        QCOMPARE(result.fileBytes, QFileInfo(path).size());
        QVERIFY(result.fileBytes > before);
        QString why;
        QVERIFY2(decodes(path, &why), qPrintable(why));

        const ProvenanceReport report = verifyFile(path);
        QVERIFY2(report.state == ProvenanceReport::State::Valid, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.digitalSourceType, sourcetype::kTrainedAlgorithmicMedia);
        QCOMPARE(report.active.label, result.manifestLabel);
        QCOMPARE(report.active.generator, QStringLiteral("Reelcraft " REELCRAFT_VERSION));
        QCOMPARE(report.active.algorithm, QStringLiteral("ES256"));
        QCOMPARE(report.active.signer.commonName, QStringLiteral("Reelcraft test"));
        QVERIFY(!report.active.signer.selfSigned);
        QCOMPARE(report.active.actions.size(), 1);
        QCOMPARE(report.active.actions[0].action, QStringLiteral("c2pa.created"));
        QCOMPARE(report.active.actions[0].softwareAgent, QStringLiteral("sora-2 " REELCRAFT_VERSION));
        QCOMPARE(report.active.actions[0].parameters.value(QStringLiteral("com.reelcraft.provider")).toString(), QStringLiteral("openai"));
        QVERIFY(report.active.successCodes.contains(QStringLiteral("claimSignature.validated")));
        QVERIFY(report.active.successCodes.contains(QStringLiteral("assertion.bmffHash.match")));
        QVERIFY(report.ingredients.isEmpty());
        QVERIFY(report.toText().contains(QLatin1String("trainedAlgorithmicMedia")));
        QCOMPARE(report.toJson().value(QStringLiteral("valid")).toBool(), true);

        // The XMP sits in moov/udta and carries the source type and the prompt, escaped.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<bmff::TopBox> boxes;
        QString error;
        QVERIFY(bmff::listTopLevel(f, &boxes, &error));
        QCOMPARE(boxes[0].type, QByteArray("ftyp"));
        QVERIFY(bmff::isC2paBox(boxes[1]));
        for (const bmff::TopBox &b : boxes) {
            if (b.type != "moov")
                continue;
            f.seek(b.offset);
            const QByteArray xmp = bmff::userDataXmp(f.read(b.size));
            QVERIFY(xmp.contains("<Iptc4xmpExt:DigitalSourceType>" + sourcetype::kTrainedAlgorithmicMedia.toUtf8()));
            QVERIFY(xmp.contains("a heron &lt;lands&gt; &amp; &quot;waits&quot; in the reeds"));
        }
    }

    void aTimeStampedSignatureSaysWhenItWasMade()
    {
        test::FakeTimeStampAuthority tsa;
        // A little while ago: the signing certificate (made an hour before the test began) was
        // valid then, which the verifier checks at the stamped time.
        const QDateTime stampedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 600, Qt::UTC);
        tsa.setTime(stampedAt);
        QByteArray sentDigest;
        SignOptions options;
        options.timeStamp = [&sentDigest, stamp = tsa.stamper()](const QByteArray &digest, QByteArray *token, QString *error) {
            sentDigest = digest;
            return stamp(digest, token, error);
        };
        // Names of one length: the clip's title is in the claim, so only the time-stamp differs.
        const QString unstamped = freshClip(QStringLiteral("nostamp.mp4"));
        QVERIFY(signClip(unstamped, remoteFacts(), m_identity).ok);
        const QString path = freshClip(QStringLiteral("stamped.mp4"));
        const SignResult result = signClip(path, remoteFacts(), m_identity, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.timeStamped, qPrintable(result.timeStampProblem));
        QCOMPARE(sentDigest.size(), 32);
        QString why;
        QVERIFY2(decodes(path, &why), qPrintable(why));
        // The room kept for the token is what a time-stamp adds: the header's one entry, "pad"
        // (4 bytes) and its length (3), around the room itself.
        QCOMPARE(QFileInfo(path).size() - QFileInfo(unstamped).size(), qint64(kTimeStampRoomBytes + 7));

        const ProvenanceReport report = verifyFile(path);
        QVERIFY2(report.state == ProvenanceReport::State::Valid, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.active.timeStamp, stampedAt);
        QCOMPARE(report.active.timeStampAuthority, QStringLiteral("Reelcraft Test TSA"));
        QVERIFY(report.active.successCodes.contains(QStringLiteral("timeStamp.validated")));
        QVERIFY(report.toText().contains(QStringLiteral("time-stamp:  %1, by Reelcraft Test TSA").arg(stampedAt.toString(Qt::ISODate))));

        // Stamped at a time the signing certificate was not yet valid: refused.
        tsa.setTime(stampedAt.addDays(-2));
        const QString early = freshClip(QStringLiteral("stamped-early.mp4"));
        QVERIFY(signClip(early, remoteFacts(), m_identity, options).timeStamped);
        const ProvenanceReport refused = verifyFile(early);
        QVERIFY(refused.state == ProvenanceReport::State::Invalid);
        QVERIFY(refused.active.failureCodes.contains(QStringLiteral("signingCredential.expired")));
        QVERIFY(verifyFile(unstamped).toText().contains(QLatin1String("time-stamp:  none")));
    }

    void aBrokenTimeStampAuthorityStillLeavesASignedClip()
    {
        test::FakeTimeStampAuthority tsa;
        tsa.setMode(test::FakeTimeStampAuthority::Mode::Garbage);
        // The authority's answer through `transport`, checked as the signer checks it.
        const auto optionsWith = [](timestamp::Transport transport) {
            SignOptions options;
            options.timeStamp = [transport](const QByteArray &digest, QByteArray *token, QString *error) {
                timestamp::Token t;
                const bool ok = timestamp::stamp(transport, digest, &t, error);
                *token = t.response;
                return ok;
            };
            return options;
        };
        const QString garbage = freshClip(QStringLiteral("tsa-garbage.mp4"));
        SignResult result = signClip(garbage, remoteFacts(), m_identity, optionsWith([&tsa](const QByteArray &request, QByteArray *response, QString *) {
                                         *response = tsa.respond(request);
                                         return true;
                                     }));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.timeStamped);
        QCOMPARE(result.timeStampProblem, QStringLiteral("the time-stamp authority's answer is not a time-stamp response"));
        ProvenanceReport report = verifyFile(garbage);
        QVERIFY(report.state == ProvenanceReport::State::Valid);
        QVERIFY(!report.active.timeStamp.isValid());

        const QString down = freshClip(QStringLiteral("tsa-down.mp4"));
        result = signClip(down, remoteFacts(), m_identity, optionsWith([](const QByteArray &, QByteArray *, QString *error) {
                              *error = QStringLiteral("Couldn't connect to server");
                              return false;
                          }));
        QVERIFY(result.ok && !result.timeStamped);
        QCOMPARE(result.timeStampProblem, QStringLiteral("Couldn't connect to server"));
        QVERIFY(verifyFile(down).state == ProvenanceReport::State::Valid);

        // A token for other data (an authority answering the wrong request) is refused too.
        const QString other = freshClip(QStringLiteral("tsa-other.mp4"));
        result = signClip(other, remoteFacts(), m_identity, optionsWith([&tsa](const QByteArray &, QByteArray *response, QString *) {
                              tsa.setMode(test::FakeTimeStampAuthority::Mode::Grant);
                              *response = tsa.respond(timestamp::makeRequest(QByteArray(32, 'x')).der);
                              return true;
                          }));
        QVERIFY(result.ok && !result.timeStamped);
        QCOMPARE(result.timeStampProblem, QStringLiteral("the time-stamp covers other data than was sent"));
    }

    void aTimeStampMovedToAnotherSignatureFails()
    {
        // A valid token copied onto another clip's signature covers the wrong claim.
        test::FakeTimeStampAuthority tsa;
        QByteArray firstToken;
        SignOptions options;
        options.timeStamp = [&firstToken, stamp = tsa.stamper()](const QByteArray &digest, QByteArray *out, QString *error) {
            if (!stamp(digest, out, error))
                return false;
            if (firstToken.isEmpty())
                firstToken = *out;
            else
                *out = firstToken; // the second clip gets the first clip's token
            return true;
        };
        const QString first = freshClip(QStringLiteral("tst-first.mp4"));
        const QString second = freshClip(QStringLiteral("tst-second.mp4"));
        QVERIFY(signClip(first, remoteFacts(), m_identity, options).timeStamped);
        QVERIFY(signClip(second, remoteFacts(), m_identity, options).timeStamped);
        QVERIFY(verifyFile(first).state == ProvenanceReport::State::Valid);
        const ProvenanceReport moved = verifyFile(second);
        QVERIFY(moved.state == ProvenanceReport::State::Invalid);
        QVERIFY(moved.active.failureCodes.contains(QStringLiteral("timeStamp.mismatch")));
    }

    // The time-stamp authority is slow (held by the test): the clip is finished on a worker
    // while this thread, the studio's UI thread, keeps turning (the authority itself answers
    // from this thread's event loop, so a blocked thread could never get the answer). The job
    // says it is finishing, ends only once the clip is signed, and carries the time-stamp.
    void aClipIsFinishedWhileTheUiThreadKeepsTurning()
    {
        test::FakeTimeStampAuthority tsa;
        QVERIFY(tsa.listen());
        const QDateTime stampedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 60, Qt::UTC);
        tsa.setTime(stampedAt);
        tsa.hold();
        test::ServiceFixture fx;
        fx.app->provenance().setTimeStampUrl(tsa.url());
        fx.freeProvider->setVideoBytes(test::sampleMp4());
        QSignalSpy changed(fx.service, &GenerationService::jobChanged);
        QSignalSpy finished(fx.service, &GenerationService::jobFinished);
        QSignalSpy held(&tsa, &test::FakeTimeStampAuthority::answerHeld);
        const JobId id = fx.service->submit(fx.freeRequest(QStringLiteral("a slow authority"))).id;
        QVERIFY(id != 0);
        QTRY_COMPARE(fx.freeProvider->runningCount(), 1);
        fx.freeProvider->succeed(id);
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 1, 30000);

        // The answer is held: the job is finishing, not finished, and this thread is free.
        QVERIFY(finished.isEmpty());
        QCOMPARE(fx.service->activeJob(id)->liveDetail(), GenerationService::finishingDetail());
        QCOMPARE(changed.last().first().value<Job>().liveDetail(), GenerationService::finishingDetail());
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(5);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 3, 30000);
        // The queue moves on meanwhile: the provider is free for the next job.
        const JobId next = fx.service->submit(fx.freeRequest(QStringLiteral("the next clip"))).id;
        QTRY_COMPARE_WITH_TIMEOUT(fx.freeProvider->runningCount(), 1, 30000);
        QCOMPARE(fx.freeProvider->runningJobs(), QList<JobId>{next});
        QVERIFY(!fx.service->cancel(id)); // done at its provider: nothing left to cancel
        fx.service->flush();
        QVERIFY(fx.jobs->load(id)->state() != JobState::Completed); // not recorded as done before it is
        QVERIFY(finished.isEmpty());

        QCOMPARE(tsa.release(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const Job job = finished.first().first().value<Job>();
        QCOMPARE(job.id(), id);
        QCOMPARE(job.state(), JobState::Completed);
        QCOMPARE(job.output().fileBytes, QFileInfo(job.output().videoPath).size());
        const ProvenanceReport report = verifyFile(job.output().videoPath);
        QVERIFY2(report.state == ProvenanceReport::State::Valid, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.active.timeStamp, stampedAt);
        QCOMPARE(report.active.timeStampAuthority, QStringLiteral("Reelcraft Test TSA"));
        fx.service->flush();
        QCOMPARE(fx.jobs->load(id)->state(), JobState::Completed);
        const QList<JobEvent> events = fx.jobs->events(id);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().state, JobState::Completed);
        QVERIFY2(events.last().detail.contains(QStringLiteral("time-stamped by %1").arg(tsa.url())), qPrintable(events.last().detail));
        fx.freeProvider->failJob(next, ErrorKind::Cancelled, QStringLiteral("done with it"));
        QTRY_COMPARE(finished.size(), 2);
    }

    // Closing while a clip waits for a slow authority: the service cuts the request short
    // (it does not wait out the authority's timeout), and the clip is recorded as completed,
    // signed without a time-stamp, with the reason in its history.
    void closingWhileAClipIsFinishedKeepsTheClip()
    {
        test::FakeTimeStampAuthority tsa;
        QVERIFY(tsa.listen());
        tsa.hold();
        test::ServiceFixture fx;
        fx.app->provenance().setTimeStampUrl(tsa.url());
        fx.freeProvider->setVideoBytes(test::sampleMp4());
        QSignalSpy held(&tsa, &test::FakeTimeStampAuthority::answerHeld);
        const JobId id = fx.service->submit(fx.freeRequest()).id;
        QTRY_COMPARE(fx.freeProvider->runningCount(), 1);
        fx.freeProvider->succeed(id);
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 1, 30000);
        const QString video = fx.paths.videoFileFor(id);

        fx.restartService(); // the old service goes while its clip waits for the authority
        const std::optional<Job> job = fx.jobs->load(id);
        QVERIFY(job);
        QCOMPARE(job->state(), JobState::Completed);
        QCOMPARE(job->output().videoPath, video);
        QCOMPARE(job->output().fileBytes, QFileInfo(video).size());
        const QString detail = fx.jobs->events(id).last().detail;
        QVERIFY2(detail.contains(QLatin1String("signed without a time-stamp: the program was closing")), qPrintable(detail));
        const ProvenanceReport report = verifyFile(video);
        QVERIFY2(report.state == ProvenanceReport::State::Valid, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY(!report.active.timeStamp.isValid());
    }

    // A clip at NTSC film's 24000/1001 frames a second keeps that exact rate through the
    // visible label's re-encode (rounded to 24 it would play fast and drift from its sound).
    void theLabelKeepsAnExactFractionalFrameRate()
    {
        const QString source = m_dir.filePath(QStringLiteral("ntsc-film.mp4"));
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                      QStringLiteral("testsrc2=size=320x180:rate=24000/1001:duration=1"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                      QStringLiteral("-i"), QStringLiteral("sine=frequency=440:sample_rate=48000:duration=1"), QStringLiteral("-c:v"),
                      QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"), QStringLiteral("-pix_fmt"),
                      QStringLiteral("yuv420p"), QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-shortest"), QStringLiteral("-y"), source});
        QVERIFY2(ffmpeg.waitForFinished(120000) && ffmpeg.exitCode() == 0, ffmpeg.readAllStandardError().constData());
        const QString before = ffprobeVideo(source);
        QVERIFY2(before.startsWith(QLatin1String("24000/1001,24000/1001,")), qPrintable(before));
        const std::optional<media::MediaInfo> in = media::probe(source);
        QVERIFY(in);
        QCOMPARE(in->fpsNumerator, 24000);
        QCOMPARE(in->fpsDenominator, 1001);

        const QString labelled = m_dir.filePath(QStringLiteral("ntsc-film-labelled.mp4"));
        QString error;
        QVERIFY2(storyboard::burnCornerLabel(source, labelled, storyboard::aiLabelText(), &error), qPrintable(error));
        // The same rate, the same frames, the same length.
        QCOMPARE(ffprobeVideo(labelled), before);
        const std::optional<media::MediaInfo> out = media::probe(labelled);
        QVERIFY(out);
        QCOMPARE(out->fpsNumerator, 24000);
        QCOMPARE(out->fpsDenominator, 1001);
        QVERIFY2(qAbs(out->videoDurationSec - in->videoDurationSec) < 0.001,
                 qPrintable(QStringLiteral("%1 s became %2 s").arg(in->videoDurationSec).arg(out->videoDurationSec)));
        QVERIFY(out->hasAudio);
    }

    void theBuiltinEngineIsAlgorithmicMedia()
    {
        const QString path = freshClip(QStringLiteral("builtin.mp4"));
        ClipFacts f;
        f.digitalSourceType = sourcetype::kAlgorithmicMedia;
        f.providerId = QStringLiteral("builtin");
        f.prompt = QStringLiteral("rain on a pond");
        QVERIFY(signClip(path, f, m_identity).ok);
        const ProvenanceReport report = verifyFile(path);
        QVERIFY(report.state == ProvenanceReport::State::Valid);
        QCOMPARE(report.digitalSourceType, sourcetype::kAlgorithmicMedia);
        QVERIFY(report.active.actions[0].softwareAgent.startsWith(QLatin1String("Reelcraft built-in engine")));
    }

    void everyChangedByteFails()
    {
        const QString path = freshClip(QStringLiteral("tamper.mp4"));
        QVERIFY(signClip(path, remoteFacts(), m_identity).ok);
        const QByteArray good = readAll(path);
        const QString copy = m_dir.filePath(QStringLiteral("tampered.mp4"));
        // Every byte up to just past the C2PA box (the manifest store), and a spread through the rest.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<bmff::TopBox> boxes;
        QString error;
        QVERIFY(bmff::listTopLevel(f, &boxes, &error));
        f.close();
        QList<qint64> positions;
        const qint64 dense = boxes[1].offset + boxes[1].size + 64;
        for (qint64 i = 0; i < dense; ++i)
            positions.append(i);
        for (qint64 i = dense; i < good.size(); i += good.size() / 150)
            positions.append(i);
        positions.append(good.size() - 1);
        int checked = 0;
        for (qint64 pos : std::as_const(positions)) {
            QByteArray bad = good;
            bad[pos] = char(bad[pos] ^ 0x01);
            writeAll(copy, bad);
            const ProvenanceReport report = verifyFile(copy);
            if (report.state == ProvenanceReport::State::Valid)
                QFAIL(qPrintable(QStringLiteral("a change at byte %1 of %2 (C2PA box %3..%4) went unnoticed: %5")
                                     .arg(pos).arg(good.size()).arg(boxes[1].offset).arg(boxes[1].offset + boxes[1].size)
                                     .arg(QString::fromLatin1(good.mid(pos - 16, 32).toHex()))));
            ++checked;
        }
        QVERIFY(checked > 400);
        // And an appended byte (a new top-level box cannot be that short) or a cut.
        writeAll(copy, good + QByteArray(1, '\0'));
        QVERIFY(verifyFile(copy).state != ProvenanceReport::State::Valid);
        writeAll(copy, good.left(good.size() - 1));
        QVERIFY(verifyFile(copy).state != ProvenanceReport::State::Valid);
    }

    void anIncomingManifestBecomesTheParent()
    {
        const QString path = freshClip(QStringLiteral("incoming.mp4"));
        ClipFacts provider = remoteFacts();
        provider.title = QStringLiteral("provider original");
        QVERIFY(signClip(path, provider, m_providerIdentity).ok); // as the provider would deliver it
        const QString providerLabel = verifyFile(path).active.label;

        const SignResult result = signClip(path, remoteFacts(), m_identity);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.keptIncomingManifest);
        QString why;
        QVERIFY2(decodes(path, &why), qPrintable(why));
        const ProvenanceReport report = verifyFile(path);
        QVERIFY2(report.state == ProvenanceReport::State::Valid, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.ingredients.size(), 1);
        QCOMPARE(report.ingredients[0].relationship, QStringLiteral("parentOf"));
        QVERIFY(report.ingredients[0].hasManifest);
        QVERIFY2(report.ingredients[0].manifest.intact(), qPrintable(report.ingredients[0].manifest.problems.join(QLatin1Char(';'))));
        QCOMPARE(report.ingredients[0].manifest.label, providerLabel);
        QCOMPARE(report.ingredients[0].manifest.signer.commonName, QStringLiteral("Provider test"));
        QCOMPARE(report.active.actions[0].action, QStringLiteral("c2pa.opened"));
        QCOMPARE(report.active.actions[0].ingredients.size(), 1);
        QCOMPARE(report.digitalSourceType, sourcetype::kTrainedAlgorithmicMedia);
    }

    void anEditNamesTheClipItChangedAsItsParent()
    {
        // The clip that was changed, signed as ours; the provider delivers the edit with its own
        // credentials. One parent only: the changed clip; the delivery is what c2pa.edited used.
        const QString source = freshClip(QStringLiteral("edit-source.mp4"));
        QVERIFY(signClip(source, remoteFacts(), m_identity).ok);
        const QString sourceLabel = verifyFile(source).active.label;
        const QString path = freshClip(QStringLiteral("edited.mp4"));
        QVERIFY(signClip(path, remoteFacts(), m_providerIdentity).ok);
        const QString providerLabel = verifyFile(path).active.label;

        ClipFacts f = remoteFacts();
        f.kind = ClipFacts::Kind::Edited;
        f.ingredients = {{source, QStringLiteral("The clip of job 3"), IngredientFile::Relationship::ParentOf}};
        const SignResult result = signClip(path, f, m_identity);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.keptIncomingManifest);
        QString why;
        QVERIFY2(decodes(path, &why), qPrintable(why));
        const ProvenanceReport report = verifyFile(path);
        QVERIFY2(report.state == ProvenanceReport::State::Valid, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.ingredients.size(), 2);
        int parents = 0;
        for (const IngredientSummary &i : report.ingredients) {
            QVERIFY(i.hasManifest);
            QVERIFY(i.manifest.intact());
            if (i.relationship == QLatin1String("parentOf")) {
                ++parents;
                QCOMPARE(i.title, QStringLiteral("The clip of job 3"));
                QCOMPARE(i.manifest.label, sourceLabel);
            } else {
                QCOMPARE(i.relationship, QStringLiteral("componentOf"));
                QCOMPARE(i.manifest.label, providerLabel);
            }
        }
        QCOMPARE(parents, 1);
        QCOMPARE(report.active.actions.size(), 2);
        QCOMPARE(report.active.actions[0].action, QStringLiteral("c2pa.opened"));
        QCOMPARE(report.active.actions[0].ingredients, QStringList{QStringLiteral("The clip of job 3")});
        QCOMPARE(report.active.actions[1].action, QStringLiteral("c2pa.edited"));
        QCOMPARE(report.active.actions[1].ingredients.size(), 1);
        QCOMPARE(report.digitalSourceType, sourcetype::kTrainedAlgorithmicMedia);

        // Without the provider's manifest the edit has the parent alone.
        const QString plain = freshClip(QStringLiteral("edited-plain.mp4"));
        QVERIFY(signClip(plain, f, m_identity).ok);
        const ProvenanceReport plainReport = verifyFile(plain);
        QVERIFY(plainReport.state == ProvenanceReport::State::Valid);
        QCOMPARE(plainReport.ingredients.size(), 1);
        QCOMPARE(plainReport.ingredients[0].relationship, QStringLiteral("parentOf"));
        QCOMPARE(plainReport.active.actions[1].action, QStringLiteral("c2pa.edited"));
        QVERIFY(plainReport.active.actions[1].ingredients.isEmpty());
    }

    void aBatchClipSaysWhichBatchAndRow()
    {
        const QString path = freshClip(QStringLiteral("batch-row.mp4"));
        ClipFacts f = remoteFacts();
        f.batchKey = QStringLiteral("spring#0123456789");
        f.batchItem = QStringLiteral("MUG/1"); // a sku may hold a slash
        QVERIFY(signClip(path, f, m_identity).ok);
        const ProvenanceReport report = verifyFile(path);
        QVERIFY2(report.state == ProvenanceReport::State::Valid, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.active.actions.size(), 1);
        const ActionSummary &made = report.active.actions[0];
        QCOMPARE(made.action, QStringLiteral("c2pa.created"));
        QCOMPARE(made.parameters.value(param::kBatch).toString(), QStringLiteral("spring#0123456789"));
        QCOMPARE(made.parameters.value(param::kBatchItem).toString(), QStringLiteral("MUG/1"));
        QCOMPARE(made.parameters.value(QStringLiteral("com.reelcraft.model")).toString(), QStringLiteral("sora-2"));
        QVERIFY2(made.description.endsWith(QLatin1String("item MUG/1 of the batch spring")), qPrintable(made.description));
        QVERIFY2(report.toText().contains(QLatin1String("batch:       spring#0123456789, item MUG/1")), qPrintable(report.toText()));

        // A clip made alone names no batch.
        const QString alone = freshClip(QStringLiteral("alone.mp4"));
        QVERIFY(signClip(alone, remoteFacts(), m_identity).ok);
        const ProvenanceReport aloneReport = verifyFile(alone);
        QVERIFY(!aloneReport.active.actions[0].parameters.contains(param::kBatch));
        QVERIFY(!aloneReport.toText().contains(QLatin1String("batch:")));
    }

    void joinedClipsPlaceTheirSources()
    {
        const QString a = freshClip(QStringLiteral("shot-a.mp4"));
        const QString b = freshClip(QStringLiteral("shot-b.mp4"));
        QVERIFY(signClip(a, remoteFacts(), m_identity).ok);
        // b has no credentials of its own: it is still an ingredient, without a manifest.
        const QString joined = freshClip(QStringLiteral("joined.mp4"));
        ClipFacts f;
        f.kind = ClipFacts::Kind::Composed;
        f.digitalSourceType = sourcetype::kCompositeWithTrainedAlgorithmicMedia;
        f.ingredients = {{a, QStringLiteral("Shot 1"), IngredientFile::Relationship::ComponentOf},
                         {b, QStringLiteral("Shot 2"), IngredientFile::Relationship::ComponentOf}};
        QVERIFY(signClip(joined, f, m_identity).ok);
        const ProvenanceReport report = verifyFile(joined);
        QVERIFY2(report.state == ProvenanceReport::State::Valid, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.ingredients.size(), 2);
        QVERIFY(report.ingredients[0].hasManifest);
        QVERIFY(!report.ingredients[1].hasManifest);
        QStringList actions;
        for (const ActionSummary &s : report.active.actions)
            actions << s.action + QLatin1Char(':') + s.ingredients.join(QLatin1Char(','));
        QCOMPARE(actions, QStringList({QStringLiteral("c2pa.created:"), QStringLiteral("c2pa.placed:Shot 1"),
                                       QStringLiteral("c2pa.placed:Shot 2")}));
    }

    void badInputsLeaveTheFileAlone()
    {
        const QString text = m_dir.filePath(QStringLiteral("not-a-video.mp4"));
        writeAll(text, QByteArray("this is not an MP4 at all"));
        SignResult r = signClip(text, remoteFacts(), m_identity);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("MP4")));
        QCOMPARE(readAll(text), QByteArray("this is not an MP4 at all"));
        QVERIFY(!QFile::exists(text + QStringLiteral(".c2pa.part")));

        const QString cut = m_dir.filePath(QStringLiteral("cut.mp4"));
        writeAll(cut, test::sampleMp4().left(test::sampleMp4().size() - 100));
        QVERIFY(!signClip(cut, remoteFacts(), m_identity).ok);
        QCOMPARE(readAll(cut).size(), test::sampleMp4().size() - 100);

        QVERIFY(!signClip(m_dir.filePath(QStringLiteral("missing.mp4")), remoteFacts(), m_identity).ok);
        QVERIFY(!signClip(freshClip(QStringLiteral("nokey.mp4")), remoteFacts(), SigningIdentity()).ok);

        QCOMPARE(verifyFile(text).state, ProvenanceReport::State::Invalid);
        const ProvenanceReport none = verifyFile(freshClip(QStringLiteral("plain.mp4")));
        QCOMPARE(none.state, ProvenanceReport::State::None);
        QVERIFY(none.problems.join(QString()).contains(QLatin1String("no content credentials")));
    }

    void certificatesFollowTheProfile()
    {
        QVERIFY2(crypto::profileProblems(m_identity.chainDer[0]).isEmpty(),
                 qPrintable(crypto::profileProblems(m_identity.chainDer[0]).join(QLatin1Char(';'))));
        const QStringList caProblems = crypto::profileProblems(m_identity.chainDer[1]);
        QVERIFY(caProblems.join(QLatin1Char(';')).contains(QLatin1String("self-signed")));
        QString error;
        QVERIFY(crypto::chainLinks(m_identity.chainDer, &error));
        QVERIFY(!crypto::chainLinks({m_identity.chainDer[0], m_providerIdentity.chainDer[1]}, &error));

        // A key that is not the certificate's, and a CA as a signer, are refused.
        SigningIdentity mixed;
        const QByteArray chainPem = crypto::identityToPem(m_identity).mid(m_identity.privateKeyPem.size());
        QVERIFY(!crypto::identityFromPem(m_providerIdentity.privateKeyPem, chainPem, &mixed, &error));
        QVERIFY(error.contains(QLatin1String("does not belong")));
        QVERIFY(crypto::identityFromPem(m_identity.privateKeyPem, chainPem, &mixed, &error));
        QCOMPARE(mixed.chainDer, m_identity.chainDer);
    }

    void theSignerIsKeptAndReplaceable()
    {
        test::FakeKeyStore keys;
        QTemporaryDir profile;
        QString error;
        std::optional<SigningIdentity> first;
        {
            SignerStore store(keys, profile.path());
            first = store.identity(&error);
            QVERIFY2(first, qPrintable(error));
            QCOMPARE(store.location(), QStringLiteral("the system keychain"));
        }
        SignerStore again(keys, profile.path());
        QCOMPARE(again.identity(&error)->chainDer, first->chainDer); // kept, not remade

        // A user's own certificate replaces it.
        const QByteArray chainPem = crypto::identityToPem(m_providerIdentity).mid(m_providerIdentity.privateKeyPem.size());
        QVERIFY2(again.install(m_providerIdentity.privateKeyPem, chainPem, &error), qPrintable(error));
        QCOMPARE(SignerStore(keys, profile.path()).identity(&error)->chainDer, m_providerIdentity.chainDer);

        // Without a keychain the key goes to an owner-only file in the profile.
        test::FakeKeyStore refusing;
        refusing.setRefuseWrites(true);
        SignerStore headless(refusing, profile.path());
        QVERIFY2(headless.identity(&error), qPrintable(error));
        QVERIFY(headless.location().endsWith(QLatin1String("provenance/signer.pem")));
        QCOMPARE(QFile(headless.location()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }
};

QTEST_MAIN(TestProvenance) // a QGuiApplication: the visible label draws text
#include "tst_provenance.moc"
