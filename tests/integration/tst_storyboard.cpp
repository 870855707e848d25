// `reelcraft storyboard` through the real program on the built-in engine: a three-shot lesson
// with a title, captions and spoken narration; what the MP4, its chapters and its caption files
// hold; narration heard where it belongs and nowhere else; reuse of made shots; a failing shot.
#include "engine/audio/Loudness.h"
#include "media/MediaReader.h"
#include "media/Probe.h"
#include "support/FakeServerFixture.h"
#include "support/FakeVideosApiServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

extern "C" {
#include <libavformat/avformat.h>
}

#include <cmath>

using namespace rc;
using namespace rc::test;

namespace {

constexpr int kFps = 24;
constexpr double kTitleSec = 2.5;
constexpr double kShotSec = 3;
constexpr double kFadeSec = 0.5;

QJsonObject lessonDocument()
{
    const auto shot = [](const char *prompt, const char *caption, const char *narration) {
        QJsonObject o{{QStringLiteral("prompt"), QLatin1String(prompt)},
                      {QStringLiteral("seconds"), kShotSec},
                      {QStringLiteral("caption"), QLatin1String(caption)}};
        if (narration)
            o.insert(QStringLiteral("narration"), QLatin1String(narration));
        return o;
    };
    return QJsonObject{
        {QStringLiteral("title"), QStringLiteral("The Water Cycle")},
        {QStringLiteral("subtitle"), QStringLiteral("Lesson 3")},
        {QStringLiteral("size"), QStringLiteral("320x180")},
        {QStringLiteral("fps"), kFps},
        {QStringLiteral("language"), QStringLiteral("en")},
        {QStringLiteral("transition"), QJsonObject{{QStringLiteral("type"), QStringLiteral("crossfade")}, {QStringLiteral("seconds"), kFadeSec}}},
        {QStringLiteral("music"), QStringLiteral("none")},
        {QStringLiteral("shots"),
         QJsonArray{shot("Sunlight warming the sea, mist rising", "Evaporation", "Water rises."),
                    shot("White clouds gathering over the hills", "Condensation", nullptr),
                    shot("Rain falling on a green valley", "Precipitation", "Rain falls.")}}};
}

struct Cue
{
    double startSec = 0;
    double endSec = 0;
    QString text;
};

// Cues of an SRT or VTT file: "00:00:02,250 --> 00:00:04,750" (or with a dot) and the text.
QList<Cue> readCues(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression re(QStringLiteral(R"((\d\d):(\d\d):(\d\d)[,.](\d\d\d) --> (\d\d):(\d\d):(\d\d)[,.](\d\d\d)\n([^\n]+))"));
    QList<Cue> cues;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const auto sec = [&](int at) {
            return m.captured(at).toInt() * 3600 + m.captured(at + 1).toInt() * 60 + m.captured(at + 2).toInt()
                + m.captured(at + 3).toInt() / 1000.0;
        };
        cues.append({sec(1), sec(5), m.captured(9)});
    }
    return cues;
}

QStringList chapterTitles(const QString &path, QList<double> *starts)
{
    AVFormatContext *fmt = nullptr;
    QStringList titles;
    if (avformat_open_input(&fmt, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
        return titles;
    avformat_find_stream_info(fmt, nullptr);
    for (unsigned i = 0; i < fmt->nb_chapters; ++i) {
        const AVChapter *c = fmt->chapters[i];
        const AVDictionaryEntry *t = av_dict_get(c->metadata, "title", nullptr, 0);
        titles.append(t ? QString::fromUtf8(t->value) : QString());
        starts->append(c->start * av_q2d(c->time_base));
    }
    avformat_close_input(&fmt);
    return titles;
}

QImage frameAt(const QString &path, double sec)
{
    media::VideoReader reader;
    QImage frame;
    if (!reader.open(path) || !reader.seek(sec) || !reader.next(&frame))
        return {};
    return frame;
}

// Mean absolute difference of two frames inside `rect`, over the three colours.
double difference(const QImage &a, const QImage &b, const QRect &rect)
{
    double sum = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * rect.width() * rect.height());
}

// How much of `with` in [from, to) is not a scaled copy of `without`: the least-squares gain is
// taken out, so a lesson mastered to another level still matches where only the level differs.
double unexplainedShare(const media::DecodedAudio &with, const media::DecodedAudio &without, double from, double to)
{
    const size_t a = size_t(from * with.sampleRate) * 2, b = size_t(to * with.sampleRate) * 2;
    double xy = 0, yy = 0, xx = 0;
    for (size_t i = a; i < b && i < with.samples.size() && i < without.samples.size(); ++i) {
        xy += double(with.samples[i]) * without.samples[i];
        yy += double(without.samples[i]) * without.samples[i];
        xx += double(with.samples[i]) * with.samples[i];
    }
    const double g = yy > 0 ? xy / yy : 0;
    double rr = 0;
    for (size_t i = a; i < b && i < with.samples.size() && i < without.samples.size(); ++i) {
        const double r = with.samples[i] - g * without.samples[i];
        rr += r * r;
    }
    return xx > 0 ? rr / xx : 0;
}

} // namespace

class TestStoryboard : public QObject
{
    Q_OBJECT

    CliRunner m_cli;
    QTemporaryDir m_docs;
    QJsonObject m_lesson; // the first lesson's --json answer

    QString writeDocument(const QString &name, const QJsonObject &doc)
    {
        const QString path = m_docs.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(doc).toJson());
        return path;
    }

    CliRunner::Result storyboard(const QString &doc, const QString &output, const QStringList &extra = {})
    {
        return m_cli.run(QStringList{QStringLiteral("storyboard"), doc, QStringLiteral("-o"), m_docs.filePath(output),
                                     QStringLiteral("--json")}
                             + extra,
                         240000);
    }

    static QStringList clipsOf(const QJsonObject &answer)
    {
        QStringList clips;
        for (const QJsonValue &s : answer.value(QStringLiteral("shots")).toArray())
            clips.append(s.toObject().value(QStringLiteral("clip")).toString());
        return clips;
    }

private Q_SLOTS:
    void threeShotLesson()
    {
        const auto r = storyboard(writeDocument(QStringLiteral("water.json"), lessonDocument()), QStringLiteral("lesson.mp4"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_lesson = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(m_lesson.value(QStringLiteral("made")).toInt(), 3);
        const QString video = m_docs.filePath(QStringLiteral("lesson.mp4"));
        QCOMPARE(m_lesson.value(QStringLiteral("output")).toString(), video);

        // One H.264/AAC file as long as its parts minus the overlaps (no shot was lengthened:
        // each narration fits its three seconds).
        const QJsonArray shots = m_lesson.value(QStringLiteral("shots")).toArray();
        for (const QJsonValue &s : shots)
            QVERIFY(s.toObject().value(QStringLiteral("narrationSec")).toDouble() < 2.0);
        QVERIFY(shots[0].toObject().value(QStringLiteral("narrationSec")).toDouble() > 0.4);
        QCOMPARE(shots[1].toObject().value(QStringLiteral("narrationSec")).toDouble(), 0.0);
        const double expected = kTitleSec + 3 * kShotSec - 3 * kFadeSec;
        const auto info = media::probe(video);
        QVERIFY(info);
        QCOMPARE(info->size, QSize(320, 180));
        QCOMPARE(info->videoCodec, QStringLiteral("h264"));
        QCOMPARE(info->audioCodec, QStringLiteral("aac"));
        QVERIFY2(std::abs(info->videoDurationSec - expected) < 1.0 / kFps + 1e-6, qPrintable(QString::number(info->videoDurationSec)));
        QVERIFY2(std::abs(info->durationSec - expected) < 0.05, qPrintable(QString::number(info->durationSec)));

        // Captions: one cue per shot, tiling the shots' windows, the same in both files, each
        // boundary in the middle of a crossfade.
        const QList<Cue> srt = readCues(m_lesson.value(QStringLiteral("srt")).toString());
        const QList<Cue> vtt = readCues(m_lesson.value(QStringLiteral("vtt")).toString());
        QCOMPARE(srt.size(), 3);
        QCOMPARE(vtt.size(), 3);
        const QStringList captions{QStringLiteral("Evaporation"), QStringLiteral("Condensation"), QStringLiteral("Precipitation")};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject shot = shots[i].toObject();
            QCOMPARE(srt[i].text, captions[i]);
            QCOMPARE(vtt[i].text, captions[i]);
            QVERIFY(std::abs(srt[i].startSec - shot.value(QStringLiteral("startSec")).toDouble()) < 0.002);
            QVERIFY(std::abs(srt[i].endSec - shot.value(QStringLiteral("endSec")).toDouble()) < 0.002);
            QVERIFY(std::abs(vtt[i].startSec - srt[i].startSec) < 0.002 && std::abs(vtt[i].endSec - srt[i].endSec) < 0.002);
            // Part i+1 (after the title) starts at i+1 parts minus their overlaps; its cue
            // starts half a crossfade later.
            const double partStart = kTitleSec - kFadeSec + i * (kShotSec - kFadeSec);
            QVERIFY2(std::abs(srt[i].startSec - (partStart + kFadeSec / 2)) <= 1.0 / kFps,
                     qPrintable(QStringLiteral("cue %1 starts at %2").arg(i).arg(srt[i].startSec)));
        }
        QVERIFY(std::abs(srt[0].endSec - srt[1].startSec) < 0.002 && std::abs(srt[1].endSec - srt[2].startSec) < 0.002);
        QVERIFY(std::abs(srt[2].endSec - expected) < 0.05);

        // Chapters: the title card and each shot, named by its caption.
        QList<double> starts;
        QCOMPARE(chapterTitles(video, &starts),
                 (QStringList{QStringLiteral("The Water Cycle"), captions[0], captions[1], captions[2]}));
        QVERIFY(std::abs(starts[2] - srt[1].startSec) < 0.01);

        // The sound is mastered: -16 LUFS, peaks under full scale.
        media::DecodedAudio audio;
        QVERIFY(media::readAudio(video, &audio));
        engine::LoudnessMeter meter(audio.sampleRate, audio.channels);
        meter.add(audio.samples.data(), int(audio.frames()));
        QVERIFY2(std::abs(meter.integratedLufs() + 16) < 1.0, qPrintable(QString::number(meter.integratedLufs())));
        QVERIFY(meter.samplePeak() < 1.0f);
    }

    void captionsNarrationAndReuse()
    {
        QVERIFY(!m_lesson.isEmpty());
        // The same shots without narration and without burned captions: every shot is reused.
        QJsonObject doc = lessonDocument();
        QJsonArray shots = doc.value(QStringLiteral("shots")).toArray();
        for (int i = 0; i < shots.size(); ++i) {
            QJsonObject s = shots[i].toObject();
            s.remove(QStringLiteral("narration"));
            shots[i] = s;
        }
        doc.insert(QStringLiteral("shots"), shots);
        const auto r = storyboard(writeDocument(QStringLiteral("quiet.json"), doc), QStringLiteral("quiet.mp4"),
                                  {QStringLiteral("--no-burned-captions")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject quiet = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(quiet.value(QStringLiteral("made")).toInt(), 0);
        QCOMPARE(clipsOf(quiet), clipsOf(m_lesson));
        QCOMPARE(quiet.value(QStringLiteral("durationSec")).toDouble(), m_lesson.value(QStringLiteral("durationSec")).toDouble());

        // The caption is in the picture: the lower part of a frame mid-shot differs from the
        // same frame without captions, the upper part does not.
        const QString lesson = m_lesson.value(QStringLiteral("output")).toString();
        const QString plain = quiet.value(QStringLiteral("output")).toString();
        for (const QJsonValue &v : m_lesson.value(QStringLiteral("shots")).toArray()) {
            const QJsonObject s = v.toObject();
            const double mid = (s.value(QStringLiteral("startSec")).toDouble() + s.value(QStringLiteral("endSec")).toDouble()) / 2;
            const QImage with = frameAt(lesson, mid), without = frameAt(plain, mid);
            QVERIFY(!with.isNull() && !without.isNull());
            // The caption box sits centred on the title-safe line (90 % of the height).
            const double captionBand = difference(with, without, QRect(130, 147, 60, 14));
            const double sky = difference(with, without, QRect(0, 0, 320, 60));
            QVERIFY2(captionBand > 12 && sky < 3,
                     qPrintable(QStringLiteral("caption band %1, sky %2").arg(captionBand).arg(sky)));
        }
        // The title card shows before the first shot in both.
        QVERIFY(difference(frameAt(lesson, 1.0), frameAt(plain, 1.0), QRect(0, 0, 320, 180)) < 3);

        // Narration: heard in the windows of shots 1 and 3, which speak, and not in shot 2's,
        // nor anywhere in the lesson made without it.
        media::DecodedAudio spoken, silent;
        QVERIFY(media::readAudio(lesson, &spoken));
        QVERIFY(media::readAudio(plain, &silent));
        const QJsonArray windows = m_lesson.value(QStringLiteral("shots")).toArray();
        QList<double> share;
        for (const QJsonValue &v : windows) {
            const QJsonObject s = v.toObject();
            const double from = s.value(QStringLiteral("startSec")).toDouble();
            // Where the voice speaks: from the cue's start for as long as the narration lasts;
            // for the silent shot its middle, away from its neighbours' ducking.
            const double narration = s.value(QStringLiteral("narrationSec")).toDouble();
            share.append(narration > 0 ? unexplainedShare(spoken, silent, from, from + narration)
                                       : unexplainedShare(spoken, silent, from + 0.6, s.value(QStringLiteral("endSec")).toDouble() - 0.6));
        }
        QVERIFY2(share[0] > 0.3 && share[2] > 0.3 && share[1] < 0.05,
                 qPrintable(QStringLiteral("unexplained: %1 %2 %3").arg(share[0]).arg(share[1]).arg(share[2])));
    }

    void aiLabelIsBurnedInTheCornerWhenAsked()
    {
        // The quiet lesson again, with the visible label: only the top right corner changes.
        const QString plain = m_docs.filePath(QStringLiteral("quiet.mp4"));
        QVERIFY(QFileInfo::exists(plain));
        const auto r = storyboard(m_docs.filePath(QStringLiteral("quiet.json")), QStringLiteral("labelled.mp4"),
                                  {QStringLiteral("--no-burned-captions"), QStringLiteral("--ai-label")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject labelled = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(labelled.value(QStringLiteral("made")).toInt(), 0);
        const QString video = labelled.value(QStringLiteral("output")).toString();
        for (const double sec : {1.0, 4.0, 7.0}) { // the title card and two shots
            const QImage with = frameAt(video, sec), without = frameAt(plain, sec);
            QVERIFY(!with.isNull() && !without.isNull());
            const double corner = difference(with, without, QRect(240, 9, 70, 14));
            const double rest = difference(with, without, QRect(0, 40, 320, 140));
            QVERIFY2(corner > 12 && rest < 3, qPrintable(QStringLiteral("at %1 s: corner %2, rest %3").arg(sec).arg(corner).arg(rest)));
        }
        // Still signed: the label is part of making the lesson, not a change after it.
        const auto verified = m_cli.run({QStringLiteral("verify"), video});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    }

    void changingOneShotRemakesOnlyIt()
    {
        QVERIFY(!m_lesson.isEmpty());
        QJsonObject doc = lessonDocument();
        QJsonArray shots = doc.value(QStringLiteral("shots")).toArray();
        QJsonObject second = shots[1].toObject();
        second.insert(QStringLiteral("prompt"), QStringLiteral("Grey storm clouds gathering over the hills"));
        shots[1] = second;
        // A new caption on another shot changes only the lesson, not the shot.
        QJsonObject third = shots[2].toObject();
        third.insert(QStringLiteral("caption"), QStringLiteral("Rain"));
        shots[2] = third;
        doc.insert(QStringLiteral("shots"), shots);
        const auto r = storyboard(writeDocument(QStringLiteral("changed.json"), doc), QStringLiteral("changed.mp4"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject answer = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(answer.value(QStringLiteral("made")).toInt(), 1);
        const QStringList before = clipsOf(m_lesson), after = clipsOf(answer);
        QCOMPARE(after[0], before[0]);
        QVERIFY(after[1] != before[1]);
        QCOMPARE(after[2], before[2]);
        QVERIFY(QFileInfo::exists(after[1]));
        QCOMPARE(readCues(answer.value(QStringLiteral("srt")).toString()).last().text, QStringLiteral("Rain"));

        // --remake makes a shot again even though nothing in it changed.
        const auto again = storyboard(writeDocument(QStringLiteral("changed.json"), doc), QStringLiteral("changed.mp4"),
                                      {QStringLiteral("--remake"), QStringLiteral("3")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const QJsonObject remade = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(remade.value(QStringLiteral("made")).toInt(), 1);
        QVERIFY(clipsOf(remade)[2] != after[2]);
        QCOMPARE(clipsOf(remade)[0], after[0]);
    }

    void badInputExitsTwoNamingTheShot()
    {
        const auto expectBad = [&](const QJsonObject &doc, const QString &mentions) {
            const auto r = storyboard(writeDocument(QStringLiteral("bad.json"), doc), QStringLiteral("bad.mp4"));
            QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("%1: %2").arg(r.exitCode).arg(r.err)));
            QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
            QVERIFY(!QFileInfo::exists(m_docs.filePath(QStringLiteral("bad.mp4"))));
        };
        QJsonObject doc = lessonDocument();
        QJsonArray shots = doc.value(QStringLiteral("shots")).toArray();

        QJsonObject photo = shots[2].toObject();
        photo.insert(QStringLiteral("photo"), QStringLiteral("valley.jpg"));
        QJsonArray withPhoto = shots;
        withPhoto[2] = photo;
        doc.insert(QStringLiteral("shots"), withPhoto);
        expectBad(doc, QStringLiteral("shot 3: the photo valley.jpg does not exist"));

        QJsonObject recording = shots[1].toObject();
        recording.insert(QStringLiteral("voiceover"), QStringLiteral("recordings/clouds.wav"));
        QJsonArray withRecording = shots;
        withRecording[1] = recording;
        doc.insert(QStringLiteral("shots"), withRecording);
        expectBad(doc, QStringLiteral("shot 2: the recording recordings/clouds.wav does not exist"));

        QJsonObject provider = shots[1].toObject();
        provider.insert(QStringLiteral("provider"), QStringLiteral("nowhere"));
        QJsonArray withProvider = shots;
        withProvider[1] = provider;
        doc.insert(QStringLiteral("shots"), withProvider);
        expectBad(doc, QStringLiteral("shot 2: there is no provider named \"nowhere\""));

        doc.insert(QStringLiteral("shots"), QJsonArray());
        expectBad(doc, QStringLiteral("no shots"));

        QJsonObject typo = shots[0].toObject();
        typo.insert(QStringLiteral("narattion"), QStringLiteral("x"));
        QJsonArray withTypo = shots;
        withTypo[0] = typo;
        doc.insert(QStringLiteral("shots"), withTypo);
        expectBad(doc, QStringLiteral("shot 1: unknown field \"narattion\""));
    }

    void failingShotIsNamedAndMadeShotsKept()
    {
        FakeVideosApiServer server(FakeVideosApiServer::Flavor::VllmOmni);
        server.setModels({QStringLiteral("sora-2")});
        server.setFailJobsWith(QJsonObject{{QStringLiteral("code"), 500}, {QStringLiteral("message"), QStringLiteral("GPU fell over")}});
        QVERIFY(server.listen());
        CliRunner cli;
        const auto added = cli.run({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("srv"), QStringLiteral("--type"),
                                    QStringLiteral("videos-api"), QStringLiteral("--base-url"), server.baseUrl(),
                                    QStringLiteral("--option"), QStringLiteral("pollMinMs=20"), QStringLiteral("--option"),
                                    QStringLiteral("pollMaxMs=50"), QStringLiteral("--option"), QStringLiteral("retryBaseMs=10"),
                                    QStringLiteral("--option"), QStringLiteral("retryMaxMs=40")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        QJsonObject doc{{QStringLiteral("size"), QStringLiteral("320x180")},
                        {QStringLiteral("music"), QStringLiteral("none")},
                        {QStringLiteral("shots"),
                         QJsonArray{QJsonObject{{QStringLiteral("prompt"), QStringLiteral("A lighthouse at dusk")}, {QStringLiteral("seconds"), 2}},
                                    QJsonObject{{QStringLiteral("prompt"), QStringLiteral("A storm at sea")},
                                                {QStringLiteral("seconds"), 2},
                                                {QStringLiteral("provider"), QStringLiteral("srv")}}}}};
        const QString path = writeDocument(QStringLiteral("failing.json"), doc);
        const QString output = m_docs.filePath(QStringLiteral("failing.mp4"));
        auto r = cli.run({QStringLiteral("storyboard"), path, QStringLiteral("-o"), output}, 240000);
        QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("%1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(QLatin1String("shot 2:")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("shot 1:")));
        QVERIFY(!QFileInfo::exists(output));
        bool builtinMade = false;
        for (const QJsonValue &v : cli.jobs()) {
            const QJsonObject job = v.toObject();
            if (job.value(QStringLiteral("provider")).toString() == QLatin1String("builtin"))
                builtinMade = job.value(QStringLiteral("state")).toString() == QLatin1String("completed")
                    && QFileInfo::exists(job.value(QStringLiteral("video")).toString());
        }
        QVERIFY(builtinMade);

        // With the failing shot moved to the engine, only it is made: shot 1 was kept.
        QJsonArray shots = doc.value(QStringLiteral("shots")).toArray();
        QJsonObject second = shots[1].toObject();
        second.remove(QStringLiteral("provider"));
        shots[1] = second;
        doc.insert(QStringLiteral("shots"), shots);
        r = cli.run({QStringLiteral("storyboard"), writeDocument(QStringLiteral("failing.json"), doc), QStringLiteral("-o"), output,
                     QStringLiteral("--json")},
                    240000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("made")).toInt(), 1);
        QVERIFY(QFileInfo::exists(output));
    }
};

QTEST_MAIN(TestStoryboard)
#include "tst_storyboard.moc"
