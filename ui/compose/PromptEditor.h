#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace rc::ui {

class StudioSettings;

// The prompt: a plain multi-line editor (the platform's spell checking and input methods work
// on it), a character count against the chosen model's limit, recent prompts (the History menu,
// or Alt+Up / Alt+Down) and templates with [placeholders].
class PromptEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptEditor)

public:
    explicit PromptEditor(StudioSettings &settings, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void setMaxChars(int maxChars);
    // Remembers a prompt that was sent (most recent first, no duplicates, at most 30).
    void remember(const QString &prompt);
    QStringList history() const;
    void insertTemplate(const QString &text);
    QPlainTextEdit *editor() const { return m_edit; }
    QLabel *counter() const { return m_counter; }

Q_SIGNALS:
    void textChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCounter();
    void rebuildHistoryMenu();
    void stepHistory(int delta);

    StudioSettings &m_settings;
    QPlainTextEdit *m_edit;
    QLabel *m_counter;
    QToolButton *m_historyButton;
    QToolButton *m_templateButton;
    int m_maxChars = 4000;
    int m_historyIndex = -1; // -1: the user's own text, not a recalled one
    QString m_draft;         // what the user had typed before stepping into history
};

} // namespace rc::ui
