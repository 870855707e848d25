#pragma once

#include <QStringList>
#include <QTimer>
#include <QWidget>

namespace rc::ui {

class FlowLayout;

// "What the engine understood": the built-in engine's plan of the prompt as small chips
// (setting, light, weather, subjects, camera, style, music). Planning runs 350 ms after the last
// keystroke, not on each one, so typing stays fluid on long prompts.
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

Q_SIGNALS:
    void updated();

private:
    void replan();
    void showChips(const QStringList &texts);

    QTimer m_debounce;
    QString m_prompt;
    bool m_fromPhoto = false;
    QStringList m_texts;
    FlowLayout *m_flow;
};

} // namespace rc::ui
