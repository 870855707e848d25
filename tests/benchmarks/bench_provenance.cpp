// What content credentials add to a finished clip: signClip (rewrite with the C2PA box and XMP,
// BMFF hash, ES256 signature, rename) and verifyFile, on 10 s clips at 720p and 1080p made by
// ffmpeg (libx264 veryfast, AAC), with the page cache warm as it is right after encoding; the
// same for a fragmented MP4 (as some services stream it), a signature time-stamped by an
// in-process RFC 3161 responder (the authority's network time is not counted), and what the
// optional visible label costs (a re-encode of the pictures).
// Run: build/test/tests/bench_provenance [rounds]
#include "provenance/ClipSigner.h"
#include "provenance/Verifier.h"
#include "storyboard/ClipLabel.h"
#include "support/FakeTimeStampAuthority.h"

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace rc::provenance;

namespace {

bool makeClip(const QString &path, const QString &size, const QString &movflags = QStringLiteral("+faststart"))
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                  QStringLiteral("-i"), QStringLiteral("testsrc2=size=%1:rate=24").arg(size), QStringLiteral("-f"), QStringLiteral("lavfi"),
                  QStringLiteral("-i"), QStringLiteral("sine=frequency=440:sample_rate=48000"), QStringLiteral("-t"), QStringLiteral("10"),
                  QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
                  QStringLiteral("-preset"), QStringLiteral("veryfast"), QStringLiteral("-c:a"), QStringLiteral("aac"),
                  QStringLiteral("-movflags"), movflags, path});
    return ffmpeg.waitForFinished(300000) && ffmpeg.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the label is drawn with fonts
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    QTemporaryDir dir;
    SigningIdentity identity;
    QString error;
    QElapsedTimer keyTimer;
    keyTimer.start();
    if (!crypto::createInstallationIdentity(QStringLiteral("bench"), &identity, &error)) {
        std::fprintf(stderr, "no identity: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("installation key + certificates made once: %.1f ms\n", keyTimer.nsecsElapsed() / 1e6);
    ClipFacts facts;
    facts.providerId = QStringLiteral("openai");
    facts.model = QStringLiteral("sora-2");
    facts.prompt = QStringLiteral("a lighthouse in a storm, waves breaking on the rocks");

    for (const QString &size : {QStringLiteral("1280x720"), QStringLiteral("1920x1080")}) {
        const QString original = dir.filePath(QStringLiteral("original-%1.mp4").arg(size));
        const QString work = dir.filePath(QStringLiteral("clip-%1.mp4").arg(size));
        if (!makeClip(original, size)) {
            std::fprintf(stderr, "ffmpeg failed\n");
            return 1;
        }
        QList<double> signMs;
        QList<double> verifyMs;
        qint64 added = 0;
        for (int i = 0; i < rounds; ++i) {
            QFile::remove(work);
            QFile::copy(original, work);
            QFile(work).open(QIODevice::ReadOnly); // warm the cache as a just-written clip is
            QElapsedTimer t;
            t.start();
            const SignResult r = signClip(work, facts, identity);
            signMs << t.nsecsElapsed() / 1e6;
            if (!r.ok) {
                std::fprintf(stderr, "sign failed: %s\n", qPrintable(r.error));
                return 1;
            }
            added = r.fileBytes - QFileInfo(original).size();
            t.restart();
            const ProvenanceReport report = verifyFile(work);
            verifyMs << t.nsecsElapsed() / 1e6;
            if (report.state != ProvenanceReport::State::Valid) {
                std::fprintf(stderr, "verify failed\n");
                return 1;
            }
        }
        std::sort(signMs.begin(), signMs.end());
        std::sort(verifyMs.begin(), verifyMs.end());
        std::printf("%s 10 s, %.1f MB: sign best %.1f ms, median %.1f ms; verify best %.1f ms, median %.1f ms; +%lld bytes\n",
                    qPrintable(size), QFileInfo(original).size() / 1e6, signMs.first(), signMs[signMs.size() / 2],
                    verifyMs.first(), verifyMs[verifyMs.size() / 2], static_cast<long long>(added));

        // An edit of that signed clip (a remix): its parent's manifest travels along and the
        // parent is validated while signing. Made as part of a batch, as batch clips are.
        ClipFacts edit = facts;
        edit.kind = ClipFacts::Kind::Edited;
        edit.batchKey = QStringLiteral("spring#0123456789");
        edit.batchItem = QStringLiteral("MUG-1");
        edit.ingredients = {{work, QStringLiteral("The clip of job 1"), IngredientFile::Relationship::ParentOf}};
        const QString edited = dir.filePath(QStringLiteral("edited-%1.mp4").arg(size));
        QList<double> editMs;
        for (int i = 0; i < rounds; ++i) {
            QFile::remove(edited);
            QFile::copy(original, edited);
            QFile(edited).open(QIODevice::ReadOnly);
            QElapsedTimer t;
            t.start();
            const SignResult r = signClip(edited, edit, identity);
            editMs << t.nsecsElapsed() / 1e6;
            if (!r.ok || verifyFile(edited).state != ProvenanceReport::State::Valid) {
                std::fprintf(stderr, "edit failed: %s\n", qPrintable(r.error));
                return 1;
            }
            added = r.fileBytes - QFileInfo(original).size();
        }
        std::sort(editMs.begin(), editMs.end());
        std::printf("%s edit with a signed parent, in a batch: sign best %.1f ms, median %.1f ms; +%lld bytes\n", qPrintable(size),
                    editMs.first(), editMs[editMs.size() / 2], static_cast<long long>(added));

        const auto timeSigning = [&](const QString &label, const QString &source, const SignOptions &options) {
            const QString copy = dir.filePath(QStringLiteral("variant-%1.mp4").arg(size));
            QList<double> ms;
            for (int i = 0; i < rounds; ++i) {
                QFile::remove(copy);
                QFile::copy(source, copy);
                QFile(copy).open(QIODevice::ReadOnly);
                QElapsedTimer t;
                t.start();
                const SignResult r = signClip(copy, facts, identity, options);
                ms << t.nsecsElapsed() / 1e6;
                if (!r.ok || verifyFile(copy).state != ProvenanceReport::State::Valid) {
                    std::fprintf(stderr, "%s failed: %s\n", qPrintable(label), qPrintable(r.error));
                    return false;
                }
                added = r.fileBytes - QFileInfo(source).size();
            }
            std::sort(ms.begin(), ms.end());
            std::printf("%s %s: sign best %.1f ms, median %.1f ms; +%lld bytes\n", qPrintable(size), qPrintable(label), ms.first(),
                        ms[ms.size() / 2], static_cast<long long>(added));
            return true;
        };
        const QString fragmented = dir.filePath(QStringLiteral("fragmented-%1.mp4").arg(size));
        if (!makeClip(fragmented, size, QStringLiteral("frag_keyframe+empty_moov")) || !timeSigning(QStringLiteral("fragmented"), fragmented, {}))
            return 1;
        rc::test::FakeTimeStampAuthority tsa;
        SignOptions stamped;
        stamped.timeStamp = tsa.stamper();
        if (!timeSigning(QStringLiteral("time-stamped (local responder)"), original, stamped))
            return 1;

        QList<double> labelMs;
        const QString labelled = dir.filePath(QStringLiteral("labelled-%1.mp4").arg(size));
        for (int i = 0; i < std::min(rounds, 3); ++i) {
            QFile::remove(labelled);
            QElapsedTimer t;
            t.start();
            if (!rc::storyboard::burnCornerLabel(original, labelled, QStringLiteral("AI-generated"), &error)) {
                std::fprintf(stderr, "label failed: %s\n", qPrintable(error));
                return 1;
            }
            labelMs << t.nsecsElapsed() / 1e6;
        }
        std::sort(labelMs.begin(), labelMs.end());
        std::printf("%s visible label (decode, draw, re-encode veryfast): best %.0f ms, median %.0f ms\n", qPrintable(size),
                    labelMs.first(), labelMs[labelMs.size() / 2]);
    }
    return 0;
}
