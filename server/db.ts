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
  `);
}

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

export async function isRevoked(db: Db, jti: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM team_revoked WHERE jti = $1', [jti]);
  return (rowCount ?? 0) > 0;
}

/** Inserts a member's records; a record id already stored for that member is skipped. Returns how many were new. */
export async function insertRecords(db: Db, member: string, records: ActivityRecord[]): Promise<number> {
  if (!records.length) return 0;
  const result = await db.query(
    `INSERT INTO team_records (member, id, at, kind, body)
     SELECT $1, r.id, r.at, r.kind, r.body
     FROM unnest($2::text[], $3::bigint[], $4::text[], $5::jsonb[]) AS r(id, at, kind, body)
     ON CONFLICT (member, id) DO NOTHING`,
    [
      member,
      records.map((r) => r.id),
      records.map((r) => r.at),
      records.map((r) => r.kind),
      records.map((r) => JSON.stringify(r)),
    ],
  );
  return result.rowCount ?? 0;
}

export interface MemberRecord {
  member: string;
  record: ActivityRecord;
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
