// The planner on 400+ everyday prompts (tests/support/engine-prompts.tsv: animals, architecture,
// food, people, lifestyle, plants, scenery, vehicles): the share whose subject it recognises and
// the share of content words it understands, per category, and each plan's subject kind.
#include "engine/plan/Lexicon.h"
#include "engine/plan/Planner.h"

#include <QFile>
#include <QMap>
#include <QtTest>

using namespace rc::engine;

namespace {
struct Prompt
{
    QString category, expected, text;
};

QList<Prompt> corpus()
{
    QList<Prompt> out;
    QFile f(QStringLiteral(REELCRAFT_SOURCE_DIR "/tests/support/engine-prompts.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() == 3)
            out.append({QString::fromUtf8(parts[0]), QString::fromUtf8(parts[1]), QString::fromUtf8(parts[2])});
    }
    return out;
}

// Whether the plan draws what the prompt is about: its first subject's kind, or for a scene
// (expected "setting:<id>") the first shot's setting. "a|b" accepts either reading where both
// are fair ("a sea turtle": a sea animal or a reptile; "a canyon": desert or mountains).
bool recognised(const ScenePlan &plan, const QString &expected)
{
    const ShotPlan &shot = plan.shots.first();
    for (const QString &e : expected.split(QLatin1Char('|'))) {
        if (e.startsWith(QLatin1String("setting:")) ? shot.setting == e.mid(8)
                                                    : !shot.subjects.isEmpty() && shot.subjects.first().kind == e)
            return true;
    }
    return false;
}
} // namespace

class TestPlanCorpus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(Lexicon::system().isValid(),
                 qPrintable(QStringLiteral("WordNet is needed (Debian package wordnet-base): %1").arg(Lexicon::system().error())));
    }
    void everydayPromptsAreUnderstood()
    {
        const QList<Prompt> prompts = corpus();
        QVERIFY2(prompts.size() >= 400, qPrintable(QStringLiteral("corpus has %1 prompts").arg(prompts.size())));
        struct Tally
        {
            int prompts = 0, recognised = 0, content = 0, understood = 0;
        };
        QMap<QString, Tally> byCategory;
        Tally all;
        QStringList misses;
        for (const Prompt &p : prompts) {
            const ScenePlan plan = planScene(p.text);
            QVERIFY(!plan.shots.isEmpty());
            const bool ok = recognised(plan, p.expected);
            for (Tally *t : {&byCategory[p.category], &all}) {
                ++t->prompts;
                t->recognised += ok ? 1 : 0;
                t->content += plan.contentWords;
                t->understood += plan.understoodWords;
            }
            if (!ok) {
                const ShotPlan &s = plan.shots.first();
                misses << QStringLiteral("  %1 [%2] -> %3 / %4").arg(p.text, p.expected,
                              s.subjects.isEmpty() ? QStringLiteral("no subject") : s.subjects.first().kind, s.setting);
            }
        }
        auto share = [](int a, int b) { return b > 0 ? 100.0 * a / b : 0.0; };
        for (auto it = byCategory.begin(); it != byCategory.end(); ++it)
            qInfo("%-13s %3d prompts: subject %5.1f %%, content words %5.1f %%", qPrintable(it.key()),
                  it->prompts, share(it->recognised, it->prompts), share(it->understood, it->content));
        qInfo("all           %3d prompts: subject %5.1f %%, content words %5.1f %%", all.prompts,
              share(all.recognised, all.prompts), share(all.understood, all.content));
        if (!misses.isEmpty())
            qInfo("%s", qPrintable(QStringLiteral("Subject not recognised:\n") + misses.join(QLatin1Char('\n'))));
        QVERIFY2(share(all.recognised, all.prompts) >= 90.0, "subject recognised in under 90 % of the prompts");
        QVERIFY2(share(all.understood, all.content) >= 75.0, "under 75 % of the content words understood");
    }
    void lexiconReadsFormsAndSenses()
    {
        const Lexicon &wn = Lexicon::system();
        QCOMPARE(wn.lemmas(QStringLiteral("foxes"), Lexicon::Pos::Noun).value(0), QStringLiteral("fox"));
        QCOMPARE(wn.lemmas(QStringLiteral("mice"), Lexicon::Pos::Noun).value(0), QStringLiteral("mouse"));
        QVERIFY(wn.lemmas(QStringLiteral("ran"), Lexicon::Pos::Verb).contains(QStringLiteral("run")));
        QVERIFY(wn.lemmas(QStringLiteral("running"), Lexicon::Pos::Verb).contains(QStringLiteral("run")));
        QVERIFY(wn.senses(QStringLiteral("zorblax"), Lexicon::Pos::Noun).isEmpty());
        const QList<quint32> fox = wn.senses(QStringLiteral("fox"), Lexicon::Pos::Noun);
        QVERIFY(!fox.isEmpty());
        const Lexicon::Synset first = wn.synset(Lexicon::Pos::Noun, fox.first());
        QCOMPARE(first.lexFile, 5); // noun.animal
        QVERIFY(!first.hypernyms.isEmpty());
        QVERIFY(!wn.synset(Lexicon::Pos::Noun, 7).isValid()); // not a synset's offset
    }
    void missingDatabaseIsAClearError()
    {
        Lexicon wn;
        QVERIFY(!wn.open(QStringLiteral("/nonexistent/wordnet")));
        QVERIFY(!wn.isValid());
        QVERIFY(wn.error().contains(QStringLiteral("/nonexistent/wordnet")));
        QVERIFY(wn.lemmas(QStringLiteral("fox"), Lexicon::Pos::Noun).isEmpty());
        QVERIFY(wn.senses(QStringLiteral("fox"), Lexicon::Pos::Noun).isEmpty());
    }
    void wordsReachTheirKinds()
    {
        const QList<QPair<const char *, const char *>> cases = {
            {"a husky", "dog"}, {"a corgi", "dog"}, {"a wolf", "dog"}, {"foxes", "dog"},
            {"sushi", "dish"}, {"pancakes", "dish"}, {"a ferry", "boat"}, {"a tram", "train"},
            {"a tulip", "flower"}, {"a cathedral", "building"}, {"a hedgehog", "animal"},
            {"a heron", "bird"}, {"a scooter", "motorbike"}, {"an espresso", "drink"}};
        for (const auto &[prompt, kind] : cases) {
            const ScenePlan p = planScene(QString::fromLatin1(prompt));
            QVERIFY2(!p.shots.first().subjects.isEmpty(), prompt);
            QCOMPARE(p.shots.first().subjects.first().kind, QString::fromLatin1(kind));
        }
    }
    void phrasesAttachToTheirNouns()
    {
        const ShotPlan fox = planScene(QStringLiteral("A red fox running through a snowy forest at night")).shots.first();
        QVERIFY(fox.subject("dog"));
        QCOMPARE(fox.subject("dog")->variant, QStringLiteral("fox"));
        QCOMPARE(fox.subject("dog")->action, QStringLiteral("run"));
        QCOMPARE(fox.light, QStringLiteral("night"));
        QVERIFY(fox.hasWeather("snow"));

        const ShotPlan dogs = planScene(QStringLiteral("two dogs sprinting across a meadow")).shots.first();
        QCOMPARE(dogs.subject("dog")->count, 2);
        QCOMPARE(dogs.subject("dog")->action, QStringLiteral("run"));
        QCOMPARE(planScene(QStringLiteral("a flock of birds over the lake")).shots.first().subject("bird")->count, 7);

        const ShotPlan boat = planScene(QStringLiteral("a wooden boat and a blue car")).shots.first();
        QCOMPARE(boat.subject("car")->color.name(), QStringLiteral("#3a6fd8"));
        QVERIFY(boat.subject("boat")->color.red() > boat.subject("boat")->color.blue()); // wood brown

        const ShotPlan sushi = planScene(QStringLiteral("a plate of sushi on a table")).shots.first();
        QCOMPARE(sushi.subjects.first().kind, QStringLiteral("dish"));
        QCOMPARE(sushi.subjects.first().variant, QStringLiteral("sushi"));
        QCOMPARE(planScene(QStringLiteral("a big old horse")).shots.first().subjects.first().scale, 1.35);
    }
    void sunsetPhrasesChangeTheLight()
    {
        for (const char *prompt : {"the sun sinking into the sea", "sun going down over the hills",
                                   "the sun setting behind the city", "a lake at dusk"}) {
            const ShotPlan s = planScene(QString::fromLatin1(prompt)).shots.first();
            QVERIFY2(s.light == QLatin1String("sunset") || s.lightEnd == QLatin1String("sunset"), prompt);
        }
        const ShotPlan sky = planScene(QStringLiteral("the sea, the sky slowly turning orange and purple")).shots.first();
        QCOMPARE(sky.lightEnd, QStringLiteral("sunset"));
        QVERIFY(sky.skyTurns);
        QCOMPARE(sky.skyPalette.size(), 2);
        QCOMPARE(planScene(QStringLiteral("golden hour in a wheat field")).shots.first().light, QStringLiteral("golden"));
    }
    void whatCannotBeDrawnIsListed()
    {
        const ScenePlan p = planScene(QStringLiteral("a dog next to a statue and a zorblax"));
        QVERIFY(p.shots.first().subject("dog"));
        QVERIFY2(p.notDrawn.contains(QStringLiteral("statue")), qPrintable(p.notDrawn.join(QLatin1Char(','))));
        QVERIFY(!p.unknown.contains(QStringLiteral("statue")));
        QVERIFY(p.unknown.contains(QStringLiteral("zorblax")));
        QVERIFY(p.toJson().contains(QStringLiteral("notDrawn")));
    }
};

QTEST_GUILESS_MAIN(TestPlanCorpus)
#include "tst_plan_corpus.moc"
