#include "idleparking.h"

#include <QThread>

#include <atomic>
#include <chrono>
#include <mutex>
#include <unordered_map>
#include <vector>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace eventsd {

namespace {
qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}
} // namespace

struct IdleParking::State
{
    int epoll = -1;
    int wake = -1; ///< eventfd: a new deadline or stop
    std::atomic<bool> stop{false};
    std::mutex mutex;
    struct Entry
    {
        quint64 token;
        qint64 deadlineMs;
    };
    std::unordered_map<int, Entry> parked; ///< by descriptor
    QThread *thread = nullptr;
};

IdleParking::IdleParking(QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<State>())
{
    m_state->epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_state->wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (!isValid())
        return;
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = m_state->wake;
    ::epoll_ctl(m_state->epoll, EPOLL_CTL_ADD, m_state->wake, &event);
    m_state->thread = QThread::create([this] { run(); });
    m_state->thread->setObjectName(QStringLiteral("idle-parking"));
    m_state->thread->start();
}

IdleParking::~IdleParking()
{
    if (m_state->thread) {
        m_state->stop = true;
        const quint64 one = 1;
        [[maybe_unused]] const auto written = ::write(m_state->wake, &one, sizeof one);
        m_state->thread->wait();
        delete m_state->thread;
    }
    for (const auto &[fd, entry] : m_state->parked)
        ::close(fd);
    if (m_state->epoll >= 0)
        ::close(m_state->epoll);
    if (m_state->wake >= 0)
        ::close(m_state->wake);
}

bool IdleParking::isValid() const
{
    return m_state->epoll >= 0 && m_state->wake >= 0;
}

void IdleParking::park(int fd, quint64 token, int keepAliveMs)
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->parked[fd] = State::Entry{token, nowMs() + keepAliveMs};
        epoll_event event{};
        event.events = EPOLLIN | EPOLLRDHUP;
        event.data.fd = fd;
        if (::epoll_ctl(m_state->epoll, EPOLL_CTL_ADD, fd, &event) != 0) {
            m_state->parked.erase(fd);
            ::close(fd);
            QMetaObject::invokeMethod(
                this, [this, token] { Q_EMIT expired(token); }, Qt::QueuedConnection);
            return;
        }
    }
    const quint64 one = 1;
    [[maybe_unused]] const auto written = ::write(m_state->wake, &one, sizeof one);
}

void IdleParking::run()
{
    State &s = *m_state;
    std::vector<epoll_event> events(256);
    while (!s.stop) {
        int timeoutMs = -1;
        {
            std::lock_guard lock(s.mutex);
            const qint64 now = nowMs();
            for (const auto &[fd, entry] : s.parked) {
                const int left = int(std::max<qint64>(0, entry.deadlineMs - now));
                timeoutMs = timeoutMs < 0 ? left : std::min(timeoutMs, left);
            }
        }
        const int n = ::epoll_wait(s.epoll, events.data(), int(events.size()), timeoutMs);
        std::vector<std::pair<int, quint64>> ready;
        std::vector<quint64> gone;
        {
            std::lock_guard lock(s.mutex);
            for (int i = 0; i < n; ++i) {
                const int fd = events[size_t(i)].data.fd;
                if (fd == s.wake) {
                    quint64 drained = 0;
                    [[maybe_unused]] const auto got = ::read(s.wake, &drained, sizeof drained);
                    continue;
                }
                const auto it = s.parked.find(fd);
                if (it == s.parked.end())
                    continue;
                ::epoll_ctl(s.epoll, EPOLL_CTL_DEL, fd, nullptr);
                ready.emplace_back(fd, it->second.token);
                s.parked.erase(it);
            }
            const qint64 now = nowMs();
            for (auto it = s.parked.begin(); it != s.parked.end();) {
                if (it->second.deadlineMs > now) {
                    ++it;
                    continue;
                }
                ::epoll_ctl(s.epoll, EPOLL_CTL_DEL, it->first, nullptr);
                ::close(it->first);
                gone.push_back(it->second.token);
                it = s.parked.erase(it);
            }
        }
        // Emitted from this thread: the receivers live on the server thread, so they get them queued.
        for (const auto &[fd, token] : ready)
            Q_EMIT readable(fd, token);
        for (quint64 token : gone)
            Q_EMIT expired(token);
    }
}

} // namespace eventsd
