import { serverAddress, loadConnection } from './connection';
import type { KeyValueArea } from '../records/outbox';
import type { TeamReport } from './team-report';

// The Reports tab's team scope: the dashboard asks the team server for the team report of the period shown
// (`GET /report`, computed in PostgreSQL from every member's uploaded records). Only with a stored connection and
// a role the server lets read it (admin, planner, reviewer); without a team nothing here touches the network.

export type TeamReportAnswer =
  | { ok: true; report: TeamReport }
  | { ok: false; problem: 'not-connected' | 'forbidden' | 'down' | 'refused'; detail?: string };

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export const REPORT_ROLES = ['admin', 'planner', 'reviewer'] as const;

/** The period on screen and, when the reader narrowed it, the members whose figures to show (else everyone). */
export interface TeamReportQuery {
  from: number;
  to: number;
  members?: readonly string[];
}

export async function fetchTeamReport(
  area: Pick<KeyValueArea, 'get'>,
  period: TeamReportQuery,
  fetchFn: Fetch = (input, init) => fetch(input, init),
): Promise<TeamReportAnswer> {
  const connection = await loadConnection(area);
  const address = connection && serverAddress(connection.origin);
  if (!connection || !address) return { ok: false, problem: 'not-connected' };
  if (!(REPORT_ROLES as readonly string[]).includes(connection.role))
    return { ok: false, problem: 'forbidden' };
  const query = new URLSearchParams({ from: String(period.from), to: String(period.to) });
  if (period.members?.length) query.set('members', period.members.join(','));
  let response: Response;
  try {
    response = await fetchFn(`${address.http}/report?${query}`, {
      headers: { authorization: `Bearer ${connection.token}` },
    });
  } catch (error) {
    return { ok: false, problem: 'down', detail: String(error) };
  }
  const body = (await response.json().catch(() => null)) as (TeamReport & { error?: string }) | null;
  if (response.status === 403) return { ok: false, problem: 'forbidden' };
  if (!response.ok || !body || !Array.isArray(body.members) || !body.team || !body.byMember)
    return { ok: false, problem: 'refused', detail: body?.error ?? `HTTP ${response.status}` };
  return { ok: true, report: body };
}
