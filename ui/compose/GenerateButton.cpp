#include "compose/GenerateButton.h"

#include <QKeySequence>
#include <QShortcut>

#include <algorithm>

namespace rc::ui {

GenerateButton::GenerateButton(QWidget *parent)
    : QPushButton(parent)
{
    setObjectName(QStringLiteral("generateButton"));
    setAccessibleName(tr("Generate"));
    setDefault(true);
    setMinimumHeight(36);
    QFont f = font();
    f.setBold(true);
    setFont(f);
    // Two sequences: the main keyboard's Return and the keypad's Enter.
    for (const QKeySequence &seq : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(seq, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (isEnabled())
                click();
        });
    }
    refresh();
}

void GenerateButton::setEstimate(Money estimate)
{
    m_estimate = estimate;
    refresh();
}

void GenerateButton::setBlockedReason(const QString &reason)
{
    m_reason = reason;
    refresh();
}

void GenerateButton::setKeyMissing(bool missing)
{
    m_keyMissing = missing;
    refresh();
}

void GenerateButton::setCount(int count)
{
    m_count = std::max(1, count);
    refresh();
}

void GenerateButton::refresh()
{
    const QString cost = m_estimate.isZero() ? tr("free") : (m_estimate * m_count).toString();
    if (m_keyMissing)
        setText(tr("Generate · needs a key"));
    else if (m_count > 1)
        setText(tr("Generate %1 · %2").arg(m_count).arg(cost));
    else
        setText(tr("Generate · %1").arg(cost));
    setEnabled(m_reason.isEmpty());
    setToolTip(m_reason.isEmpty() ? tr("Generate the clip (Ctrl+Enter)") : m_reason);
    setAccessibleDescription(m_reason);
}

} // namespace rc::ui
