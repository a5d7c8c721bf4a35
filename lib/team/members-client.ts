import type { KeyValueArea } from '../records/outbox';
import { teamGet, type Fetch } from './server-get';

// The team's members (`GET /members`), for the calendar's slot owner: in a team, an owner is one of its members.
// Without a team, nothing is asked and the owner stays free text.

const isMembers = (body: unknown): body is { members: string[] } =>
  Array.isArray((body as { members?: unknown } | null)?.members) &&
  (body as { members: unknown[] }).members.every((m) => typeof m === 'string');

/** The members' ids, or null without a team (or when the server cannot say right now). */
export async function fetchTeamMembers(
  area: Pick<KeyValueArea, 'get'>,
  fetchFn?: Fetch,
): Promise<string[] | null> {
  const answer = await teamGet(area, '/members', isMembers, { fetchFn });
  return answer.ok ? answer.body.members : null;
}
