#pragma once

// Answers the modal dialogs a GUI test opens (message boxes, input dialogs) once they are shown,
// from the event loop, so the blocking exec() inside the code under test returns.

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace rc::test {

// Clicks `button` on the next modal message box; `seen` is set and `text` gets what it said.
inline void answerNextMessageBox(QMessageBox::StandardButton button, bool *seen, QString *text = nullptr)
{
    QTimer::singleShot(0, [button, seen, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button, seen, text); // not up yet: look again on the next turn
            return;
        }
        *seen = true;
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

// Types each of `answers` into the next input dialogs in turn (a list picks the item with that
// text) and presses OK; an empty answer presses Cancel.
inline void answerNextInputDialogs(QStringList answers)
{
    if (answers.isEmpty())
        return;
    QTimer::singleShot(0, [answers]() mutable {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            answerNextInputDialogs(answers);
            return;
        }
        const QString answer = answers.takeFirst();
        if (answer.isEmpty()) {
            dialog->reject();
        } else {
            dialog->setTextValue(answer);
            dialog->accept();
        }
        answerNextInputDialogs(answers);
    });
}

} // namespace rc::test
