import * as Y from 'yjs';
import { ENTRIES_MAP, ReviewRequest } from '../lib/team/documents';
import {
  addCounts,
  emptyFigures,
  reviewFigures,
  type ResponseFigures,
  type TeamFigures,
  type TeamReport,
  type TeamReportOptions,
} from '../lib/team/team-report';
import { HOUR_MS } from '../lib/records/reports/period';
import {
  fetchDocument,
  responseTimesBetween,
  totalsBetween,
  type DailyRow,
  type Db,
  type ResponseRow,
} from './db';

// The team report from the per-member daily totals and reply times PostgreSQL keeps up to date on every insert
// (server/db.ts): no record's JSON leaves the database, so 10 members × 100,000 records stay well under 2 s.

const counts = (row: DailyRow): Omit<TeamFigures, 'responses'> => ({
  posts: row.posts,
  replies: row.replies,
  findings: { caught: Number(row.caught), published: Number(row.published), checks: row.checks },
  overrides: row.overrides,
  publishedWithoutReview: row.unreviewed,
});

const responses = (row: ResponseRow | undefined): ResponseFigures =>
  row && row.timed
    ? {
        timed: row.timed,
        medianMs: row.median,
        p90Ms: row.p90,
        withinTargetPct: Math.round((row.within / row.timed) * 1000) / 10,
      }
    : emptyFigures().responses;

export async function teamReport(
  db: Db,
  options: TeamReportOptions & { members?: string[] },
): Promise<TeamReport> {
  // Inclusive `to`, as the dashboard's periods.
  const end = options.to + 1;
  const [totals, times, state] = await Promise.all([
    totalsBetween(db, options.from, end, options.members),
    responseTimesBetween(db, options.from, end, options.responseTargetMs ?? HOUR_MS, options.members),
    fetchDocument(db, 'reviews'),
  ]);
  const timesOf = new Map(times.map((row) => [row.member, row]));
  const byMember: Record<string, TeamFigures> = {};
  let team = emptyFigures();
  for (const row of [...totals].sort((a, b) => a.member.localeCompare(b.member))) {
    byMember[row.member] = {
      ...addCounts(emptyFigures(), counts(row)),
      responses: responses(timesOf.get(row.member)),
    };
    team = addCounts(team, counts(row));
  }
  team.responses = responses(timesOf.get(null));
  const requests: ReviewRequest[] = [];
  if (state) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    for (const value of doc.getMap(ENTRIES_MAP).values()) {
      const parsed = ReviewRequest.safeParse(value);
      if (parsed.success && (!options.members?.length || options.members.includes(parsed.data.requester)))
        requests.push(parsed.data);
    }
  }
  return {
    from: options.from,
    to: options.to,
    members: Object.keys(byMember),
    team,
    byMember,
    reviews: reviewFigures(requests, options),
  };
}
