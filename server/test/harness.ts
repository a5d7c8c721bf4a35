import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { ChildProcess } from 'node:child_process';
import { ENTRIES_MAP, type TeamDocument } from '../../lib/team/documents';
import type { Role } from '../../lib/team/roles';
import { ensurePostgres, startRedis } from '../services';
import { startTeamServer, type TeamServer } from '../team-server';
import { openDb } from '../db';
import { issueToken } from '../tokens';

// Real servers on the real PostgreSQL (database onbrand_team_test, emptied per file) and real WebSocket clients.

export const SECRET = 'test-secret-0123456789-0123456789-abcdef';
export const DATABASE = process.env.ONBRAND_TEAM_TEST_DB ?? 'onbrand_team_test';

export async function freshDatabase(name = DATABASE): Promise<string> {
  const url = ensurePostgres(name);
  const db = openDb(url);
  await db.query(
    'DROP TABLE IF EXISTS team_documents, team_invitations, team_revoked, team_records, team_daily, team_response_times',
  );
  await db.end();
  return url;
}

export function startInstance(
  databaseUrl: string,
  options: { redisPort?: number; name?: string; port?: number } = {},
): Promise<TeamServer> {
  return startTeamServer({
    port: options.port ?? 0,
    host: '127.0.0.1',
    databaseUrl,
    secret: SECRET,
    redis: options.redisPort ? { host: '127.0.0.1', port: options.redisPort } : undefined,
    name: options.name ?? `test-${Math.random().toString(36).slice(2)}`,
  });
}

export { startRedis };
export type { ChildProcess };

export const tokenFor = (member: string, role: Role, ttlMs = 3_600_000) =>
  issueToken(SECRET, { sub: member, role, ttlMs });

export interface Client {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  entries: Y.Map<unknown>;
  refusals: string[];
  closes: { code: number; reason: string }[];
  authFailure: Promise<string>;
  synced: Promise<void>;
  destroy(): void;
}

export function connect(port: number, name: TeamDocument, token: string, doc = new Y.Doc()): Client {
  const refusals: string[] = [];
  const closes: { code: number; reason: string }[] = [];
  let failed!: (reason: string) => void;
  let synced!: () => void;
  const authFailure = new Promise<string>((resolve) => (failed = resolve));
  const syncedPromise = new Promise<void>((resolve) => (synced = resolve));
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}`,
    WebSocketPolyfill: WebSocket,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => failed(reason),
    onSynced: () => synced(),
    onStateless: ({ payload }) => {
      const message = JSON.parse(payload) as { type: string; reason: string };
      if (message.type === 'refused') refusals.push(message.reason);
    },
    onClose: ({ event }) => closes.push({ code: event.code, reason: String(event.reason) }),
  });
  provider.attach();
  return {
    provider,
    doc,
    entries: doc.getMap(ENTRIES_MAP),
    refusals,
    closes,
    authFailure,
    synced: syncedPromise,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

export async function until<T>(
  check: () => T | undefined | false,
  timeoutMs = 5000,
  what = 'condition',
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether `key` reached the server's copy of the document (PostgreSQL via a fresh reader would be slower). */
export function serverEntries(team: TeamServer, name: TeamDocument): Record<string, unknown> {
  const document = team.server.hocuspocus.documents.get(name);
  return document ? document.getMap(ENTRIES_MAP).toJSON() : {};
}
