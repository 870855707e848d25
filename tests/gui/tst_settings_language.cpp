// The language choice: the Settings dialog offers the shipped languages by their own names,
// the choice round-trips through the profile's settings, and StudioTranslations then installs a
// translator that really translates (German here), with "English" and removal undoing it.
#include "GuiFixture.h"

#include "StudioSettings.h"
#include "core/Paths.h"
#include "i18n/StudioTranslations.h"
#include "compose/PickerBar.h"
#include "settings/SettingsDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QtTest>

using namespace rc;
using namespace rc::ui;

class TestSettingsLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialogListsLanguagesAndRoundTrips()
    {
        test::GuiFixture fx;
        const QString file = fx.paths.settingsFile();
        {
            StudioSettings settings(file);
            QCOMPARE(settings.language.get(), QString()); // follows the system until chosen
            SettingsDialog dialog(*fx.catalogue, *fx.keys, *fx.budgets, settings);
            QComboBox *box = dialog.languageBox();
            QVERIFY(box);
            QCOMPARE(box->currentIndex(), 0);
            QCOMPARE(box->currentData().toString(), QString());
            QStringList names;
            for (int i = 1; i < box->count(); ++i)
                names << box->itemText(i);
            QCOMPARE(names, (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Español"),
                                         QStringLiteral("Français"), QStringLiteral("日本語"), QStringLiteral("简体中文")}));
            box->setCurrentIndex(box->findData(QStringLiteral("de")));
            dialog.accept();
            settings.sync();
        }
        StudioSettings reopened(file);
        QCOMPARE(reopened.language.get(), QStringLiteral("de"));
        SettingsDialog again(*fx.catalogue, *fx.keys, *fx.budgets, reopened);
        QCOMPARE(again.languageBox()->currentText(), QStringLiteral("Deutsch"));

        // Cancel keeps the stored choice.
        again.languageBox()->setCurrentIndex(0);
        again.reject();
        QCOMPARE(reopened.language.get(), QStringLiteral("de"));
    }

    void chosenLanguageIsInstalled()
    {
        const QString queued = QStringLiteral("Queued");
        {
            StudioTranslations translations;
            QVERIFY(translations.install(QStringLiteral("de")));
            QCOMPARE(QCoreApplication::translate("JobState", "Queued"), QStringLiteral("In Warteschlange"));
            // Installing again replaces the German translator rather than stacking on it.
            QVERIFY(translations.install(QStringLiteral("en")));
            QCOMPARE(QCoreApplication::translate("JobState", "Queued"), queued);
            QVERIFY(translations.install(QStringLiteral("ja")));
            QVERIFY(QCoreApplication::translate("JobState", "Queued") != queued);
        }
        QCOMPARE(QCoreApplication::translate("JobState", "Queued"), queued); // removed with its owner
    }

    void pluralsReadRightInALocaleWithoutATranslation()
    {
        // The C locale (no LANG, a bare container) ships no translation: the English one's
        // plural forms apply rather than the raw "%n job(s)".
        const QLocale saved;
        QLocale::setDefault(QLocale::c());
        {
            StudioTranslations translations;
            QVERIFY(translations.install(QString()));
            QCOMPARE(QCoreApplication::translate("rc::ui::StudioStatusBar", "%n job(s) running", nullptr, 1),
                     QStringLiteral("1 job running"));
            QCOMPARE(QCoreApplication::translate("rc::ui::StudioStatusBar", "%n job(s) running", nullptr, 3),
                     QStringLiteral("3 jobs running"));
            QCOMPARE(QCoreApplication::translate("rc::ui::GalleryPanel", "%n clip(s)", nullptr, 0),
                     QStringLiteral("0 clips"));
            test::GuiFixture fx;
            PickerBar pickers(*fx.catalogue);
            QComboBox *provider = pickers.providerBox();
            provider->setCurrentIndex(provider->findData(QStringLiteral("fake-free")));
            QStringList durations;
            for (int i = 0; i < pickers.durationBox()->count(); ++i)
                durations << pickers.durationBox()->itemText(i);
            QCOMPARE(durations, (QStringList{QStringLiteral("2 seconds"), QStringLiteral("4 seconds")}));
        }
        QLocale::setDefault(saved);
    }

    void exportFolderLabelShowsNoAmpersand()
    {
        test::GuiFixture fx;
        StudioSettings settings(fx.paths.settingsFile());
        SettingsDialog dialog(*fx.catalogue, *fx.keys, *fx.budgets, settings);
        QLineEdit *exportDir = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == QLatin1String("Export folder"))
                exportDir = edit;
        }
        QVERIFY(exportDir);
        // Without a buddy QLabel draws "&Export folder" as it is; with one, the & marks Alt+E.
        QLabel *label = nullptr;
        for (QLabel *l : dialog.findChildren<QLabel *>()) {
            if (l->text().contains(QLatin1String("Export folder")))
                label = l;
        }
        QVERIFY(label);
        QCOMPARE(label->buddy(), exportDir);
    }

    void everyListedLanguageHasATranslation()
    {
        StudioTranslations translations;
        for (const StudioLanguage &l : studioLanguages())
            QVERIFY2(translations.install(l.code), qPrintable(l.code));
    }
};

QTEST_MAIN(TestSettingsLanguage)
#include "tst_settings_language.moc"
