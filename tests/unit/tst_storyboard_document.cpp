// The storyboard document (its exact fields, paths, and every refusal), the lesson's timeline
// (parts, overlaps, lengthening for narration), its caption files, captions drawn in YUV, and
// speech.
#include "media/Mp4Writer.h"
#include "media/YuvFrame.h"
#include "storyboard/LessonAssembler.h"
#include "storyboard/LessonTimeline.h"
#include "storyboard/Speech.h"
#include "storyboard/Storyboard.h"
#include "storyboard/Subtitles.h"
#include "storyboard/TextCards.h"
#include "storyboard/YuvPicture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <atomic>
#include <cmath>

using namespace rc;
using namespace rc::storyboard;

namespace {

const char *kIssueExample = R"({
  "title": "The Water Cycle", "subtitle": "Lesson 3",
  "size": "1280x720", "fps": 24, "language": "en",
  "transition": { "type": "crossfade", "seconds": 0.5 },
  "music": "engine",
  "shots": [
    { "prompt": "Sunlight warming the sea, mist rising", "seconds": 4,
      "caption": "Evaporation", "narration": "The sun warms the sea and water rises as vapour." },
    { "prompt": "White clouds gathering over the hills", "seconds": 4, "continue": true,
      "caption": "Condensation", "voiceover": "recordings/clouds.wav" },
    { "prompt": "Rain falling on a green valley", "seconds": 4, "photo": "valley.jpg",
      "provider": "builtin", "caption": "Precipitation" }
  ]
})";

} // namespace

class TestStoryboardDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void touch(const QString &relative)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }

    QString refusal(const QByteArray &json)
    {
        QString error;
        const auto sb = Storyboard::fromJson(json, m_dir.path(), &error);
        return sb ? QStringLiteral("(accepted)") : error;
    }

    // A one-second 64x36 clip with no sound, the kind of made shot a lesson is joined from.
    static bool writeShot(const QString &path, QString *error)
    {
        media::Mp4Writer writer;
        media::VideoSettings video;
        video.width = 64;
        video.height = 36;
        video.preset = QStringLiteral("ultrafast");
        media::AudioSettings audio;
        audio.enabled = false;
        if (!writer.open(path, video, audio, {}, error))
            return false;
        QImage picture(64, 36, QImage::Format_RGB32);
        for (int f = 0; f < 24; ++f) {
            picture.fill(QColor(f * 10, 90, 160));
            if (!writer.writeVideo(picture, error))
                return false;
        }
        return writer.finish(error);
    }

    // Sound but no picture: a 16-bit mono WAV of silence.
    static void writeSilence(const QString &path)
    {
        QByteArray wav("RIFF");
        const auto u32 = [&wav](quint32 v) { char b[4]; qToLittleEndian(v, b); wav.append(b, 4); };
        const auto u16 = [&wav](quint16 v) { char b[2]; qToLittleEndian(v, b); wav.append(b, 2); };
        const QByteArray pcm(48000 * 2, '\0');
        u32(36 + pcm.size());
        wav.append("WAVEfmt ");
        u32(16), u16(1), u16(1), u32(48000), u32(96000), u16(2), u16(16);
        wav.append("data");
        u32(pcm.size());
        wav.append(pcm);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(wav);
    }

    static Storyboard twoShotLesson()
    {
        Storyboard sb;
        sb.size = VideoSize{64, 36};
        sb.music = MusicKind::None;
        for (int i = 0; i < 2; ++i) {
            Shot shot;
            shot.prompt = QStringLiteral("shot");
            shot.seconds = 1;
            sb.shots.append(shot);
        }
        return sb;
    }

private Q_SLOTS:
    void readsTheFormatsFields()
    {
        touch(QStringLiteral("recordings/clouds.wav"));
        touch(QStringLiteral("valley.jpg"));
        QString error;
        const auto sb = Storyboard::fromJson(kIssueExample, m_dir.path(), &error);
        QVERIFY2(sb, qPrintable(error));
        QCOMPARE(sb->title, QStringLiteral("The Water Cycle"));
        QCOMPARE(sb->subtitle, QStringLiteral("Lesson 3"));
        QCOMPARE(sb->size, (VideoSize{1280, 720}));
        QCOMPARE(sb->fps, 24);
        QCOMPARE(sb->language, QStringLiteral("en"));
        QCOMPARE(sb->transition, Transition::Crossfade);
        QCOMPARE(sb->transitionSec, 0.5);
        QCOMPARE(sb->music, MusicKind::Engine);
        QCOMPARE(sb->shots.size(), 3);
        QCOMPARE(sb->shots[0].narration, QStringLiteral("The sun warms the sea and water rises as vapour."));
        QVERIFY(sb->shots[1].continueFromPrevious);
        // Relative paths are the document's folder's.
        QCOMPARE(sb->shots[1].voiceover, QDir(m_dir.path()).filePath(QStringLiteral("recordings/clouds.wav")));
        QCOMPARE(sb->shots[2].photo, QDir(m_dir.path()).filePath(QStringLiteral("valley.jpg")));
        QCOMPARE(sb->providerOf(sb->shots[0]), QStringLiteral("builtin"));
        QCOMPARE(sb->providerOf(sb->shots[2]), QStringLiteral("builtin"));

        // Written back with relative paths, and read again to the same storyboard.
        const QByteArray saved = QJsonDocument(sb->toJson(m_dir.path())).toJson();
        QVERIFY(saved.contains("\"recordings/clouds.wav\""));
        const auto again = Storyboard::fromJson(saved, m_dir.path(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->shots, sb->shots);
        QCOMPARE(again->title, sb->title);

        // The visible label is off unless the document asks, and is kept when written back.
        QVERIFY(!sb->aiLabel);
        QVERIFY(!saved.contains("aiLabel"));
        const auto labelled = Storyboard::fromJson(R"({"aiLabel": true, "shots": [{"prompt": "a"}]})", m_dir.path(), &error);
        QVERIFY2(labelled, qPrintable(error));
        QVERIFY(labelled->aiLabel);
        const auto back = Storyboard::fromJson(QJsonDocument(labelled->toJson(m_dir.path())).toJson(), m_dir.path(), &error);
        QVERIFY(back && back->aiLabel);
    }

    void refusesBadInputNamingTheShot_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("no shots") << QByteArray(R"({"shots": []})") << QStringLiteral("no shots");
        QTest::newRow("shots missing") << QByteArray(R"({"title": "x"})") << QStringLiteral("no shots");
        QTest::newRow("missing photo") << QByteArray(R"({"shots": [{"prompt": "a"}, {"prompt": "b", "photo": "none.jpg"}]})")
                                       << QStringLiteral("shot 2: the photo none.jpg does not exist");
        QTest::newRow("missing recording") << QByteArray(R"({"shots": [{"prompt": "a", "voiceover": "gone.wav"}]})")
                                           << QStringLiteral("shot 1: the recording gone.wav does not exist");
        QTest::newRow("missing music") << QByteArray(R"({"music": "song.mp3", "shots": [{"prompt": "a"}]})")
                                       << QStringLiteral("the music file song.mp3 does not exist");
        QTest::newRow("unknown field") << QByteArray(R"({"shots": [{"prompt": "a"}, {"prompt": "b", "caption ": "x"}]})")
                                       << QStringLiteral("shot 2: unknown field \"caption \"");
        QTest::newRow("unknown top field") << QByteArray(R"({"titel": "x", "shots": [{"prompt": "a"}]})")
                                           << QStringLiteral("unknown field \"titel\"");
        QTest::newRow("seconds text") << QByteArray(R"({"shots": [{"prompt": "a", "seconds": "4"}]})")
                                      << QStringLiteral("shot 1: \"seconds\" must be a number");
        QTest::newRow("empty shot") << QByteArray(R"({"shots": [{"caption": "a"}]})")
                                    << QStringLiteral("shot 1: write a prompt or give a photo");
        QTest::newRow("first continues") << QByteArray(R"({"shots": [{"prompt": "a", "continue": true}]})")
                                         << QStringLiteral("shot 1: the first shot has no previous shot");
        QTest::newRow("two voices") << QByteArray(R"({"shots": [{"prompt": "a", "narration": "x", "voiceover": "y"}]})")
                                    << QStringLiteral("shot 1:");
        QTest::newRow("bad transition") << QByteArray(R"({"transition": {"type": "wipe"}, "shots": [{"prompt": "a"}]})")
                                        << QStringLiteral("\"cut\" or \"crossfade\"");
        QTest::newRow("odd size") << QByteArray(R"({"size": "321x180", "shots": [{"prompt": "a"}]})")
                                  << QStringLiteral("\"size\"");
        QTest::newRow("label not a flag") << QByteArray(R"({"aiLabel": "yes", "shots": [{"prompt": "a"}]})")
                                          << QStringLiteral("\"aiLabel\" must be true or false");
        QTest::newRow("fractional fps") << QByteArray(R"({"fps": 23.976, "shots": [{"prompt": "a"}]})")
                                        << QStringLiteral("whole number");
        QTest::newRow("shot shorter than fades") << QByteArray(R"({"transition": {"seconds": 1}, "shots": [{"prompt": "a"}, {"prompt": "b", "seconds": 1.5}]})")
                                                 << QStringLiteral("shot 2: it lasts 1.5 s");
    }

    void refusesBadInputNamingTheShot()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QString error = refusal(json);
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void timelineIsThePartsMinusTheOverlaps()
    {
        Storyboard sb;
        sb.title = QStringLiteral("T");
        sb.fps = 24;
        sb.transitionSec = 0.5;
        for (double sec : {4.0, 3.0, 5.0})
            sb.shots.append(Shot{QStringLiteral("p"), sec});
        const LessonTimeline tl = LessonTimeline::build(sb, {});
        QCOMPARE(tl.parts.size(), 4);
        QCOMPARE(tl.overlapFrames, 12);
        QCOMPARE(tl.totalFrames, int((2.5 + 4 + 3 + 5 - 3 * 0.5) * 24));
        // Cues tile the lesson: each ends where the next starts, in the middle of a crossfade.
        QCOMPARE(tl.parts.first().cueStartFrame, 0);
        for (int i = 0; i + 1 < tl.parts.size(); ++i) {
            QCOMPARE(tl.parts[i].cueEndFrame, tl.parts[i + 1].cueStartFrame);
            QCOMPARE(tl.parts[i + 1].startFrame, tl.parts[i].startFrame + tl.parts[i].lengthFrames - 12);
            QCOMPARE(tl.parts[i + 1].cueStartFrame, tl.parts[i + 1].startFrame + 6);
        }
        QCOMPARE(tl.parts.last().cueEndFrame, tl.totalFrames);
        QCOMPARE(tl.partsAt(tl.parts[2].startFrame).size(), 2);
        QCOMPARE(tl.partsAt(tl.parts[2].startFrame + 12).size(), 1);

        // Cuts: no overlap; no title: no title part.
        sb.transition = Transition::Cut;
        sb.title.clear();
        const LessonTimeline cut = LessonTimeline::build(sb, {});
        QCOMPARE(cut.parts.size(), 3);
        QCOMPARE(cut.totalFrames, 12 * 24);

        // A narration longer than its shot lengthens that shot only, so the words fit its cue.
        sb.transition = Transition::Crossfade;
        const LessonTimeline spoken = LessonTimeline::build(sb, {0.0, 6.0, 1.0});
        QCOMPARE(spoken.parts[0].lengthFrames, 4 * 24);
        QCOMPARE(spoken.parts[2].lengthFrames, 5 * 24);
        const LessonPart &long1 = spoken.parts[1];
        QVERIFY(long1.cueEndFrame - long1.cueStartFrame >= int((6.0 + LessonTimeline::kNarrationTailSec) * 24));
        QCOMPARE(spoken.totalFrames, spoken.parts[0].lengthFrames + long1.lengthFrames + spoken.parts[2].lengthFrames - 2 * 12);
    }

    void subtitleFilesFollowTheCues()
    {
        Storyboard sb;
        sb.fps = 25;
        sb.transitionSec = 0.4;
        sb.shots.append(Shot{QStringLiteral("a"), 2.0, {}, {}, {}, false, QStringLiteral("One")});
        sb.shots.append(Shot{QStringLiteral("b"), 3.0}); // no caption: no cue
        sb.shots.append(Shot{QStringLiteral("c"), 2.0, {}, {}, {}, false, QStringLiteral("Three\n\nlines --> here")});
        const LessonTimeline tl = LessonTimeline::build(sb, {});
        const QString srt = toSrt(sb, tl);
        QCOMPARE(srt, QStringLiteral("1\n00:00:00,000 --> 00:00:01,800\nOne\n\n"
                                     "2\n00:00:04,400 --> 00:00:06,200\nThree\nlines → here\n\n"));
        const QString vtt = toVtt(sb, tl);
        QVERIFY(vtt.startsWith(QStringLiteral("WEBVTT\n\n00:00:00.000 --> 00:00:01.800\nOne\n\n")));
    }

    void captionIsDrawnInsideTheSafeArea()
    {
        const QSize frame(640, 360);
        const CaptionOverlay caption = renderCaption(frame, QStringLiteral("Evaporation: the sun warms the sea and the water rises"));
        QVERIFY(!caption.isNull());
        const QRect box(caption.topLeft, caption.image.size());
        QVERIFY(QRect(64, 36, 512, 288).contains(box));
        // Type in proportion to the frame: twice the height, about twice the box.
        const CaptionOverlay big = renderCaption(QSize(1280, 720), QStringLiteral("Evaporation"));
        const CaptionOverlay small = renderCaption(frame, QStringLiteral("Evaporation"));
        QVERIFY(std::abs(big.image.height() - 2 * small.image.height()) <= 4);

        // Laid over a mid-grey YUV frame, it brightens the text and darkens the box around it.
        media::YuvFrame yuv;
        yuv.resize(frame.width(), frame.height());
        std::fill(yuv.y.begin(), yuv.y.end(), uint8_t(126));
        std::fill(yuv.u.begin(), yuv.u.end(), uint8_t(128));
        std::fill(yuv.v.begin(), yuv.v.end(), uint8_t(128));
        drawYuvOverlay(yuv, toYuvOverlay(small, frame.width(), frame.height()));
        int bright = 0, dark = 0, changedAbove = 0;
        for (int y = 0; y < frame.height(); ++y)
            for (int x = 0; x < frame.width(); ++x) {
                const uint8_t v = yuv.y[size_t(y) * frame.width() + x];
                bright += v > 200;
                dark += v < 100;
                changedAbove += y < small.topLeft.y() && v != 126;
            }
        QVERIFY2(bright > 200 && dark > 200, qPrintable(QStringLiteral("%1 %2").arg(bright).arg(dark)));
        QCOMPARE(changedAbove, 0);
    }

    void cornerLabelSitsTopRightAndChangesNothingElse()
    {
        for (const QSize frame : {QSize(320, 180), QSize(1280, 720), QSize(1080, 1920)}) {
            const CaptionOverlay label = renderCornerLabel(frame, QStringLiteral("AI-generated"));
            QVERIFY(!label.isNull());
            const QRect box(label.topLeft, label.image.size());
            const int margin = std::min(frame.width(), frame.height()) / 20;
            // Inside the action-safe area, in the top right quarter, small.
            QVERIFY2(QRect(QPoint(0, 0), frame).adjusted(margin - 1, margin - 1, -margin + 1, -margin + 1).contains(box),
                     qPrintable(QStringLiteral("%1x%2: %3,%4 %5x%6").arg(frame.width()).arg(frame.height()).arg(box.x()).arg(box.y())
                                    .arg(box.width()).arg(box.height())));
            QVERIFY(box.left() > frame.width() / 2 && box.bottom() < frame.height() / 2);
            QVERIFY(box.width() * box.height() < frame.width() * frame.height() / 20);
        }
        QVERIFY(renderCornerLabel(QSize(320, 180), QStringLiteral("  ")).isNull());
        QVERIFY(renderCornerLabel(QSize(40, 8), QStringLiteral("AI-generated")).isNull()); // no room: none

        const QSize frame(640, 360);
        const CaptionOverlay label = renderCornerLabel(frame, QStringLiteral("AI-generated"));
        media::YuvFrame yuv;
        yuv.resize(frame.width(), frame.height());
        std::fill(yuv.y.begin(), yuv.y.end(), uint8_t(126));
        std::fill(yuv.u.begin(), yuv.u.end(), uint8_t(128));
        std::fill(yuv.v.begin(), yuv.v.end(), uint8_t(128));
        drawYuvOverlay(yuv, toYuvOverlay(label, frame.width(), frame.height()));
        const QRect box = QRect(label.topLeft, label.image.size()).adjusted(-2, -2, 2, 2);
        int bright = 0, outside = 0;
        for (int y = 0; y < frame.height(); ++y)
            for (int x = 0; x < frame.width(); ++x) {
                const uint8_t v = yuv.y[size_t(y) * frame.width() + x];
                bright += v > 200;
                outside += !box.contains(x, y) && v != 126;
            }
        QVERIFY2(bright > 50, qPrintable(QString::number(bright)));
        QCOMPARE(outside, 0);
    }

    // The pictures are composed on a thread of their own while the encoder works: a clip that
    // cannot be read half-way through still stops the join with its shot named, and a cancel
    // stops it, and neither leaves a lesson or a half-written file behind.
    void joinStopsAtAnUnreadableShotOrACancelLeavingNothing()
    {
        const QString good = m_dir.filePath(QStringLiteral("join/good.mp4"));
        const QString soundOnly = m_dir.filePath(QStringLiteral("join/sound-only.wav"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("join")));
        QString error;
        QVERIFY2(writeShot(good, &error), qPrintable(error));
        writeSilence(soundOnly);
        const QString output = m_dir.filePath(QStringLiteral("join/lesson.mp4"));
        const auto nothingLeft = [&] {
            return !QFileInfo::exists(output) && !QFileInfo::exists(output + QStringLiteral(".part"));
        };

        QVERIFY(!assembleLesson(twoShotLesson(), {good, soundOnly}, {}, output, AssemblyOptions(), nullptr, &error));
        QVERIFY2(error.startsWith(shotName(1)), qPrintable(error));
        QVERIFY(nothingLeft());

        std::atomic<bool> cancel{false};
        AssemblyOptions options;
        options.cancel = &cancel;
        double reached = 0;
        options.progress = [&](double fraction) {
            reached = fraction;
            if (fraction > 0.2)
                cancel = true;
        };
        error.clear();
        QVERIFY(!assembleLesson(twoShotLesson(), {good, good}, {}, output, options, nullptr, &error));
        QVERIFY2(reached > 0.2 && reached < 1, qPrintable(QString::number(reached)));
        QVERIFY(!error.isEmpty());
        QVERIFY(nothingLeft());

        // The same lesson, left to finish, is whole: every frame of its timeline written (more
        // than one shot's worth), progress at the end.
        cancel = false;
        options.progress = [&](double fraction) { reached = fraction; };
        AssembledLesson lesson;
        QVERIFY2(assembleLesson(twoShotLesson(), {good, good}, {}, output, options, &lesson, &error), qPrintable(error));
        QCOMPARE(reached, 1.0);
        QVERIFY(lesson.timeline.totalFrames > 24);
        media::VideoReader reader;
        QVERIFY(reader.open(output, &error));
        media::YuvFrame frame;
        int frames = 0;
        while (reader.nextYuv(&frame, QSize(64, 36)))
            ++frames;
        QCOMPARE(frames, lesson.timeline.totalFrames);
    }

    void speaksInTheStoryboardsLanguage()
    {
        media::DecodedAudio english, french, fast;
        QString error;
        QVERIFY2(speak(QStringLiteral("The sun warms the sea."), SpeechVoice{QStringLiteral("en"), {}, 160}, &english, &error), qPrintable(error));
        QVERIFY(english.sampleRate > 0);
        const double seconds = double(english.frames()) / english.sampleRate;
        QVERIFY2(seconds > 0.8 && seconds < 4, qPrintable(QString::number(seconds)));
        float peak = 0;
        for (float s : english.samples)
            peak = std::max(peak, std::abs(s));
        QVERIFY(peak > 0.05f);
        // Faster speech is shorter; another language and a voice variant are honoured.
        QVERIFY(speak(QStringLiteral("The sun warms the sea."), SpeechVoice{QStringLiteral("en"), QStringLiteral("f3"), 320}, &fast, &error));
        QVERIFY(fast.frames() < english.frames() * 0.75);
        QVERIFY(speak(QStringLiteral("Le soleil chauffe la mer."), SpeechVoice{QStringLiteral("fr-fr"), {}, 160}, &french, &error));
        QVERIFY(french.frames() > 0);
        QVERIFY(hasSpeechLanguage(QStringLiteral("de")));
        QVERIFY(!hasSpeechLanguage(QStringLiteral("xx-nowhere")));
    }
};

QTEST_MAIN(TestStoryboardDocument)
#include "tst_storyboard_document.moc"
