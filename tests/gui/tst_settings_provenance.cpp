// Settings › General: the visible "AI-generated" label (off by default) and the time-stamp
// authority (none by default) round-trip through the profile's settings under the keys the
// command line reads (ProvenanceSettings), and an address that is not http(s) is refused.
#include "GuiFixture.h"

#include "StudioSettings.h"
#include "provenance/ProvenanceSettings.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace rc;
using namespace rc::ui;

class TestSettingsProvenance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelAndAuthorityRoundTripForTheCommandLineToo()
    {
        test::GuiFixture fx;
        const QString file = fx.paths.settingsFile();
        {
            StudioSettings settings(file);
            SettingsDialog dialog(*fx.catalogue, *fx.keys, *fx.budgets, settings);
            QVERIFY(!dialog.aiLabelBox()->isChecked()); // off by default
            QVERIFY(dialog.timeStampUrlEdit()->text().isEmpty()); // offline by default
            dialog.aiLabelBox()->setChecked(true);
            dialog.timeStampUrlEdit()->setText(QStringLiteral("  http://tsa.example.test/rfc3161 "));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            settings.sync();
        }
        const provenance::ProvenanceSettings read = provenance::ProvenanceSettings::read(file);
        QVERIFY(read.visibleLabel);
        QCOMPARE(read.timeStampUrl, QStringLiteral("http://tsa.example.test/rfc3161"));

        StudioSettings reopened(file);
        SettingsDialog again(*fx.catalogue, *fx.keys, *fx.budgets, reopened);
        QVERIFY(again.aiLabelBox()->isChecked());
        QCOMPARE(again.timeStampUrlEdit()->text(), QStringLiteral("http://tsa.example.test/rfc3161"));
    }

    void anAuthorityThatIsNoWebAddressIsRefused()
    {
        test::GuiFixture fx;
        StudioSettings settings(fx.paths.settingsFile());
        SettingsDialog dialog(*fx.catalogue, *fx.keys, *fx.budgets, settings);
        dialog.timeStampUrlEdit()->setText(QStringLiteral("timestamp.digicert.com"));
        QString shown;
        // Answers the warning once it is up (looking again on each turn until then).
        std::function<void()> answer = [&shown, &answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                QTimer::singleShot(0, answer);
                return;
            }
            shown = box->text();
            box->accept();
        };
        QTimer::singleShot(0, answer);
        dialog.accept();
        QCOMPARE(shown, QStringLiteral("The time-stamp authority must be an http:// or https:// address."));
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(settings.timeStampUrl.get().isEmpty()); // nothing stored
    }
};

QTEST_MAIN(TestSettingsProvenance)
#include "tst_settings_provenance.moc"
