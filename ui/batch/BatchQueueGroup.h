#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rc::batch {
class BatchRunner;
}

namespace rc::ui {

// A batch in the queue: one row for all its products, "n of m done", a bar over all of them,
// and Pause/Resume and Cancel for the whole batch; when it ends, Open Folder and Dismiss. The
// batch's own jobs are not listed one by one (a 500-product batch would bury the queue).
class BatchQueueGroup : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchQueueGroup)

public:
    explicit BatchQueueGroup(batch::BatchRunner &runner, QWidget *parent = nullptr);

    QString statusText() const;
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    void dismissed();

private:
    void refresh();

    batch::BatchRunner &m_runner;
    QLabel *m_title;
    QLabel *m_status;
    QProgressBar *m_bar;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_open;
    QPushButton *m_dismiss;
};

} // namespace rc::ui
