#pragma once

#include <QString>

namespace rc::cli {

// A one-line progress bar on stderr, redrawn in place, only when stderr is a terminal
// (a pipe or a log file gets no carriage-return noise).
class ProgressBar
{
public:
    ProgressBar();
    // percent < 0 draws an indeterminate bar; etaSec < 0 hides the ETA.
    void update(const QString &label, int percent, int etaSec);
    void finish();

private:
    bool m_enabled = false;
    bool m_drawn = false;
    int m_spin = 0;
};

} // namespace rc::cli
