#pragma once

// Shared by the GUI tests: a whole core on a temporary profile (ServiceFixture: fake providers
// "fake-free" and "fake-paid", no network, no engine) plus a clip library and in-memory keys,
// handed to the widgets as a StudioContext. Header-only: tests/gui builds one program per tst file.

#include "StudioContext.h"
#include "gallery/GalleryModel.h"
#include "service/ClipLibrary.h"
#include "support/FakeKeyStore.h"
#include "support/ServiceFixture.h"

#include <QSignalSpy>
#include <QTest>

namespace rc::test {

struct GuiFixture : ServiceFixture
{
    GuiFixture() : library(std::make_unique<ClipLibrary>(*jobs, paths)) {}

    ui::StudioContext context()
    {
        ui::StudioContext c;
        c.paths = &paths;
        c.catalogue = &catalogue;
        c.jobs = jobs.get();
        c.ledger = ledger.get();
        c.budgets = budgets.get();
        c.keys = &keys;
        c.service = service.get();
        c.library = library.get();
        return c;
    }

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
        QSignalSpy finished(service.get(), &GenerationService::jobFinished);
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

    FakeKeyStore keys;
    std::unique_ptr<ClipLibrary> library;
};

} // namespace rc::test
