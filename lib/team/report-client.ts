import type { KeyValueArea } from '../records/outbox';
import type { TeamReport } from './team-report';
import { teamGet, type Fetch, type TeamGetProblem } from './server-get';

// The Reports tab's team scope: the dashboard asks the team server for the team report of the period shown
// (`GET /report`, computed in PostgreSQL from every member's uploaded records). Only with a stored connection and
// a role the server lets read it (admin, planner, reviewer); without a team nothing here touches the network.

export type TeamReportAnswer =
  { ok: true; report: TeamReport } | { ok: false; problem: TeamGetProblem; detail?: string };

export const REPORT_ROLES = ['admin', 'planner', 'reviewer'] as const;

/** The period on screen and, when the reader narrowed it, the members whose figures to show (else everyone). */
export interface TeamReportQuery {
  from: number;
  to: number;
  members?: readonly string[];
}

const isReport = (body: unknown): body is TeamReport => {
  const report = body as Partial<TeamReport> | null;
  return !!report && Array.isArray(report.members) && !!report.team && !!report.byMember;
};

export async function fetchTeamReport(
  area: Pick<KeyValueArea, 'get'>,
  period: TeamReportQuery,
  fetchFn?: Fetch,
): Promise<TeamReportAnswer> {
  const query = new URLSearchParams({ from: String(period.from), to: String(period.to) });
  if (period.members?.length) query.set('members', period.members.join(','));
  const answer = await teamGet(area, `/report?${query}`, isReport, { roles: REPORT_ROLES, fetchFn });
  return answer.ok ? { ok: true, report: answer.body } : answer;
}
