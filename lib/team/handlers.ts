import { browser } from 'wxt/browser';
import type { HandlersOf } from '../message-table';
import type { teamMessages } from './protocol';
import type { KeyValueArea } from '../records/outbox';
import { connectTeam, type ConnectDeps } from './connect';
import { forgetConnection, loadConnection, saveConnection, type TeamConnection } from './connection';
import { TeamError } from './problems';

/** The connection's handlers; the review ones are in review-handlers.ts, the team kit's in kit-handlers.ts. */
type TeamHandlers = Omit<
  HandlersOf<typeof teamMessages>,
  | 'team.review.state'
  | 'team.review.request'
  | 'team.review.decide'
  | 'team.kits.publish'
  | 'team.kits.review'
>;

const statusOf = (c: TeamConnection | null) =>
  c
    ? { connected: true, origin: c.origin, member: c.member, role: c.role, exp: c.exp }
    : { connected: false };

/** The background's side of team mode. Without a stored connection nothing here touches the network. */
export function createTeamHandlers(
  area: KeyValueArea = browser.storage.local,
  deps: ConnectDeps = {
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    fetch: (input, init) => fetch(input, init),
  },
): TeamHandlers {
  return {
    'team.status': async () => statusOf(await loadConnection(area)),
    'team.connect': async ({ server, token }) => {
      try {
        const connection = await connectTeam(server, token, deps);
        await saveConnection(area, connection);
        return { ok: true as const, status: statusOf(connection) };
      } catch (error) {
        if (error instanceof TeamError)
          return { ok: false as const, problem: error.problem, detail: error.message };
        throw error;
      }
    },
    'team.disconnect': async () => {
      await forgetConnection(area);
      return { connected: false as const };
    },
  };
}
