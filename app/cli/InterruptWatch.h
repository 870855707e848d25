#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace rc::cli {

// While it lives, Ctrl+C (SIGINT) and a polite kill (SIGTERM) do not end the process: they call
// `onInterrupt` on the event loop's thread, so a command can cancel its work cleanly (no partial
// files) instead of dying mid-write. The signal handler only sets a flag; a timer reads it.
// Destroying it puts the default handlers back.
class InterruptWatch
{
    Q_DISABLE_COPY_MOVE(InterruptWatch)

public:
    InterruptWatch(QObject *context, std::function<void()> onInterrupt);
    ~InterruptWatch();

private:
    QTimer m_timer;
};

} // namespace rc::cli
