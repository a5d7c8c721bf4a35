import * as Y from 'yjs';
import { crisisWindowStart } from '../lib/records/reports/crisis';
import { ENTRIES_MAP, ReviewRequest } from '../lib/team/documents';
import { teamReportOf, type TeamReport, type TeamReportOptions } from '../lib/team/team-report';
import { fetchDocument, recordsBetween, type Db } from './db';

/** The team report over the records in PostgreSQL and the review requests in the shared `reviews` document. */
export async function teamReport(
  db: Db,
  options: TeamReportOptions & { members?: string[] },
): Promise<TeamReport> {
  const from = Math.min(options.from, crisisWindowStart(options.now));
  const [rows, state] = await Promise.all([
    recordsBetween(db, from, Math.max(options.to, options.now) + 1, options.members),
    fetchDocument(db, 'reviews'),
  ]);
  const requests: ReviewRequest[] = [];
  if (state) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    for (const value of doc.getMap(ENTRIES_MAP).values()) {
      const parsed = ReviewRequest.safeParse(value);
      if (parsed.success) requests.push(parsed.data);
    }
  }
  return teamReportOf(rows, requests, options);
}
