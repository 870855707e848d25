// Settings › Providers and Keys, as a person with an OpenRouter or fal.ai key (or a ComfyUI server)
// uses it: Add Provider…, Test, Add, then the provider is listed, its key is in the keychain and
// the running studio offers it at once; Refresh Models reads the service's list again; Remove
// takes the profile and its key away. Every refusal (a wrong key, a server that is down, a name
// taken, the keychain refusing) is shown in the dialog and leaves nothing behind.
#include "bootstrap/AppContext.h"
#include "bootstrap/ProviderProfiles.h"
#include "providers/ProviderRegistry.h"
#include "settings/AddProviderDialog.h"
#include "settings/ProvidersPage.h"
#include "settings/SettingsDialog.h"
#include "StudioSettings.h"
#include "support/FakeComfyServer.h"
#include "support/FakeFalServer.h"
#include "support/FakeKeyStore.h"
#include "support/FakeOpenRouterServer.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rc;
using namespace rc::test;
using namespace rc::ui;

namespace {

// With REELCRAFT_SCREENSHOT_DIR set, keeps a picture of the widget as the user sees it (for the docs).
void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("REELCRAFT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestAddProvider : public QObject
{
    Q_OBJECT

    struct Studio
    {
        QTemporaryDir profile;
        FakeKeyStore *keys = nullptr; // owned by the context
        std::unique_ptr<AppContext> app;
        std::unique_ptr<StudioSettings> settings;
        std::unique_ptr<SettingsDialog> dialog;

        bool open()
        {
            AppContext::Options options;
            options.profileDir = profile.path();
            options.workerExecutable = QStringLiteral(REELCRAFT_BINARY);
            auto store = std::make_unique<FakeKeyStore>();
            keys = store.get();
            options.keyStore = std::move(store);
            options.logToFile = false;
            app = std::make_unique<AppContext>(std::move(options));
            QString error;
            if (!app->open(&error)) {
                qWarning() << error;
                return false;
            }
            settings = std::make_unique<StudioSettings>(profile.filePath(QStringLiteral("studio.ini")));
            dialog = std::make_unique<SettingsDialog>(app->catalogue(), app->keys(), app->budgets(), *settings, &app->profiles());
            dialog->show();
            return QTest::qWaitForWindowExposed(dialog.get());
        }
        ProvidersPage &page() { return *dialog->providersPage(); }

        // Add Provider… opens the form; null when it did not appear.
        AddProviderDialog *openForm(const QString &kind)
        {
            page().addButton()->click();
            AddProviderDialog *form = nullptr;
            if (!QTest::qWaitFor([&] { return (form = dialog->findChild<AddProviderDialog *>()) && form->isVisible(); }, 5000))
                return nullptr;
            form->kindBox()->setCurrentIndex(form->kindBox()->findData(kind));
            return form;
        }
        int rowOf(const QString &id)
        {
            for (int i = 0; i < page().list()->topLevelItemCount(); ++i)
                if (page().list()->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
                    return i;
            return -1;
        }
    };

    static bool settled(AddProviderDialog *form)
    {
        return QTest::qWaitFor([form] { return !form->isBusy(); }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The environment must not lend a key the test means to leave out.
        qunsetenv("OPENROUTER_API_KEY");
        qunsetenv("FAL_KEY");
    }

    void testListsTheModelsAndSavesNothingThenAddIsOfferedAtOnce()
    {
        FakeOpenRouterServer server;
        QVERIFY(server.listen());
        Studio studio;
        QVERIFY(studio.open());
        AddProviderDialog *form = studio.openForm(QStringLiteral("openrouter"));
        QVERIFY(form);
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("openrouter")); // a free name is offered
        form->nameEdit()->setText(QStringLiteral("my-router"));
        form->addressEdit()->setText(server.baseUrl());
        form->keyEdit()->setText(QStringLiteral("sk-or-v1-test"));

        form->testButton()->click();
        QVERIFY(form->isBusy());
        QVERIFY(!form->addButton()->isEnabled()); // the form holds still while the service answers
        QVERIFY(settled(form));
        QVERIFY2(form->problemLabel()->isHidden(), qPrintable(form->problemLabel()->text()));
        QVERIFY(!form->modelList()->findItems(QStringLiteral("google/veo-3.1"), Qt::MatchExactly).isEmpty());
        saveShot(form, QStringLiteral("add-provider-openrouter-tested.png"));
        // A test saves nothing: no profile, no key.
        QVERIFY(!studio.app->catalogue().provider(QStringLiteral("my-router")));
        QVERIFY(!studio.keys->contains(QStringLiteral("my-router")));

        QSignalSpy added(form, &AddProviderDialog::added);
        const QPointer<AddProviderDialog> closing(form); // it deletes itself once closed
        form->addButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 30000);
        QTRY_VERIFY(!closing || !closing->isVisible());
        const ProviderSpec *spec = studio.app->catalogue().provider(QStringLiteral("my-router"));
        QVERIFY(spec);
        QVERIFY(spec->models.contains(QStringLiteral("google/veo-3.1")));
        QVERIFY(studio.keys->contains(QStringLiteral("my-router")));
        QVERIFY(studio.app->providers().find(QStringLiteral("my-router"))); // the running service has it
        const int row = studio.rowOf(QStringLiteral("my-router"));
        QVERIFY2(row >= 0, qPrintable(QString::number(studio.page().list()->topLevelItemCount())));
        QCOMPARE(studio.page().list()->currentItem(), studio.page().list()->topLevelItem(row));
        QVERIFY(studio.page().list()->topLevelItem(row)->text(3).contains(QStringLiteral("••••"))); // masked
        QVERIFY(studio.page().statusLabel()->text().contains(QStringLiteral("my-router")));
        studio.dialog->showKeysPage();
        saveShot(studio.dialog.get(), QStringLiteral("settings-providers-added.png"));

        // The service's list changes: Refresh Models reads it again.
        QJsonArray fewer;
        for (const QJsonValue &m : FakeOpenRouterServer::defaultModels())
            if (m.toObject().value(QStringLiteral("id")).toString() != QStringLiteral("google/veo-3.1"))
                fewer.append(m);
        server.setModels(fewer);
        QVERIFY(studio.page().refreshButton()->isEnabled());
        studio.page().refreshButton()->click();
        QVERIFY(!studio.page().refreshButton()->isEnabled()); // busy
        QTRY_VERIFY_WITH_TIMEOUT(studio.page().refreshButton()->isEnabled(), 30000);
        spec = studio.app->catalogue().provider(QStringLiteral("my-router"));
        QVERIFY(spec && !spec->models.contains(QStringLiteral("google/veo-3.1")));
        QVERIFY2(studio.page().statusLabel()->text().contains(QString::number(spec->models.size())),
                 qPrintable(studio.page().statusLabel()->text()));

        // Remove Provider asks first, then takes the profile and its key away.
        QVERIFY(studio.page().select(QStringLiteral("my-router")));
        studio.page().removeProviderButton()->click();
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = studio.dialog->findChild<QMessageBox *>()) && ask->isVisible());
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *b : ask->buttons())
            if (ask->buttonRole(b) == QMessageBox::DestructiveRole)
                remove = b;
        QVERIFY(remove);
        remove->click();
        QTRY_VERIFY(!studio.app->catalogue().provider(QStringLiteral("my-router")));
        QVERIFY(!studio.keys->contains(QStringLiteral("my-router")));
        QVERIFY(!studio.app->providers().find(QStringLiteral("my-router")));
        QCOMPARE(studio.rowOf(QStringLiteral("my-router")), -1);
    }

    // The Kind column names the kind of service in words, never its catalogue id.
    void theKindColumnReadsAsWords()
    {
        Studio studio;
        QVERIFY(studio.open());
        QTreeWidget *list = studio.page().list();
        QVERIFY(list->topLevelItemCount() >= 3);
        const QStringList rawIds{QStringLiteral("videos-api"), QStringLiteral("gemini"), QStringLiteral("fal"),
                                 QStringLiteral("openrouter"), QStringLiteral("comfyui"), QStringLiteral("builtin")};
        QStringList kinds;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            kinds << list->topLevelItem(i)->text(1);
        for (const QString &kind : std::as_const(kinds))
            QVERIFY2(!rawIds.contains(kind), qPrintable(kinds.join(QStringLiteral(", "))));
        QVERIFY2(kinds.contains(QStringLiteral("OpenAI-compatible Videos API")), qPrintable(kinds.join(QStringLiteral(", "))));
        QVERIFY2(kinds.contains(QStringLiteral("Google Gemini")), qPrintable(kinds.join(QStringLiteral(", "))));
        QVERIFY2(kinds.contains(QStringLiteral("fal.ai")), qPrintable(kinds.join(QStringLiteral(", "))));
    }

    void aWrongKeyIsShownAndNothingIsKept()
    {
        FakeOpenRouterServer server;
        QVERIFY(server.listen());
        Studio studio;
        QVERIFY(studio.open());
        AddProviderDialog *form = studio.openForm(QStringLiteral("openrouter"));
        QVERIFY(form);
        form->addressEdit()->setText(server.baseUrl());
        form->keyEdit()->setText(QStringLiteral("sk-or-v1-wrong"));
        form->addButton()->click();
        QVERIFY(settled(form));
        QVERIFY(form->isVisible()); // stays open with what was typed
        QVERIFY(!form->problemLabel()->isHidden());
        QVERIFY2(form->problemLabel()->text().contains(QStringLiteral("key"), Qt::CaseInsensitive),
                 qPrintable(form->problemLabel()->text()));
        QVERIFY(!form->problemLabel()->text().contains(QStringLiteral("sk-or-v1-wrong"))); // never the key itself
        QCOMPARE(form->keyEdit()->text(), QStringLiteral("sk-or-v1-wrong"));
        saveShot(form, QStringLiteral("add-provider-wrong-key.png"));
        QVERIFY(!studio.app->catalogue().provider(form->nameEdit()->text()));
        QVERIFY(!studio.keys->contains(form->nameEdit()->text()));
    }

    void aServerThatIsDownIsSaidSo()
    {
        quint16 closedPort = 0;
        {
            FakeOpenRouterServer gone;
            QVERIFY(gone.listen());
            closedPort = QUrl(gone.baseUrl()).port();
        }
        Studio studio;
        QVERIFY(studio.open());
        AddProviderDialog *form = studio.openForm(QStringLiteral("openrouter"));
        QVERIFY(form);
        form->addressEdit()->setText(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(closedPort));
        form->keyEdit()->setText(QStringLiteral("sk-or-v1-test"));
        form->testButton()->click();
        QVERIFY(settled(form));
        QVERIFY(!form->problemLabel()->isHidden());
        QVERIFY(form->testButton()->isEnabled());
        QVERIFY(!studio.app->catalogue().provider(form->nameEdit()->text()));
    }

    void formProblemsAreShownWithoutAsking_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("built-in name") << "fal" << "gemini" << "" << "k" << "built-in";
        QTest::newRow("bad name") << "fal" << "Big Name" << "" << "k" << "name";
        QTest::newRow("no key") << "openrouter" << "router" << "" << "" << "OPENROUTER_API_KEY";
        QTest::newRow("not an address") << "comfyui" << "gpus" << "ftp://box:21" << "" << "ftp://box:21";
        QTest::newRow("two addresses, one service") << "fal" << "falx" << "https://a.example https://b.example" << "k" << "ComfyUI";
    }

    void formProblemsAreShownWithoutAsking()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QString, address);
        QFETCH(QString, key);
        QFETCH(QString, mentions);
        Studio studio;
        QVERIFY(studio.open());
        AddProviderDialog *form = studio.openForm(kind);
        QVERIFY(form);
        form->nameEdit()->setText(name);
        form->addressEdit()->setText(address);
        form->keyEdit()->setText(key);
        form->addButton()->click();
        QVERIFY(!form->isBusy()); // refused at once: nothing was sent
        QVERIFY(form->isVisible());
        QVERIFY2(form->problemLabel()->isVisible() && form->problemLabel()->text().contains(mentions),
                 qPrintable(form->problemLabel()->text()));
        QCOMPARE(studio.app->userCatalogue().providers().size(), 0);
    }

    void aKeychainThatRefusesLeavesNoProfile()
    {
        FakeFalServer server;
        QVERIFY(server.listen());
        Studio studio;
        QVERIFY(studio.open());
        studio.keys->setRefuseWrites(true);
        AddProviderDialog *form = studio.openForm(QStringLiteral("fal"));
        QVERIFY(form);
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("fal-2")); // "fal" is the built-in one
        form->addressEdit()->setText(server.baseUrl());
        form->keyEdit()->setText(QStringLiteral("fal-key-id:fal-key-secret"));
        form->addButton()->click();
        QVERIFY(settled(form));
        QVERIFY(form->isVisible());
        QVERIFY(!form->problemLabel()->isHidden());
        QVERIFY(!studio.app->catalogue().provider(QStringLiteral("fal-2")));
    }

    void falIsAddedWithItsEndpoints()
    {
        FakeFalServer server;
        QVERIFY(server.listen());
        Studio studio;
        QVERIFY(studio.open());
        AddProviderDialog *form = studio.openForm(QStringLiteral("fal"));
        QVERIFY(form);
        form->addressEdit()->setText(server.baseUrl());
        form->keyEdit()->setText(QStringLiteral("fal-key-id:fal-key-secret"));
        QSignalSpy added(form, &AddProviderDialog::added);
        form->addButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 30000);
        const ProviderSpec *spec = studio.app->catalogue().provider(QStringLiteral("fal-2"));
        QVERIFY(spec);
        QCOMPARE(spec->models, studio.app->catalogue().provider(QStringLiteral("fal"))->models);
        QVERIFY(studio.keys->contains(QStringLiteral("fal-2")));
        QVERIFY(!studio.page().refreshButton()->isEnabled()); // fal's endpoints are the catalogue's
    }

    void aKeyFromTheEnvironmentIsUsedAndNotCopied()
    {
        FakeFalServer server;
        QVERIFY(server.listen());
        qputenv("FAL_KEY", "fal-key-id:fal-key-secret");
        Studio studio;
        QVERIFY(studio.open());
        AddProviderDialog *form = studio.openForm(QStringLiteral("fal"));
        QVERIFY(form);
        form->addressEdit()->setText(server.baseUrl());
        QVERIFY(form->keyEdit()->text().isEmpty());
        QSignalSpy added(form, &AddProviderDialog::added);
        form->addButton()->click();
        const bool ok = QTest::qWaitFor([&] { return added.count() == 1; }, 30000);
        qunsetenv("FAL_KEY");
        QVERIFY(ok);
        QVERIFY(studio.app->catalogue().provider(QStringLiteral("fal-2")));
        QVERIFY(!studio.keys->contains(QStringLiteral("fal-2"))); // the environment's key stays there
    }

    void aComfyPoolIsSurveyed()
    {
        FakeComfyServer ready;
        QVERIFY(ready.listen());
        ready.setGpu(QStringLiteral("NVIDIA RTX 4090"), 24LL << 30, 20LL << 30);
        FakeComfyServer lacking;
        QVERIFY(lacking.listen());
        lacking.removeNode(QStringLiteral("LTXVConditioning"));
        Studio studio;
        QVERIFY(studio.open());
        AddProviderDialog *form = studio.openForm(QStringLiteral("comfyui"));
        QVERIFY(form);
        form->nameEdit()->setText(QStringLiteral("gpus"));
        form->addressEdit()->setText(ready.baseUrl() + QLatin1Char(' ') + lacking.baseUrl());
        form->testButton()->click();
        QVERIFY(settled(form));
        QVERIFY2(form->problemLabel()->isHidden(), qPrintable(form->problemLabel()->text()));
        QVERIFY(!form->modelList()->findItems(QStringLiteral("RTX 4090"), Qt::MatchContains).isEmpty());
        QVERIFY(!form->modelList()->findItems(QStringLiteral("LTXVConditioning"), Qt::MatchContains).isEmpty());
        saveShot(form, QStringLiteral("add-provider-comfyui-pool.png"));
        QSignalSpy added(form, &AddProviderDialog::added);
        form->addButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 30000);
        const ProviderSpec *spec = studio.app->catalogue().provider(QStringLiteral("gpus"));
        QVERIFY(spec);
        QCOMPARE(spec->maxConcurrent, 2);
        QVERIFY(spec->models.contains(QStringLiteral("wan2.2-ti2v-5b")));
    }
};

QTEST_MAIN(TestAddProvider)
#include "tst_add_provider.moc"
