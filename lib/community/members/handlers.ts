import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../../db/schema';
import type { HandlersOf } from '../../message-table';
import type { communityMessages } from '../protocol';
import { getRecordPrefs } from '../../records/prefs';
import { retentionCutoff } from '../../records/retention';
import type { KeyValue } from '../queue-store';
import { allMatching, pageMembers } from './book';
import { membersToCsv, membersToJson } from './query';
import { parseThresholds, segmentOf, type SegmentThresholds } from './segments';
import { pruneMembersBefore, updateMember } from './store';

type MemberHandlers = Pick<
  HandlersOf<typeof communityMessages>,
  | 'community.members'
  | 'community.members.update'
  | 'community.members.export'
  | 'community.members.thresholds'
>;

export const THRESHOLDS_KEY = 'community.segments';

export function createMemberHandlers(
  openDb: () => Promise<IDBPDatabase<OnbrandDB>>,
  area: KeyValue,
  now: () => number = Date.now,
): MemberHandlers {
  const thresholds = async (): Promise<SegmentThresholds> =>
    parseThresholds((await area.get(THRESHOLDS_KEY))[THRESHOLDS_KEY]);
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
    'community.members.update': async ({ id, ...patch }) => {
      const db = await openDb();
      const member = await updateMember(db, id, patch, (await getRecordPrefs(db)).maskPersonalData);
      return { ...member, segment: segmentOf(member, now(), await thresholds()) };
    },
    'community.members.export': async ({ format, ...query }) => {
      const [db, limits] = await Promise.all([load(), thresholds()]);
      const rows = await allMatching(db, query, now(), limits);
      return { text: format === 'csv' ? membersToCsv(rows) : membersToJson(rows), count: rows.length };
    },
    'community.members.thresholds': async (request) => {
      const parsed = parseThresholds(request);
      if (
        parsed.activeDays !== request.activeDays ||
        parsed.silentDays !== request.silentDays ||
        parsed.newDays !== request.newDays
      ) {
        throw new Error(
          'Segments: "new" must be at most the days of "active", and "active" fewer days than "silent", each a whole number of days up to 3650',
        );
      }
      await area.set({ [THRESHOLDS_KEY]: parsed });
      return parsed;
    },
  };
}
