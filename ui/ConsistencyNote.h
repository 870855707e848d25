#pragma once

#include "service/ClipLibrary.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace rc::ui {

// What the history and the media folder disagree on, found once at start-up: a short line for
// the status bar, the list in its tooltip and behind "Details…". It only reports; the files and
// records stay as they are (an orphan may be a clip the user copied in by hand).
class ConsistencyNote : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsistencyNote)

public:
    ConsistencyNote(const ClipLibrary::Consistency &report, QWidget *parent = nullptr);

    static bool needed(const ClipLibrary::Consistency &report)
    {
        return !report.orphanFiles.isEmpty() || !report.missingFiles.isEmpty();
    }
    QString summary() const;
    QString details() const;
    QToolButton *detailsButton() const { return m_detailsButton; }

private:
    void showDetails();

    ClipLibrary::Consistency m_report;
    QLabel *m_text;
    QToolButton *m_detailsButton;
};

} // namespace rc::ui
