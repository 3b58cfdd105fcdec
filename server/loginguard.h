#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <optional>

namespace eventsd {

/// Failed log-ins cost their sender time: after a few free failures, each further one from the same client
/// network, or for the same account, doubles the wait before the next try (up to a cap). A success clears both.
/// Memory is bounded whatever the number of addresses and accounts tried. Server thread only.
class LoginThrottle
{
public:
    struct Options
    {
        int freeFailuresPerAddress = 5;
        int freeFailuresPerAccount = 10;
        int maxDelaySeconds = 900;
        int forgetAfterSeconds = 900; ///< an entry with no failure for this long is dropped
        int maxEntries = 100'000; ///< per table
    };

    explicit LoginThrottle(Options options);
    /// Seconds before `network` may try to log in to `account` again; 0 when it may now.
    int retryAfter(const QHostAddress &network, const QString &account);
    void failed(const QHostAddress &network, const QString &account);
    void succeeded(const QHostAddress &network, const QString &account);
    /// `network` or `account` failed recently (even within the free tries): its checks wait behind clean ones.
    bool isSuspect(const QHostAddress &network, const QString &account) const;
    int trackedEntries() const { return int(m_networks.size() + m_accounts.size()); }

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastMs = 0;
        qint64 blockedUntilMs = 0;
    };
    template<typename Key>
    void fail(QHash<Key, Entry> &table, const Key &key, int freeFailures, qint64 now);
    template<typename Key>
    void sweep(QHash<Key, Entry> &table, qint64 now);

    Options m_options;
    QElapsedTimer m_clock;
    QHash<QHostAddress, Entry> m_networks;
    QHash<QString, Entry> m_accounts;
};

/// Password hashing on a pool of its own (so log-ins never take the threads other work needs) with bounded
/// queues: two lanes of `maxQueued` checks each. A check from a client network and for an account with no recent
/// failure goes in the clean lane and runs before every suspect one, so a right log-in does not queue behind a
/// wrong-password flood; a lane that is full refuses at once (the caller answers 503).
class PasswordHasher
{
public:
    enum class Lane { Clean, Suspect };

    struct Verdict
    {
        bool ok = false;
        QByteArray rehashed; ///< a new Argon2id hash when the stored one was older (PBKDF2, weaker parameters)
    };

    PasswordHasher(int threads, int maxQueued);
    ~PasswordHasher();
    /// Checks `password` against `stored` (a decoy when empty, so unknown accounts cost the same); nullopt when
    /// the queue is full.
    std::optional<QFuture<Verdict>> verify(QString password, QByteArray stored, Lane lane = Lane::Clean);

private:
    QThreadPool m_pool;
    std::atomic<int> m_queued[2] = {0, 0}; ///< per lane
    int m_maxQueued;
};

} // namespace eventsd
