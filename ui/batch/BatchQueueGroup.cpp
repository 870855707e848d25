#include "batch/BatchQueueGroup.h"

#include "batch/BatchRunner.h"

#include <QDesktopServices>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>

namespace rc::ui {

BatchQueueGroup::BatchQueueGroup(batch::BatchRunner &runner, QWidget *parent)
    : QFrame(parent), m_runner(runner), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_bar(new QProgressBar(this)), m_pause(new QPushButton(tr("Pause"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_open(new QPushButton(tr("Open Folder"), this)),
      m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("batchGroup"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Batch %1").arg(runner.name()));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setText(tr("Batch: %1").arg(runner.name()));
    m_title->setToolTip(runner.outDir());
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_pause->setAccessibleName(tr("Pause or resume the batch"));
    m_cancel->setAccessibleName(tr("Cancel the batch"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_title, 0, 0, 1, 3);
    grid->addWidget(m_status, 1, 0);
    grid->addWidget(m_pause, 1, 1);
    grid->addWidget(m_cancel, 1, 2);
    grid->addWidget(m_open, 1, 1);
    grid->addWidget(m_dismiss, 1, 2);
    grid->addWidget(m_bar, 2, 0, 1, 3);
    grid->setColumnStretch(0, 1);

    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_runner.isPaused())
            m_runner.resume();
        else
            m_runner.pause();
    });
    connect(m_cancel, &QPushButton::clicked, &m_runner, &batch::BatchRunner::cancel);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_runner.outDir())); });
    connect(m_dismiss, &QPushButton::clicked, this, &BatchQueueGroup::dismissed);
    connect(&m_runner, &batch::BatchRunner::rowChanged, this, &BatchQueueGroup::refresh);
    connect(&m_runner, &batch::BatchRunner::pausedChanged, this, &BatchQueueGroup::refresh);
    connect(&m_runner, &batch::BatchRunner::finished, this, &BatchQueueGroup::refresh);
    refresh();
}

QString BatchQueueGroup::statusText() const
{
    return m_status->text();
}

void BatchQueueGroup::refresh()
{
    using State = batch::BatchRunner::RowState;
    const int done = m_runner.doneCount();
    const int total = m_runner.total();
    // Products the user cancelled are told apart from failures: "5 failed" after Cancel read as
    // if the provider had refused them.
    int failed = 0, cancelled = 0, underWay = 0;
    for (const auto &row : m_runner.rows()) {
        failed += row.state == State::Failed;
        cancelled += row.state == State::Cancelled;
        underWay += row.state == State::Queued || row.state == State::Running || row.state == State::Delivering;
    }
    QString text = tr("%1 of %n done", nullptr, total).arg(done);
    if (failed > 0)
        text += tr(" · %n failed", nullptr, failed);
    if (cancelled > 0)
        text += tr(" · %n cancelled", nullptr, cancelled);
    if (m_runner.isFinished())
        text += m_runner.isCancelled() ? QString() : tr(" · finished");
    else if (m_runner.isPaused() && underWay > 0)
        // Pause starts nothing new, but what is under way still finishes: say so, or the count
        // going up after Pause looks as if Pause did nothing.
        text += tr(" · pausing (%n still under way)", nullptr, underWay);
    else if (m_runner.isPaused())
        text += tr(" · paused");
    m_status->setText(text);
    int sum = 0;
    for (const auto &row : m_runner.rows())
        sum += row.state == batch::BatchRunner::RowState::Completed ? 100 : std::max(0, row.progress);
    m_bar->setValue(total ? sum / total : 0);
    const bool over = m_runner.isFinished();
    m_pause->setText(m_runner.isPaused() ? tr("Resume") : tr("Pause"));
    m_pause->setVisible(!over);
    m_cancel->setVisible(!over);
    m_open->setVisible(over);
    m_dismiss->setVisible(over);
}

} // namespace rc::ui
