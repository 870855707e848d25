#include "StudioContext.h"

#include "bootstrap/AppContext.h"
#include "provenance/ProvenanceService.h"

namespace rc::ui {

StudioContext StudioContext::from(AppContext &app)
{
    StudioContext c;
    c.paths = &app.paths();
    c.catalogue = &app.catalogue();
    c.jobs = &app.jobs();
    c.ledger = &app.ledger();
    c.budgets = &app.budgets();
    c.keys = &app.keys();
    c.service = &app.service();
    c.library = &app.library();
    c.provenance = &app.provenance();
    c.profiles = &app.profiles();
    return c;
}

} // namespace rc::ui
