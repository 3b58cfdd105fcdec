// Migration 4: registrations into one event without a lock on the event's row per registration (seats handed to
// shards in blocks), and per-event figures kept by triggers in the transactions that change them, so statistics
// and an event's summary read a few hundred rows instead of every registration and payment.

#include "schema.h"

namespace eventsd {

const char *const figuresMigrationSql = R"sql(
-- The event row's counter now counts seats handed to the shards below (taken or held free by a shard); the CHECK
-- still makes overfilling impossible. Registered = seats_handed_out - sum(event_seats.seats).
ALTER TABLE events RENAME COLUMN registration_count TO seats_handed_out;

-- Free seats an event handed to a shard. A transaction works on the shard of its backend (event_shard()), so
-- registrations on different connections lock different rows; the event's row is locked once per block.
CREATE TABLE event_seats (
    event_id bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    shard    smallint NOT NULL,
    seats    integer NOT NULL CHECK (seats >= 0),
    PRIMARY KEY (event_id, shard)
);

-- A registration's payments as the seed's queries see them: its latest transaction's status and amount
-- (PENDING and none without one), and its PAID transactions. Kept by the trigger on transactions.
ALTER TABLE registrations
    ADD COLUMN pay_status  text NOT NULL DEFAULT 'PENDING',
    ADD COLUMN pay_amount  numeric(10, 2),
    ADD COLUMN paid_count  integer NOT NULL DEFAULT 0,
    ADD COLUMN paid_amount numeric(14, 2) NOT NULL DEFAULT 0;

-- Per event, UTC day and shard: registrations made and check-ins done that day, the rows the seed's statistics
-- join produces (a registration once per PAID transaction, at least once), PAID transactions, and
-- registrations by their latest payment status with those payments' amounts. Sum over days and shards.
CREATE TABLE event_tallies (
    event_id               bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    day                    date NOT NULL,
    shard                  smallint NOT NULL,
    registrations          integer NOT NULL DEFAULT 0,
    checked_in             integer NOT NULL DEFAULT 0,
    join_rows              bigint NOT NULL DEFAULT 0,
    join_checked_rows      bigint NOT NULL DEFAULT 0,
    paid_count             bigint NOT NULL DEFAULT 0,
    paid_amount            numeric NOT NULL DEFAULT 0,
    latest_pending         integer NOT NULL DEFAULT 0,
    latest_pending_amount  numeric NOT NULL DEFAULT 0,
    latest_paid            integer NOT NULL DEFAULT 0,
    latest_paid_amount     numeric NOT NULL DEFAULT 0,
    latest_failed          integer NOT NULL DEFAULT 0,
    latest_failed_amount   numeric NOT NULL DEFAULT 0,
    latest_refunded        integer NOT NULL DEFAULT 0,
    latest_refunded_amount numeric NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, day, shard)
);

CREATE FUNCTION event_shard() RETURNS smallint LANGUAGE sql STABLE AS $$ SELECT (pg_backend_pid() % 16)::smallint $$;

CREATE FUNCTION event_registered(p_event bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT e.seats_handed_out - coalesce((SELECT sum(s.seats) FROM event_seats s WHERE s.event_id = e.id), 0)
    FROM events e WHERE e.id = p_event
$$;

-- Gives n seats back to this backend's shard (a duplicate, a deleted registration).
CREATE FUNCTION give_seats(p_event bigint, p_n integer) RETURNS void LANGUAGE sql AS $$
    INSERT INTO event_seats AS s (event_id, shard, seats) VALUES (p_event, event_shard(), p_n)
    ON CONFLICT (event_id, shard) DO UPDATE SET seats = s.seats + EXCLUDED.seats
$$;

-- Takes n seats of the event for this transaction, or returns false when fewer are left. Lock order: a
-- transaction holding a shard row never waits for the event row; refills and the last seats lock the event row
-- first, then shard rows in shard order. So no two takers wait on each other crosswise (a bench run found the
-- one exception, now closed: the lock an UPDATE keeps on a row it skipped).
CREATE FUNCTION take_seats(p_event bigint, p_n integer) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    v_shard smallint := event_shard();
    v_free integer;
    v_have integer;
    v_exists boolean;
    v_need integer;
    v_take integer;
    v_row record;
BEGIN
    IF p_n <= 0 THEN
        RETURN true;
    END IF;
    -- In a subtransaction: when a same-shard transaction just took the last seats, this UPDATE waits for it and
    -- then skips the row, yet keeps it locked (EvalPlanQual). Rolling the subtransaction back drops that lock, so
    -- this transaction never holds its shard row while it waits for the event row below.
    BEGIN
        UPDATE event_seats SET seats = seats - p_n WHERE event_id = p_event AND shard = v_shard AND seats >= p_n;
        IF FOUND THEN
            RETURN true;
        END IF;
        RAISE SQLSTATE 'ES001';
    EXCEPTION WHEN SQLSTATE 'ES001' THEN
        NULL;
    END;
    SELECT e.max_capacity - e.seats_handed_out INTO v_free FROM events e WHERE e.id = p_event FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    SELECT s.seats INTO v_have FROM event_seats s WHERE s.event_id = p_event AND s.shard = v_shard FOR UPDATE;
    v_exists := FOUND;
    v_have := coalesce(v_have, 0);
    IF v_have >= p_n THEN -- given back meanwhile
        UPDATE event_seats SET seats = seats - p_n WHERE event_id = p_event AND shard = v_shard;
        RETURN true;
    END IF;
    v_need := p_n - v_have;
    IF v_need <= v_free THEN
        -- A block: what is needed plus up to 32 more, fewer near the end so the last seats spread over shards.
        v_take := v_need + least(32, (v_free - v_need) / 16);
        UPDATE events SET seats_handed_out = seats_handed_out + v_take WHERE id = p_event;
        IF v_exists THEN
            UPDATE event_seats SET seats = seats + v_take - p_n WHERE event_id = p_event AND shard = v_shard;
        ELSE
            INSERT INTO event_seats AS s (event_id, shard, seats) VALUES (p_event, v_shard, v_take - v_need)
            ON CONFLICT (event_id, shard) DO UPDATE SET seats = s.seats + EXCLUDED.seats;
        END IF;
        RETURN true;
    END IF;
    -- Nothing left to hand out: the seats other shards hold free, if they are enough.
    v_need := v_need - v_free;
    IF (SELECT coalesce(sum(o.seats), 0) FROM (SELECT s.seats FROM event_seats s WHERE s.event_id = p_event
            AND s.shard <> v_shard AND s.seats > 0 ORDER BY s.shard FOR UPDATE) o) < v_need THEN
        RETURN false;
    END IF;
    FOR v_row IN SELECT s.shard, s.seats FROM event_seats s WHERE s.event_id = p_event AND s.shard <> v_shard
                 AND s.seats > 0 ORDER BY s.shard LOOP
        v_take := least(v_row.seats, v_need);
        UPDATE event_seats SET seats = seats - v_take WHERE event_id = p_event AND shard = v_row.shard;
        v_need := v_need - v_take;
        EXIT WHEN v_need = 0;
    END LOOP;
    UPDATE events SET seats_handed_out = max_capacity WHERE id = p_event;
    UPDATE event_seats SET seats = 0 WHERE event_id = p_event AND shard = v_shard;
    RETURN true;
END
$$;

-- Gives an event's free shard seats back to the event (before its capacity changes).
CREATE FUNCTION reclaim_seats(p_event bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_free bigint;
BEGIN
    PERFORM FROM events WHERE id = p_event FOR NO KEY UPDATE;
    WITH freed AS (DELETE FROM event_seats WHERE event_id = p_event RETURNING seats)
    SELECT coalesce(sum(seats), 0) INTO v_free FROM freed;
    UPDATE events SET seats_handed_out = seats_handed_out - v_free WHERE id = p_event AND v_free > 0;
END
$$;

-- Adds (s = 1) or removes (s = -1) one registration's share of its event's tallies.
CREATE FUNCTION tally_registration(r registrations, s integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_rows integer := greatest(1, r.paid_count);
    v_amount numeric := s * coalesce(r.pay_amount, 0);
    v_pending integer := CASE WHEN r.pay_status = 'PENDING' THEN s ELSE 0 END;
    v_paid integer := CASE WHEN r.pay_status = 'PAID' THEN s ELSE 0 END;
    v_failed integer := CASE WHEN r.pay_status = 'FAILED' THEN s ELSE 0 END;
    v_refunded integer := CASE WHEN r.pay_status = 'REFUNDED' THEN s ELSE 0 END;
BEGIN
    INSERT INTO event_tallies AS t (event_id, day, shard, registrations, join_rows, paid_count, paid_amount,
        latest_pending, latest_pending_amount, latest_paid, latest_paid_amount, latest_failed, latest_failed_amount,
        latest_refunded, latest_refunded_amount)
    VALUES (r.event_id, (r.created_at AT TIME ZONE 'UTC')::date, event_shard(), s, s * v_rows, s * r.paid_count,
        s * r.paid_amount, v_pending, abs(v_pending) * v_amount, v_paid, abs(v_paid) * v_amount, v_failed,
        abs(v_failed) * v_amount, v_refunded, abs(v_refunded) * v_amount)
    ON CONFLICT (event_id, day, shard) DO UPDATE SET
        registrations = t.registrations + EXCLUDED.registrations,
        join_rows = t.join_rows + EXCLUDED.join_rows,
        paid_count = t.paid_count + EXCLUDED.paid_count,
        paid_amount = t.paid_amount + EXCLUDED.paid_amount,
        latest_pending = t.latest_pending + EXCLUDED.latest_pending,
        latest_pending_amount = t.latest_pending_amount + EXCLUDED.latest_pending_amount,
        latest_paid = t.latest_paid + EXCLUDED.latest_paid,
        latest_paid_amount = t.latest_paid_amount + EXCLUDED.latest_paid_amount,
        latest_failed = t.latest_failed + EXCLUDED.latest_failed,
        latest_failed_amount = t.latest_failed_amount + EXCLUDED.latest_failed_amount,
        latest_refunded = t.latest_refunded + EXCLUDED.latest_refunded,
        latest_refunded_amount = t.latest_refunded_amount + EXCLUDED.latest_refunded_amount;
    IF r.checked_in THEN
        INSERT INTO event_tallies AS t (event_id, day, shard, checked_in, join_checked_rows)
        VALUES (r.event_id, (coalesce(r.checked_in_at, r.created_at) AT TIME ZONE 'UTC')::date, event_shard(), s,
                s * v_rows)
        ON CONFLICT (event_id, day, shard) DO UPDATE SET checked_in = t.checked_in + EXCLUDED.checked_in,
            join_checked_rows = t.join_checked_rows + EXCLUDED.join_checked_rows;
    END IF;
END
$$;

CREATE FUNCTION registrations_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        -- A registration deleted with its event leaves nothing to count.
        IF EXISTS (SELECT FROM events WHERE id = OLD.event_id) THEN
            PERFORM tally_registration(OLD, -1);
            PERFORM give_seats(OLD.event_id, 1);
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF (OLD.event_id, OLD.created_at, OLD.checked_in, OLD.checked_in_at, OLD.pay_status, OLD.pay_amount,
            OLD.paid_count, OLD.paid_amount) IS NOT DISTINCT FROM (NEW.event_id, NEW.created_at, NEW.checked_in,
            NEW.checked_in_at, NEW.pay_status, NEW.pay_amount, NEW.paid_count, NEW.paid_amount) THEN
            RETURN NULL;
        END IF;
        PERFORM tally_registration(OLD, -1);
        IF OLD.event_id <> NEW.event_id THEN
            RAISE EXCEPTION 'a registration cannot move to another event' USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    PERFORM tally_registration(NEW, 1);
    RETURN NULL;
END
$$;
CREATE TRIGGER registrations_tally AFTER INSERT OR UPDATE OR DELETE ON registrations
    FOR EACH ROW EXECUTE FUNCTION registrations_tally();

-- Recomputes a registration's payment columns from its transactions (the row is locked first, so the figures
-- are read after any concurrent change to the same registration committed).
CREATE FUNCTION summarize_payments(p_registration bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM FROM registrations WHERE id = p_registration FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    UPDATE registrations r
       SET pay_status = coalesce(l.payment_status, 'PENDING'), pay_amount = l.amount, paid_count = p.n,
           paid_amount = p.total
      FROM (SELECT count(*) FILTER (WHERE t.payment_status = 'PAID')::integer AS n,
                   coalesce(sum(t.amount) FILTER (WHERE t.payment_status = 'PAID'), 0) AS total
              FROM transactions t WHERE t.registration_id = p_registration) p
      LEFT JOIN LATERAL (SELECT t.payment_status, t.amount FROM transactions t
                          WHERE t.registration_id = p_registration
                          ORDER BY t.created_at DESC, t.id DESC LIMIT 1) l ON true
     WHERE r.id = p_registration
       AND (r.pay_status, r.pay_amount, r.paid_count, r.paid_amount)
           IS DISTINCT FROM (coalesce(l.payment_status, 'PENDING'), l.amount, p.n, p.total);
END
$$;

CREATE FUNCTION transactions_summarize() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM summarize_payments(OLD.registration_id);
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.registration_id <> OLD.registration_id) THEN
        PERFORM summarize_payments(NEW.registration_id);
    END IF;
    RETURN NULL;
END
$$;
-- register_attendee() writes a new registration's payment columns itself and names it in eventsd.summarized while
-- it inserts its one PENDING transaction: that insert is skipped here (the trigger was a seventh of a
-- registration's cost).
CREATE TRIGGER transactions_summarize AFTER DELETE OR UPDATE OF registration_id, amount, payment_status, created_at
    ON transactions FOR EACH ROW EXECUTE FUNCTION transactions_summarize();
CREATE TRIGGER transactions_summarize_insert AFTER INSERT ON transactions FOR EACH ROW
    WHEN (current_setting('eventsd.summarized', true) IS DISTINCT FROM NEW.registration_id::text)
    EXECUTE FUNCTION transactions_summarize();

-- Recounts everything from the rows (after a bulk load with the triggers off; the migration itself).
CREATE FUNCTION rebuild_event_figures() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE registrations DISABLE TRIGGER registrations_tally;
    UPDATE registrations r
       SET pay_status = l.payment_status, pay_amount = l.amount, paid_count = coalesce(p.n, 0),
           paid_amount = coalesce(p.total, 0)
      FROM (SELECT DISTINCT ON (t.registration_id) t.registration_id, t.payment_status, t.amount
              FROM transactions t ORDER BY t.registration_id, t.created_at DESC, t.id DESC) l
      LEFT JOIN (SELECT t.registration_id, count(*)::integer AS n, sum(t.amount) AS total FROM transactions t
                  WHERE t.payment_status = 'PAID' GROUP BY t.registration_id) p USING (registration_id)
     WHERE r.id = l.registration_id;
    TRUNCATE event_tallies, event_seats;
    INSERT INTO event_tallies (event_id, day, shard, registrations, join_rows, paid_count, paid_amount,
        latest_pending, latest_pending_amount, latest_paid, latest_paid_amount, latest_failed, latest_failed_amount,
        latest_refunded, latest_refunded_amount)
    SELECT r.event_id, (r.created_at AT TIME ZONE 'UTC')::date, 0, count(*), sum(greatest(1, r.paid_count)),
           sum(r.paid_count), sum(r.paid_amount),
           count(*) FILTER (WHERE r.pay_status = 'PENDING'),
           coalesce(sum(r.pay_amount) FILTER (WHERE r.pay_status = 'PENDING'), 0),
           count(*) FILTER (WHERE r.pay_status = 'PAID'),
           coalesce(sum(r.pay_amount) FILTER (WHERE r.pay_status = 'PAID'), 0),
           count(*) FILTER (WHERE r.pay_status = 'FAILED'),
           coalesce(sum(r.pay_amount) FILTER (WHERE r.pay_status = 'FAILED'), 0),
           count(*) FILTER (WHERE r.pay_status = 'REFUNDED'),
           coalesce(sum(r.pay_amount) FILTER (WHERE r.pay_status = 'REFUNDED'), 0)
      FROM registrations r GROUP BY 1, 2;
    INSERT INTO event_tallies AS t (event_id, day, shard, checked_in, join_checked_rows)
    SELECT r.event_id, (coalesce(r.checked_in_at, r.created_at) AT TIME ZONE 'UTC')::date, 0, count(*),
           sum(greatest(1, r.paid_count))
      FROM registrations r WHERE r.checked_in GROUP BY 1, 2
    ON CONFLICT (event_id, day, shard) DO UPDATE SET checked_in = EXCLUDED.checked_in,
        join_checked_rows = EXCLUDED.join_checked_rows;
    UPDATE events e SET seats_handed_out = (SELECT count(*) FROM registrations r WHERE r.event_id = e.id);
    ALTER TABLE registrations ENABLE TRIGGER registrations_tally;
    ALTER TABLE transactions ENABLE TRIGGER transactions_summarize;
    ALTER TABLE transactions ENABLE TRIGGER transactions_summarize_insert;
END
$$;

SELECT rebuild_event_figures();

-- One registration in one statement; the seat comes from this backend's shard (see take_seats).
CREATE OR REPLACE FUNCTION register_attendee(p_event bigint, p_name text, p_email text, p_qr text)
RETURNS TABLE (outcome text, registration_id bigint, created_at text, price numeric)
LANGUAGE plpgsql AS $$
DECLARE
    v_price numeric;
    v_open boolean;
    v_id bigint;
    v_created timestamptz;
BEGIN
    SELECT e.price, e.is_active AND e.status = 'published' INTO v_price, v_open FROM events e WHERE e.id = p_event;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'not_found'::text, NULL::bigint, NULL::text, NULL::numeric;
        RETURN;
    ELSIF NOT v_open THEN
        RETURN QUERY SELECT 'not_open'::text, NULL::bigint, NULL::text, NULL::numeric;
        RETURN;
    ELSIF NOT take_seats(p_event, 1) THEN
        RETURN QUERY SELECT 'full'::text, NULL::bigint, NULL::text, NULL::numeric;
        RETURN;
    END IF;
    INSERT INTO registrations AS r (event_id, full_name, email, qr_code, pay_amount)
    VALUES (p_event, p_name, p_email, p_qr, CASE WHEN v_price > 0 THEN v_price END)
    ON CONFLICT (event_id, email) DO NOTHING
    RETURNING r.id, r.created_at INTO v_id, v_created;
    IF v_id IS NULL THEN
        PERFORM give_seats(p_event, 1);
        RETURN QUERY SELECT 'duplicate'::text, NULL::bigint, NULL::text, NULL::numeric;
        RETURN;
    END IF;
    IF v_price > 0 THEN
        PERFORM set_config('eventsd.summarized', v_id::text, true);
        INSERT INTO transactions (registration_id, amount, payment_status) VALUES (v_id, v_price, 'PENDING');
        PERFORM set_config('eventsd.summarized', '', true);
    END IF;
    RETURN QUERY SELECT 'created'::text, v_id,
        to_char(v_created AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), v_price;
END
$$;
)sql";

} // namespace eventsd
