#include "StudioStatusBar.h"

#include "service/BudgetGuard.h"
#include "service/GenerationService.h"
#include "store/Ledger.h"

#include <QLabel>

namespace rc::ui {

StudioStatusBar::StudioStatusBar(const Ledger &ledger, const GenerationService &service, QWidget *parent)
    : QStatusBar(parent), m_ledger(ledger), m_service(service), m_jobs(new QLabel(this)), m_spend(new QLabel(this))
{
    m_jobs->setAccessibleName(tr("Jobs running"));
    m_spend->setAccessibleName(tr("Spent today"));
    addPermanentWidget(m_jobs);
    addPermanentWidget(m_spend);
    for (auto signal : {&GenerationService::jobAdded, &GenerationService::jobFinished, &GenerationService::jobChanged})
        connect(&service, signal, this, &StudioStatusBar::refresh);
    refresh();
}

void StudioStatusBar::refresh()
{
    const QDateTime now = QDateTime::currentDateTime();
    m_spend->setText(tr("Today: %1").arg(m_ledger.committed(BudgetGuard::startOfDay(now), now.addDays(1)).toString()));
    const int n = int(m_service.activeJobs().size());
    m_jobs->setText(n == 0 ? tr("No jobs running") : tr("%n job(s) running", nullptr, n));
}

QString StudioStatusBar::spendText() const
{
    return m_spend->text();
}

QString StudioStatusBar::jobsText() const
{
    return m_jobs->text();
}

} // namespace rc::ui
