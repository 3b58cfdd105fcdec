#include "schema.h"

#include "auth.h"
#include "pg.h"

#include <QElapsedTimer>

namespace eventsd {

namespace {

struct Migration
{
    int version;
    const char *sql;
};

// Append only: a released migration never changes.
const Migration migrations[] = {
    {1, R"sql(
CREATE TABLE users (
    id            bigserial PRIMARY KEY,
    email         text NOT NULL UNIQUE CHECK (length(email) BETWEEN 3 AND 254),
    full_name     text NOT NULL DEFAULT '',
    password_hash text NOT NULL,
    role          text NOT NULL CHECK (role IN ('organizer', 'operator', 'admin')),
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE events (
    id                 bigserial PRIMARY KEY,
    name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description        text NOT NULL DEFAULT '',
    date               timestamptz NOT NULL,
    venue              text NOT NULL CHECK (length(venue) BETWEEN 1 AND 200),
    max_capacity       integer NOT NULL CHECK (max_capacity > 0),
    price              numeric(10, 2) NOT NULL DEFAULT 0 CHECK (price >= 0),
    is_active          boolean NOT NULL DEFAULT true,
    status             text NOT NULL DEFAULT 'published'
                       CHECK (status IN ('draft', 'published', 'cancelled', 'completed')),
    organizer_id       bigint NOT NULL REFERENCES users (id),
    -- Kept by the registration transaction; the CHECK makes overfilling impossible even for a buggy writer.
    registration_count integer NOT NULL DEFAULT 0
                       CHECK (registration_count >= 0 AND registration_count <= max_capacity),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE registrations (
    id            bigserial PRIMARY KEY,
    event_id      bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    full_name     text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    email         text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    created_at    timestamptz NOT NULL DEFAULT now(),
    checked_in    boolean NOT NULL DEFAULT false,
    checked_in_at timestamptz,
    qr_code       text NOT NULL UNIQUE,
    UNIQUE (event_id, email)
);

CREATE TABLE transactions (
    id              bigserial PRIMARY KEY,
    registration_id bigint NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    amount          numeric(10, 2) NOT NULL CHECK (amount >= 0),
    payment_status  text NOT NULL CHECK (payment_status IN ('PENDING', 'PAID', 'FAILED', 'REFUNDED')),
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- The seeds' access paths: active events by date (list, upcoming), an organizer's events, status filters,
-- an event's registrations newest first (cursor pagination), lookups by e-mail, a registration's payments.
CREATE INDEX idx_events_active_date ON events (date, id) WHERE is_active;
CREATE INDEX idx_events_organizer ON events (organizer_id);
CREATE INDEX idx_events_status_date ON events (status, date);
CREATE INDEX idx_registrations_event_created ON registrations (event_id, created_at DESC, id DESC);
CREATE INDEX idx_registrations_email ON registrations (email);
CREATE INDEX idx_transactions_registration ON transactions (registration_id, created_at DESC);
)sql"},
    {2, R"sql(
-- One registration in one statement (one round trip), so the event row is locked for as short as possible:
-- the lock orders concurrent registrations for the same event and is held until commit.
CREATE FUNCTION register_attendee(p_event bigint, p_name text, p_email text, p_qr text)
RETURNS TABLE (outcome text, registration_id bigint, created_at text, price numeric)
LANGUAGE plpgsql AS $$
DECLARE
    v_price numeric;
    v_id bigint;
    v_created timestamptz;
BEGIN
    UPDATE events e SET registration_count = e.registration_count + 1, updated_at = now()
     WHERE e.id = p_event AND e.is_active AND e.status = 'published' AND e.registration_count < e.max_capacity
    RETURNING e.price INTO v_price;
    IF NOT FOUND THEN
        IF NOT EXISTS (SELECT FROM events e WHERE e.id = p_event) THEN
            RETURN QUERY SELECT 'not_found'::text, NULL::bigint, NULL::text, NULL::numeric;
        ELSIF EXISTS (SELECT FROM events e WHERE e.id = p_event AND e.is_active AND e.status = 'published') THEN
            RETURN QUERY SELECT 'full'::text, NULL::bigint, NULL::text, NULL::numeric;
        ELSE
            RETURN QUERY SELECT 'not_open'::text, NULL::bigint, NULL::text, NULL::numeric;
        END IF;
        RETURN;
    END IF;
    INSERT INTO registrations AS r (event_id, full_name, email, qr_code) VALUES (p_event, p_name, p_email, p_qr)
    ON CONFLICT (event_id, email) DO NOTHING
    RETURNING r.id, r.created_at INTO v_id, v_created;
    IF v_id IS NULL THEN
        -- Already registered: give the seat back (same transaction, the row is ours).
        UPDATE events e SET registration_count = e.registration_count - 1 WHERE e.id = p_event;
        RETURN QUERY SELECT 'duplicate'::text, NULL::bigint, NULL::text, NULL::numeric;
        RETURN;
    END IF;
    IF v_price > 0 THEN
        INSERT INTO transactions (registration_id, amount, payment_status) VALUES (v_id, v_price, 'PENDING');
    END IF;
    RETURN QUERY SELECT 'created'::text, v_id,
        to_char(v_created AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), v_price;
END
$$;
)sql"},
    {3, R"sql(
-- Made by the badge-generation queue; replaced, not added, when a job runs twice.
CREATE TABLE registration_badges (
    registration_id bigint PRIMARY KEY REFERENCES registrations (id) ON DELETE CASCADE,
    pdf             bytea NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- An organizer's registrations reports, built by the report-generation queue (CSV, stored gzipped).
CREATE TABLE event_reports (
    id           bigserial PRIMARY KEY,
    event_id     bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    requested_by bigint REFERENCES users (id) ON DELETE SET NULL,
    status       text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'ready', 'failed')),
    row_count    bigint,
    bytes        bigint,
    content      bytea,
    error        text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);
CREATE INDEX idx_event_reports_event ON event_reports (event_id, id DESC);
)sql"},
    {4, figuresMigrationSql},
};

constexpr qint64 migrationLockKey = 0x6576656e747364; // "eventsd"

} // namespace

int migrate(pg::Connection &conn)
{
    conn.exec("SELECT pg_advisory_lock($1)", pg::Params() << migrationLockKey);
    struct Unlock
    {
        pg::Connection &conn;
        ~Unlock()
        {
            try {
                conn.exec("SELECT pg_advisory_unlock($1)", pg::Params() << migrationLockKey);
            } catch (const pg::Error &) {
                // The lock goes with the session.
            }
        }
    } unlock{conn};

    conn.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
              "applied_at timestamptz NOT NULL DEFAULT now())");
    const pg::Result current = conn.exec("SELECT coalesce(max(version), 0) FROM schema_migrations");
    int version = int(current.int64(0, 0));
    for (const Migration &m : migrations) {
        if (m.version <= version)
            continue;
        pg::Transaction tx(conn);
        conn.execSimple(m.sql);
        conn.exec("INSERT INTO schema_migrations (version) VALUES ($1)", pg::Params() << m.version);
        tx.commit();
        version = m.version;
    }
    return version;
}

SampleDataSummary generateSampleData(pg::Connection &conn, int events, qint64 registrations)
{
    QElapsedTimer timer;
    timer.start();
    struct Account
    {
        const char *email, *name, *password, *role;
    };
    // Listed in README; sample data only.
    const Account accounts[] = {
        {"admin@example.com", "Ada Admin", "admin-demo", "admin"},
        {"operator@example.com", "Oskar Operator", "operator-demo", "operator"},
        {"organizer1@example.com", "Olivia Organizer", "organizer-demo", "organizer"},
        {"organizer2@example.com", "Omar Organizer", "organizer-demo", "organizer"},
        {"organizer3@example.com", "Ona Organizer", "organizer-demo", "organizer"},
        {"organizer4@example.com", "Otto Organizer", "organizer-demo", "organizer"},
    };

    pg::Transaction tx(conn);
    conn.exec("SET LOCAL synchronous_commit = off");
    conn.exec("SELECT setseed(0.4242)");
    conn.exec("TRUNCATE transactions, registrations, events, users RESTART IDENTITY CASCADE");
    for (const Account &a : accounts)
        conn.exec("INSERT INTO users (email, full_name, password_hash, role) VALUES ($1, $2, $3, $4)",
                  pg::Params() << a.email << a.name << password::hash(QString::fromUtf8(a.password)) << a.role);

    // The plan: each event's share of the registrations (skewed weights), and a fill ratio that decides its
    // capacity: every 7th event is sold out, every 7th-plus-one nearly empty.
    conn.exec(R"sql(
CREATE TEMP TABLE sample_plan ON COMMIT DROP AS
WITH raw AS (
    SELECT i,
           0.02 + random() ^ 2 AS weight,
           CASE WHEN i % 7 = 0 THEN 1.0
                WHEN i % 7 = 1 THEN 0.02 + random() * 0.08
                ELSE 0.3 + random() * 0.65 END AS fill
    FROM generate_series(1, $1::int) AS i
), shares AS (
    SELECT i, weight, fill, floor($2::bigint * weight / sum(weight) OVER ())::bigint AS target FROM raw
)
SELECT i, fill,
       target + CASE WHEN i = (SELECT i FROM shares ORDER BY weight DESC LIMIT 1)
                     THEN $2::bigint - (SELECT sum(target) FROM shares) ELSE 0 END AS target
FROM shares
)sql",
              pg::Params() << events << registrations);

    conn.exec(R"sql(
INSERT INTO events (name, description, date, venue, max_capacity, price, is_active, status, organizer_id,
                    created_at, updated_at)
SELECT format('%s %s #%s',
              (ARRAY['Nordic', 'Pacific', 'Open', 'Annual', 'Summer', 'Winter', 'Global', 'City', 'Coastal', 'Alpine'])[1 + i % 10],
              (ARRAY['Tech Summit', 'Jazz Night', 'Marathon', 'Design Week', 'Data Conference', 'Food Festival',
                     'Startup Fair', 'Film Gala', 'Book Fair', 'Robotics Cup', 'Chess Open'])[1 + (i * 7) % 11],
              i),
       'Sample event generated by eventsd --sample-data.',
       d.date,
       (ARRAY['Congress Hall', 'Riverside Arena', 'Old Town Theatre', 'Expo Centre North', 'Harbour Pavilion',
              'University Aula', 'Botanical Garden', 'Stadium East'])[1 + i % 8],
       greatest(p.target, ceil(p.target / p.fill)::int, 1),
       CASE WHEN i % 5 = 0 THEN 0 ELSE (10 + (i * 37) % 190)::numeric END,
       NOT (i % 23 = 0 OR i % 29 = 0),
       CASE WHEN i % 23 = 0 THEN 'cancelled' WHEN i % 29 = 0 THEN 'draft'
            WHEN d.date < now() THEN 'completed' ELSE 'published' END,
       (SELECT id FROM users WHERE role = 'organizer' ORDER BY id OFFSET (i % 4) LIMIT 1),
       d.date - interval '120 days',
       d.date - interval '120 days'
FROM sample_plan p
CROSS JOIN LATERAL (SELECT date_trunc('hour', now() - interval '60 days'
                                        + (i * interval '180 days') / $1::int
                                        + random() * interval '12 hours') AS date) d
ORDER BY i
)sql",
              pg::Params() << events);

    // Bulk loading is several times faster without the secondary indexes: keep their definitions from the
    // catalog, drop them, load, and build them again (same transaction, so nobody sees them missing).
    const pg::Result saved = conn.exec(R"sql(
SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
FROM pg_constraint
WHERE conrelid IN ('registrations'::regclass, 'transactions'::regclass) AND contype IN ('u', 'f')
UNION ALL
SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
FROM pg_index i
WHERE i.indrelid IN ('registrations'::regclass, 'transactions'::regclass) AND NOT i.indisprimary
  AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = i.indexrelid)
)sql");
    for (int i = 0; i < saved.rows(); ++i)
        conn.exec(saved.bytes(i, 0));
    conn.exec("ALTER TABLE registrations DISABLE TRIGGER registrations_tally");
    conn.exec("ALTER TABLE transactions DISABLE TRIGGER transactions_summarize");
    conn.exec("ALTER TABLE transactions DISABLE TRIGGER transactions_summarize_insert");

    // Registrations arrive between the event's opening and its date (or now), denser towards the end; most
    // attendees of past events checked in.
    conn.exec(R"sql(
INSERT INTO registrations (event_id, full_name, email, created_at, checked_in, checked_in_at, qr_code)
SELECT e.id,
       (ARRAY['Anna', 'Ben', 'Chloé', 'Dmitri', 'Eva', 'Farah', 'Gustav', 'Hana', 'Ivan', 'Julia', 'Kenji', 'Lena',
              'Mateo', 'Nora', 'Oliver', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tomás'])[1 + (g * 7 + e.id) % 20]
         || ' ' ||
       (ARRAY['Müller', 'Smith', 'García', 'Nakamura', 'Kowalski', 'Dubois', 'Rossi', 'Jensen', 'Novak', 'Silva',
              'O''Brien', 'Andersson'])[1 + (g * 3 + e.id) % 12],
       format('attendee%s.%s@example.org', g, e.id),
       r.created_at,
       r.checked_in,
       CASE WHEN r.checked_in THEN e.date + r.x * interval '2 hours' END,
       md5(e.id || ':' || g)
FROM events e
JOIN sample_plan p ON p.i = e.id
CROSS JOIN LATERAL generate_series(1, p.target) AS g
CROSS JOIN LATERAL (SELECT e.created_at + (least(e.date, now()) - e.created_at) * (random() ^ 0.6) AS created_at,
                           e.date < now() AND random() < 0.8 + 0 * g AS checked_in,
                           random() AS x) r
)sql");

    conn.exec(R"sql(
INSERT INTO transactions (registration_id, amount, payment_status, created_at)
SELECT r.id, e.price,
       CASE WHEN x < 0.85 THEN 'PAID' WHEN x < 0.93 THEN 'PENDING' WHEN x < 0.98 THEN 'FAILED' ELSE 'REFUNDED' END,
       r.created_at + interval '1 minute'
FROM registrations r
JOIN events e ON e.id = r.event_id AND e.price > 0
CROSS JOIN LATERAL (SELECT random() + 0 * r.id AS x) rnd -- correlated, so drawn per row
)sql");

    conn.exec("SET LOCAL maintenance_work_mem = '256MB'");
    for (int i = saved.rows() - 1; i >= 0; --i)
        conn.exec(saved.bytes(i, 1));

    // The seats and tallies the triggers would have kept, counted once (rebuild_event_figures() turns them back on).
    conn.exec("SELECT rebuild_event_figures()");
    const pg::Result counts = conn.exec("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM events), "
                                        "(SELECT count(*) FROM registrations), (SELECT count(*) FROM transactions)");
    tx.commit();
    conn.exec("ANALYZE users, events, registrations, transactions");

    SampleDataSummary summary;
    summary.users = counts.int64(0, 0);
    summary.events = counts.int64(0, 1);
    summary.registrations = counts.int64(0, 2);
    summary.transactions = counts.int64(0, 3);
    summary.seconds = double(timer.elapsed()) / 1000.0;
    return summary;
}

} // namespace eventsd
