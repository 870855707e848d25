// The compose column in the assembled window at the sizes people use (1280x800, 1600x1000,
// 1920x1080, and 1280x800 at 150 % scale, which is 853x533 logical pixels): the window fits the
// screen, nothing in the column is cut off at the right edge (also with a first and a last frame
// side by side), duration, resolution, tier and Generate are fully in view without scrolling, and
// typing a prompt whose plan chips wrap moves nothing under the pointer.
#include "GuiFixture.h"

#include "MainWindow.h"
#include "compose/ComposePanel.h"
#include "compose/GenerateButton.h"
#include "compose/ImageDropZone.h"
#include "compose/PickerBar.h"
#include "compose/PlanChips.h"
#include "compose/PromptEditor.h"
#include "gallery/GalleryPanel.h"
#include "player/PlayerPanel.h"

#include <QComboBox>
#include <QImage>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QtTest>

using namespace rc;
using namespace rc::ui;

namespace {

// A cloud-like model that takes a first and a last frame and a negative prompt.
// (A plain string: moc does not read raw string literals.)
const char *const kFramesCatalogue =
    "{"
    "  \"models\": {"
    "    \"fake-frames-model\": { \"label\": \"Frames model with a rather long name\", \"tiers\": [{\"id\": \"standard\"}],"
    "                           \"durations\": [4, 6, 8], \"sizes\": [\"1280x720\", \"720x1280\"], \"imageInput\": true,"
    "                           \"lastFrameInput\": true, \"negativePrompt\": true, \"prices\": [{\"perSecondUsd\": 0.15}] }"
    "  },"
    "  \"providers\": ["
    "    { \"id\": \"fake-frames\", \"kind\": \"videos-api\", \"label\": \"A cloud provider with first and last frames\","
    "      \"baseUrl\": \"http://127.0.0.1:9\", \"models\": [\"fake-frames-model\"], \"maxConcurrent\": 1 }"
    "  ]"
    "}";

// True when all of `w` is on screen inside `window`: not scrolled away, not clipped by a parent.
bool fullyVisible(QWidget *w, QWidget *window)
{
    if (!w->isVisible())
        return false;
    const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
    return window->rect().contains(inWindow) && w->visibleRegion().boundingRect() == w->rect();
}

} // namespace

class TestComposeLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<test::GuiFixture>(QList<QByteArray>{kFramesCatalogue});
        m_photo = m_fx->dir.filePath(QStringLiteral("mug.png"));
        QImage image(1200, 1600, QImage::Format_RGB32);
        image.fill(QColor(200, 60, 50));
        QVERIFY(image.save(m_photo));
    }
    void cleanup()
    {
        if (m_window)
            m_window->setConfirmQuit(false);
        m_window.reset();
        m_fx.reset();
    }

    void settingsStayInViewAndNothingOverflows_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("provider");
        const QList<std::pair<const char *, QSize>> sizes{
            {"1280x800", {1280, 800}}, {"1280x800 at 150%", {853, 533}}, {"1600x1000", {1600, 1000}}, {"1920x1080", {1920, 1080}}};
        for (const auto &[name, size] : sizes) {
            QTest::addRow("%s builtin", name) << size << QStringLiteral("builtin");
            QTest::addRow("%s first+last frame", name) << size << QStringLiteral("fake-frames");
        }
    }
    void settingsStayInViewAndNothingOverflows()
    {
        QFETCH(QSize, size);
        QFETCH(QString, provider);
        m_window = std::make_unique<MainWindow>(m_fx->context());
        m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The window's minimum fits the screen, so the requested size is the real one.
        QVERIFY2(m_window->minimumSizeHint().width() <= size.width(),
                 qPrintable(QStringLiteral("minimum width %1 (compose %2, gallery %3, player %4)")
                                .arg(m_window->minimumSizeHint().width())
                                .arg(m_window->compose()->minimumSizeHint().width())
                                .arg(m_window->gallery()->minimumSizeHint().width())
                                .arg(m_window->player()->parentWidget()->minimumSizeHint().width())));
        QTRY_COMPARE(m_window->size(), size);

        ComposePanel *compose = m_window->compose();
        PickerBar *pickers = compose->pickers();
        pickers->providerBox()->setCurrentIndex(pickers->providerBox()->findData(provider));
        QCOMPARE(pickers->currentProvider(), provider);
        QVERIFY(compose->dropZone()->setImageFile(m_photo));
        if (provider == QLatin1String("fake-frames"))
            QVERIFY(compose->lastFrameZone()->setImageFile(m_photo));
        QTest::keyClicks(compose->promptEditor()->editor(),
                         QStringLiteral("A white ceramic mug on a wooden table, golden hour light, slow push in, "
                                        "steam rising, soft piano music, product shot"));
        compose->planChips()->flush();
        QApplication::processEvents();

        for (QWidget *w : std::initializer_list<QWidget *>{pickers->tierBox(), pickers->durationBox(), pickers->sizeBox(),
                                                           compose->generateButton()})
            QVERIFY2(fullyVisible(w, m_window.get()), qPrintable(w->accessibleName()));

        // No horizontal overflow: the form is no wider than its viewport, and every visible
        // control inside it ends within the form.
        QScrollArea *scroll = compose->scrollArea();
        QWidget *form = scroll->widget();
        QTRY_VERIFY2(form->width() <= scroll->viewport()->width(),
                     qPrintable(QStringLiteral("form %1 > viewport %2").arg(form->width()).arg(scroll->viewport()->width())));
        const QList<QWidget *> children = form->findChildren<QWidget *>();
        for (QWidget *w : children) {
            if (!w->isVisibleTo(form) || w->isWindow())
                continue;
            const int right = w->mapTo(form, QPoint(w->width(), 0)).x();
            QVERIFY2(right <= form->width(), qPrintable(QStringLiteral("%1 (%2) ends at %3 of %4")
                                                            .arg(QString::fromLatin1(w->metaObject()->className()),
                                                                 w->accessibleName())
                                                            .arg(right)
                                                            .arg(form->width())));
        }
        for (QWidget *w : compose->findChildren<QWidget *>()) {
            if (w->isVisibleTo(compose) && !w->isWindow() && !form->isAncestorOf(w) && w != form) {
                const int right = w->mapTo(compose, QPoint(w->width(), 0)).x();
                QVERIFY2(right <= compose->width(), qPrintable(w->accessibleName()));
            }
        }
    }

    void typingMovesNothingUnderThePointer()
    {
        m_window = std::make_unique<MainWindow>(m_fx->context());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        ComposePanel *compose = m_window->compose();
        QVERIFY(compose->planChips()->isVisible());
        QApplication::processEvents();
        const auto where = [this](QWidget *w) { return w->mapTo(m_window.get(), QPoint(0, 0)); };
        QWidget *watched[] = {compose->generateButton(), compose->pickers()->durationBox(), compose->dropZone()};
        QList<QPoint> before;
        for (QWidget *w : watched)
            before << where(w);
        // Word by word, with the chips replanned after each: from none to more than two rows.
        const QStringList words = QStringLiteral("A red fox and a brown dog running on a beach at sunset in the rain, "
                                                 "slow push in, lightning, birds, waves, cinematic, piano music")
                                      .split(QLatin1Char(' '));
        int mostChips = 0;
        for (const QString &word : words) {
            QTest::keyClicks(compose->promptEditor()->editor(), word + QLatin1Char(' '));
            compose->planChips()->flush();
            QApplication::processEvents();
            mostChips = std::max(mostChips, int(compose->planChips()->chipTexts().size()));
            for (int i = 0; i < int(std::size(watched)); ++i)
                QCOMPARE(where(watched[i]), before.at(i));
        }
        QVERIFY2(mostChips >= 6, "the prompt should plan into many chips");
    }

private:
    std::unique_ptr<test::GuiFixture> m_fx;
    std::unique_ptr<MainWindow> m_window;
    QString m_photo;
};

QTEST_MAIN(TestComposeLayout)
#include "tst_compose_layout.moc"
