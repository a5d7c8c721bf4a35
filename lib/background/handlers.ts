import type { IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, openOnbrandDB, type OnbrandDB } from '../db/schema';
import { logHealth, UPGRADE_BLOCKED_MESSAGE } from '../db/health';
import { createRecordHandlers } from '../records/handlers';
import { customMaskersOf, type CustomMaskers } from '../records/mask';
import { loadStoredLibrary } from '../kits/kits-item';
import { loadTeamKit } from '../team/team-kits-item';
import { readManagedPolicy } from '../kits/managed-kit';
import type { Handlers } from '../messaging/receiver';
import { injectAssistant, injectPart } from './inject-assistant';
import { isKnownPublishedPost } from './known-posts';
import { createCalendarHandlers } from '../calendar/handlers';
import { publishEventsOf } from '../records/plan-events';
import { calendarBackground, type CalendarBackground } from './calendar-listeners';
import { communityBackground } from '../community/background';
import { createReminderHandlers } from '../community/reminders/handlers';
import { reminderBackground } from './reminder-listeners';
import { createTeamHandlers } from '../team/handlers';
import { createReviewHandlers } from '../team/review-handlers';
import { createTeamKitHandlers } from '../team/kit-handlers';
import { createSharedHandlers } from '../team/shared-handlers';
import { teamBackground } from '../team/background';
import { createMemberSharing } from '../team/member-sync';
import { createPauseHandlers } from './pause-handlers';
import { createPauseOfferHandlers } from '../pause/offer';
import { browser } from 'wxt/browser';

let connection: Promise<IDBPDatabase<OnbrandDB>> | undefined;
/**
 * Opened on first use: a worker woken by a message must not wait for work it does not need. While an upgrade is
 * blocked by another page holding the old version, every caller gets a clear error (senders keep their records
 * and retry) and the upgrade completes by itself when that page lets go. A connection closed for a newer version
 * or by the browser is opened again on the next use instead of failing every write after it.
 */
export function database(): Promise<IDBPDatabase<OnbrandDB>> {
  if (connection) return connection;
  let failBlocked: (error: Error) => void = () => undefined;
  const blocked = new Promise<never>((_, reject) => (failBlocked = reject));
  const forget = () => {
    if (connection === waiting || connection === opening) connection = undefined;
  };
  const opening = openOnbrandDB(DB_NAME, DB_VERSION, {
    blocked: () => {
      logHealth.upgradeBlocked = true;
      failBlocked(new Error(UPGRADE_BLOCKED_MESSAGE));
    },
    closed: forget,
  });
  const waiting = Promise.race([opening, blocked]);
  connection = waiting;
  opening.then(() => {
    logHealth.upgradeBlocked = false;
    if (connection === waiting) connection = opening;
  }, forget);
  waiting.catch(() => undefined);
  return waiting;
}

/**
 * Every kit's own privacy detectors (any of them may be in force on the site a record came from). With no stored
 * library the starter kit is in force, which has none, so the worker never loads the starter packs.
 */
async function kitMaskers(): Promise<CustomMaskers> {
  const [library, managed, team] = await Promise.all([
    loadStoredLibrary(),
    readManagedPolicy(),
    loadTeamKit(),
  ]);
  return customMaskersOf([...(library?.kits ?? []).map((entry) => entry.kit), managed.kit, team?.kit]);
}

export function createHandlers(calendar: CalendarBackground = calendarBackground()): Handlers {
  // Plan versus actual: records.put matches stored posts to their planned slots before it acknowledges.
  const team = teamBackground(calendar.writer);
  const records = createRecordHandlers(
    database,
    undefined,
    undefined,
    undefined,
    kitMaskers,
    (stored) => calendar.jobs.matchPosts(publishEventsOf(stored)),
    // Team mode: the stored (masked) records go to the team server too; without a team nothing happens.
    (stored) => team.shareRecords(stored),
  );
  // Team mode: the member book follows the team's (lib/team/member-sync.ts); without a team nothing is sent.
  const members = createMemberSharing(database, () => team.current(), browser.storage.local);
  team.attachMembers(members);
  const reminders = reminderBackground(database);
  const community = communityBackground(database, undefined, undefined, {
    shareInteractions: (list) => members.shareInteractions(list),
    // A member the book creates is queued for a welcome (lib/community/reminders).
    onNewMembers: reminders.welcome,
  });
  return {
    'assistant.load': async (request, sender) => ({ injected: await injectAssistant(sender, request) }),
    'assistant.part': async ({ name }, sender) => ({ injected: await injectPart(sender, name) }),
    'engagement.known': async (query) => ({ published: await isKnownPublishedPost(await database(), query) }),
    ...records,
    ...createCalendarHandlers(calendar.writer),
    // Community care: a stored reply clears its comment from the queue; deleting everything covers members.
    'records.put': community.wrapPut(records['records.put']),
    'records.deleteAll': community.wrapDeleteAll(records['records.deleteAll']),
    ...community.handlers,
    'community.members.update': async (request, sender) => {
      await members.checkUpdate();
      const member = await community.handlers['community.members.update'](request, sender);
      await members.shareUpdate(member, request);
      return member;
    },
    ...createReminderHandlers(reminders, browser.storage.local),
    ...createTeamHandlers(),
    ...createReviewHandlers(team, browser.storage.local),
    ...createTeamKitHandlers(team, browser.storage.local),
    ...createSharedHandlers(team, browser.storage.local),
    ...createPauseHandlers(team, browser.storage.local),
    ...createPauseOfferHandlers(),
  };
}
