import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';

// Development/test services on this machine: Debian's PostgreSQL 15 cluster (started with pg_ctlcluster, the role
// and database created when missing) and a private redis-server on its own port. Production runs its own.

const PG_VERSION = process.env.ONBRAND_PG_VERSION ?? '15';
const ROLE = 'onbrand_team';

function asPostgres(args: string[]): string {
  // Root (CI, these machines) runs psql as the postgres user; anyone else must be able to reach it directly.
  const command =
    process.getuid?.() === 0
      ? ['su', 'postgres', '-c', args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')]
      : args;
  return execFileSync(command[0], command.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function clusterOnline(): boolean {
  return / online /.test(execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' }));
}

/**
 * Makes `done()` hold, running `step` when it does not. Two test workers can find the cluster down (or the role or
 * database missing) at the same moment: the one that loses fails, or finds the cluster started but not yet taking
 * connections ("the database system is not yet accepting connections", a flake-check run of round 18). So a failure
 * of either is retried for up to 10 s before its error is thrown.
 */
function ensure(done: () => boolean, step: () => void): void {
  const until = Date.now() + 10_000;
  for (;;) {
    let failure: unknown;
    try {
      if (done()) return;
      step();
      return;
    } catch (error) {
      failure = error;
    }
    if (Date.now() > until) throw failure;
    execFileSync('sleep', ['0.2']);
  }
}

/** Starts the cluster when down, creates role and database when missing; returns the connection string. */
export function ensurePostgres(database: string): string {
  ensure(clusterOnline, () =>
    execFileSync('pg_ctlcluster', [PG_VERSION, 'main', 'start'], { stdio: 'inherit' }),
  );
  const port =
    /\b(\d{4,5})\b\s+online/.exec(
      execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' }),
    )?.[1] ?? '5432';
  const sql = (query: string) => asPostgres(['psql', '-p', port, '-tAc', query]).trim();
  ensure(
    () => sql(`SELECT 1 FROM pg_roles WHERE rolname = '${ROLE}'`) === '1',
    () => sql(`CREATE ROLE ${ROLE} LOGIN PASSWORD '${ROLE}'`),
  );
  ensure(
    () => sql(`SELECT 1 FROM pg_database WHERE datname = '${database}'`) === '1',
    () => sql(`CREATE DATABASE ${database} OWNER ${ROLE}`),
  );
  return `postgres://${ROLE}:${ROLE}@127.0.0.1:${port}/${database}`;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

export async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await portOpen(port))) {
    if (Date.now() > until) throw new Error(`nothing listens on port ${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A throwaway redis-server (no persistence) on `port`, ended with the returned process. */
export async function startRedis(port: number): Promise<ChildProcess> {
  if (await portOpen(port))
    throw new Error(`port ${port} is taken; choose another with ONBRAND_TEAM_REDIS_PORT`);
  const redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  redis.once('error', (error) =>
    console.error('redis-server could not start (apt-get install redis-server):', error.message),
  );
  await waitForPort(port);
  return redis;
}
