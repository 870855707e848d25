#pragma once

#include "service/ClipLibrary.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace rc::ui {

// What the history and the media folder disagree on, found once at start-up: a short line for
// the status bar, the list in its tooltip and behind "Details…". It only reports; the files and
// records stay as they are (an orphan may be a clip the user copied in by hand).
// The check runs on the library's reader thread (it reads every record and looks at every file,
// which a busy database or a slow disk makes long): meanwhile the note says it is checking; when
// all agree it hides itself.
class ConsistencyNote : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsistencyNote)

public:
    // Starts the check.
    explicit ConsistencyNote(const ClipLibrary &library, QWidget *parent = nullptr);

    static bool needed(const ClipLibrary::Consistency &report)
    {
        return !report.orphanFiles.isEmpty() || !report.missingFiles.isEmpty();
    }
    bool isChecking() const { return m_checking; }
    QString summary() const;
    QString details() const;
    QToolButton *detailsButton() const { return m_detailsButton; }

Q_SIGNALS:
    void checked();

private:
    void showReport(const ClipLibrary::Consistency &report);
    void showDetails();

    ClipLibrary::Consistency m_report;
    QLabel *m_text;
    QToolButton *m_detailsButton;
    QToolButton *m_close;
    bool m_checking = false;
};

} // namespace rc::ui
