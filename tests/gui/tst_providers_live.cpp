// A provider profile added or changed while the studio runs (a profile saved from the studio or
// the model list refreshed): the same service serves it at once, the compose pickers offer it
// without a restart, and nothing changes under a running job.
#include "bootstrap/AppContext.h"
#include "compose/ComposePanel.h"
#include "compose/PickerBar.h"
#include "MainWindow.h"
#include "StudioContext.h"
#include "gallery/GalleryFilterBar.h"
#include "gallery/GalleryModel.h"
#include "gallery/GalleryPanel.h"
#include "StudioSettings.h"
#include "providers/ProviderRegistry.h"
#include "service/GenerationService.h"
#include "support/FakeKeyStore.h"
#include "support/FakeServerFixture.h"
#include "support/FakeVideosApiServer.h"

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace rc;
using namespace rc::test;
using namespace rc::ui;

class TestProvidersLive : public QObject
{
    Q_OBJECT

    // The catalogue a `provider add` writes for the fake server, made in a scratch profile.
    static QByteArray profileFor(FakeVideosApiServer &server)
    {
        CliRunner scratch;
        const auto r = scratch.run({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("gpu"), QStringLiteral("--type"),
                                    QStringLiteral("videos-api"), QStringLiteral("--base-url"), server.baseUrl(),
                                    QStringLiteral("--option"), QStringLiteral("pollMinMs=20"), QStringLiteral("--option"),
                                    QStringLiteral("pollMaxMs=50")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        QFile f(scratch.profile.filePath(QStringLiteral("catalogue.json")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static std::unique_ptr<AppContext> openStudioCore(const QString &profile)
    {
        AppContext::Options options;
        options.profileDir = profile;
        options.workerExecutable = QStringLiteral(REELCRAFT_BINARY);
        options.keyStore = std::make_unique<FakeKeyStore>();
        options.logToFile = false;
        auto app = std::make_unique<AppContext>(std::move(options));
        QString error;
        if (!app->open(&error)) {
            qWarning() << error;
            return nullptr;
        }
        return app;
    }

    static bool addProfile(AppContext &app, const QByteArray &json, QString *error)
    {
        QStringList problems;
        const Catalogue defaults = Catalogue::defaults(nullptr);
        if (!app.userCatalogue().addJson(json, QStringLiteral("added"), &problems, &defaults)) {
            *error = problems.join(QLatin1String("; "));
            return false;
        }
        return app.saveUserCatalogue(error);
    }

private Q_SLOTS:
    void anAddedProviderIsOfferedAndServesAtOnce()
    {
        FakeVideosApiServer server;
        server.setPollsUntilDone(1);
        QVERIFY(server.listen());
        const QByteArray json = profileFor(server);
        QVERIFY(!json.isEmpty());

        CliRunner cli;
        auto app = openStudioCore(cli.profile.path());
        QVERIFY(app);
        GenerationService *service = &app->service();
        StudioSettings settings(cli.profile.filePath(QStringLiteral("studio.ini")));
        ComposePanel compose(app->catalogue(), app->service(), settings, cli.profile.filePath(QStringLiteral("inputs")));
        QComboBox *providers = compose.pickers()->providerBox();
        QCOMPARE(providers->findData(QStringLiteral("gpu")), -1);
        const QString chosenBefore = compose.pickers()->currentProvider();

        QSignalSpy changed(service, &GenerationService::providersChanged);
        QString error;
        QVERIFY2(addProfile(*app, json, &error), qPrintable(error));
        QCOMPARE(&app->service(), service); // the window's listeners keep working
        QCOMPARE(changed.count(), 1);
        QVERIFY(app->providers().find(QStringLiteral("gpu")));
        QVERIFY(providers->findData(QStringLiteral("gpu")) >= 0); // offered without a restart
        QCOMPARE(compose.pickers()->currentProvider(), chosenBefore); // the user's choice stays

        providers->setCurrentIndex(providers->findData(QStringLiteral("gpu")));
        QVERIFY(compose.pickers()->modelBox()->count() > 0);
        GenerationRequest r;
        compose.pickers()->fillRequest(&r);
        r.prompt = QStringLiteral("a lighthouse in fog");
        QSignalSpy finished(service, &GenerationService::jobFinished);
        const auto submitted = service->submit(r);
        QVERIFY2(submitted.ok(), qPrintable(submitted.error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const Job job = finished.at(0).at(0).value<Job>();
        QVERIFY2(job.state() == JobState::Completed, qPrintable(job.errorMessage()));
        QCOMPARE(server.createCount(), 1);
    }

    // The gallery's provider filter is read from the same catalogue: a provider added while the
    // studio runs can be filtered on at once, and the filter the user chose stays.
    void anAddedProviderAppearsInTheGalleryFilter()
    {
        FakeVideosApiServer server;
        QVERIFY(server.listen());
        const QByteArray json = profileFor(server);
        QVERIFY(!json.isEmpty());
        CliRunner cli;
        auto app = openStudioCore(cli.profile.path());
        QVERIFY(app);
        MainWindow window(StudioContext::from(*app));
        window.setConfirmQuit(false);
        QComboBox *filter = window.gallery()->filterBar()->providerBox();
        QCOMPARE(filter->findData(QStringLiteral("gpu")), -1);
        const int chosen = filter->count() - 1;
        QVERIFY(chosen > 0);
        filter->setCurrentIndex(chosen);
        const QString chosenId = filter->currentData().toString();

        QString error;
        QVERIFY2(addProfile(*app, json, &error), qPrintable(error));
        QVERIFY(filter->findData(QStringLiteral("gpu")) >= 0);
        QCOMPARE(filter->currentData().toString(), chosenId);
        QCOMPARE(window.galleryModel()->query().provider, chosenId);
    }

    void providersDoNotChangeUnderARunningJob()
    {
        FakeVideosApiServer server;
        server.setPollsUntilDone(1000000); // still rendering for the whole test
        QVERIFY(server.listen());
        const QByteArray json = profileFor(server);
        QVERIFY(!json.isEmpty());
        CliRunner cli;
        auto app = openStudioCore(cli.profile.path());
        QVERIFY(app);
        QString error;
        QVERIFY2(addProfile(*app, json, &error), qPrintable(error));

        GenerationRequest r;
        r.prompt = QStringLiteral("a slow one");
        r.provider = QStringLiteral("gpu");
        r.model = app->catalogue().provider(QStringLiteral("gpu"))->models.value(0);
        r.tier = QStringLiteral("standard");
        const auto submitted = app->service().submit(r);
        QVERIFY2(submitted.ok(), qPrintable(submitted.error));
        QTRY_COMPARE_WITH_TIMEOUT(server.createCount(), 1, 30000);
        Provider *running = app->providers().find(QStringLiteral("gpu"));

        QSignalSpy changed(&app->service(), &GenerationService::providersChanged);
        QVERIFY(!app->saveUserCatalogue(&error));
        QVERIFY2(error.contains(QLatin1String("running")), qPrintable(error));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(app->providers().find(QStringLiteral("gpu")), running);
        QVERIFY(app->service().cancel(submitted.id));
    }
};

QTEST_MAIN(TestProvidersLive)
#include "tst_providers_live.moc"
