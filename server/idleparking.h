#pragma once

#include <QObject>

#include <memory>

namespace eventsd {

/// Idle keep-alive connections parked outside Qt's event loop. Both of Qt's event dispatchers poll(2) every socket
/// notifier on each wake-up, so 1,000 idle connections cost every request a little (0.65–0.70 of the throughput
/// without them, bench/http-bench). A parked connection is a bare descriptor in an epoll set on a thread of its
/// own, which wakes only when one of them becomes readable (a new request, or the client closing): then it is
/// handed back with readable(). When its keep-alive time runs out first, it is closed on that thread and
/// expired() says so. Owned and called on the server thread; the signals arrive there queued.
class IdleParking : public QObject
{
    Q_OBJECT

public:
    explicit IdleParking(QObject *parent = nullptr);
    ~IdleParking() override; ///< stops the thread and closes what is still parked
    bool isValid() const;

    /// Takes `fd` (its owner keeps no other copy) until it is readable or `keepAliveMs` passed.
    void park(int fd, quint64 token, int keepAliveMs);

Q_SIGNALS:
    void readable(int fd, quint64 token);
    void expired(quint64 token);

private:
    struct State;
    void run();
    std::unique_ptr<State> m_state;
};

} // namespace eventsd
