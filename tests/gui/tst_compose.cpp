// The compose panel: pickers constrained by the catalogue, the drop zone, the cost on Generate,
// its disabled reason, and Ctrl+Enter.
#include "GuiFixture.h"

#include "StudioSettings.h"
#include "compose/ComposePanel.h"
#include "compose/CropPreview.h"
#include "compose/GenerateButton.h"
#include "compose/ImageDropZone.h"
#include "compose/PickerBar.h"
#include "compose/PlanChips.h"
#include "compose/PlanLabels.h"
#include "support/FileDrop.h"
#include "compose/PromptEditor.h"
#include "core/CatalogueTypes.h"
#include "i18n/StudioTranslations.h"
#include "media/ImageFit.h"
#include "providers/gemini/GeminiFactory.h"
#include "settings/SettingsDialog.h"

#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

using namespace rc;
using namespace rc::ui;

namespace {

QStringList items(const QComboBox *box)
{
    QStringList out;
    for (int i = 0; i < box->count(); ++i)
        out << box->itemData(i).toString();
    return out;
}

void selectData(QComboBox *box, const QVariant &value)
{
    const int i = box->findData(value);
    QVERIFY2(i >= 0, qPrintable(value.toString()));
    box->setCurrentIndex(i);
}

} // namespace

class TestCompose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Google shut Veo down on the Gemini API; a relay at another host still serves it, and it is
        // the one catalogue model that takes a last frame, a negative prompt and size-bound durations.
        // (An ordinary literal: moc loses the class after a raw string that opens inside braces.)
        m_fx = std::make_unique<test::GuiFixture>(QList<QByteArray>{
            "{\"providers\": [{ \"id\": \"veo-relay\", \"kind\": \"gemini\", "
            "\"baseUrl\": \"https://veo-relay.example/v1beta\", \"models\": [\"veo-3.1-generate-preview\"] }]}"});
        m_settings = std::make_unique<StudioSettings>(m_fx->paths.settingsFile());
        m_panel = std::make_unique<ComposePanel>(*m_fx->catalogue, *m_fx->service, *m_settings, m_fx->paths.inputsDir());
        m_panel->resize(420, 800);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup()
    {
        m_panel.reset();
        m_settings.reset();
        m_fx.reset();
    }

    void builtinComesFirst()
    {
        QCOMPARE(m_panel->pickers()->providerBox()->itemData(0).toString(), QStringLiteral("builtin"));
    }

    void pickersOfferOnlyWhatTheModelCan()
    {
        PickerBar *p = m_panel->pickers();
        selectData(p->providerBox(), QStringLiteral("fake-paid"));
        QCOMPARE(items(p->sizeBox()), (QStringList{QStringLiteral("1280x720"), QStringLiteral("720x1280")}));
        QCOMPARE(items(p->durationBox()), (QStringList{QStringLiteral("4"), QStringLiteral("8"), QStringLiteral("12")}));
        QCOMPARE(items(p->tierBox()), QStringList{QStringLiteral("standard")});
        QVERIFY(!p->tierBox()->isEnabled()); // one tier: nothing to choose
        QVERIFY(p->sizeBox()->itemText(1).contains(QStringLiteral("9:16")));

        selectData(p->providerBox(), QStringLiteral("fake-free"));
        QCOMPARE(items(p->sizeBox()), QStringList{QStringLiteral("640x360")});
        QCOMPARE(items(p->durationBox()), (QStringList{QStringLiteral("2"), QStringLiteral("4")}));
        QCOMPARE(items(p->tierBox()), QStringList{QStringLiteral("draft")});
    }

    void sizeRulesNarrowDurations()
    {
        PickerBar *p = m_panel->pickers();
        selectData(p->providerBox(), QStringLiteral("veo-relay"));
        selectData(p->modelBox(), QStringLiteral("veo-3.1-generate-preview"));
        selectData(p->sizeBox(), QStringLiteral("1280x720"));
        QCOMPARE(items(p->durationBox()), (QStringList{QStringLiteral("4"), QStringLiteral("6"), QStringLiteral("8")}));
        selectData(p->sizeBox(), QStringLiteral("1920x1080"));
        QCOMPARE(items(p->durationBox()), QStringList{QStringLiteral("8")});
    }

    void choiceIsRememberedInTheProfile()
    {
        PickerBar *p = m_panel->pickers();
        selectData(p->providerBox(), QStringLiteral("fake-paid"));
        selectData(p->durationBox(), 12);
        selectData(p->sizeBox(), QStringLiteral("720x1280"));
        p->save(*m_settings);
        PickerBar again(*m_fx->catalogue);
        again.restore(*m_settings);
        GenerationRequest r;
        again.fillRequest(&r);
        QCOMPARE(r.provider, QStringLiteral("fake-paid"));
        QCOMPARE(r.durationSec, 12);
        QCOMPARE(r.size, (VideoSize{720, 1280}));
    }

    void costIsOnTheButton()
    {
        PickerBar *p = m_panel->pickers();
        m_panel->promptEditor()->setText(QStringLiteral("a lighthouse at dusk"));
        selectData(p->providerBox(), QStringLiteral("fake-paid"));
        selectData(p->durationBox(), 8);
        // sora-2 at $0.10 a second, 8 seconds.
        QCOMPARE(m_panel->generateButton()->text(), QStringLiteral("Generate · $0.80"));
        QVERIFY(m_panel->generateButton()->isEnabled());
        selectData(p->durationBox(), 4);
        QCOMPARE(m_panel->generateButton()->text(), QStringLiteral("Generate · $0.40"));
        selectData(p->providerBox(), QStringLiteral("fake-free"));
        QCOMPARE(m_panel->generateButton()->text(), QStringLiteral("Generate · free"));
    }

    void disabledWithTheReason()
    {
        selectData(m_panel->pickers()->providerBox(), QStringLiteral("fake-free"));
        m_panel->promptEditor()->setText(QString());
        GenerateButton *b = m_panel->generateButton();
        QVERIFY(!b->isEnabled());
        QCOMPARE(b->toolTip(), m_fx->service->check(m_panel->request()));
        QVERIFY(!b->toolTip().isEmpty());
        m_panel->promptEditor()->setText(QStringLiteral("x"));
        QVERIFY(b->isEnabled());
        // The fixture has no built-in engine: the service's refusal is the tooltip.
        selectData(m_panel->pickers()->providerBox(), QStringLiteral("builtin"));
        QVERIFY(!b->isEnabled());
        QVERIFY2(b->toolTip().contains(QStringLiteral("builtin")), qPrintable(b->toolTip()));
    }

    void missingKeyIsSaidBeforeQueueing()
    {
        selectData(m_panel->pickers()->providerBox(), QStringLiteral("fake-paid"));
        m_panel->promptEditor()->setText(QStringLiteral("a lighthouse at dusk"));
        GenerateButton *b = m_panel->generateButton();
        QPushButton *addKey = m_panel->addKeyButton();
        QVERIFY(b->isEnabled());
        QVERIFY(addKey->isHidden());

        m_fx->paidProvider->setMissingKey(true);
        m_panel->refresh();
        QVERIFY(!b->isEnabled());
        QVERIFY2(b->text().contains(QStringLiteral("needs a key")), qPrintable(b->text()));
        QVERIFY2(b->toolTip().contains(QStringLiteral("API key")), qPrintable(b->toolTip()));
        QCOMPARE(b->accessibleDescription(), b->toolTip());
        QVERIFY(addKey->isVisible());
        QVERIFY(!addKey->accessibleName().isEmpty());
        QVERIFY(m_fx->service->needsKey(QStringLiteral("fake-paid")));

        // Nothing is queued: the service refuses too (Ctrl+Enter, the command line).
        QSignalSpy added(m_fx->service, &GenerationService::jobAdded);
        QVERIFY(!m_panel->generate());
        QCOMPARE(added.count(), 0);
        QVERIFY2(m_panel->message().contains(QStringLiteral("API key")), qPrintable(m_panel->message()));

        QSignalSpy wanted(m_panel.get(), &ComposePanel::keyWanted);
        QTest::mouseClick(addKey, Qt::LeftButton);
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(wanted.at(0).at(0).toString(), QStringLiteral("fake-paid"));

        // A provider with its key (or none needed) is back to the price.
        selectData(m_panel->pickers()->providerBox(), QStringLiteral("fake-free"));
        QVERIFY(b->isEnabled());
        QVERIFY(addKey->isHidden());
        QCOMPARE(b->text(), QStringLiteral("Generate · free"));
        m_fx->paidProvider->setMissingKey(false);
        selectData(m_panel->pickers()->providerBox(), QStringLiteral("fake-paid"));
        QVERIFY(b->isEnabled());
        QVERIFY(addKey->isHidden());
    }

    void cloudProviderKnowsItsKeyIsMissing()
    {
        const ProviderSpec *spec = m_fx->catalogue->provider(QStringLiteral("veo-relay"));
        QVERIFY(spec);
        // The environment fallback must not answer for the keychain here.
        const QByteArray env = spec->keyEnv.toUtf8();
        const QByteArray saved = qgetenv(env.constData());
        qunsetenv(env.constData());
        std::unique_ptr<Provider> gemini = makeGeminiProvider(*spec, *m_fx->keys, m_fx->paths);
        QVERIFY(gemini->missingKey());
        QString error;
        QVERIFY(m_fx->keys->setKey(spec->id, QStringLiteral("AIza-test"), &error));
        QVERIFY(!gemini->missingKey());
        if (!saved.isEmpty())
            qputenv(env.constData(), saved);
    }

    void addKeyOpensTheKeysPage()
    {
        SettingsDialog dialog(*m_fx->catalogue, *m_fx->keys, *m_fx->budgets, *m_settings);
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->currentIndex(), 0);
        dialog.showKeysPage();
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Providers and Keys"));
    }

    void budgetLeftIsBesideThePrice()
    {
        PickerBar *p = m_panel->pickers();
        m_panel->promptEditor()->setText(QStringLiteral("a lighthouse at dusk"));
        selectData(p->providerBox(), QStringLiteral("fake-paid"));
        selectData(p->durationBox(), 8); // $0.80
        GenerateButton *b = m_panel->generateButton();
        QLabel *budget = m_panel->budgetLabel();
        QCOMPARE(b->text(), QStringLiteral("Generate · $0.80"));
        QVERIFY(budget->isHidden()); // no cap: nothing to show
        QVERIFY(!budget->accessibleName().isEmpty());

        QVERIFY(m_fx->budgets->set(BudgetPeriod::Month, QStringLiteral("fake-paid"), Money::fromCents(300)));
        QVERIFY(m_fx->budgets->set(BudgetPeriod::Day, QString(), Money::fromCents(500)));
        m_panel->refresh();
        QVERIFY(budget->isVisible());
        QCOMPARE(budget->text(), QStringLiteral("Budget: $3.00 left this month")); // the tightest cap
        QVERIFY(b->isEnabled());

        // A held job counts against it.
        QVERIFY(m_panel->generate());
        QCOMPARE(budget->text(), QStringLiteral("Budget: $2.20 left this month"));

        // Over a cap: disabled before it is pressed, with the reason.
        QVERIFY(m_fx->budgets->set(BudgetPeriod::Day, QString(), Money::fromCents(100)));
        m_panel->refresh();
        QCOMPARE(budget->text(), QStringLiteral("Budget: $0.20 left today"));
        QVERIFY(!b->isEnabled());
        QVERIFY2(b->toolTip().contains(QStringLiteral("daily budget")), qPrintable(b->toolTip()));
        QCOMPARE(b->accessibleDescription(), b->toolTip());
        selectData(p->durationBox(), 4); // $0.40: still over
        QVERIFY(!b->isEnabled());
        selectData(p->providerBox(), QStringLiteral("fake-free"));
        QVERIFY(b->isEnabled()); // free work never crosses a cap
        QVERIFY(budget->isHidden());
    }

    void variationsMakeThatManyJobs()
    {
        PickerBar *p = m_panel->pickers();
        m_panel->promptEditor()->setText(QStringLiteral("a lighthouse at dusk"));
        selectData(p->providerBox(), QStringLiteral("fake-paid"));
        selectData(p->durationBox(), 8); // $0.80 each
        QSpinBox *count = m_panel->countBox();
        GenerateButton *b = m_panel->generateButton();
        QVERIFY(!count->accessibleName().isEmpty());
        QCOMPARE(count->minimum(), 1);
        QCOMPARE(count->maximum(), 4);
        count->setValue(3);
        QCOMPARE(b->text(), QStringLiteral("Generate 3 · $2.40"));

        // The total must fit the budget, not only one clip.
        QVERIFY(m_fx->budgets->set(BudgetPeriod::Day, QString(), Money::fromCents(200)));
        m_panel->refresh();
        QVERIFY(!b->isEnabled());
        QVERIFY2(b->toolTip().contains(QStringLiteral("3 clips would cost $2.40")), qPrintable(b->toolTip()));
        count->setValue(2);
        QVERIFY(b->isEnabled());

        QSignalSpy added(m_fx->service, &GenerationService::jobAdded);
        QSignalSpy submitted(m_panel.get(), &ComposePanel::submitted);
        QVERIFY(m_panel->generate());
        QCOMPARE(added.count(), 2);
        QCOMPARE(submitted.count(), 2);
        const Job first = added.at(0).at(0).value<Job>();
        const Job second = added.at(1).at(0).value<Job>();
        QCOMPARE(second.request().seed, first.request().seed + 1); // seeds in a row
        QCOMPARE(second.request().prompt, first.request().prompt);
    }

    void capFieldsTakeOnlyAmounts()
    {
        SettingsDialog dialog(*m_fx->catalogue, *m_fx->keys, *m_fx->budgets, *m_settings);
        for (QLineEdit *edit : {dialog.dailyCapEdit(), dialog.monthlyCapEdit()}) {
            edit->clear();
            QTest::keyClicks(edit, QStringLiteral("abc"));
            QCOMPARE(edit->text(), QString());
            QTest::keyClicks(edit, QStringLiteral("$12.5x0"));
            QCOMPARE(edit->text(), QStringLiteral("$12.50"));
        }
        QSignalSpy stored(m_fx->budgets, &Budgets::capsChanged);
        QVERIFY(dialog.saveCaps());
        m_fx->service->flush(); // written by the store's writer
        QCOMPARE(m_fx->budgets->cap(BudgetPeriod::Day, QString()), std::optional<Money>(Money::fromCents(1250)));
        QTRY_COMPARE(stored.count(), 2); // the daily and the monthly cap
    }

    void ctrlEnterSubmits()
    {
        selectData(m_panel->pickers()->providerBox(), QStringLiteral("fake-free"));
        QPlainTextEdit *edit = m_panel->promptEditor()->editor();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("a red kite over a beach"));
        QSignalSpy added(m_fx->service, &GenerationService::jobAdded);
        QSignalSpy submitted(m_panel.get(), &ComposePanel::submitted);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(added.count(), 1);
        QCOMPARE(submitted.count(), 1);
        const Job job = added.at(0).at(0).value<Job>();
        QCOMPARE(job.request().prompt, QStringLiteral("a red kite over a beach"));
        QCOMPARE(job.request().provider, QStringLiteral("fake-free"));
        QCOMPARE(m_panel->promptEditor()->history().value(0), QStringLiteral("a red kite over a beach"));
        QVERIFY(!edit->toPlainText().contains(QLatin1Char('\n'))); // the shortcut, not a new line
    }

    void refusalIsShownInPlace()
    {
        selectData(m_panel->pickers()->providerBox(), QStringLiteral("fake-paid"));
        m_panel->promptEditor()->setText(QStringLiteral("an expensive clip"));
        QVERIFY(m_fx->budgets->set(BudgetPeriod::Day, QString(), Money::fromCents(10)));
        QVERIFY(!m_panel->generate());
        QVERIFY2(m_panel->message().contains(QStringLiteral("$0.10")), qPrintable(m_panel->message()));
    }

    void counterFollowsTheModelLimit()
    {
        selectData(m_panel->pickers()->providerBox(), QStringLiteral("fake-paid"));
        m_panel->promptEditor()->setText(QStringLiteral("12345"));
        QCOMPARE(m_panel->promptEditor()->counter()->text(), QStringLiteral("5 / 32000"));
    }

    void templatesSelectTheFirstPlaceholder()
    {
        m_panel->promptEditor()->insertTemplate(QStringLiteral("A [product] on a [surface]"));
        QCOMPARE(m_panel->promptEditor()->editor()->textCursor().selectedText(), QStringLiteral("[product]"));
    }

    void planChipsShowWhatTheEngineUnderstood()
    {
        m_panel->planChips()->setPrompt(QStringLiteral("a cat on a beach at sunset in the rain"), false);
        m_panel->planChips()->flush();
        const QString chips = m_panel->planChips()->chipTexts().join(QLatin1Char('|'));
        QVERIFY2(chips.contains(QStringLiteral("cat")), qPrintable(chips));
        QVERIFY2(chips.contains(QStringLiteral("sunset")), qPrintable(chips));
    }

    void dropZoneAcceptsAnImage()
    {
        const QString png = m_fx->dir.filePath(QStringLiteral("photo.png"));
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(png));
        ImageDropZone *zone = m_panel->dropZone();
        QSignalSpy changed(zone, &ImageDropZone::imageChanged);
        QVERIFY(test::dropFiles(zone, {png}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(zone->imagePath(), png);
        QVERIFY(zone->message().isEmpty());
        QCOMPARE(m_panel->request().imagePath, png);
        // The crop frame has the clip's aspect (16:9 here), inside a 4:3 photo.
        selectData(m_panel->pickers()->providerBox(), QStringLiteral("fake-paid"));
        const QRectF frame = zone->preview()->frameRect();
        QVERIFY(!frame.isEmpty());
        QVERIFY(qAbs(frame.width() / frame.height() - 16.0 / 9.0) < 0.05);
    }

    void dropZoneRefusesATextFile()
    {
        const QString txt = m_fx->dir.filePath(QStringLiteral("notes.txt"));
        QFile f(txt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a picture at all\n");
        f.close();
        ImageDropZone *zone = m_panel->dropZone();
        QSignalSpy changed(zone, &ImageDropZone::imageChanged);
        test::dropFiles(zone, {txt});
        QCOMPARE(changed.count(), 0);
        QVERIFY(!zone->hasImage());
        QVERIFY2(zone->message().contains(QStringLiteral("notes.txt")), qPrintable(zone->message()));
    }

    void dropZoneRefusesACorruptImage()
    {
        const QString bad = m_fx->dir.filePath(QStringLiteral("broken.png"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x89PNG\r\n\x1a\n garbage that is not a png body");
        f.close();
        QVERIFY(!m_panel->dropZone()->setImageFile(bad));
        QVERIFY(!m_panel->dropZone()->message().isEmpty());
    }

    void movedCropSetsTheFocalPoint()
    {
        const QString png = m_fx->dir.filePath(QStringLiteral("wide.png"));
        QImage image(1600, 600, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(png));
        selectData(m_panel->pickers()->providerBox(), QStringLiteral("fake-free"));
        QVERIFY(m_panel->dropZone()->setImageFile(png));
        QCOMPARE(m_panel->request().focalPoint, QPointF(0.5, 0.5));
        CropPreview *preview = m_panel->dropZone()->preview();
        const QPointF start = preview->frameRect().center();
        QTest::mousePress(preview, Qt::LeftButton, {}, start.toPoint());
        QTest::mouseMove(preview, (start + QPointF(-60, 0)).toPoint());
        QTest::mouseRelease(preview, Qt::LeftButton, {}, (start + QPointF(-60, 0)).toPoint());

        // The request carries the original photo and where to crop it; nothing is pre-fitted.
        const GenerationRequest r = m_panel->request();
        QCOMPARE(r.imagePath, png);
        QVERIFY2(r.focalPoint.x() < 0.45, qPrintable(QString::number(r.focalPoint.x())));
        QCOMPARE(r.focalPoint.y(), 0.5);
        QVERIFY(QDir(m_fx->paths.inputsDir()).entryList(QDir::Files).isEmpty());

        // The frame on screen is the crop the provider will cut from the original.
        const QRectF crop = media::cropRectFor(QSize(1600, 600), QSize(640, 360), r.focalPoint);
        const QRectF frame = preview->frameRect();
        const double scale = frame.width() / crop.width();
        const QRectF shownImage((preview->width() - 1600 * scale) / 2, (preview->height() - 600 * scale) / 2,
                                1600 * scale, 600 * scale);
        QVERIFY2(qAbs(shownImage.left() + crop.left() * scale - frame.left()) < 1.5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(shownImage.left() + crop.left() * scale).arg(frame.left())));

        // Reuse brings the focal point back with the photo.
        GenerationRequest again = r;
        m_panel->dropZone()->clear();
        m_panel->applyRequest(again);
        QCOMPARE(m_panel->request().focalPoint, r.focalPoint);
    }

    void providerInputsFollowTheModel()
    {
        ImageDropZone *last = m_panel->lastFrameZone();
        QLineEdit *negative = m_panel->negativePromptEdit();
        selectData(m_panel->pickers()->providerBox(), QStringLiteral("builtin"));
        QVERIFY(!last->isVisibleTo(m_panel.get()));
        QVERIFY(!negative->isVisibleTo(m_panel.get()));

        // Veo 3.1 takes a last frame and a negative prompt (catalogue: lastFrameInput, negativePrompt);
        // Gemini Omni takes neither, and the Gemini API itself no longer offers Veo.
        selectData(m_panel->pickers()->providerBox(), QStringLiteral("gemini"));
        QVERIFY(m_panel->pickers()->currentModel() && !m_panel->pickers()->currentModel()->lastFrameInput);
        QVERIFY(!last->isVisibleTo(m_panel.get()));
        QCOMPARE(m_panel->pickers()->modelBox()->findData(QStringLiteral("veo-3.1-generate-preview")), -1);
        selectData(m_panel->pickers()->providerBox(), QStringLiteral("veo-relay"));
        selectData(m_panel->pickers()->modelBox(), QStringLiteral("veo-3.1-generate-preview"));
        const ModelSpec *model = m_panel->pickers()->currentModel();
        QVERIFY(model && model->lastFrameInput && model->negativePrompt);
        QVERIFY(last->isVisibleTo(m_panel.get()));
        QVERIFY(negative->isVisibleTo(m_panel.get()));
        const QString png = m_fx->dir.filePath(QStringLiteral("end.png"));
        QImage image(320, 180, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        QVERIFY(image.save(png));
        QVERIFY(last->setImageFile(png));
        QTest::keyClicks(negative, QStringLiteral("text, watermark"));
        GenerationRequest r = m_panel->request();
        QCOMPARE(r.lastFramePath, png);
        QCOMPARE(r.negativePrompt, QStringLiteral("text, watermark"));

        // Back on the built-in engine the inputs hide and are not sent (the catalogue would refuse them).
        selectData(m_panel->pickers()->providerBox(), QStringLiteral("builtin"));
        QVERIFY(!last->isVisibleTo(m_panel.get()));
        QVERIFY(!negative->isVisibleTo(m_panel.get()));
        r = m_panel->request();
        QVERIFY(r.lastFramePath.isEmpty());
        QVERIFY(r.negativePrompt.isEmpty());

        // Reuse of a Veo request fills them again.
        GenerationRequest veo;
        veo.provider = QStringLiteral("veo-relay");
        veo.model = QStringLiteral("veo-3.1-generate-preview");
        veo.prompt = QStringLiteral("a lighthouse at dusk");
        veo.lastFramePath = png;
        veo.negativePrompt = QStringLiteral("people");
        veo.durationSec = 8;
        veo.size = VideoSize{1280, 720};
        veo.tier = QStringLiteral("standard");
        m_panel->applyRequest(veo);
        r = m_panel->request();
        QCOMPARE(r.provider, QStringLiteral("veo-relay"));
        QCOMPARE(r.lastFramePath, png);
        QCOMPARE(r.negativePrompt, QStringLiteral("people"));
    }

    void planChipsReadAsWords()
    {
        m_panel->planChips()->setPrompt(QStringLiteral("slow push in on a lighthouse at night"), false);
        m_panel->planChips()->flush();
        const QString chips = m_panel->planChips()->chipTexts().join(QLatin1Char('|'));
        QVERIFY2(chips.contains(QStringLiteral("camera: push in")), qPrintable(chips));
        // No planner id in camelCase leaks through.
        static const QRegularExpression camel(QStringLiteral("[a-z][A-Z]"));
        QVERIFY2(!chips.contains(camel), qPrintable(chips));
    }

    // Ids the label table knows read as its labels, not as the id split up ("scifi", "golden").
    void planChipsUseLabelsForKnownIds()
    {
        m_panel->planChips()->setPrompt(QStringLiteral("a futuristic city at golden hour with lo-fi music"), false);
        m_panel->planChips()->flush();
        const QStringList chips = m_panel->planChips()->chipTexts();
        const QString joined = chips.join(QLatin1Char('|'));
        QVERIFY2(chips.contains(QStringLiteral("style: sci-fi")), qPrintable(joined));
        QVERIFY2(chips.contains(QStringLiteral("light: golden hour")), qPrintable(joined));
        QVERIFY2(chips.contains(QStringLiteral("music: lo-fi")), qPrintable(joined));
        QCOMPARE(planLabel(PlanLabelKind::Setting, QStringLiteral("interior")), QStringLiteral("indoors"));
        QCOMPARE(planLabel(PlanLabelKind::CameraMove, QStringLiteral("tiltDown")), QStringLiteral("tilt down"));
    }

    // An id the table does not know yet (one added to the vocabulary later) still reads as words.
    void planLabelsFallBackToWords()
    {
        QCOMPARE(planLabel(PlanLabelKind::Setting, QStringLiteral("volcanoField")), QStringLiteral("volcano field"));
        QCOMPARE(planLabel(PlanLabelKind::CameraMove, QStringLiteral("crane_up")), QStringLiteral("crane up"));
        QCOMPARE(planLabel(PlanLabelKind::MusicGenre, QStringLiteral("hip-hop")), QStringLiteral("hip-hop"));
        // Each kind has its own table: the weather "snow" is not the setting's label.
        QCOMPARE(planLabel(PlanLabelKind::Weather, QStringLiteral("snow")), QStringLiteral("snow"));
        QCOMPARE(planLabel(PlanLabelKind::Setting, QStringLiteral("snow")), QStringLiteral("snowy landscape"));
    }

    // In a translated studio the chips speak its language, not the engine's English ids.
    void planChipsAreTranslated()
    {
        StudioTranslations translations;
        QVERIFY(translations.install(QStringLiteral("de")));
        const QString label = planLabel(PlanLabelKind::Style, QStringLiteral("scifi"));
        QVERIFY2(
            !label.isEmpty() && label != QLatin1String("sci-fi") && label != QLatin1String("scifi"), qPrintable(label));
        m_panel->planChips()->setPrompt(QStringLiteral("a futuristic city"), false);
        m_panel->planChips()->flush();
        const QString chips = m_panel->planChips()->chipTexts().join(QLatin1Char('|'));
        QVERIFY2(chips.contains(label), qPrintable(chips));
        QVERIFY2(!chips.contains(QLatin1String("style:")), qPrintable(chips));
    }

private:
    std::unique_ptr<test::GuiFixture> m_fx;
    std::unique_ptr<StudioSettings> m_settings;
    std::unique_ptr<ComposePanel> m_panel;
};

QTEST_MAIN(TestCompose)
#include "tst_compose.moc"
