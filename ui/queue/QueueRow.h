#pragma once

#include "core/Job.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rc::ui {

// One job in the queue panel: prompt, provider and state, a progress bar with ETA (busy when
// the provider cannot tell), and Cancel; or, for a failed job, its message with Retry and Dismiss.
// Real widgets rather than a painted delegate, so the busy bar animates and the buttons are
// reachable by keyboard and screen readers; a queue holds a handful of rows, not thousands.
class QueueRow : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueRow)

public:
    QueueRow(const QString &providerLabel, QWidget *parent = nullptr);

    void update(const Job &job);
    void showProblem(const QString &text);
    JobId jobId() const { return m_id; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QLabel *errorLabel() const { return m_error; }
    QProgressBar *progressBar() const { return m_bar; }
    QString statusText() const;
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void cancelRequested(rc::JobId id);
    void retryRequested(rc::JobId id);
    void dismissRequested(rc::JobId id);

private:
    JobId m_id = 0;
    QString m_providerLabel;
    QLabel *m_prompt;
    QLabel *m_status;
    QProgressBar *m_bar;
    QLabel *m_error;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_dismiss;
};

} // namespace rc::ui
