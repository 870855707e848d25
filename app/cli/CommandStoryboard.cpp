#include "cli/Commands.h"
#include "cli/InterruptWatch.h"
#include "cli/ProgressBar.h"
#include "provenance/ProvenanceService.h"

#include "service/GenerationService.h"
#include "storyboard/LessonAssembler.h"
#include "storyboard/Narration.h"
#include "storyboard/ShotMaker.h"
#include "storyboard/Speech.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>


namespace rc::cli {
namespace {

// Runs the event loop until the maker has ended every shot; Ctrl+C cancels the running ones.
bool makeShots(storyboard::ShotMaker &maker)
{
    ProgressBar bar;
    QEventLoop loop;
    int made = 0;
    const int total = maker.shotsToMake();
    bool allMade = false;
    QObject::connect(&maker, &storyboard::ShotMaker::shotProgress, &loop, [&](int index, int percent) {
        bar.update(QStringLiteral("%1 (%2/%3 made)").arg(storyboard::shotName(index)).arg(made).arg(total), percent, -1);
    });
    QObject::connect(&maker, &storyboard::ShotMaker::shotMade, &loop, [&](int) { ++made; });
    QObject::connect(&maker, &storyboard::ShotMaker::finished, &loop, [&](bool ok) {
        allMade = ok;
        loop.quit();
    });
    {
        InterruptWatch interrupts(&loop, [&maker] { maker.cancel(); });
        maker.start();
        if (maker.isRunning())
            loop.exec();
        else
            allMade = maker.failures().isEmpty();
    }
    bar.finish();
    return allMade;
}

} // namespace

int runStoryboardCommand(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("storyboard"), QStringLiteral("The storyboard document (JSON)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The lesson to write (MP4); its captions go beside it as .srt and .vtt."),
                                    QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));
    const QCommandLineOption voice(QStringLiteral("voice"), QStringLiteral("Speech voice variant (espeak-ng: f1-f5, m1-m7, ...)."), QStringLiteral("name"));
    const QCommandLineOption speed(QStringLiteral("words-per-minute"), QStringLiteral("Speech speed (80-450)."), QStringLiteral("n"));
    const QCommandLineOption remake(QStringLiteral("remake"), QStringLiteral("Make shot N again even though it was made before (repeatable)."), QStringLiteral("N"));
    const QCommandLineOption noCaptions(QStringLiteral("no-burned-captions"), QStringLiteral("Write captions only to the .srt and .vtt files."));
    const QCommandLineOption aiLabel(QStringLiteral("ai-label"),
                                     QStringLiteral("Burn a small \"AI-generated\" label into the lesson's top right corner (as \"aiLabel\": true in the storyboard)."));
    parser.addOptions({output, json, voice, speed, remake, noCaptions, aiLabel});
    int code = Success;
    if (!parseOrExplain(parser, args, QStringLiteral("storyboard FILE.json -o lesson.mp4 [options]"), &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(BadArguments, QStringLiteral("give one storyboard file"));
    if (!parser.isSet(output))
        return fail(BadArguments, QStringLiteral("name the lesson to write with -o lesson.mp4"));
    const QString outputPath = QFileInfo(parser.value(output)).absoluteFilePath();
    if (!QFileInfo(QFileInfo(outputPath).absolutePath()).isDir())
        return fail(BadArguments, QStringLiteral("the folder of %1 does not exist").arg(parser.value(output)));

    QString error;
    auto sb = storyboard::Storyboard::load(positional.first(), &error);
    if (!sb)
        return fail(BadArguments, QStringLiteral("%1: %2").arg(positional.first(), error));
    if (parser.isSet(voice))
        sb->voice = parser.value(voice);
    if (parser.isSet(speed)) {
        bool ok = false;
        sb->wordsPerMinute = parser.value(speed).toInt(&ok);
        if (!ok || sb->wordsPerMinute < 80 || sb->wordsPerMinute > 450)
            return fail(BadArguments, QStringLiteral("--words-per-minute needs a number from 80 to 450"));
    }
    QList<int> remakes;
    for (const QString &n : parser.values(remake)) {
        bool ok = false;
        const int index = n.toInt(&ok) - 1;
        if (!ok || index < 0 || index >= sb->shots.size())
            return fail(BadArguments, QStringLiteral("--remake needs a shot number from 1 to %1").arg(sb->shots.size()));
        remakes.append(index);
    }
    for (int i = 0; i < sb->shots.size(); ++i)
        if (!sb->shots[i].narration.isEmpty() && !storyboard::hasSpeechLanguage(sb->language))
            return fail(BadArguments, QStringLiteral("%1: there is no speech voice for the language \"%2\"")
                                          .arg(storyboard::shotName(i), sb->language));

    // Narration first: it decides how long each shot lasts, and so how long a clip to ask for.
    QList<media::DecodedAudio> voices;
    if (!storyboard::prepareNarration(*sb, &voices, &error))
        return fail(BadArguments, error);
    const storyboard::LessonTimeline timeline = storyboard::LessonTimeline::build(*sb, storyboard::narrationSeconds(voices));
    QList<double> lessonSec;
    for (int i = 0; i < sb->shots.size(); ++i)
        lessonSec.append(timeline.seconds(timeline.partOfShot(i)->lengthFrames));

    auto ctx = openContext(args);
    if (!ctx)
        return Failure;
    storyboard::ShotMaker maker({&ctx->service(), &ctx->catalogue(), &ctx->budgets(), &ctx->ledger(),
                                 ctx->paths().profileDir() + QStringLiteral("/storyboards")});
    if (!maker.plan(*sb, lessonSec, &error))
        return fail(BadArguments, error);
    for (int index : std::as_const(remakes))
        maker.forget(index);
    const int toMake = maker.shotsToMake();
    err() << sb->shots.size() << (sb->shots.size() == 1 ? " shot, " : " shots, ") << toMake << " to make ("
          << (maker.costToMake().isZero() ? QStringLiteral("free") : maker.costToMake().toString()) << "), "
          << sb->shots.size() - toMake << " already made" << Qt::endl;
    const QString refusal = maker.budgetRefusal();
    if (!refusal.isEmpty())
        return fail(Failure, refusal);

    if (toMake > 0 && !makeShots(maker)) {
        for (const QString &f : maker.failures())
            err() << "reelcraft: " << f << Qt::endl;
        int made = 0;
        for (const QString &clip : maker.clips())
            made += !clip.isEmpty();
        return fail(Failure, QStringLiteral("the lesson was not joined; the %1 shots made are kept, and running again makes only the rest")
                                 .arg(made));
    }

    storyboard::AssemblyOptions options;
    options.burnCaptions = !parser.isSet(noCaptions);
    if (parser.isSet(aiLabel) || sb->aiLabel)
        options.cornerLabel = storyboard::aiLabelText();
    ProgressBar bar;
    options.progress = [&bar](double fraction) { bar.update(QStringLiteral("joining"), int(fraction * 100), -1); };
    // Content credentials: the lesson is a composite, each shot an ingredient with its own.
    QStringList shotProviders;
    for (const storyboard::Shot &shot : std::as_const(sb->shots))
        shotProviders.append(sb->providerOf(shot));
    options.beforePublish = ctx->provenance().lessonSigner(maker.clips(), shotProviders);
    storyboard::AssembledLesson lesson;
    const bool joined = storyboard::assembleLesson(*sb, maker.clips(), voices, outputPath, options, &lesson, &error);
    bar.finish();
    if (!joined)
        return fail(Failure, error);

    if (parser.isSet(json)) {
        QJsonArray shots;
        const QStringList clips = maker.clips();
        for (int i = 0; i < sb->shots.size(); ++i) {
            const storyboard::LessonPart *p = lesson.timeline.partOfShot(i);
            shots.append(QJsonObject{{QStringLiteral("shot"), i + 1},
                                     {QStringLiteral("clip"), clips[i]},
                                     {QStringLiteral("startSec"), lesson.timeline.seconds(p->cueStartFrame)},
                                     {QStringLiteral("endSec"), lesson.timeline.seconds(p->cueEndFrame)},
                                     {QStringLiteral("narrationSec"), p->narrationSec}});
        }
        printJson(QJsonObject{{QStringLiteral("output"), lesson.video},
                              {QStringLiteral("srt"), lesson.srt},
                              {QStringLiteral("vtt"), lesson.vtt},
                              {QStringLiteral("durationSec"), lesson.timeline.totalSec()},
                              {QStringLiteral("loudnessLufs"), qRound(lesson.integratedLufs * 10) / 10.0},
                              {QStringLiteral("made"), toMake},
                              {QStringLiteral("shots"), shots}});
    } else {
        out() << lesson.video << Qt::endl;
    }
    return Success;
}

} // namespace rc::cli
