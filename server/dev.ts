import { randomBytes } from 'node:crypto';
import { ensurePostgres, startRedis } from './services';
import { startTeamServer } from './team-server';
import { issueToken } from './tokens';

// `npm run team:dev [-- --redis]`: PostgreSQL (started if down), Redis when asked, the server on localhost, and
// an admin invitation printed to paste into the dashboard.
const withRedis = process.argv.includes('--redis') || process.env.ONBRAND_TEAM_REDIS === '1';
const databaseUrl = ensurePostgres(process.env.ONBRAND_TEAM_DB ?? 'onbrand_team_dev');
const secret = process.env.ONBRAND_TEAM_SECRET ?? randomBytes(32).toString('hex');
const redisPort = Number(process.env.ONBRAND_TEAM_REDIS_PORT ?? 6390);
const redis = withRedis ? await startRedis(redisPort) : undefined;
process.once('exit', () => redis?.kill());
const port = Number(process.env.ONBRAND_TEAM_PORT ?? 8787);
const team = await startTeamServer({
  port,
  host: '127.0.0.1',
  databaseUrl,
  secret,
  redis: redis ? { host: '127.0.0.1', port: redisPort } : undefined,
  name: 'onbrand-team-dev',
});
const admin = issueToken(secret, { sub: 'admin', role: 'admin', ttlMs: 7 * 24 * 3_600_000 });
console.log(
  `team server: ws://127.0.0.1:${team.port} (PostgreSQL ${databaseUrl.replace(/:[^:@/]+@/, ':***@')}${redis ? `, Redis :${redisPort}` : ''})`,
);
console.log(
  `admin invitation (7 days; the secret lives only in this process unless ONBRAND_TEAM_SECRET is set):\n${admin.token}`,
);
const stop = () => {
  redis?.kill();
  team.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
