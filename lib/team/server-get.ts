import { serverAddress, loadConnection } from './connection';
import type { KeyValueArea } from '../records/outbox';
import type { Role } from './roles';

// A read from the team server's HTTP routes by an extension page (the Reports tab's team report, the calendar's
// list of members): only with a stored connection, to that one server, with the member's invitation. Without a
// team nothing here touches the network.

export type TeamGetProblem = 'not-connected' | 'forbidden' | 'down' | 'refused';
export type TeamGetAnswer<T> =
  { ok: true; body: T } | { ok: false; problem: TeamGetProblem; detail?: string };

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export async function teamGet<T>(
  area: Pick<KeyValueArea, 'get'>,
  pathAndQuery: string,
  accepts: (body: unknown) => body is T,
  options: { roles?: readonly Role[]; fetchFn?: Fetch } = {},
): Promise<TeamGetAnswer<T>> {
  const connection = await loadConnection(area);
  const address = connection && serverAddress(connection.origin);
  if (!connection || !address) return { ok: false, problem: 'not-connected' };
  if (options.roles && !options.roles.includes(connection.role)) return { ok: false, problem: 'forbidden' };
  const fetchFn = options.fetchFn ?? ((input, init) => fetch(input, init));
  let response: Response;
  try {
    response = await fetchFn(`${address.http}${pathAndQuery}`, {
      headers: { authorization: `Bearer ${connection.token}` },
    });
  } catch (error) {
    return { ok: false, problem: 'down', detail: String(error) };
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (response.status === 403) return { ok: false, problem: 'forbidden' };
  if (!response.ok || !accepts(body))
    return {
      ok: false,
      problem: 'refused',
      detail: (body as { error?: string } | null)?.error ?? `HTTP ${response.status}`,
    };
  return { ok: true, body };
}
