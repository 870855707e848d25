#pragma once

#include "core/Money.h"

#include <QPushButton>

namespace rc::ui {

// The one big action: "Generate · $0.80" or "Generate · free". Ctrl+Enter (and Ctrl+Return)
// press it from anywhere in its window. When the request cannot run it is disabled and its
// tooltip says why, in the service's words, so the user knows what to change.
class GenerateButton : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerateButton)

public:
    explicit GenerateButton(QWidget *parent = nullptr);

    void setEstimate(Money estimate);
    // Empty: the request can run.
    void setBlockedReason(const QString &reason);
    QString blockedReason() const { return m_reason; }

private:
    void refresh();

    Money m_estimate;
    QString m_reason;
};

} // namespace rc::ui
