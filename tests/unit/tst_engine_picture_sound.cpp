// What a viewer would notice, measured on the engine's real output: loudness, a rain bed's
// broadband noise, a dark neon night, a warming sunset over a photo, a zoom that grows the
// subject, and a lightning flash whose thunder starts in the same frame; a violin bowed and a
// piano struck in time with the hands drawn, and a helicopter's rotor thudding unlike a jet.
#include "engine/Engine.h"
#include "engine/audio/AudioMix.h"
#include "engine/audio/Loudness.h"
#include "engine/plan/Planner.h"
#include "media/ImageFit.h"
#include "media/MediaReader.h"
#include "support/FrameMeasures.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace rc::engine;
using namespace rc::media;

namespace {
// The picture-and-sound clips are made at seed 3.
QString render(const QTemporaryDir &dir, const QString &name, const QString &prompt, int durationSec = 2,
               const QString &image = {})
{
    return rc::test::renderSmallClip(dir, name, prompt, durationSec, 3, image);
}
QList<QImage> frames(const QString &path)
{
    return rc::test::decodeFrames(path);
}
double meanLuma(const QImage &img)
{
    double sum = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            sum += qGray(img.pixel(x, y));
    return sum / (img.width() * img.height()) / 255.0;
}
double meanRedMinusBlue(const QImage &img)
{
    double sum = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            sum += qRed(img.pixel(x, y)) - qBlue(img.pixel(x, y));
    return sum / (img.width() * img.height());
}
// High-frequency share: mean square of the first difference over mean square (2 for white noise).
double brightness(const DecodedAudio &a, qint64 from, qint64 to)
{
    double e = 0, d = 0;
    for (qint64 i = std::max<qint64>(from, 1); i < to; ++i) {
        const float x = a.samples[size_t(i * 2)], p = a.samples[size_t((i - 1) * 2)];
        e += x * x;
        d += (x - p) * (x - p);
    }
    return e > 0 ? d / e : 0;
}
// The sound of one kind of event alone, mono: the raw mix with them minus the mix without (the
// mix adds its voices, so the difference is exactly theirs). `mix` receives the whole mix.
std::vector<float> eventsAlone(const ScenePlan &plan, const Timeline &tl, EventKind kind, std::vector<float> *mix,
                               int rate = 48000)
{
    Timeline quiet = tl;
    quiet.events.erase(std::remove_if(quiet.events.begin(), quiet.events.end(),
                                      [kind](const TimelineEvent &e) { return e.kind == kind; }),
                       quiet.events.end());
    const int frames = int(tl.durationSec * rate);
    std::vector<float> with(size_t(frames) * 2), without(size_t(frames) * 2), alone(static_cast<size_t>(frames));
    AudioMix(plan, tl, rate).render(with.data(), frames);
    AudioMix(plan, quiet, rate).render(without.data(), frames);
    mix->assign(size_t(frames), 0.0f);
    for (int i = 0; i < frames; ++i) {
        (*mix)[size_t(i)] = 0.5f * (with[size_t(i) * 2] + with[size_t(i) * 2 + 1]);
        alone[size_t(i)] = (*mix)[size_t(i)] - 0.5f * (without[size_t(i) * 2] + without[size_t(i) * 2 + 1]);
    }
    return alone;
}
double rmsOf(const std::vector<float> &x, double fromSec, double toSec, int rate = 48000)
{
    const qint64 a = std::max<qint64>(0, qint64(fromSec * rate)), b = std::min<qint64>(qint64(x.size()), qint64(toSec * rate));
    double e = 0;
    for (qint64 i = a; i < b; ++i)
        e += double(x[size_t(i)]) * x[size_t(i)];
    return b > a ? std::sqrt(e / double(b - a)) : 0;
}
double peakOf(const std::vector<float> &x)
{
    float p = 0;
    for (float v : x)
        p = std::max(p, std::abs(v));
    return p;
}
double dB(double v) { return 20 * std::log10(std::max(v, 1e-9)); }
// The gain mastering gives this mix (to -16 LUFS), to report levels as they leave in the clip.
double masteringGain(const ScenePlan &plan, const Timeline &tl)
{
    return std::pow(10.0, (-16.0 - MasteredAudio(plan, tl, 48000).measuredLufs()) / 20.0);
}
// The strongest period of a window, by normalized autocorrelation: (frequency, correlation).
std::pair<double, double> pitchOf(const std::vector<float> &x, double fromSec, double lengthSec, int rate = 48000)
{
    const qint64 a = qint64(fromSec * rate), n = qint64(lengthSec * rate);
    std::vector<double> corr(size_t(rate / 150 + 1), 0.0);
    for (int lag = rate / 2500; lag <= rate / 150; ++lag) {
        double xy = 0, xx = 0, yy = 0;
        for (qint64 i = a; i < a + n; ++i) {
            xy += double(x[size_t(i)]) * x[size_t(i + lag)];
            xx += double(x[size_t(i)]) * x[size_t(i)];
            yy += double(x[size_t(i + lag)]) * x[size_t(i + lag)];
        }
        corr[size_t(lag)] = xy / std::sqrt(std::max(1e-20, xx * yy));
    }
    // Every multiple of the period correlates as well as the period: the first near the best.
    const double best = *std::max_element(corr.begin(), corr.end());
    for (int lag = rate / 2500; lag <= rate / 150; ++lag)
        if (corr[size_t(lag)] > 0.97 * best && corr[size_t(lag)] >= corr[size_t(lag - 1)] && corr[size_t(lag)] >= corr[size_t(lag + 1)])
            return {double(rate) / lag, corr[size_t(lag)]};
    return {0, best};
}
// The envelope's (10 ms RMS) spectrum from 1 to 20 Hz: the frequency of its strongest line and
// how far that line stands above the spectrum's median.
std::pair<double, double> envelopeRhythm(const std::vector<float> &x, int rate = 48000)
{
    const int hop = rate / 100;
    std::vector<double> env;
    for (size_t i = size_t(rate / 2); i + size_t(hop) <= x.size(); i += size_t(hop)) {
        double e = 0;
        for (int k = 0; k < hop; ++k)
            e += double(x[i + size_t(k)]) * x[i + size_t(k)];
        env.push_back(std::sqrt(e / hop));
    }
    double mean = 0;
    for (double v : env)
        mean += v / double(env.size());
    const int n = int(env.size());
    std::vector<std::pair<double, double>> lines; // (Hz, magnitude)
    for (int k = 1; k < n / 2; ++k) {
        const double hz = k / (n * 0.01);
        if (hz > 20)
            break;
        double re = 0, im = 0;
        for (int i = 0; i < n; ++i) {
            const double w = (env[size_t(i)] - mean) * (0.5 - 0.5 * std::cos(2 * M_PI * i / (n - 1)));
            re += w * std::cos(2 * M_PI * k * i / n);
            im += w * std::sin(2 * M_PI * k * i / n);
        }
        if (hz >= 1)
            lines.emplace_back(hz, std::hypot(re, im));
    }
    std::vector<double> mags;
    for (const auto &l : lines)
        mags.push_back(l.second);
    std::sort(mags.begin(), mags.end());
    const auto top = *std::max_element(lines.begin(), lines.end(), [](auto a, auto b) { return a.second < b.second; });
    return {top.first, top.second / std::max(1e-12, mags[mags.size() / 2])};
}
} // namespace

class TestEnginePictureSound : public QObject
{
    Q_OBJECT
private slots:
    void soundIsPresentNormalizedAndNeverClips()
    {
        QTemporaryDir dir;
        DecodedAudio a;
        QVERIFY(readAudio(render(dir, QStringLiteral("city"), QStringLiteral("City street with traffic and dynamic electronic music"), 3), &a));
        LoudnessMeter meter(a.sampleRate, a.channels);
        meter.add(a.samples.data(), int(a.frames()));
        qInfo("integrated %.2f LUFS, peak %.3f", meter.integratedLufs(), meter.samplePeak());
        QVERIFY(meter.integratedLufs() > -18.5 && meter.integratedLufs() < -13.5);
        QVERIFY(meter.samplePeak() < 1.0f);
        // Fades: the first and last 5 ms are near silence.
        QVERIFY(std::abs(a.samples[2]) < 0.05f);
    }
    void rainIsABroadbandBed()
    {
        QTemporaryDir dir;
        DecodedAudio rain, space;
        QVERIFY(readAudio(render(dir, QStringLiteral("rain"), QStringLiteral("A coffee shop on a rainy day, raindrops hitting the window")), &rain));
        QVERIFY(readAudio(render(dir, QStringLiteral("space"), QStringLiteral("Deep space, a quiet planet")), &space));
        const double r = brightness(rain, 24000, rain.frames() - 24000);
        const double s = brightness(space, 24000, space.frames() - 24000);
        qInfo("high-frequency share: rain %.3f, space %.3f", r, s);
        QVERIFY(r > 0.25);
        QVERIFY(r > 4 * s);
    }
    void nightIsDarkAndNeonSaturated()
    {
        QTemporaryDir dir;
        const QList<QImage> f = frames(render(dir, QStringLiteral("neon"), QStringLiteral("City at night, neon lights flashing")));
        QVERIFY(f.size() == 48);
        const QImage &img = f[24];
        int vivid = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QColor c = img.pixelColor(x, y);
                vivid += c.hsvSaturationF() > 0.6 && c.valueF() > 0.5;
            }
        qInfo("mean luma %.3f, vivid pixels %d", meanLuma(img), vivid);
        QVERIFY(meanLuma(img) < 0.3);
        QVERIFY(vivid > img.width() * img.height() / 200);
    }
    void snowWhitensTheGroundItFallsOn_data()
    {
        QTest::addColumn<QString>("clear");
        QTest::addColumn<QString>("snowing");
        QTest::newRow("garden") << QStringLiteral("A fox in a garden") << QStringLiteral("A fox in a garden as snow falls");
        QTest::newRow("forest") << QStringLiteral("A deer in a forest") << QStringLiteral("A deer in a snowy forest");
    }
    void snowWhitensTheGroundItFallsOn()
    {
        QFETCH(QString, clear);
        QFETCH(QString, snowing);
        QTemporaryDir dir;
        const QList<QImage> a = frames(render(dir, QStringLiteral("clear"), clear));
        const QList<QImage> b = frames(render(dir, QStringLiteral("snow"), snowing));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        // The bottom fifth is ground in both: green without snow, near white with it.
        const auto ground = [](const QImage &img) { return img.copy(0, img.height() * 4 / 5, img.width(), img.height() / 5); };
        const auto greenness = [](const QImage &img) {
            double sum = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x)
                    sum += qGreen(img.pixel(x, y)) - (qRed(img.pixel(x, y)) + qBlue(img.pixel(x, y))) / 2.0;
            return sum / (img.width() * img.height());
        };
        const QImage clearGround = ground(a[a.size() / 2]), snowGround = ground(b[b.size() / 2]);
        qInfo("ground luma %.3f -> %.3f, greenness %.1f -> %.1f", meanLuma(clearGround), meanLuma(snowGround),
              greenness(clearGround), greenness(snowGround));
        QVERIFY(meanLuma(snowGround) > 0.7);
        QVERIFY(meanLuma(snowGround) > meanLuma(clearGround) + 0.2);
        QVERIFY(greenness(snowGround) < 10);
    }
    void photoIsTheFirstFrameAndTheSunsetWarms()
    {
        QTemporaryDir dir;
        // A beach "photo": sky, sea, sand; 4:3, so the fit must crop it to 16:9.
        QImage photo(400, 300, QImage::Format_RGB32);
        for (int y = 0; y < 300; ++y)
            for (int x = 0; x < 400; ++x)
                photo.setPixel(x, y, y < 120 ? qRgb(120 + y / 3, 170, 230) : y < 200 ? qRgb(30, 90 + (x % 7), 150) : qRgb(220, 200, 160));
        const QString path = dir.filePath(QStringLiteral("beach.png"));
        QVERIFY(photo.save(path));
        const QList<QImage> f = frames(render(dir, QStringLiteral("sunset"), QStringLiteral("Waves gently lapping the shore, sun slowly setting"), 2, path));
        QCOMPARE(f.size(), 48);
        const QImage fitted = fitImage(photo, QSize(256, 144));
        double diff = 0;
        for (int y = 0; y < 144; ++y)
            for (int x = 0; x < 256; ++x) {
                const QRgb a = f.first().pixel(x, y), b = fitted.pixel(x, y);
                diff += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
            }
        diff /= 256.0 * 144 * 3;
        const double warmFirst = meanRedMinusBlue(f.first()), warmLast = meanRedMinusBlue(f.last());
        qInfo("first frame vs fitted photo: %.2f codes; R-B %.1f -> %.1f", diff, warmFirst, warmLast);
        QVERIFY(diff < 6);
        QVERIFY(warmLast > warmFirst + 15);
    }
    void focalPointChoosesThePhotosCrop()
    {
        // A wide photo, red on the left and blue on the right, into a 16:9 frame: the crop
        // keeps about 45 % of its width, on the side the focal point names.
        QTemporaryDir dir;
        QImage photo(400, 100, QImage::Format_RGB32);
        photo.fill(QColor(200, 30, 30));
        for (int y = 0; y < 100; ++y)
            for (int x = 200; x < 400; ++x)
                photo.setPixel(x, y, qRgb(30, 30, 200));
        const QString path = dir.filePath(QStringLiteral("wide.png"));
        QVERIFY(photo.save(path));
        double redMinusBlue[2] = {};
        for (int side = 0; side < 2; ++side) {
            EngineJob job;
            job.prompt = QStringLiteral("a still photo");
            job.imagePath = path;
            job.focalPoint = QPointF(side == 0 ? 0.0 : 1.0, 0.5);
            job.width = 160;
            job.height = 90;
            job.durationSec = 1;
            job.outputPath = dir.filePath(QStringLiteral("focal%1.mp4").arg(side));
            std::atomic<bool> cancel{false};
            QCOMPARE(renderClip(job, {}, cancel).status, EngineStatus::Ok);
            const QList<QImage> f = frames(job.outputPath);
            QVERIFY(!f.isEmpty());
            redMinusBlue[side] = meanRedMinusBlue(f.first());
        }
        qInfo("red - blue: focal left %.1f, focal right %.1f", redMinusBlue[0], redMinusBlue[1]);
        QVERIFY(redMinusBlue[0] > 100);
        QVERIFY(redMinusBlue[1] < -100);
    }
    void zoomInGrowsTheSubject()
    {
        QTemporaryDir dir;
        const QList<QImage> f = frames(render(dir, QStringLiteral("watch"), QStringLiteral("A smart watch on a wooden table, camera zooming in")));
        auto darkPixels = [](const QImage &img) {
            int n = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x)
                    n += qGray(img.pixel(x, y)) < 45;
            return n;
        };
        const int first = darkPixels(f.first()), last = darkPixels(f.last());
        qInfo("watch face pixels %d -> %d", first, last);
        QVERIFY(first > 50);
        QVERIFY(last > first * 1.3);
    }
    void flashAndThunderLineUp()
    {
        QTemporaryDir dir;
        const QString clip = render(dir, QStringLiteral("storm"), QStringLiteral("A thunderstorm with lightning over the mountains"), 3);
        const QList<QImage> f = frames(clip);
        int flashFrame = -1;
        for (int i = 1; i < f.size() && flashFrame < 0; ++i)
            if (meanLuma(f[i]) > meanLuma(f[i - 1]) + 0.12)
                flashFrame = i;
        QVERIFY(flashFrame > 0);
        DecodedAudio a;
        QVERIFY(readAudio(clip, &a));
        // The thunder's onset: the first 5 ms window far louder than the 100 ms before it.
        const int win = a.sampleRate / 200;
        double onsetSec = -1;
        for (qint64 s = a.sampleRate / 10; s + win < a.frames() && onsetSec < 0; s += win / 2) {
            double now = 0, before = 0;
            for (qint64 k = s; k < s + win; ++k)
                now += a.samples[size_t(k * 2)] * a.samples[size_t(k * 2)];
            for (qint64 k = s - a.sampleRate / 10; k < s; ++k)
                before += a.samples[size_t(k * 2)] * a.samples[size_t(k * 2)];
            if (now / win > 8 * before / (a.sampleRate / 10))
                onsetSec = double(s) / a.sampleRate;
        }
        const double flashSec = flashFrame / 24.0;
        qInfo("flash at %.3f s, thunder at %.3f s", flashSec, onsetSec);
        QVERIFY(onsetSec >= 0);
        QVERIFY(std::abs(onsetSec - flashSec) <= 1.0 / 24);
    }
    void aViolinIsBowedInTimeWithTheBow()
    {
        const ScenePlan plan = planScene(QStringLiteral("A woman playing the violin on a stage"));
        QCOMPARE(plan.shots.first().subjects.first().variant, QStringLiteral("violin"));
        const Timeline tl = buildTimeline(plan, 3, 24, 3);
        QVERIFY(tl.bpm > 0);
        const double beatSec = 60.0 / tl.bpm;
        QList<double> strokes, beats;
        for (const TimelineEvent &e : tl.events) {
            if (e.kind == EventKind::Bow) {
                strokes << e.timeSec;
                QVERIFY(std::abs(e.lengthSec - beatSec) < 1e-9); // one stroke a beat, as drawn
            } else if (e.kind == EventKind::Beat) {
                beats << e.timeSec;
            }
        }
        QVERIFY2(strokes.size() >= 3, qPrintable(QString::number(strokes.size())));
        for (double t : strokes) // the bow turns on the music's beats, where the picture turns it
            QVERIFY2(beats.contains(t), qPrintable(QString::number(t)));
        std::vector<float> mix;
        const std::vector<float> bow = eventsAlone(plan, tl, EventKind::Bow, &mix);
        for (int k = 0; k + 1 < strokes.size(); ++k) {
            const double t = strokes[k];
            // Sustained through the stroke, loudest mid-stroke where the bow is fastest, dipping
            // where it turns.
            const double mid = rmsOf(bow, t + beatSec * 0.4, t + beatSec * 0.6);
            const double turn = rmsOf(bow, strokes[k + 1] - 0.008, strokes[k + 1] + 0.008);
            const double early = rmsOf(bow, t + beatSec * 0.15, t + beatSec * 0.25);
            QVERIFY2(mid > 3 * turn && early > 0.4 * mid, qPrintable(QStringLiteral("%1 %2 %3").arg(mid).arg(turn).arg(early)));
            QVERIFY2(mid > 0.3 * rmsOf(mix, t, t + beatSec), "heard within the mix");
            // A pitched tone: its energy repeats at one period (a violin's range, G3 to A7).
            const auto [hz, corr] = pitchOf(bow, t + beatSec * 0.4, 0.05);
            if (k == 0)
                qInfo("first stroke: %.1f Hz, correlation %.3f", hz, corr);
            QVERIFY2(corr > 0.85 && hz > 190 && hz < 3600, qPrintable(QStringLiteral("%1 Hz r %2").arg(hz).arg(corr)));
        }
        const double gain = masteringGain(plan, tl);
        qInfo("violin alone: rms %.1f dBFS, peak %.1f dBFS; whole mix rms %.1f dBFS (mastered levels)",
              dB(rmsOf(bow, 0, 3) * gain), dB(peakOf(bow) * gain), dB(rmsOf(mix, 0, 3) * gain));
    }
    void aPianoIsStruckWhereTheHandsLand()
    {
        const ScenePlan plan = planScene(QStringLiteral("A man playing the piano in a room"));
        QCOMPARE(plan.shots.first().subjects.first().variant, QStringLiteral("piano"));
        const Timeline tl = buildTimeline(plan, 3, 24, 3);
        const double beatSec = tl.bpm > 0 ? 60.0 / tl.bpm : 0.5;
        QList<double> right, left;
        for (const TimelineEvent &e : tl.events)
            if (e.kind == EventKind::Keys)
                (e.y > 0.5f ? right : left) << e.timeSec;
        QVERIFY2(right.size() >= 3 && left.size() >= 3, qPrintable(QString::number(right.size())));
        // The right hand lands on the beat, the left half a beat later (Person.cpp's hands).
        for (int k = 0; k < std::min(right.size(), left.size()); ++k)
            QVERIFY(std::abs(left[k] - right[k] - beatSec / 2) <= 1.0 / 24 + 1e-9);
        std::vector<float> mix;
        const std::vector<float> keys = eventsAlone(plan, tl, EventKind::Keys, &mix);
        QList<double> all = right + left;
        std::sort(all.begin(), all.end());
        // Sharp onsets: the hammer's knock and the new string's bright partials make the signal's
        // change (its first difference, the high frequencies) jump where a hand lands.
        std::vector<float> change(keys.size(), 0.0f);
        for (size_t i = 1; i < keys.size(); ++i)
            change[i] = keys[i] - keys[i - 1];
        for (double t : all) {
            const double before = rmsOf(change, t - 0.02, t - 0.001), after = rmsOf(change, t + 0.001, t + 0.02);
            QVERIFY2(after > 1.8 * before + 1e-4, qPrintable(QStringLiteral("%1: %2 -> %3").arg(t).arg(before).arg(after)));
        }
        // Each note decays: the first alone, a second after it struck, is a fraction of its start.
        Timeline one = tl;
        bool kept = false;
        one.events.erase(std::remove_if(one.events.begin(), one.events.end(),
                                        [&](const TimelineEvent &e) {
                                            if (e.kind != EventKind::Keys)
                                                return false;
                                            const bool drop = kept;
                                            kept = true;
                                            return drop;
                                        }),
                         one.events.end());
        std::vector<float> mixOne;
        const std::vector<float> note = eventsAlone(plan, one, EventKind::Keys, &mixOne);
        const double t0 = all.first();
        QCOMPARE(rmsOf(note, 0, t0 - 0.001), 0.0);
        // It rings while the key is held, dying away, and stops when the damper falls after it.
        const double start = rmsOf(note, t0, t0 + 0.1), held = rmsOf(note, t0 + beatSec - 0.1, t0 + beatSec);
        const double released = rmsOf(note, t0 + beatSec + 0.25, t0 + beatSec + 0.35);
        QVERIFY2(held < 0.75 * start && held > 0.1 * start && released < 0.01 * start,
                 qPrintable(QStringLiteral("%1 -> %2 -> %3").arg(start).arg(held).arg(released)));
        const double gain = masteringGain(plan, tl);
        qInfo("piano alone: rms %.1f dBFS, peak %.1f dBFS; whole mix rms %.1f dBFS (mastered levels)",
              dB(rmsOf(keys, 0, 3) * gain), dB(peakOf(keys) * gain), dB(rmsOf(mix, 0, 3) * gain));
    }
    void aHelicopterThudsUnlikeAJet()
    {
        auto sound = [](const char *prompt, double *rms, double *peak) {
            ScenePlan plan = planScene(QString::fromLatin1(prompt));
            plan.music.enabled = false;
            const Timeline tl = buildTimeline(plan, 4, 24, 3);
            const int frames = 4 * 48000;
            std::vector<float> stereo(size_t(frames) * 2), mono(static_cast<size_t>(frames));
            MasteredAudio(plan, tl, 48000).render(stereo.data(), frames);
            for (int i = 0; i < frames; ++i)
                mono[size_t(i)] = 0.5f * (stereo[size_t(i) * 2] + stereo[size_t(i) * 2 + 1]);
            *rms = rmsOf(mono, 0, 4);
            *peak = peakOf(stereo);
            return envelopeRhythm(mono);
        };
        double rms = 0, peak = 0;
        const auto heli = sound("A helicopter flying over the hills", &rms, &peak);
        qInfo("helicopter: envelope line %.2f Hz, %.1fx the median; rms %.1f dBFS, peak %.1f dBFS", heli.first,
              heli.second, dB(rms), dB(peak));
        const auto jet = sound("A jet flying over the hills", &rms, &peak);
        qInfo("jet: envelope line %.2f Hz, %.1fx the median; rms %.1f dBFS, peak %.1f dBFS", jet.first, jet.second,
              dB(rms), dB(peak));
        // The rotor follows the helicopter across the sky, from left of centre to the right.
        ScenePlan flying = planScene(QStringLiteral("A helicopter flying over the hills"));
        flying.music.enabled = false;
        flying.shots[0].beds = QStringList{QStringLiteral("rotor")};
        const Timeline across = buildTimeline(flying, 8, 24, 3);
        std::vector<float> lr(size_t(48000) * 8 * 2);
        AudioMix(flying, across, 48000).render(lr.data(), 48000 * 8);
        auto balance = [&](double from, double to) { // right over left, in dB
            double l = 0, r = 0;
            for (int i = int(from * 48000); i < int(to * 48000); ++i) {
                l += double(lr[size_t(i) * 2]) * lr[size_t(i) * 2];
                r += double(lr[size_t(i) * 2 + 1]) * lr[size_t(i) * 2 + 1];
            }
            return 10 * std::log10(r / l);
        };
        qInfo("rotor balance right/left: %.1f dB at the start, %.1f dB at the end", balance(0.5, 1.5), balance(7, 8));
        QVERIFY(balance(0.5, 1.5) < -1);
        QVERIFY(balance(7, 8) > balance(0.5, 1.5) + 3);
        QVERIFY(heli.first >= 3 && heli.first <= 8);
        QVERIFY(heli.second > 8);
        QVERIFY(jet.second < heli.second / 2);
        QVERIFY(peak < 1.0);
    }
    void everydayCuesAreHeard_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("cue"); // a bed id, or "bark" / "meow" (events)
        QTest::newRow("dog") << QStringLiteral("A dog barking in a garden") << QStringLiteral("bark");
        QTest::newRow("cat") << QStringLiteral("A cat meowing on a sofa") << QStringLiteral("meow");
        QTest::newRow("tram") << QStringLiteral("A tram passing through a city street") << QStringLiteral("bell");
        QTest::newRow("crowd") << QStringLiteral("A crowd in a market square") << QStringLiteral("crowd");
        QTest::newRow("birds") << QStringLiteral("Birds singing in a forest") << QStringLiteral("birds");
        QTest::newRow("rain") << QStringLiteral("Rain falling on a street") << QStringLiteral("rain");
        QTest::newRow("car") << QStringLiteral("A car passing on a country road") << QStringLiteral("traffic");
    }
    void everydayCuesAreHeard()
    {
        // Each cue the prompt names sounds in the clip, loud enough against the whole mix (its
        // music and other beds included) to be told apart: measured alone and within the mix.
        QFETCH(QString, prompt);
        QFETCH(QString, cue);
        const ScenePlan plan = planScene(prompt);
        const Timeline tl = buildTimeline(plan, 4, 24, 3);
        const double gain = masteringGain(plan, tl);
        std::vector<float> mix;
        double cueRms = 0, mixRms = 0;
        if (cue == QLatin1String("bark") || cue == QLatin1String("meow")) {
            const EventKind kind = cue == QLatin1String("bark") ? EventKind::Bark : EventKind::Meow;
            const std::vector<float> alone = eventsAlone(plan, tl, kind, &mix);
            const TimelineEvent *e = nullptr;
            for (const TimelineEvent &ev : tl.events)
                if (ev.kind == kind && !e)
                    e = &ev;
            QVERIFY2(e, "the event is on the timeline");
            const double len = kind == EventKind::Bark ? 0.2 : 0.6;
            cueRms = rmsOf(alone, e->timeSec, e->timeSec + len);
            mixRms = rmsOf(mix, e->timeSec, e->timeSec + len);
        } else {
            QVERIFY2(plan.shots[0].beds.contains(cue), qPrintable(plan.shots[0].beds.join(u' ')));
            ScenePlan only = plan;
            only.music.enabled = false;
            only.shots[0].beds = QStringList{cue};
            Timeline quiet = buildTimeline(only, 4, 24, 3);
            std::vector<float> stereo(size_t(48000) * 4 * 2), full(size_t(48000) * 4 * 2);
            AudioMix(only, quiet, 48000).render(stereo.data(), 48000 * 4);
            AudioMix(plan, tl, 48000).render(full.data(), 48000 * 4);
            // The loudest half second of the bed (a bell rings now and then), against the mix
            // there. Interleaved stereo: the helper's seconds count double.
            for (double t = 0.25; t + 0.5 <= 4; t += 0.25)
                if (rmsOf(stereo, 2 * t, 2 * t + 1) > cueRms) {
                    cueRms = rmsOf(stereo, 2 * t, 2 * t + 1);
                    mixRms = rmsOf(full, 2 * t, 2 * t + 1);
                }
        }
        qInfo("%s: %.1f dBFS in the clip, %.1f dB against the mix", qPrintable(cue), dB(cueRms * gain),
              dB(cueRms / mixRms));
        QVERIFY2(cueRms > 0.3 * mixRms, qPrintable(QStringLiteral("%1 dB").arg(dB(cueRms / mixRms))));
    }
};

QTEST_GUILESS_MAIN(TestEnginePictureSound)
#include "tst_engine_picture_sound.moc"
