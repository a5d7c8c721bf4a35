import { browser } from 'wxt/browser';
import type { HandlersOf } from '../message-table';
import type { teamMessages } from './protocol';
import type { KeyValueArea } from '../records/outbox';
import { connectTeam, type ConnectDeps } from './connect';
import { forgetConnection, loadConnection, saveConnection, type TeamConnection } from './connection';
import { TeamError } from './problems';
import { joinManagedTeam, readManagedTeam, type ManagedTeamPolicy } from './managed-team';
import { browserManagedSource, type ManagedSource } from '../storage/managed-source';

/**
 * The connection's handlers; the review ones are in review-handlers.ts, the team kit's in kit-handlers.ts, the
 * shared calendar and templates' in shared-handlers.ts.
 */
type TeamHandlers = Omit<
  HandlersOf<typeof teamMessages>,
  | 'team.review.state'
  | 'team.review.request'
  | 'team.review.decide'
  | 'team.kits.publish'
  | 'team.kits.review'
  | 'team.shared.put'
  | 'team.shared.remove'
>;

const statusOf = (c: TeamConnection | null, policy?: ManagedTeamPolicy) => ({
  ...(c
    ? {
        connected: true,
        origin: c.origin,
        member: c.member,
        role: c.role,
        exp: c.exp,
        managed: c.managed === true,
      }
    : { connected: false }),
  ...(policy?.team
    ? { policy: { origin: policy.team.origin } }
    : policy && 'problem' in policy && policy.problem
      ? { policy: { problem: policy.problem } }
      : {}),
});

/** The browser's own permission check and fetch (the tests pass their own). */
export const browserConnectDeps: ConnectDeps = {
  hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  fetch: (input, init) => fetch(input, init),
};

/** The background's side of team mode. Without a stored connection nothing here touches the network. */
export function createTeamHandlers(
  area: KeyValueArea = browser.storage.local,
  deps: ConnectDeps = browserConnectDeps,
  managed: ManagedSource = browserManagedSource,
): TeamHandlers {
  return {
    'team.status': async () => statusOf(await loadConnection(area), await readManagedTeam(managed)),
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
    'team.joinManaged': async () => {
      const policy = await readManagedTeam(managed);
      if (!policy.team)
        return { ok: false as const, problem: 'wrong-url' as const, detail: 'no team in the policy' };
      const joined = await joinManagedTeam(area, deps, policy.team);
      if (joined !== 'joined') return { ok: false as const, ...joined };
      return { ok: true as const, status: statusOf(await loadConnection(area), policy) };
    },
    'team.disconnect': async () => {
      const current = await loadConnection(area);
      if (!current?.managed) await forgetConnection(area);
      return statusOf(await loadConnection(area), await readManagedTeam(managed));
    },
  };
}
