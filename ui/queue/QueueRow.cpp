#include "queue/QueueRow.h"

#include "queue/QueueModel.h"
#include "service/GenerationService.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace rc::ui {

QueueRow::QueueRow(const QString &providerLabel, QWidget *parent)
    : QFrame(parent), m_providerLabel(providerLabel), m_prompt(new QLabel(this)), m_status(new QLabel(this)),
      m_bar(new QProgressBar(this)), m_error(new QLabel(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_retry(new QPushButton(tr("Retry"), this)), m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_prompt->setTextFormat(Qt::PlainText);
    // The prompt is elided to the row's width and the status wraps: neither may hold the row wider
    // than the queue's column, which would push Retry and Dismiss out of view.
    m_prompt->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_prompt->setMinimumWidth(60);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_cancel->setAccessibleName(tr("Cancel the job"));
    m_retry->setAccessibleName(tr("Retry the job"));
    m_dismiss->setAccessibleName(tr("Remove from the queue"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_prompt, 0, 0, 1, 3);
    grid->addWidget(m_status, 1, 0);
    grid->addWidget(m_retry, 1, 1);
    grid->addWidget(m_dismiss, 1, 2);
    grid->addWidget(m_cancel, 1, 2);
    grid->addWidget(m_bar, 2, 0, 1, 3);
    grid->addWidget(m_error, 3, 0, 1, 3);
    grid->setColumnStretch(0, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] { Q_EMIT cancelRequested(m_id); });
    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(m_id); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { Q_EMIT dismissRequested(m_id); });
}

void QueueRow::update(const Job &job)
{
    m_id = job.id();
    const QString prompt = job.request().prompt.simplified();
    m_prompt->setText(fontMetrics().elidedText(prompt.isEmpty() ? tr("(photo only)") : prompt, Qt::ElideRight,
                                               std::max(120, m_prompt->width())));
    m_prompt->setToolTip(prompt);
    const bool failed = job.state() == JobState::Failed;
    const bool waiting = job.state() == JobState::Queued || job.state() == JobState::Submitting;

    // No frame done and no estimate yet: the engine is still starting, so neither "0 %" on an
    // empty bar nor a guessed time is shown.
    const bool starting = job.state() == JobState::Running && job.progress() == 0 && job.etaSec() < 0;
    QStringList status{m_providerLabel, jobStateLabel(job.state())};
    if (starting)
        status << tr("starting…");
    else if (job.state() == JobState::Running && job.progress() >= 0)
        status << tr("%1%").arg(job.progress());
    if (!failed && !etaText(job.etaSec()).isEmpty())
        status << etaText(job.etaSec());
    if (failed)
        status << errorKindLabel(job.errorKind());
    else if (!job.liveDetail().isEmpty())
        status << job.liveDetail();
    m_status->setText(status.join(QStringLiteral(" · ")));

    // A maximum of 0 makes the bar busy: waiting, or a provider that cannot tell its progress.
    const bool busy = waiting || starting || job.progress() < 0 || job.state() == JobState::Downloading;
    m_bar->setRange(0, busy ? 0 : 100);
    if (!busy)
        m_bar->setValue(job.progress());
    m_bar->setVisible(!failed);
    m_bar->setAccessibleName(tr("Progress of job %1").arg(job.id()));
    m_error->setText(job.errorMessage());
    m_error->setVisible(failed);
    // A clip being finished is made and paid for: there is nothing left to cancel.
    m_cancel->setVisible(!failed && job.liveDetail() != GenerationService::finishingDetail());
    // Offered for every failure: an auth or input failure may pass after the user fixed a key or a file.
    m_retry->setVisible(failed);
    m_dismiss->setVisible(failed);
    setAccessibleName(tr("Job %1: %2").arg(job.id()).arg(jobStateLabel(job.state())));
}

QString QueueRow::statusText() const
{
    return m_status->text();
}

void QueueRow::showProblem(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace rc::ui
