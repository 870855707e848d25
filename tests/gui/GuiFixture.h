#pragma once

// Shared by the GUI tests: a whole core on a temporary profile (ServiceFixture: AppContext with
// fake providers "fake-free" and "fake-paid", no network, no engine, in-memory keys), handed to
// the widgets as the studio hands it. Header-only: tests/gui builds one program per tst file.

#include "StudioContext.h"
#include "gallery/GalleryModel.h"
#include "support/ServiceFixture.h"

#include <QSignalSpy>
#include <QTest>

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

} // namespace rc::test
