#pragma once

#include <QStatusBar>

class QLabel;

namespace rc {
class GenerationService;
class Ledger;
} // namespace rc

namespace rc::ui {

// The window's status bar: transient messages on the left, and permanently today's committed
// spend and how many jobs are running or waiting.
class StudioStatusBar : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioStatusBar)

public:
    StudioStatusBar(const Ledger &ledger, const GenerationService &service, QWidget *parent = nullptr);
    void refresh();
    QString spendText() const;
    QString jobsText() const;

private:
    const Ledger &m_ledger;
    const GenerationService &m_service;
    QLabel *m_jobs;
    QLabel *m_spend;
};

} // namespace rc::ui
