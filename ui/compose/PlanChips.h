#pragma once

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace rc::ui {

class FlowLayout;

// "What the engine understood": the built-in engine's plan of the prompt as small chips
// (setting, light, weather, subjects, camera, style, music), and below them the words it will not
// draw. Planning runs 350 ms after the last keystroke, not on each one, so typing stays fluid on
// long prompts. The widget's height is fixed (two rows of chips and one line of words): chips
// coming and going while the user types must not move the rest of the form under the pointer,
// so what does not fit folds into a "+N" chip whose tooltip lists it.
class PlanChips : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanChips)

public:
    explicit PlanChips(QWidget *parent = nullptr);

    void setPrompt(const QString &prompt, bool fromPhoto);
    // Plans now instead of waiting for the debounce (tests, and reuse of a stored prompt).
    void flush();
    QStringList chipTexts() const { return m_texts; }
    // Words of the prompt the engine has no picture for ("fox" in "a fox in the snow").
    QStringList unknownWords() const { return m_unknown; }
    // The chips on screen: those that fit, then "+N" when some did not.
    QStringList shownChipTexts() const;

Q_SIGNALS:
    void updated();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void replan();
    void showChips(const QStringList &texts, const QStringList &unknown);
    // Shows as many chips as two rows hold at the current width.
    void fitChips();

    QTimer m_debounce;
    QString m_prompt;
    bool m_fromPhoto = false;
    QStringList m_texts;
    QStringList m_unknown;
    QWidget *m_chipArea;
    FlowLayout *m_flow;
    QList<QLabel *> m_chips;
    QLabel *m_more;
    QLabel *m_unknownLabel;
    QLabel *m_placeholder;
    int m_fittedWidth = -1;
};

} // namespace rc::ui
