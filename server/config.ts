// The server's settings, all from the environment (see README.md for the production recipe).
export interface TeamConfig {
  /** TCP port of the WebSocket + HTTP listener. */
  port: number;
  /** Listen address; 127.0.0.1 in development, behind a TLS proxy in production. */
  host: string;
  /** PostgreSQL connection string. */
  databaseUrl: string;
  /** HMAC secret that signs invitations (at least 32 characters). */
  secret: string;
  /** Redis for more than one instance; absent = a single instance. */
  redis?: { host: string; port: number };
  /** A name for logs and for Redis' instance identifier. */
  name: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): TeamConfig {
  const secret = env.ONBRAND_TEAM_SECRET ?? '';
  if (secret.length < 32) throw new Error('ONBRAND_TEAM_SECRET must be set to at least 32 characters');
  const databaseUrl = env.ONBRAND_TEAM_DATABASE_URL;
  if (!databaseUrl) throw new Error('ONBRAND_TEAM_DATABASE_URL must be set (postgres://user:pass@host/db)');
  const redisUrl = env.ONBRAND_TEAM_REDIS_URL ? new URL(env.ONBRAND_TEAM_REDIS_URL) : undefined;
  return {
    port: Number(env.ONBRAND_TEAM_PORT ?? 8787),
    host: env.ONBRAND_TEAM_HOST ?? '127.0.0.1',
    databaseUrl,
    secret,
    redis: redisUrl ? { host: redisUrl.hostname, port: Number(redisUrl.port || 6379) } : undefined,
    name: env.ONBRAND_TEAM_NAME ?? `onbrand-team-${process.pid}`,
  };
}
