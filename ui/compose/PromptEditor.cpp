#include "compose/PromptEditor.h"

#include "StudioSettings.h"
#include "compose/PromptTemplates.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rc::ui {
namespace {

constexpr int kHistorySize = 30;

QString menuLabel(QString text)
{
    text = text.simplified();
    if (text.size() > 70)
        text = text.left(67) + QStringLiteral("…");
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

PromptEditor::PromptEditor(StudioSettings &settings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_edit(new QPlainTextEdit(this)), m_counter(new QLabel(this)),
      m_historyButton(new QToolButton(this)), m_templateButton(new QToolButton(this))
{
    m_edit->setObjectName(QStringLiteral("promptEdit"));
    m_edit->setAccessibleName(tr("Prompt"));
    m_edit->setPlaceholderText(tr("Describe the clip: who or what, where, the light, the camera, the sound…"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(90);
    m_edit->setMaximumHeight(150);
    m_edit->installEventFilter(this);

    m_historyButton->setText(tr("History"));
    m_historyButton->setAccessibleName(tr("Recent prompts"));
    m_historyButton->setToolTip(tr("Recent prompts (Alt+Up / Alt+Down)"));
    m_historyButton->setPopupMode(QToolButton::InstantPopup);
    m_historyButton->setMenu(new QMenu(m_historyButton));
    m_templateButton->setText(tr("Templates"));
    m_templateButton->setAccessibleName(tr("Prompt templates"));
    m_templateButton->setPopupMode(QToolButton::InstantPopup);
    auto *templates = new QMenu(m_templateButton);
    for (const PromptTemplate &t : promptTemplates()) {
        QAction *a = templates->addAction(t.name);
        a->setToolTip(t.text);
        connect(a, &QAction::triggered, this, [this, text = t.text] { insertTemplate(text); });
    }
    m_templateButton->setMenu(templates);
    m_counter->setAccessibleName(tr("Prompt length"));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_templateButton);
    row->addWidget(m_historyButton);
    row->addStretch(1);
    row->addWidget(m_counter);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(4);
    box->addWidget(m_edit, 1);
    box->addLayout(row);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        Q_EMIT textChanged();
    });
    rebuildHistoryMenu();
    updateCounter();
}

QString PromptEditor::text() const
{
    return m_edit->toPlainText();
}

void PromptEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

void PromptEditor::setMaxChars(int maxChars)
{
    m_maxChars = maxChars;
    updateCounter();
}

void PromptEditor::updateCounter()
{
    const int n = int(text().size());
    m_counter->setText(tr("%1 / %2").arg(n).arg(m_maxChars));
    const bool over = n > m_maxChars;
    // The highlight colour of the palette stays readable in dark themes, unlike a fixed red.
    m_counter->setForegroundRole(over ? QPalette::Highlight : QPalette::PlaceholderText);
    QFont f = m_counter->font();
    f.setBold(over);
    m_counter->setFont(f);
    m_counter->setToolTip(over ? tr("%n character(s) over the model's limit", nullptr, n - m_maxChars) : QString());
}

QStringList PromptEditor::history() const
{
    return m_settings.promptHistory.get();
}

void PromptEditor::remember(const QString &prompt)
{
    const QString trimmed = prompt.trimmed();
    if (trimmed.isEmpty())
        return;
    QStringList list = history();
    list.removeAll(trimmed);
    list.prepend(trimmed);
    while (list.size() > kHistorySize)
        list.removeLast();
    m_settings.promptHistory.set(list);
    m_historyIndex = -1;
    rebuildHistoryMenu();
}

void PromptEditor::rebuildHistoryMenu()
{
    QMenu *menu = m_historyButton->menu();
    menu->clear();
    const QStringList list = history();
    for (const QString &p : list) {
        QAction *a = menu->addAction(menuLabel(p));
        a->setToolTip(p);
        connect(a, &QAction::triggered, this, [this, p] { setText(p); });
    }
    m_historyButton->setEnabled(!list.isEmpty());
}

void PromptEditor::insertTemplate(const QString &templateText)
{
    m_edit->setPlainText(templateText);
    // Select the first placeholder so typing replaces it.
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("\\[[^\\]]+\\]")).match(templateText);
    QTextCursor cursor = m_edit->textCursor();
    if (match.hasMatch()) {
        cursor.setPosition(int(match.capturedStart()));
        cursor.setPosition(int(match.capturedEnd()), QTextCursor::KeepAnchor);
    } else {
        cursor.movePosition(QTextCursor::End);
    }
    m_edit->setTextCursor(cursor);
    m_edit->setFocus();
}

void PromptEditor::stepHistory(int delta)
{
    const QStringList list = history();
    if (list.isEmpty())
        return;
    if (m_historyIndex < 0)
        m_draft = text();
    const int next = std::clamp(m_historyIndex + delta, -1, int(list.size()) - 1);
    if (next == m_historyIndex)
        return;
    m_historyIndex = next;
    setText(next < 0 ? m_draft : list.at(next));
}

bool PromptEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            stepHistory(key->key() == Qt::Key_Up ? 1 : -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rc::ui
