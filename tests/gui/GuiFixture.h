#pragma once

// Shared by the GUI tests: a whole core on a temporary profile (ServiceFixture: AppContext with
// fake providers "fake-free" and "fake-paid", no network, no engine, in-memory keys), handed to
// the widgets as the studio hands it. Header-only: tests/gui builds one program per tst file.

#include "StudioContext.h"
#include "gallery/GalleryModel.h"
#include "service/ClipLibrary.h"
#include "support/ServiceFixture.h"

#include <QApplication>
#include <QDialog>
#include <QFuture>
#include <QInputDialog>
#include <QMessageBox>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <utility>

namespace rc::test {

struct GuiFixture : ServiceFixture
{
    using ServiceFixture::ServiceFixture;

    ui::StudioContext context() { return ui::StudioContext::from(*app); }

    // Submits a free job and finishes it; returns its id (0 on failure).
    JobId makeClip(const QString &prompt, const QString &provider = QStringLiteral("fake-free"))
    {
        GenerationRequest r = provider == QLatin1String("fake-paid") ? paidRequest(prompt) : freeRequest(prompt);
        const GenerationService::Submission s = service->submit(r);
        if (!s.ok())
            return 0;
        FakeProvider *p = provider == QLatin1String("fake-paid") ? paidProvider : freeProvider;
        if (!QTest::qWaitFor([&] { return p->runningJobs().contains(s.id); }, 5000))
            return 0;
        QSignalSpy finished(service, &GenerationService::jobFinished);
        p->succeed(s.id);
        return finished.count() == 1 || finished.wait(5000) ? s.id : 0;
    }

    // The same, then waits until `gallery` (which re-reads off the UI thread) shows the clip.
    JobId makeShownClip(const ui::GalleryModel &gallery, const QString &prompt,
                        const QString &provider = QStringLiteral("fake-free"))
    {
        const JobId id = makeClip(prompt, provider);
        return id && QTest::qWaitFor([&] { return gallery.rowOf(id) >= 0; }, 5000) ? id : 0;
    }
};

// Holds the library's reader thread (what a slow disk or a long read does to it) until release()
// or the end of the scope; reads asked for meanwhile wait behind it.
class LibraryReaderHold
{
public:
    explicit LibraryReaderHold(const ClipLibrary &library)
    {
        m_task = library.runOnReader([this] {
            m_held.release();
            m_letGo.acquire();
        });
        m_held.acquire();
    }
    ~LibraryReaderHold() { release(); }
    LibraryReaderHold(const LibraryReaderHold &) = delete;
    LibraryReaderHold &operator=(const LibraryReaderHold &) = delete;
    void release()
    {
        if (!std::exchange(m_released, true))
            m_letGo.release();
        m_task.waitForFinished();
    }

private:
    QSemaphore m_held, m_letGo;
    bool m_released = false;
    QFuture<void> m_task;
};

// Counts the turns of this thread's event loop (a timer that fires only while the window is not
// blocked), and cancels any modal dialog that opens, noting what it asked: a question put too
// early shows up here instead of blocking the test.
class UiWatch
{
public:
    UiWatch()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            ++turns;
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                asked << box->text();
            else if (auto *input = qobject_cast<QInputDialog *>(dialog))
                asked << input->comboBoxItems().join(QLatin1Char('|'));
            dialog->reject();
        });
        m_timer.start();
    }
    int turns = 0;
    QStringList asked;

private:
    QTimer m_timer;
};

} // namespace rc::test
