import pg from 'pg';
import type { ActivityRecord } from '../lib/records/schema';

// Everything the team server keeps in PostgreSQL: the Yjs state of each shared document, revoked invitations,
// the invitations issued (for the admin's list), and every member's activity records keyed by (member, sender's id).

export type Db = pg.Pool;

export function openDb(connectionString: string): Db {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client whose connection dies (database restarted) emits here; unhandled it would end the process.
  pool.on('error', (error) => console.error('team server: idle database connection lost:', error.message));
  return pool;
}

export async function migrate(db: Db): Promise<void> {
  await db.query(`
    CREATE TABLE IF NOT EXISTS team_documents (
      name text PRIMARY KEY,
      state bytea NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE IF NOT EXISTS team_invitations (
      jti text PRIMARY KEY,
      member text NOT NULL,
      role text NOT NULL,
      expires_at timestamptz NOT NULL,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE IF NOT EXISTS team_revoked (
      jti text PRIMARY KEY,
      revoked_by text NOT NULL,
      revoked_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE IF NOT EXISTS team_records (
      member text NOT NULL,
      id text NOT NULL,
      at bigint NOT NULL,
      kind text NOT NULL,
      body jsonb NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (member, id)
    );
    CREATE INDEX IF NOT EXISTS team_records_at ON team_records (at);
    CREATE TABLE IF NOT EXISTS team_daily (
      member text NOT NULL,
      day integer NOT NULL,
      posts integer NOT NULL,
      replies integer NOT NULL,
      unreviewed integer NOT NULL,
      caught bigint NOT NULL,
      published bigint NOT NULL,
      checks integer NOT NULL,
      overrides integer NOT NULL,
      PRIMARY KEY (member, day)
    );
    CREATE TABLE IF NOT EXISTS team_response_times (
      member text NOT NULL,
      id text NOT NULL,
      at bigint NOT NULL,
      ms double precision NOT NULL,
      PRIMARY KEY (member, id)
    );
    CREATE INDEX IF NOT EXISTS team_response_times_at ON team_response_times (at);
  `);
  // A database from before the daily totals existed: build them once from the stored records (one instance does
  // it; the others wait on the lock and then find them built).
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(20020)');
    const { rowCount } = await client.query('SELECT 1 FROM team_daily LIMIT 1');
    if (!rowCount) {
      await client.query(`INSERT INTO team_daily ${DAILY_OF('team_records')} ${DAILY_UPSERT}`);
      await client.query(
        `INSERT INTO team_response_times ${TIMES_OF('team_records')} ON CONFLICT DO NOTHING`,
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

// The per-member daily totals, over any relation of records (member, id, at, kind, body): the new rows of an
// insert, a stored period's edge, or the whole table. The definitions are the dashboard's (lib/team/team-report.ts
// teamFiguresOf, compared in server/test/report.test.ts): a reply is any publish that is not a post, "caught" sums
// check summaries' finding counts, "published" the findings publish records still carry.
export const DAY_MS = 86_400_000;
const FIGURES = `
  count(*) FILTER (WHERE kind = 'publish' AND body->>'postKind' = 'post')::int AS posts,
  count(*) FILTER (WHERE kind = 'publish' AND body->>'postKind' <> 'post')::int AS replies,
  count(*) FILTER (WHERE kind = 'publish' AND body->>'postKind' = 'post'
    AND coalesce(body->>'approvalId', '') = '')::int AS unreviewed,
  coalesce(sum(f.n) FILTER (WHERE kind = 'check-summary'), 0)::bigint AS caught,
  coalesce(sum(f.n) FILTER (WHERE kind = 'publish'), 0)::bigint AS published,
  count(*) FILTER (WHERE kind = 'check-summary')::int AS checks,
  count(*) FILTER (WHERE kind = 'gate-override')::int AS overrides`;
const FINDINGS_LATERAL = `LATERAL (SELECT coalesce(sum((x->>'count')::bigint), 0) AS n
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.body->'findings') = 'array' THEN r.body->'findings' ELSE '[]'::jsonb END) x) f`;
const DAILY_OF = (relation: string) =>
  `SELECT member, floor(at / ${DAY_MS}.0)::int AS day, ${FIGURES} FROM ${relation} r, ${FINDINGS_LATERAL} GROUP BY member, day`;
const DAILY_UPSERT = `ON CONFLICT (member, day) DO UPDATE SET
  posts = team_daily.posts + excluded.posts, replies = team_daily.replies + excluded.replies,
  unreviewed = team_daily.unreviewed + excluded.unreviewed, caught = team_daily.caught + excluded.caught,
  published = team_daily.published + excluded.published, checks = team_daily.checks + excluded.checks,
  overrides = team_daily.overrides + excluded.overrides`;
/** A reply's response time as responseTimeOf() has it: the measured one, else publish minus the comment's time. */
const TIMES_OF = (relation: string) => `SELECT member, id, at, ms FROM (
  SELECT member, id, at, coalesce((body->>'responseMs')::float8, at - (body->'repliedTo'->>'at')::float8) AS ms
  FROM ${relation} WHERE kind = 'publish' AND body->>'postKind' <> 'post') t WHERE ms >= 0`;

export async function fetchDocument(db: Db, name: string): Promise<Uint8Array | null> {
  const { rows } = await db.query<{ state: Buffer }>('SELECT state FROM team_documents WHERE name = $1', [
    name,
  ]);
  return rows[0] ? new Uint8Array(rows[0].state) : null;
}

/**
 * Stores a document's full state, retrying while the database is unreachable. After the last try the error is
 * logged, not thrown (a throw from Hocuspocus' debounced store ends the process): the state stays in memory and
 * the next change stores it again.
 */
export async function storeDocument(db: Db, name: string, state: Uint8Array, attempts = 6): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await upsertDocument(db, name, state);
    } catch (error) {
      if (attempt >= attempts) {
        console.error(
          `team server: could not store ${name} after ${attempts} tries:`,
          (error as Error).message,
        );
        return;
      }
      await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
    }
  }
}

async function upsertDocument(db: Db, name: string, state: Uint8Array): Promise<void> {
  await db.query(
    `INSERT INTO team_documents (name, state) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = now()`,
    [name, Buffer.from(state)],
  );
}

export async function recordInvitation(
  db: Db,
  jti: string,
  member: string,
  role: string,
  exp: number,
  by: string,
) {
  await db.query(
    'INSERT INTO team_invitations (jti, member, role, expires_at, created_by) VALUES ($1, $2, $3, to_timestamp($4 / 1000.0), $5)',
    [jti, member, role, exp, by],
  );
}

export async function revoke(db: Db, jti: string, by: string): Promise<void> {
  await db.query('INSERT INTO team_revoked (jti, revoked_by) VALUES ($1, $2) ON CONFLICT (jti) DO NOTHING', [
    jti,
    by,
  ]);
}

/**
 * The team's members: everyone with an invitation still valid (not expired, not revoked) and everyone whose
 * records reached the team (from the daily totals, not the records themselves: a few rows per member and day).
 */
export async function teamMembers(db: Db): Promise<string[]> {
  const { rows } = await db.query<{ member: string }>(
    `SELECT member FROM team_invitations i
       WHERE i.expires_at > now() AND NOT EXISTS (SELECT 1 FROM team_revoked r WHERE r.jti = i.jti)
     UNION SELECT DISTINCT member FROM team_daily
     ORDER BY member`,
  );
  return rows.map((row) => row.member);
}

export async function isRevoked(db: Db, jti: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM team_revoked WHERE jti = $1', [jti]);
  return (rowCount ?? 0) > 0;
}

/**
 * Inserts a member's records; a record id already stored for that member is skipped. The daily totals and reply
 * times are updated in the same statement from the rows actually inserted, so a retried batch never counts twice.
 * Resolves the ids that were new.
 */
export async function insertRecords(db: Db, member: string, records: ActivityRecord[]): Promise<string[]> {
  if (!records.length) return [];
  const result = await db.query<{ id: string }>(
    `WITH new AS (
       INSERT INTO team_records (member, id, at, kind, body)
       SELECT $1, r.id, r.at, r.kind, r.body
       FROM unnest($2::text[], $3::bigint[], $4::text[], $5::jsonb[]) AS r(id, at, kind, body)
       ON CONFLICT (member, id) DO NOTHING
       RETURNING member, id, at, kind, body
     ), daily AS (
       INSERT INTO team_daily ${DAILY_OF('new')} ${DAILY_UPSERT}
     ), times AS (
       INSERT INTO team_response_times ${TIMES_OF('new')} ON CONFLICT DO NOTHING
     )
     SELECT id FROM new`,
    [
      member,
      records.map((r) => r.id),
      records.map((r) => r.at),
      records.map((r) => r.kind),
      records.map((r) => JSON.stringify(r)),
    ],
  );
  return result.rows.map((row) => row.id);
}

export interface MemberRecord {
  member: string;
  record: ActivityRecord;
}

export interface DailyRow {
  member: string;
  posts: number;
  replies: number;
  unreviewed: number;
  caught: string | number;
  published: string | number;
  checks: number;
  overrides: number;
}

/**
 * Per member, the totals of `from <= at < to`: whole UTC days from the daily table, the partial days at either
 * end straight from the records (aggregated in PostgreSQL; no record leaves the database).
 */
export async function totalsBetween(
  db: Db,
  from: number,
  to: number,
  members?: string[],
): Promise<DailyRow[]> {
  const firstDay = Math.ceil(from / DAY_MS);
  const endDay = Math.floor(to / DAY_MS);
  const who = members?.length ? members : null;
  if (firstDay >= endDay) {
    const { rows } = await db.query<DailyRow>(
      `SELECT member, ${FIGURES} FROM team_records r, ${FINDINGS_LATERAL}
       WHERE at >= $1 AND at < $2 AND ($3::text[] IS NULL OR member = ANY($3)) GROUP BY member`,
      [from, to, who],
    );
    return rows;
  }
  const { rows } = await db.query<DailyRow>(
    `SELECT member, sum(posts)::int AS posts, sum(replies)::int AS replies, sum(unreviewed)::int AS unreviewed,
       sum(caught)::bigint AS caught, sum(published)::bigint AS published, sum(checks)::int AS checks,
       sum(overrides)::int AS overrides
     FROM (
       SELECT member, posts, replies, unreviewed, caught, published, checks, overrides FROM team_daily
       WHERE day >= $1 AND day < $2 AND ($5::text[] IS NULL OR member = ANY($5))
       UNION ALL
       SELECT member, ${FIGURES} FROM team_records r, ${FINDINGS_LATERAL}
       WHERE ((at >= $3 AND at < $1::bigint * ${DAY_MS}) OR (at >= $2::bigint * ${DAY_MS} AND at < $4))
         AND ($5::text[] IS NULL OR member = ANY($5))
       GROUP BY member
     ) parts GROUP BY member`,
    [firstDay, endDay, from, to, who],
  );
  return rows;
}

export interface ResponseRow {
  /** null: the whole team. */
  member: string | null;
  timed: number;
  median: number | null;
  p90: number | null;
  within: number;
}

/** Reply times of `from <= at < to` per member and for the team: the median and nearest-rank p90 as the dashboard's. */
export async function responseTimesBetween(
  db: Db,
  from: number,
  to: number,
  targetMs: number,
  members?: string[],
): Promise<ResponseRow[]> {
  const { rows } = await db.query<ResponseRow>(
    `SELECT member, count(*)::int AS timed,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS median,
       percentile_disc(0.9) WITHIN GROUP (ORDER BY ms) AS p90,
       count(*) FILTER (WHERE ms <= $3)::int AS within
     FROM team_response_times WHERE at >= $1 AND at < $2 AND ($4::text[] IS NULL OR member = ANY($4))
     GROUP BY GROUPING SETS ((member), ())`,
    [from, to, targetMs, members?.length ? members : null],
  );
  return rows;
}

/** Records with `from <= at < to`, optionally of some members only, oldest first. */
export async function recordsBetween(
  db: Db,
  from: number,
  to: number,
  members?: string[],
): Promise<MemberRecord[]> {
  const { rows } = await db.query<{ member: string; body: ActivityRecord }>(
    `SELECT member, body FROM team_records WHERE at >= $1 AND at < $2 AND ($3::text[] IS NULL OR member = ANY($3))
     ORDER BY at`,
    [from, to, members?.length ? members : null],
  );
  return rows.map((row) => ({ member: row.member, record: row.body }));
}
