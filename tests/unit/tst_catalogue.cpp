// The catalogue: the defaults load clean, bad files are refused whole with every problem named,
// and requests are judged against what each model offers.
#include "core/Catalogue.h"

#include <QtTest>

using namespace rc;

class TestCatalogue : public QObject
{
    Q_OBJECT

    static GenerationRequest request(const QString &provider, const QString &model, int seconds, const QString &size,
                                     const QString &tier = QStringLiteral("standard"))
    {
        GenerationRequest r;
        r.prompt = QStringLiteral("a lighthouse at dusk");
        r.provider = provider;
        r.model = model;
        r.durationSec = seconds;
        r.size = *VideoSize::parse(size);
        r.tier = tier;
        return r;
    }

private Q_SLOTS:
    void defaultsLoadWithoutProblems()
    {
        QStringList errors;
        const Catalogue c = Catalogue::defaults(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(c.provider(QStringLiteral("builtin")));
        QCOMPARE(c.providers().first().id, QStringLiteral("builtin"));
        QVERIFY(c.provider(QStringLiteral("openai"))->isRetired());
        for (const ProviderSpec &p : c.providers())
            for (const QString &m : p.models)
                QVERIFY2(c.model(m), qPrintable(m));
    }

    void badDocumentsNameEveryProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("not json") << QByteArray("{ nope") << QStringList{QStringLiteral("offset")};
        QTest::newRow("bad size and negative price")
            << QByteArray(R"({"models":{"m":{"tiers":[{"id":"a"}],"durations":[4],"sizes":["1280*720"],"prices":[{"perSecondUsd":-1}]}}})")
            << QStringList{QStringLiteral("models.m.sizes[0]"), QStringLiteral("models.m.prices[0].perSecondUsd")};
        QTest::newRow("no tiers, fractional duration")
            << QByteArray(R"({"models":{"m":{"tiers":[],"durations":[4.5],"sizes":["640x360"],"prices":[{"perSecondUsd":0}]}}})")
            << QStringList{QStringLiteral("models.m.tiers"), QStringLiteral("models.m.durations[0]")};
        QTest::newRow("unknown model and kind")
            << QByteArray(R"({"providers":[{"id":"p","kind":"carrier-pigeon","baseUrl":"x","models":["ghost"]}]})")
            << QStringList{QStringLiteral("providers[0].kind"), QStringLiteral("\"ghost\" is not a model")};
        QTest::newRow("remote without base url")
            << QByteArray(R"({"providers":[{"id":"p","kind":"videos-api","models":["sora-2"]}]})")
            << QStringList{QStringLiteral("providers[0].baseUrl: is missing")};
    }
    void badDocumentsNameEveryProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        Catalogue c = Catalogue::defaults(nullptr);
        const int providersBefore = c.providers().size();
        QStringList errors;
        QVERIFY(!c.addJson(json, QStringLiteral("user.json"), &errors));
        for (const QString &e : expected) {
            bool found = false;
            for (const QString &line : errors)
                found = found || (line.startsWith(QStringLiteral("user.json: ")) && line.contains(e));
            QVERIFY2(found, qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(e, errors.join(QLatin1Char('\n')))));
        }
        QCOMPARE(c.providers().size(), providersBefore); // all or nothing
    }

    void overrideRepricesAndAddsServers()
    {
        Catalogue c = Catalogue::defaults(nullptr);
        QStringList errors;
        QVERIFY(c.addJson(R"({"models":{"sora-2":{"tiers":[{"id":"standard"}],"durations":[4,8],"sizes":["1280x720"],
                               "prices":[{"perSecondUsd":0.05}]}},
                             "providers":[{"id":"my-gpu","kind":"videos-api","baseUrl":"http://127.0.0.1:30000/v1","models":["sora-2"]}]})",
                          QStringLiteral("user"), &errors));
        QCOMPARE(c.estimate(request(QStringLiteral("my-gpu"), QStringLiteral("sora-2"), 8, QStringLiteral("1280x720"))),
                 Money::fromCents(40));
        QVERIFY(c.provider(QStringLiteral("my-gpu")));
    }

    void estimatesFollowSizeRules()
    {
        const Catalogue c = Catalogue::defaults(nullptr);
        QCOMPARE(c.estimate(request(QStringLiteral("openai"), QStringLiteral("sora-2"), 8, QStringLiteral("1280x720"))), Money::fromCents(80));
        QCOMPARE(c.estimate(request(QStringLiteral("openai"), QStringLiteral("sora-2-pro"), 4, QStringLiteral("720x1280"))), Money::fromCents(120));
        QCOMPARE(c.estimate(request(QStringLiteral("openai"), QStringLiteral("sora-2-pro"), 12, QStringLiteral("1792x1024"))), Money::fromCents(600));
        QVERIFY(c.estimate(request(QStringLiteral("builtin"), QString(), 10, QStringLiteral("1280x720"), QStringLiteral("pro"))).isZero());
    }

    void validateSaysWhatToChange_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("expected"); // empty: valid
        QTest::newRow("builtin ok") << "builtin" << "" << 4 << "1280x720" << "draft" << "";
        QTest::newRow("unknown provider") << "nobody" << "" << 4 << "1280x720" << "draft" << "no provider named";
        QTest::newRow("wrong duration") << "relay" << "sora-2" << 5 << "1280x720" << "standard" << "4, 8, 12";
        QTest::newRow("wrong size") << "relay" << "sora-2" << 4 << "1920x1080" << "standard" << "not 1920x1080";
        QTest::newRow("sora-2 on a relay") << "relay" << "sora-2" << 8 << "1280x720" << "standard" << "";
        QTest::newRow("sora-2 on OpenAI") << "openai" << "sora-2" << 8 << "1280x720" << "standard"
                                          << "Sora 2 was shut down on api.openai.com on 2026-09-24; use openai/sora-2-pro";
        QTest::newRow("retired before any other check") << "openai" << "sora-2-pro" << 5 << "999x999" << "standard"
                                                        << "shut down on api.openai.com on 2026-09-24";
        QTest::newRow("own profile at OpenAI's host") << "my-openai" << "sora-2" << 8 << "1280x720" << "standard"
                                                      << "shut down on api.openai.com";
        QTest::newRow("wrong tier") << "builtin" << "" << 4 << "1280x720" << "ultra" << "no tier \"ultra\"";
        QTest::newRow("veo 1080p at 4 s") << "veo-relay" << "veo-3.1-generate-preview" << 4 << "1920x1080" << "standard" << "only at some durations";
        QTest::newRow("veo 1080p at 8 s") << "veo-relay" << "veo-3.1-generate-preview" << 8 << "1920x1080" << "standard" << "";
        QTest::newRow("veo 3.1 on the Gemini API") << "gemini" << "veo-3.1-generate-preview" << 8 << "1280x720" << "standard"
                                                   << "Veo 3.1 was shut down on generativelanguage.googleapis.com on 2026-10-22; use Gemini Omni";
        QTest::newRow("veo 3.0 on the Gemini API") << "gemini" << "veo-3.0-fast-generate-001" << 8 << "1280x720" << "standard"
                                                   << "on 2026-06-30; use Gemini Omni (gemini-omni-1.1-flash) with the same key, or google/veo-3.1 through an OpenRouter provider";
        QTest::newRow("omni on the Gemini API") << "gemini" << "gemini-omni-1.1-flash" << 8 << "1280x720" << "standard" << "";
        QTest::newRow("model of another provider") << "openai" << "veo-3.0-generate-001" << 8 << "1280x720" << "standard" << "does not offer";
    }
    void validateSaysWhatToChange()
    {
        QFETCH(QString, provider);
        QFETCH(QString, model);
        QFETCH(int, seconds);
        QFETCH(QString, size);
        QFETCH(QString, tier);
        QFETCH(QString, expected);
        Catalogue c = Catalogue::defaults(nullptr);
        // The same model ids elsewhere: a relay still serves them; a profile of the user's at
        // OpenAI's own host does not.
        ProviderSpec relay;
        relay.id = QStringLiteral("relay");
        relay.kind = QStringLiteral("videos-api");
        relay.baseUrl = QStringLiteral("https://relay.example/v1");
        relay.models = {QStringLiteral("sora-2"), QStringLiteral("sora-2-pro")};
        c.upsertProvider(relay);
        ProviderSpec veoRelay;
        veoRelay.id = QStringLiteral("veo-relay");
        veoRelay.kind = QStringLiteral("gemini");
        veoRelay.baseUrl = QStringLiteral("https://veo-relay.example/v1beta");
        veoRelay.models = {QStringLiteral("veo-3.1-generate-preview")};
        c.upsertProvider(veoRelay);
        relay.id = QStringLiteral("my-openai");
        relay.baseUrl = QStringLiteral("https://API.openai.com/v1");
        c.upsertProvider(relay);
        const QString verdict = c.validate(request(provider, model, seconds, size, tier));
        if (expected.isEmpty())
            QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
        else
            QVERIFY2(verdict.contains(expected), qPrintable(verdict));
    }

    void emptyPromptNeedsAPhotoAndLongPromptsAreRefused()
    {
        const Catalogue c = Catalogue::defaults(nullptr);
        GenerationRequest r = request(QStringLiteral("builtin"), QString(), 4, QStringLiteral("1280x720"), QStringLiteral("draft"));
        r.prompt = QStringLiteral("   ");
        QVERIFY(c.validate(r).contains(QStringLiteral("prompt")));
        r.imagePath = QStringLiteral("/tmp/photo.jpg");
        QVERIFY(c.validate(r).isEmpty());
        r.prompt = QString(5000, QLatin1Char('a'));
        QVERIFY(c.validate(r).contains(QStringLiteral("5000")));
    }

    void retiredModelsAreHiddenAndNamed()
    {
        const Catalogue c = Catalogue::defaults(nullptr);
        const ProviderSpec *openai = c.provider(QStringLiteral("openai"));
        QVERIFY(openai);
        QVERIFY(c.activeModels(*openai).isEmpty());
        const auto gone = c.retirement(*openai, QStringLiteral("sora-2-pro"));
        QVERIFY(gone);
        QCOMPARE(gone->date, QStringLiteral("2026-09-24"));
        QVERIFY(!gone->replacement.isEmpty());
        QVERIFY(!c.retirement(*c.provider(QStringLiteral("builtin")), QStringLiteral("reelcraft-procedural")));
        // Google shut Veo down on the Gemini API: the same key now offers Gemini Omni only.
        const ProviderSpec *gemini = c.provider(QStringLiteral("gemini"));
        QVERIFY(gemini && gemini->models.contains(QStringLiteral("veo-3.1-generate-preview")));
        QCOMPARE(c.activeModels(*gemini), (QStringList{QStringLiteral("gemini-omni-1.1-flash"), QStringLiteral("gemini-omni-flash-preview")}));
        QCOMPARE(c.retirement(*gemini, QStringLiteral("veo-3.0-generate-001"))->date, QStringLiteral("2026-06-30"));
        QCOMPARE(c.retirement(*gemini, QStringLiteral("veo-3.1-fast-generate-preview"))->date, QStringLiteral("2026-10-22"));

        // A provider whose first model is retired runs on its first one still served.
        Catalogue mixed = c;
        ProviderSpec p = *openai;
        p.id = QStringLiteral("mixed");
        p.models = {QStringLiteral("sora-2"), QStringLiteral("reelcraft-procedural")};
        mixed.upsertProvider(p);
        GenerationRequest r = request(QStringLiteral("mixed"), QString(), 4, QStringLiteral("1280x720"));
        QCOMPARE(mixed.effectiveModel(r), QStringLiteral("reelcraft-procedural"));
        QCOMPARE(mixed.activeModels(p), QStringList{QStringLiteral("reelcraft-procedural")});
        // All retired: the first, so that validate() can say why.
        QCOMPARE(c.effectiveModel(request(QStringLiteral("openai"), QString(), 4, QStringLiteral("1280x720"))),
                 QStringLiteral("sora-2"));
    }

    void badRetirementEntriesAreNamed()
    {
        Catalogue c;
        QStringList errors;
        QVERIFY(!c.addJson(R"({"models":{"m":{"tiers":[{"id":"a"}],"durations":[4],"sizes":["640x360"],
            "prices":[{"perSecondUsd":0}],
            "retired":[{"host":"https://x.example/v1","date":"24/09/2026"},{"date":"2026-01-01"}]}}})",
                           QStringLiteral("t"), &errors));
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("models.m.retired[0].host")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("models.m.retired[0].date")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("models.m.retired[1].host: is missing")), qPrintable(all));
        errors.clear();
        QVERIFY(!c.addJson(R"({"models":{"m":{"tiers":[{"id":"a"}],"durations":[4],"sizes":["640x360"],
            "prices":[{"perSecondUsd":0}],"retired":"2026-01-01"}}})", QStringLiteral("t"), &errors));
        QVERIFY(errors.join(QLatin1Char('\n')).contains(QStringLiteral("models.m.retired")));
    }

    void roundTripsThroughJson()
    {
        const Catalogue c = Catalogue::defaults(nullptr);
        Catalogue back;
        QStringList errors;
        QVERIFY2(back.addJson(c.toJson(), QStringLiteral("round trip"), &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(back.providers().size(), c.providers().size());
        QCOMPARE(back.model(QStringLiteral("sora-2"))->retired.size(), 1);
        QCOMPARE(back.model(QStringLiteral("sora-2"))->retired.first().host, QStringLiteral("api.openai.com"));
        QCOMPARE(back.estimate(request(QStringLiteral("openai"), QStringLiteral("sora-2-pro"), 12, QStringLiteral("1792x1024"))),
                 Money::fromCents(600));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
