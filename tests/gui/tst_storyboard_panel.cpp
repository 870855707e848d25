// The Storyboard tab: cards added, duplicated, removed and reordered; the price of the shots
// still to make shown before anything is sent; the budget refusing the whole storyboard.
#include "support/FileDrop.h"
#include "GuiFixture.h"
#include "store/Budgets.h"
#include "storyboard/FilePicker.h"
#include "storyboard/ShotModelPicker.h"
#include "widgets/ProviderChoices.h"
#include "storyboard/StoryboardPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtMath>
#include <QtTest>

#include <cmath>

using namespace rc;

class TestStoryboardPanel : public QObject
{
    Q_OBJECT

    static storyboard::Storyboard twoPaidShots()
    {
        storyboard::Storyboard sb;
        sb.title = QStringLiteral("The Water Cycle");
        sb.provider = QStringLiteral("fake-paid");
        sb.music = storyboard::MusicKind::None;
        for (const char *prompt : {"Sunlight warming the sea", "Clouds over the hills"}) {
            storyboard::Shot s;
            s.prompt = QLatin1String(prompt);
            s.seconds = 4;
            sb.shots.append(s);
        }
        return sb;
    }

    // A short 48 kHz mono tone as a 16-bit WAV file.
    static void writeTone(const QString &path, double seconds)
    {
        const int rate = 48000;
        const int samples = int(seconds * rate);
        QByteArray pcm(samples * 2, Qt::Uninitialized);
        for (int i = 0; i < samples; ++i)
            qToLittleEndian<qint16>(qint16(8000 * std::sin(2 * M_PI * 440 * i / rate)), pcm.data() + 2 * i);
        QByteArray wav("RIFF");
        const auto u32 = [&wav](quint32 v) { char b[4]; qToLittleEndian(v, b); wav.append(b, 4); };
        const auto u16 = [&wav](quint16 v) { char b[2]; qToLittleEndian(v, b); wav.append(b, 2); };
        u32(36 + pcm.size());
        wav.append("WAVEfmt ");
        u32(16); u16(1); u16(1); u32(rate); u32(rate * 2); u16(2); u16(16);
        wav.append("data");
        u32(pcm.size());
        wav.append(pcm);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(wav);
    }

    static QJsonObject savedDocument(const ui::StoryboardPanel &panel)
    {
        QFile f(panel.documentFile());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private Q_SLOTS:
    void cardsAndPrice()
    {
        test::GuiFixture f;
        ui::StoryboardPanel panel(f.context());
        panel.setDocument(twoPaidShots());
        QCOMPARE(panel.strip()->count(), 2);
        // sora-2 at $0.10 a second, two 4 s shots, before anything is sent.
        QVERIFY2(panel.priceLabel()->text().contains(QLatin1String("$0.80")), qPrintable(panel.priceLabel()->text()));
        QVERIFY(f.service->activeJobs().isEmpty());

        panel.strip()->setCurrentRow(1);
        panel.duplicateShot();
        QCOMPARE(panel.document().shots.size(), 3);
        QCOMPARE(panel.document().shots[2].prompt, QStringLiteral("Clouds over the hills"));
        QVERIFY2(panel.priceLabel()->text().contains(QLatin1String("$1.20")), qPrintable(panel.priceLabel()->text()));
        panel.addShot();
        QCOMPARE(panel.strip()->count(), 4);
        panel.removeShot();
        QCOMPARE(panel.strip()->count(), 3);

        // Dragging the last card to the front reorders the shots.
        QVERIFY(panel.strip()->model()->moveRow(QModelIndex(), 2, QModelIndex(), 0));
        QTRY_COMPARE(panel.document().shots[0].prompt, QStringLiteral("Clouds over the hills"));
        QCOMPARE(panel.document().shots[1].prompt, QStringLiteral("Sunlight warming the sea"));
        QTRY_COMPARE(panel.strip()->item(0)->text().contains(QLatin1String("Clouds")), true);
    }

    void budgetRefusesTheWholeStoryboardBeforeSending()
    {
        test::GuiFixture f;
        // Each shot ($0.40) fits under the cap; both together ($0.80) do not.
        QVERIFY(f.budgets->set(BudgetPeriod::Day, QString(), Money::fromCents(50)));
        ui::StoryboardPanel panel(f.context());
        panel.setDocument(twoPaidShots());
        panel.makeLesson();
        QVERIFY2(panel.statusLabel()->text().contains(QLatin1String("The shots still to make would cost $0.80")),
                 qPrintable(panel.statusLabel()->text()));
        QVERIFY(f.service->activeJobs().isEmpty());
        QCOMPARE(f.jobs->count(JobQuery{}), 0);
        QVERIFY(panel.makeButton()->isEnabled());
    }

    // While shots are made, the price line counts down what is still to make, and the lesson of
    // the previous run is not offered to play or export (it is about to be replaced).
    void makingUpdatesPriceAndHidesThePreviousLesson()
    {
        test::GuiFixture f;
        ui::StoryboardPanel panel(f.context());
        panel.setDocument(twoPaidShots());
        QDir().mkpath(QFileInfo(panel.lessonPath()).absolutePath());
        QFile previous(panel.lessonPath());
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("an earlier lesson");
        previous.close();
        panel.setDocument(twoPaidShots());
        QVERIFY(panel.playButton()->isEnabled());

        panel.makeLesson();
        QTRY_COMPARE(f.paidProvider->runningCount(), 2);
        QVERIFY(!panel.playButton()->isEnabled());
        QVERIFY(!panel.exportButton()->isEnabled());
        QVERIFY2(panel.priceLabel()->text().contains(QLatin1String("2 shot(s) to make")), qPrintable(panel.priceLabel()->text()));

        const QList<JobId> running = f.paidProvider->runningJobs();
        f.paidProvider->succeed(running.first());
        QTRY_VERIFY2(panel.priceLabel()->text().contains(QLatin1String("1 shot(s) to make")), qPrintable(panel.priceLabel()->text()));
        QVERIFY2(panel.priceLabel()->text().contains(QLatin1String("$0.40")), qPrintable(panel.priceLabel()->text()));
        QVERIFY(!panel.playButton()->isEnabled());

        // The other shot fails: nothing new was joined, so the earlier lesson is offered again.
        f.paidProvider->failJob(running.last(), ErrorKind::Moderation, QStringLiteral("The provider refused this prompt."));
        QTRY_VERIFY(panel.makeButton()->isEnabled());
        QVERIFY(panel.playButton()->isEnabled());
        QVERIFY(panel.exportButton()->isEnabled());
    }

    // Photo, voice-over, music and transition chosen through the tab's widgets end up in the
    // saved document; wrong files are refused without losing the current choice.
    void pickersAndLessonControlsAreSaved()
    {
        test::GuiFixture f;
        QTemporaryDir media;
        QVERIFY(media.isValid());
        const QString photo = media.filePath(QStringLiteral("valley.png"));
        QImage image(320, 180, QImage::Format_RGB32);
        image.fill(QColor(30, 120, 60));
        QVERIFY(image.save(photo));
        const QString voice = media.filePath(QStringLiteral("voice.wav"));
        const QString music = media.filePath(QStringLiteral("theme.wav"));
        writeTone(voice, 1.0);
        writeTone(music, 2.0);
        const QString notes = media.filePath(QStringLiteral("notes.txt"));
        {
            QFile t(notes);
            QVERIFY(t.open(QIODevice::WriteOnly));
            t.write("not a picture");
        }

        ui::StoryboardPanel panel(f.context());
        storyboard::Storyboard doc = twoPaidShots();
        doc.provider.clear(); // the built-in engine: free, nothing to refuse
        doc.shots[0].narration = QStringLiteral("The sun warms the sea.");
        doc.shots[1].continueFromPrevious = true;
        panel.setDocument(doc);

        // Shot 1: a photo dropped on the picker shows a thumbnail.
        panel.strip()->setCurrentRow(0);
        QVERIFY(test::dropFiles(panel.photoPicker(), {photo}, QPointF(5, 5)));
        QCOMPARE(panel.document().shots[0].photo, photo);
        QVERIFY(!panel.photoPicker()->preview()->pixmap().isNull());
        // A recording replaces the typed narration.
        QVERIFY(test::dropFiles(panel.voiceoverPicker(), {voice}, QPointF(5, 5)));
        QCOMPARE(panel.document().shots[0].voiceover, voice);
        QVERIFY(panel.document().shots[0].narration.isEmpty());
        QVERIFY(panel.narrationEdit()->toPlainText().isEmpty());

        // Wrong files: refused with a message naming them, the current choice kept.
        QVERIFY(test::dropFiles(panel.photoPicker(), {notes}, QPointF(5, 5)));
        QVERIFY2(panel.statusLabel()->text().contains(QLatin1String("notes.txt")), qPrintable(panel.statusLabel()->text()));
        QCOMPARE(panel.document().shots[0].photo, photo);
        QVERIFY(test::dropFiles(panel.voiceoverPicker(), {media.filePath(QStringLiteral("missing.wav"))}, QPointF(5, 5)));
        QVERIFY2(panel.statusLabel()->text().contains(QLatin1String("missing.wav")), qPrintable(panel.statusLabel()->text()));
        QCOMPARE(panel.document().shots[0].voiceover, voice);
        QVERIFY(test::dropFiles(panel.musicPicker(), {photo}, QPointF(5, 5)));
        QVERIFY2(panel.statusLabel()->text().contains(QLatin1String("valley.png")), qPrintable(panel.statusLabel()->text()));
        QVERIFY(panel.musicPicker()->path().isEmpty());

        // Shot 2 continued from shot 1; a photo makes it start from the photo instead.
        panel.strip()->setCurrentRow(1);
        QVERIFY(panel.continueBox()->isChecked());
        QVERIFY(test::dropFiles(panel.photoPicker(), {photo}, QPointF(5, 5)));
        QVERIFY(!panel.continueBox()->isChecked());
        QVERIFY(!panel.document().shots[1].continueFromPrevious);
        // ...and Clear takes it away again.
        QVERIFY(panel.photoPicker()->clearButton()->isEnabled());
        QTest::mouseClick(panel.photoPicker()->clearButton(), Qt::LeftButton);
        QVERIFY(panel.document().shots[1].photo.isEmpty());
        QVERIFY(!panel.photoPicker()->clearButton()->isEnabled());

        // The lesson: "From a file" waits for a file; the file then makes it the music.
        panel.musicChoice()->setCurrentIndex(panel.musicChoice()->findData(int(storyboard::MusicKind::None)));
        QCOMPARE(panel.document().music, storyboard::MusicKind::None);
        panel.musicChoice()->setCurrentIndex(panel.musicChoice()->findData(int(storyboard::MusicKind::File)));
        QCOMPARE(panel.document().music, storyboard::MusicKind::None);
        QVERIFY(test::dropFiles(panel.musicPicker(), {music}, QPointF(5, 5)));
        QCOMPARE(panel.musicChoice()->currentData().toInt(), int(storyboard::MusicKind::File));
        panel.transitionChoice()->setCurrentIndex(panel.transitionChoice()->findData(int(storyboard::Transition::Cut)));
        QVERIFY(!panel.transitionSeconds()->isEnabled());
        panel.transitionChoice()->setCurrentIndex(panel.transitionChoice()->findData(int(storyboard::Transition::Crossfade)));
        QVERIFY(panel.transitionSeconds()->isEnabled());
        QVERIFY(!panel.aiLabelBox()->isChecked()); // off by default
        panel.aiLabelBox()->setChecked(true);
        panel.transitionSeconds()->setValue(1.2);

        // The saved document (written by the debounced price refresh) says all of it.
        QTRY_COMPARE_WITH_TIMEOUT(savedDocument(panel).value(QStringLiteral("transition")).toObject().value(QStringLiteral("seconds")).toDouble(), 1.2, 10000);
        const QJsonObject saved = savedDocument(panel);
        const QString base = QFileInfo(panel.documentFile()).absolutePath();
        const auto resolve = [&base](const QJsonValue &v) { return QFileInfo(QDir(base).filePath(v.toString())).canonicalFilePath(); };
        QCOMPARE(saved.value(QStringLiteral("transition")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("crossfade"));
        QVERIFY(saved.value(QStringLiteral("aiLabel")).toBool());
        QCOMPARE(resolve(saved.value(QStringLiteral("music"))), QFileInfo(music).canonicalFilePath());
        const QJsonArray shots = saved.value(QStringLiteral("shots")).toArray();
        QCOMPARE(shots.size(), 2);
        const QJsonObject first = shots[0].toObject();
        QCOMPARE(resolve(first.value(QStringLiteral("photo"))), QFileInfo(photo).canonicalFilePath());
        QCOMPARE(resolve(first.value(QStringLiteral("voiceover"))), QFileInfo(voice).canonicalFilePath());
        QVERIFY(first.value(QStringLiteral("narration")).toString().isEmpty());
        const QJsonObject second = shots[1].toObject();
        QVERIFY(!second.contains(QStringLiteral("photo")));
        QVERIFY(!second.value(QStringLiteral("continue")).toBool());

        // A cut, then a panel opened afresh shows what was saved.
        panel.transitionChoice()->setCurrentIndex(panel.transitionChoice()->findData(int(storyboard::Transition::Cut)));
        QTRY_COMPARE_WITH_TIMEOUT(savedDocument(panel).value(QStringLiteral("transition")).toObject().value(QStringLiteral("type")).toString(),
                                  QStringLiteral("cut"), 10000);
        ui::StoryboardPanel reopened(f.context());
        QCOMPARE(QFileInfo(reopened.photoPicker()->path()).canonicalFilePath(), QFileInfo(photo).canonicalFilePath());
        QCOMPARE(QFileInfo(reopened.voiceoverPicker()->path()).canonicalFilePath(), QFileInfo(voice).canonicalFilePath());
        QCOMPARE(reopened.musicChoice()->currentData().toInt(), int(storyboard::MusicKind::File));
        QCOMPARE(reopened.transitionChoice()->currentData().toInt(), int(storyboard::Transition::Cut));
        // Clearing the recording lets narration text be used again.
        QTest::mouseClick(reopened.voiceoverPicker()->clearButton(), Qt::LeftButton);
        QVERIFY(reopened.document().shots[0].voiceover.isEmpty());
    }
    // Each shot picks its provider and model, or follows the document ("Default"); the choice is
    // saved in the shot's provider/model fields and the price follows it. Only providers the
    // service can run are selectable.
    void eachShotPicksItsProviderAndModel()
    {
        test::GuiFixture f;
        storyboard::Storyboard sb = twoPaidShots();
        sb.provider = QStringLiteral("fake-free");
        ui::StoryboardPanel panel(f.context());
        panel.setDocument(sb);
        QVERIFY2(panel.priceLabel()->text().contains(QLatin1String("free")), qPrintable(panel.priceLabel()->text()));
        QComboBox *providers = panel.modelPicker()->providerBox();
        QComboBox *models = panel.modelPicker()->modelBox();
        QCOMPARE(providers->currentIndex(), 0);
        QVERIFY2(providers->currentText().contains(QLatin1String("fake-free")), qPrintable(providers->currentText()));
        // The fixture's core runs only the fakes: the built-in engine is offered, not selectable.
        const int builtin = providers->findData(QStringLiteral("builtin"));
        QVERIFY(builtin > 0);
        QVERIFY(!ui::isChoiceEnabled(providers, builtin));

        panel.strip()->setCurrentRow(1);
        providers->setCurrentIndex(providers->findData(QStringLiteral("fake-paid")));
        QCOMPARE(panel.document().shots[1].provider, QStringLiteral("fake-paid"));
        QCOMPARE(panel.document().shots[1].model, QString());
        QVERIFY2(models->itemText(0).contains(QLatin1String("Sora 2")), qPrintable(models->itemText(0)));
        models->setCurrentIndex(models->findData(QStringLiteral("sora-2")));
        QCOMPARE(panel.document().shots[1].model, QStringLiteral("sora-2"));
        // One paid 4 s shot of sora-2 at $0.10 a second; the other stays free.
        QTRY_VERIFY2(panel.priceLabel()->text().contains(QLatin1String("$0.40")), qPrintable(panel.priceLabel()->text()));
        QVERIFY(f.service->activeJobs().isEmpty());
        const QJsonArray shots = savedDocument(panel).value(QStringLiteral("shots")).toArray();
        QCOMPARE(shots.at(1).toObject().value(QStringLiteral("provider")).toString(), QStringLiteral("fake-paid"));
        QCOMPARE(shots.at(1).toObject().value(QStringLiteral("model")).toString(), QStringLiteral("sora-2"));
        QVERIFY(!shots.at(0).toObject().contains(QStringLiteral("provider")));

        // Each card shows its own choice.
        panel.strip()->setCurrentRow(0);
        QCOMPARE(panel.modelPicker()->provider(), QString());
        QCOMPARE(models->currentIndex(), 0);
        panel.strip()->setCurrentRow(1);
        QCOMPARE(panel.modelPicker()->provider(), QStringLiteral("fake-paid"));
        QCOMPARE(panel.modelPicker()->model(), QStringLiteral("sora-2"));

        // Its key removed: fake-paid can no longer be picked, but the shot's choice is kept.
        f.paidProvider->setMissingKey(true);
        Q_EMIT f.service->providersChanged();
        QVERIFY(!ui::isChoiceEnabled(providers, providers->findData(QStringLiteral("fake-paid"))));
        QCOMPARE(panel.modelPicker()->provider(), QStringLiteral("fake-paid"));
        QCOMPARE(panel.document().shots[1].provider, QStringLiteral("fake-paid"));
        f.paidProvider->setMissingKey(false);
        Q_EMIT f.service->providersChanged();

        // Back to the document's provider: the field is empty again and the storyboard is free.
        providers->setCurrentIndex(0);
        QCOMPARE(panel.document().shots[1].provider, QString());
        QCOMPARE(panel.document().shots[1].model, QString());
        QTRY_VERIFY2(panel.priceLabel()->text().contains(QLatin1String("free")), qPrintable(panel.priceLabel()->text()));
    }
};

QTEST_MAIN(TestStoryboardPanel)
#include "tst_storyboard_panel.moc"
