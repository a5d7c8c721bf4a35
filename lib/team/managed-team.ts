import type { KeyValueArea } from '../records/outbox';
import { browserManagedSource, type ManagedSource } from '../storage/managed-source';
import { connectTeam, type ConnectDeps } from './connect';
import { forgetConnection, loadConnection, saveConnection, serverAddress } from './connection';
import { TeamError, type TeamProblem } from './problems';

// A team for a whole fleet: the organisation's policy (assets/public/managed-schema.json: `teamServer` and
// `teamInvitation`) names the server and the invitation, so nobody types or pastes a credential. The browser
// still asks the person once for the host permission of that one origin (no policy can grant an optional
// permission); after that the background joins, follows a new invitation and leaves when the policy drops the
// team, without anyone's click. A connection the person made themselves is never replaced behind their back.

export interface ManagedTeam {
  /** What the policy says, as typed there. */
  server: string;
  invitation: string;
  /** The server's origin as a connection stores it (https://host[:port]). */
  origin: string;
  /** The host permission the join asks for. */
  permission: string;
}

/** The policy's team, or why it is unusable (shown in the Team tab), or nothing when the policy names no team. */
export type ManagedTeamPolicy = { team: ManagedTeam } | { team: null; problem?: 'wrong-url' | 'incomplete' };

export function parseManagedTeam(raw: Record<string, unknown>): ManagedTeamPolicy {
  const server = typeof raw.teamServer === 'string' ? raw.teamServer.trim() : '';
  const invitation = typeof raw.teamInvitation === 'string' ? raw.teamInvitation.trim() : '';
  if (!server && !invitation) return { team: null };
  if (!server || !invitation) return { team: null, problem: 'incomplete' };
  const address = serverAddress(server);
  if (!address) return { team: null, problem: 'wrong-url' };
  return { team: { server, invitation, origin: address.http, permission: address.permission } };
}

export const readManagedTeam = async (source: ManagedSource = browserManagedSource) =>
  parseManagedTeam(await source.read());

/** What following the policy did (for the tests and the worker's log; the Team tab reads the connection itself). */
export type ManagedTeamOutcome =
  | 'none'
  | 'unchanged'
  | 'joined'
  | 'left'
  | 'needs-permission'
  | 'personal-connection'
  | { problem: TeamProblem; detail: string };

/**
 * Brings the stored connection in line with the policy, in the background (no click): joins or re-joins when the
 * host permission is already granted, forgets a managed connection the policy no longer names. Requests go only
 * to the policy's server, and only when the policy names one.
 */
export async function followManagedTeam(
  area: Pick<KeyValueArea, 'get' | 'set' | 'remove'>,
  deps: ConnectDeps,
  source: ManagedSource = browserManagedSource,
): Promise<ManagedTeamOutcome> {
  const policy = await readManagedTeam(source);
  const current = await loadConnection(area);
  if (!policy.team) {
    if (!current?.managed) return 'none';
    await forgetConnection(area);
    return 'left';
  }
  const team = policy.team;
  if (current && !current.managed) return 'personal-connection';
  if (current?.origin === team.origin && current.token === team.invitation) return 'unchanged';
  if (!(await deps.hasPermission(team.permission))) return 'needs-permission';
  return joinManagedTeam(area, deps, team);
}

/** Joins the policy's team (from the person's "Join" click, or the background once the permission exists). */
export async function joinManagedTeam(
  area: Pick<KeyValueArea, 'set'>,
  deps: ConnectDeps,
  team: ManagedTeam,
): Promise<'joined' | { problem: TeamProblem; detail: string }> {
  try {
    const connection = await connectTeam(team.server, team.invitation, deps);
    await saveConnection(area, { ...connection, managed: true });
    return 'joined';
  } catch (error) {
    if (error instanceof TeamError) return { problem: error.problem, detail: error.message };
    throw error;
  }
}
