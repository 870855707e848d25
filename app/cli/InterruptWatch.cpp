#include "cli/InterruptWatch.h"

#include <atomic>
#include <csignal>

namespace rc::cli {
namespace {

// A signal handler may touch nothing but a lock-free atomic.
std::atomic<bool> g_interrupted{false};

void onSignal(int)
{
    g_interrupted = true;
}

} // namespace

InterruptWatch::InterruptWatch(QObject *context, std::function<void()> onInterrupt)
{
    g_interrupted = false;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QObject::connect(&m_timer, &QTimer::timeout, context, [handler = std::move(onInterrupt)] {
        if (g_interrupted.exchange(false))
            handler();
    });
    m_timer.start(100);
}

InterruptWatch::~InterruptWatch()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

} // namespace rc::cli
