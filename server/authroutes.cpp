#include "eventsapp.h"
#include "util.h"

#include <QCoroFuture>
#include <QDateTime>

namespace eventsd {

namespace {

struct Login
{
    qint64 id = 0;
    QString email;
    QByteArray hash;
    QString role;
};

QCoro::Task<HttpResponse> login(EventsApp *a, const HttpRequest &request)
{
    HttpResponse bad;
    const auto body = util::jsonBody(request, &bad);
    if (!body)
        co_return bad;
    const QString email = body->value(u"email").toString().trimmed().toLower();
    const QString password = body->value(u"password").toString();
    if (!util::isValidEmail(email) || password.isEmpty() || password.size() > 1024)
        co_return HttpResponse::error(400, QStringLiteral("email and password are required"));

    // Failed log-ins make their sender wait, before any hashing: a flood costs eventsd a table look-up.
    const QHostAddress network = clientNetwork(request.remoteAddress);
    if (const int wait = a->loginThrottle().retryAfter(network, email); wait > 0)
        co_return HttpResponse::error(429, QStringLiteral("too many failed log-ins; retry in %1 s").arg(wait))
            .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));

    QFuture<DbOutcome<Login>> lookup = a->pool().run<Login>(request.cost, [email](pg::Connection &c) {
        const pg::Result r =
            c.exec("SELECT id, email, password_hash, role FROM users WHERE email = $1", pg::Params() << email);
        return r.rows() == 1 ? Login{r.int64(0, 0), r.text(0, 1), r.bytes(0, 2), r.text(0, 3)} : Login{};
    });
    const DbOutcome<Login> user = co_await lookup;
    if (!user.ok())
        co_return databaseError(*user.error);
    // Verified even for an unknown address (against a decoy), so timing does not tell which addresses exist.
    // Clients and accounts with recent failures queue behind clean ones: a flood of wrong passwords does not
    // hold back the right log-in of someone else.
    const auto lane =
        a->loginThrottle().isSuspect(network, email) ? PasswordHasher::Lane::Suspect : PasswordHasher::Lane::Clean;
    auto verifying = a->passwordHasher().verify(password, user.value->id ? user.value->hash : QByteArray(), lane);
    if (!verifying)
        co_return HttpResponse::error(503, QStringLiteral("log-in is busy; retry in a moment"))
            .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    const PasswordHasher::Verdict verdict = co_await *verifying;
    if (!verdict.ok || !user.value->id) {
        a->loginThrottle().failed(network, email);
        co_return HttpResponse::error(401, QStringLiteral("wrong email or password"));
    }
    a->loginThrottle().succeeded(network, email);
    if (!verdict.rehashed.isEmpty()) {
        // An older hash (PBKDF2) is replaced by Argon2id now that the password is known; only if unchanged since.
        QFuture<DbOutcome<bool>> storing = a->pool().run<bool>(
            request.cost, [id = user.value->id, old = user.value->hash, fresh = verdict.rehashed](pg::Connection &c) {
                c.exec("UPDATE users SET password_hash = $1 WHERE id = $2 AND password_hash = $3",
                       pg::Params() << fresh << id << old);
                return true;
            });
        co_await storing; // a failure here is not the user's: the old hash still works
    }

    Claims claims;
    claims.userId = user.value->id;
    claims.email = user.value->email;
    claims.role = roleFromName(user.value->role).value_or(Role::Organizer);
    const QByteArray token = a->signer().issue(claims, QDateTime::currentSecsSinceEpoch());
    co_return HttpResponse::json(QJsonObject{{QStringLiteral("data"),
                                              QJsonObject{{QStringLiteral("accessToken"), QString::fromLatin1(token)},
                                                          {QStringLiteral("expiresIn"), a->signer().lifetimeSeconds()},
                                                          {QStringLiteral("role"), roleName(claims.role)}}}});
}

} // namespace

void addAuthRoutes(EventsApp &app)
{
    EventsApp *a = &app;
    // Seed 001's load test reads $.data.accessToken.
    app.server().route("POST", QStringLiteral("/auth/login"), Access::Public,
                       [a](const HttpRequest &request) { return login(a, request); });
}

} // namespace eventsd
