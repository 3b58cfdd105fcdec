#pragma once

// Shared by opsdash and eventsd (target opsdash_shared): QCoro 0.8 has no safe timed signal await.

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <coroutine>
#include <memory>

namespace opsdash {

/// `co_await waitForSignal(object, &Class::signal, ms)` resumes when `object` emits `signal`, when `ms` pass, or
/// when `object` is destroyed, whichever comes first, exactly once. Used instead of QCoro 0.8's timed
/// qCoro(object, signal, timeout): valgrind showed it touching its freed awaiter after resuming
/// (docs/architecture.md). The resumption is always queued, never from inside the emitter's call stack, and
/// always on the thread that awaits (a context object of the wait's own lives there): a coroutine running on a
/// worker thread's event loop stays on that thread.
template<typename T, typename Signal>
class SignalWaiter
{
public:
    SignalWaiter(T *object, Signal signal, int timeoutMs)
        : m_object(object)
        , m_signal(signal)
        , m_timeoutMs(timeoutMs)
    { }

    bool await_ready() const noexcept { return m_object.isNull(); }

    void await_suspend(std::coroutine_handle<> handle)
    {
        auto state = std::make_shared<State>();
        state->handle = handle;
        // Deleting the context ends the connections and the timer with it.
        QObject *context = new QObject;
        auto fire = [state, context] {
            if (state->fired)
                return;
            state->fired = true;
            context->deleteLater();
            state->handle.resume();
        };
        QObject::connect(m_object.data(), m_signal, context, fire, Qt::QueuedConnection);
        QObject::connect(m_object.data(), &QObject::destroyed, context, fire, Qt::QueuedConnection);
        QTimer::singleShot(m_timeoutMs, context, fire);
    }

    void await_resume() const noexcept { }

private:
    struct State
    {
        std::coroutine_handle<> handle;
        bool fired = false;
    };

    QPointer<T> m_object;
    Signal m_signal;
    int m_timeoutMs;
};

template<typename T, typename Signal>
SignalWaiter<T, Signal> waitForSignal(T *object, Signal signal, int timeoutMs)
{
    return SignalWaiter<T, Signal>(object, signal, timeoutMs);
}

} // namespace opsdash
