// The scene planner reads the example prompts the way a viewer would expect.
#include "engine/plan/Planner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace rc::engine;

class TestPlan : public QObject
{
    Q_OBJECT
private slots:
    void catInGarden()
    {
        const ScenePlan p = planScene(QStringLiteral("An orange cat playing in a sunlit garden"));
        QCOMPARE(p.shots.size(), 1);
        const ShotPlan &s = p.shots.first();
        QCOMPARE(s.setting, QStringLiteral("garden"));
        QCOMPARE(s.light, QStringLiteral("morning"));
        QVERIFY(s.subject("cat"));
        QCOMPARE(s.subject("cat")->action, QStringLiteral("play"));
        QCOMPARE(s.subject("cat")->color.name(), QStringLiteral("#f08a2c")); // orange
        QVERIFY(s.cues.contains(QStringLiteral("meow")));
        QVERIFY(s.beds.contains(QStringLiteral("birds")));
    }
    void astronautOnMars()
    {
        const ShotPlan s = planScene(QStringLiteral("An astronaut walking on Mars surface, red desert background, sci-fi movie style")).shots.first();
        QCOMPARE(s.setting, QStringLiteral("desert"));
        QVERIFY(s.hasDetail("mars"));
        QCOMPARE(s.subject("astronaut")->action, QStringLiteral("walk"));
        QCOMPARE(s.style, QStringLiteral("scifi"));
        QVERIFY(s.cues.contains(QStringLiteral("footsteps")));
    }
    void rainyCoffeeShop()
    {
        const ShotPlan s = planScene(QStringLiteral("A coffee shop on a rainy day, raindrops hitting the window")).shots.first();
        QCOMPARE(s.setting, QStringLiteral("interior"));
        QVERIFY(s.hasDetail("cafe"));
        QVERIFY(s.hasWeather("rain"));
        QVERIFY(s.beds.contains(QStringLiteral("rain")));
        QVERIFY(s.beds.contains(QStringLiteral("coffee")));
        QVERIFY(s.cues.contains(QStringLiteral("splash")));
    }
    void neonCity()
    {
        const ScenePlan p = planScene(QStringLiteral("City night time-lapse photography, neon lights flashing, traffic like rivers, camera gradually rises from ground, with dynamic electronic music"));
        const ShotPlan &s = p.shots.first();
        QCOMPARE(s.setting, QStringLiteral("city")); // "rivers" is a simile, not a place
        QCOMPARE(s.light, QStringLiteral("night"));
        QVERIFY(s.hasEffect("neon"));
        QVERIFY(s.camera.timeLapse);
        QCOMPARE(s.camera.move, QStringLiteral("rise"));
        QCOMPARE(s.camera.speed, 0.5);
        QCOMPARE(p.music.genre, QStringLiteral("electronic"));
        QCOMPARE(p.music.mood, QStringLiteral("energetic"));
        QVERIFY(p.music.bpm >= 120);
    }
    void watchOnTable()
    {
        const ShotPlan s = planScene(QStringLiteral("A smart watch on a wooden table, sunlight streaming through the window, camera slowly zooming in")).shots.first();
        QCOMPARE(s.setting, QStringLiteral("interior"));
        QCOMPARE(s.subject("product")->variant, QStringLiteral("watch"));
        QVERIFY(s.hasEffect("windowLight"));
        QCOMPARE(s.camera.move, QStringLiteral("pushIn"));
        QVERIFY(s.camera.explicitMove);
        QCOMPARE(s.camera.speed, 0.5);
    }
    void objectsKeepTheirVariant()
    {
        // What sellers ask for is a product of its own kind, not a box or nothing.
        const QList<QPair<QString, QString>> cases = {
            {QStringLiteral("a perfume bottle"), QStringLiteral("perfume")},
            {QStringLiteral("headphones on a desk"), QStringLiteral("headphones")},
            {QStringLiteral("a book on a table"), QStringLiteral("book")},
            {QStringLiteral("a red lipstick"), QStringLiteral("lipstick")},
            {QStringLiteral("a candle in a dark room"), QStringLiteral("candle")},
        };
        for (const auto &[prompt, variant] : cases) {
            const ShotPlan s = planScene(prompt).shots.first();
            QVERIFY2(s.subject("product"), qPrintable(prompt));
            QCOMPARE(s.subject("product")->variant, variant);
        }
    }
    void aCafeTerraceIsOutdoors()
    {
        QCOMPARE(planScene(QStringLiteral("coffee on a cafe terrace by the sea")).shots.first().setting, QStringLiteral("beach"));
        QCOMPARE(planScene(QStringLiteral("a latte at a sidewalk cafe")).shots.first().setting, QStringLiteral("city"));
        QCOMPARE(planScene(QStringLiteral("coffee in a cafe")).shots.first().setting, QStringLiteral("interior"));
    }
    // A material belongs to the noun it is said before, not to another one in the prompt.
    void aMaterialIsTheNounsItPrecedes()
    {
        const ShotPlan s = planScene(QStringLiteral("a leather handbag on a marble table")).shots.first();
        QVERIFY(!s.subjects.isEmpty());
        QCOMPARE(s.subjects.first().words, QStringLiteral("handbag"));
        QCOMPARE(s.subjects.first().material, QStringLiteral("leather"));
        QCOMPARE(planScene(QStringLiteral("a soft brown wooden chair")).shots.first().subjects.first().material,
                 QStringLiteral("wood"));
        QVERIFY(planScene(QStringLiteral("a red sneaker on a pedestal")).shots.first().subjects.first().material.isEmpty());
    }
    // A performer on a stage plays indoors, not in the street a person is otherwise set in.
    void aStageIsIndoors()
    {
        for (const char *prompt : {"A woman playing the violin on a stage", "A singer performing on stage under colorful lights",
                                   "A dancer spinning in a theatre"})
            QCOMPARE(planScene(QLatin1String(prompt)).shots.first().setting, QStringLiteral("interior"));
    }
    void sunsetOnShore()
    {
        const ShotPlan s = planScene(QStringLiteral("Waves gently lapping the shore, sun slowly setting"), true).shots.first();
        QCOMPARE(s.setting, QStringLiteral("beach"));
        QCOMPARE(s.lightEnd, QStringLiteral("sunset"));
        QVERIFY(s.beds.contains(QStringLiteral("waves")));
        QVERIFY(s.hasEffect("ripples"));
    }
    void sentencesAndThenMakeShotsThatInherit()
    {
        const ScenePlan p = planScene(QStringLiteral("A dog in a park. Then it runs along the beach at sunset"));
        QCOMPARE(p.shots.size(), 2);
        QCOMPARE(p.shots[0].setting, QStringLiteral("garden"));
        QCOMPARE(p.shots[1].setting, QStringLiteral("beach"));
        QVERIFY(p.shots[1].subject("dog")); // inherited
        QCOMPARE(p.shots[1].subject("dog")->action, QStringLiteral("run"));
        QCOMPARE(p.shots[1].light, QStringLiteral("sunset"));
    }
    void unknownWordsGiveAnAbstractSceneColouredByThem()
    {
        const ScenePlan a = planScene(QStringLiteral("zorblax quintessence"));
        QCOMPARE(a.shots.first().setting, QStringLiteral("abstract"));
        QCOMPARE(a.unknown, QStringList({QStringLiteral("zorblax"), QStringLiteral("quintessence")}));
        QVERIFY(!a.shots.first().palette.isEmpty());
        const ScenePlan b = planScene(QStringLiteral("purple and pink sky over nothing"));
        QCOMPARE(b.shots.first().skyPalette.size(), 2);
    }
    void peopleTheirActionAgeAndClothes_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("variant"); // empty: not checked
        QTest::addColumn<QString>("age");
        QTest::addColumn<QString>("color");   // empty: not checked
        QTest::addColumn<QString>("outfit");
        QTest::newRow("dress") << "A woman in a red dress dancing" << "dance" << "" << "" << "#d8402f" << "dress";
        QTest::newRow("chef") << "A chef in a kitchen" << "cook" << "chef" << "" << "" << "";
        QTest::newRow("cooking") << "A man cooking in a kitchen" << "cook" << "" << "" << "" << "";
        QTest::newRow("guitar") << "A man playing the guitar on a street" << "instrument" << "guitar" << "" << "" << "";
        QTest::newRow("guitarist") << "A guitarist on stage" << "instrument" << "guitar" << "" << "" << "";
        QTest::newRow("violin") << "A girl playing violin" << "instrument" << "violin" << "young" << "" << "";
        QTest::newRow("piano") << "A grandmother playing piano" << "instrument" << "piano" << "old" << "" << "";
        QTest::newRow("sitting") << "An old man sitting on a bench" << "sit" << "" << "old" << "" << "";
        QTest::newRow("child") << "A child running in a park" << "run" << "" << "young" << "" << "";
        QTest::newRow("young adult") << "A young woman walking" << "walk" << "" << "" << "" << "";
    }
    void peopleTheirActionAgeAndClothes()
    {
        QFETCH(QString, prompt);
        QFETCH(QString, action);
        QFETCH(QString, variant);
        QFETCH(QString, age);
        QFETCH(QString, color);
        QFETCH(QString, outfit);
        const ShotPlan s = planScene(prompt).shots.first();
        // The garment, instrument or bench belongs to the person: it is not a thing of its own.
        QCOMPARE(s.subjects.size(), 1);
        const SubjectPlan &p = s.subjects.first();
        QCOMPARE(p.kind, QStringLiteral("person"));
        QCOMPARE(p.action, action);
        if (!variant.isEmpty())
            QCOMPARE(p.variant, variant);
        QCOMPARE(p.age, age);
        if (!color.isEmpty())
            QCOMPARE(p.color.name(), color);
        QCOMPARE(p.outfit, outfit);
        QCOMPARE(s.beds.contains(QStringLiteral("fire")), action == QLatin1String("cook")); // the pan sizzles
    }
    void jsonIsReadable()
    {
        const QJsonObject o = planScene(QStringLiteral("A cat")).toJson();
        QVERIFY(o.value(QStringLiteral("shots")).toArray().size() == 1);
        QVERIFY(o.contains(QStringLiteral("music")));
        QVERIFY(o.contains(QStringLiteral("understood")));
    }
    void vocabularyIsData()
    {
        // A vocabulary from JSON adds words without code.
        const QJsonObject json = QJsonDocument::fromJson(
            "{\"settings\": {\"beach\": {\"words\": [\"plage\"], \"light\": \"noon\"}},"
            " \"subjects\": {\"cat\": {\"words\": [\"chat\"], \"color\": \"#ff0000\"}}}").object();
        const Vocabulary v = Vocabulary::fromJson(json);
        const ScenePlan p = planScene(QStringLiteral("un chat sur la plage"), false, v);
        QCOMPARE(p.shots.first().setting, QStringLiteral("beach"));
        QVERIFY(p.shots.first().subject("cat"));
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
