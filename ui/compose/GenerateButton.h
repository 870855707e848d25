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
    // The chosen provider needs an API key and has none: the button says so instead of a price
    // (the reason stays in its tooltip and accessible description).
    void setKeyMissing(bool missing);
    // Variations: "Generate 3 · $2.40", the price of all of them.
    void setCount(int count);

private:
    void refresh();

    Money m_estimate;
    QString m_reason;
    bool m_keyMissing = false;
    int m_count = 1;
};

} // namespace rc::ui
