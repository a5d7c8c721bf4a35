import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../../db/schema';
import type { HandlersOf } from '../../message-table';
import type { communityMessages } from '../protocol';
import { getRecordPrefs } from '../../records/prefs';
import type { KeyValue } from '../queue-store';
import { createMemberReadHandlers, storedThresholds, THRESHOLDS_KEY } from './read-handlers';
import { parseThresholds, segmentOf } from './segments';
import { getMember, updateMember } from './store';
import { memberId } from './member';

type MemberHandlers = Pick<
  HandlersOf<typeof communityMessages>,
  | 'community.members'
  | 'community.members.update'
  | 'community.members.card'
  | 'community.members.export'
  | 'community.members.thresholds'
>;

/**
 * The background's member handlers: the reads (read-handlers.ts), the in-page card's one member, and the writes, a
 * note masked as the log masks.
 */
export function createMemberHandlers(
  openDb: () => Promise<IDBPDatabase<OnbrandDB>>,
  area: KeyValue,
  now: () => number = Date.now,
): MemberHandlers {
  const thresholds = () => storedThresholds(area);
  return {
    ...createMemberReadHandlers(openDb, area, now),
    'community.members.update': async ({ id, ...patch }) => {
      const db = await openDb();
      const member = await updateMember(db, id, patch, (await getRecordPrefs(db)).maskPersonalData, now());
      return { ...member, segment: segmentOf(member, now(), await thresholds()) };
    },
    'community.members.card': async ({ platform, handle }) => {
      const member = await getMember(await openDb(), memberId(platform, handle));
      return member ? { ...member, segment: segmentOf(member, now(), await thresholds()) } : null;
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
