import * as z from 'zod/mini';
import { Role } from './roles';
import { serverAddress, type TeamConnection } from './connection';
import { problemOfReason, TeamError } from './problems';

// Joining a team: the address is checked, the host permission for that one origin is asked (by the caller,
// which holds the user's click), then the invitation is presented to /whoami. Nothing is sent anywhere before.

const WhoAmI = z.object({ member: z.string(), role: Role, exp: z.number() });

export interface ConnectDeps {
  /** Resolves whether the browser grants the optional host permission for `pattern` (asked at connect time). */
  hasPermission(pattern: string): Promise<boolean>;
  fetch: typeof fetch;
}

export async function connectTeam(input: string, token: string, deps: ConnectDeps): Promise<TeamConnection> {
  const address = serverAddress(input);
  if (!address) throw new TeamError('wrong-url', 'not an https:// (or local http://) address');
  if (!(await deps.hasPermission(address.permission))) throw new TeamError('permission-refused');
  let response: Response;
  try {
    response = await deps.fetch(`${address.http}/whoami`, {
      headers: { authorization: `Bearer ${token.trim()}` },
    });
  } catch (error) {
    throw new TeamError('down', error instanceof Error ? error.message : String(error));
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    // Something answered, but not a team server (a web page, a proxy's error page).
    throw new TeamError('wrong-url', `HTTP ${response.status} without a team server's answer`);
  }
  if (!response.ok)
    throw new TeamError(problemOfReason((body as { error?: string }).error), `HTTP ${response.status}`);
  const me = WhoAmI.safeParse(body);
  if (!me.success) throw new TeamError('wrong-url', 'unexpected answer');
  return { origin: address.http, token: token.trim(), ...me.data };
}
