import * as z from 'zod/mini';
import type { KeyValueArea } from '../records/outbox';
import { Role } from './roles';

// The team connection as the extension keeps it: in storage.local only (never storage.sync, never an export),
// because the invitation is the member's credential.
export const CONNECTION_KEY = 'team.connection';

export const TeamConnection = z.object({
  /** The server's origin as the user typed it, normalised: https://team.example.com */
  origin: z.string().check(z.maxLength(2000)),
  token: z.string().check(z.minLength(10), z.maxLength(4000)),
  member: z.string(),
  role: Role,
  /** Invitation expiry, ms since the epoch. */
  exp: z.number(),
  /** Set by the organisation's policy (lib/team/managed-team.ts): the person cannot leave it, the policy can. */
  managed: z.optional(z.literal(true)),
});
export type TeamConnection = z.infer<typeof TeamConnection>;

export interface ServerAddress {
  /** For fetch: https://host[:port] */
  http: string;
  /** For the Hocuspocus provider: wss://host[:port] */
  ws: string;
  /** The only host permission team mode asks for. */
  permission: string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The server's addresses from what the user typed (https://, wss://, or a bare host), or null when it is no
 * usable server address. Plain http/ws only for this machine: an invitation must not cross the network unencrypted.
 */
export function serverAddress(input: string): ServerAddress | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  const secure = url.protocol === 'https:' || url.protocol === 'wss:';
  const plain = url.protocol === 'http:' || url.protocol === 'ws:';
  if (!secure && !(plain && LOCAL_HOSTS.has(url.hostname))) return null;
  if (url.username || url.password) return null;
  const host = url.host;
  return {
    http: `${secure ? 'https' : 'http'}://${host}`,
    ws: `${secure ? 'wss' : 'ws'}://${host}`,
    permission: `${secure ? 'https' : 'http'}://${url.hostname}/*`,
  };
}

export async function loadConnection(area: Pick<KeyValueArea, 'get'>): Promise<TeamConnection | null> {
  const stored = (await area.get(CONNECTION_KEY))[CONNECTION_KEY];
  const parsed = TeamConnection.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export const saveConnection = (area: Pick<KeyValueArea, 'set'>, connection: TeamConnection) =>
  area.set({ [CONNECTION_KEY]: connection });
export const forgetConnection = (area: Pick<KeyValueArea, 'remove'>) => area.remove(CONNECTION_KEY);
