import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../../db/schema';
import type { HandlersOf } from '../../message-table';
import type { communityMessages } from '../protocol';
import { getRecordPrefs } from '../../records/prefs';
import { retentionCutoff } from '../../records/retention';
import type { KeyValue } from '../queue-store';
import { allMatching, pageMembers } from './book';
import { membersToCsv, membersToJson } from './query';
import { parseThresholds, type SegmentThresholds } from './segments';
import { pruneMembersBefore } from './store';

// The member book's reads (a page of it, an export), run by the background and by the Members tab itself on the
// same database (components/dashboard/members/member-source.ts). Apart from the writes (handlers.ts) so the tab's
// first chunk carries no masking code: a note is masked where it is saved, in the worker.

type MemberReadHandlers = Pick<
  HandlersOf<typeof communityMessages>,
  'community.members' | 'community.members.export'
>;

export const THRESHOLDS_KEY = 'community.segments';

/** The segment thresholds the manager set (defaults when none or unreadable). */
export async function storedThresholds(area: KeyValue): Promise<SegmentThresholds> {
  return parseThresholds((await area.get(THRESHOLDS_KEY))[THRESHOLDS_KEY]);
}

export function createMemberReadHandlers(
  openDb: () => Promise<IDBPDatabase<OnbrandDB>>,
  area: KeyValue,
  now: () => number = Date.now,
): MemberReadHandlers {
  const thresholds = () => storedThresholds(area);
  /** The book as the tab sees it: the log's retention applies to members too (by last interaction, an index range). */
  const load = async () => {
    const db = await openDb();
    const prefs = await getRecordPrefs(db);
    if (prefs.retentionMonths !== null)
      await pruneMembersBefore(db, retentionCutoff(now(), prefs.retentionMonths));
    return db;
  };
  return {
    'community.members': async ({ limit = 200, offset = 0, ...query }) => {
      const start = performance.now();
      const [db, limits] = await Promise.all([load(), thresholds()]);
      const page = await pageMembers(db, query, { now: now(), thresholds: limits, offset, limit });
      return { ...page, offset, thresholds: limits, ms: performance.now() - start };
    },
    'community.members.export': async ({ format, ...query }) => {
      const [db, limits] = await Promise.all([load(), thresholds()]);
      const rows = await allMatching(db, query, now(), limits);
      return { text: format === 'csv' ? membersToCsv(rows) : membersToJson(rows), count: rows.length };
    },
  };
}
