import { composeUrl } from './compose';
import { findOccurrence } from './occurrences';
import { markMissed, matchPublishes, type PublishEvent } from './plan-actual';
import { utcToLocal } from './time';
import { readCalendar, type CalendarStorageArea, type CalendarWriter } from './store';
import { translate, type MessageKey, type UiLocale } from '../i18n';
import { dueReminders, nextReminderAt, pruneReminded, type RemindedMap } from './reminders';
import { createSerialQueue, queued } from '../serial-queue';
import { activePause, PAUSE_END_ALARM, PAUSE_KEY, pauseEnd, readPauses, slotPaused } from '../pause/pause';

// The calendar's background work: reminders as notifications (silent for slots in a crisis pause's window,
// lib/pause), missed slots, the icon badge's refresh, and published posts matched to the plan (wired to the browser in lib/background/calendar-listeners.ts). Browser APIs come in through `CalendarJobsDeps`, so tests drive it with fakes.

export const REMINDER_ALARM = 'onbrand-reminder';
/** Periodic: marks missed slots, catches the day rolling over for the badge, reschedules reminders. */
export const TICK_ALARM = 'onbrand-calendar-tick';
export const TICK_MINUTES = 15;
export const REMINDED_KEY = 'calendarReminded';
export const NOTIFICATION_PREFIX = 'onbrand-reminder:';

/**
 * The extension's own 48 px icon (wxt.config.ts's ICONS), relative to the package: Chrome requires an icon for a
 * basic notification, and both browsers resolve a relative path inside the extension (the 400-byte PNG inlined
 * here before cost the service worker's bundle as much).
 */
export const NOTIFICATION_ICON = 'icon/48.png';

export interface CalendarJobsDeps {
  storage: CalendarStorageArea;
  writer: CalendarWriter;
  alarms: {
    create(name: string, info: { when?: number; periodInMinutes?: number }): Promise<void> | void;
    clear(name: string): Promise<boolean> | Promise<void> | void;
    get(name: string): Promise<{ name: string } | undefined | null>;
  };
  notifications: {
    create(
      id: string,
      options: {
        type: 'basic';
        iconUrl: string;
        title: string;
        message: string;
        contextMessage?: string;
        buttons?: { title: string }[];
      },
    ): Promise<string> | void;
    clear(id: string): Promise<boolean> | void;
  };
  openTab(url: string): Promise<unknown>;
  locale(): Promise<UiLocale>;
  now?: () => number;
  /** The worker's one toolbar badge (lib/background/toolbar-badge.ts: the calendar's due posts are one source). */
  toolbarBadge: { refresh(): Promise<void> };
}

export interface CalendarJobs {
  /** Startup, install, the periodic tick and the reminder alarm: everything below, in order. */
  run(): Promise<void>;
  /** The calendar document or the crisis pause changed (any writer): reschedule and recount. */
  calendarChanged(): Promise<void>;
  onAlarm(name: string): Promise<void>;
  onNotificationButton(notificationId: string, buttonIndex: number): Promise<void>;
  /** Posts just published (lib/records/plan-events.ts): each is matched to the nearest planned slot of its platform. */
  matchPosts(posts: readonly PublishEvent[]): Promise<void>;
  ensureTick(): Promise<void>;
}

export function createCalendarJobs(deps: CalendarJobsDeps): CalendarJobs {
  const now = deps.now ?? Date.now;
  // One job at a time: an alarm and a storage change arriving together must not both show a reminder.
  const queue = createSerialQueue();
  const serial = <A extends unknown[], T>(job: (...args: A) => Promise<T>) => queued(queue, job);

  async function readReminded(): Promise<RemindedMap> {
    const value = (await deps.storage.get([REMINDED_KEY]))[REMINDED_KEY];
    return value && typeof value === 'object' ? (value as RemindedMap) : {};
  }

  const updateBadge = () => deps.toolbarBadge.refresh();

  async function notifyDue(): Promise<void> {
    const { calendar } = await readCalendar(deps.storage);
    const at = now();
    let reminded = await readReminded();
    const pause = activePause(readPauses((await deps.storage.get([PAUSE_KEY]))[PAUSE_KEY]), at);
    // A paused slot's reminder is held back, not marked shown: once the pause ends (switched off, or its alarm),
    // the next run announces the slots that have not started yet. Nothing is lost.
    const due = dueReminders(calendar, at, reminded).filter((o) => !slotPaused(pause, o.startMs));
    if (due.length) {
      const locale = await deps.locale();
      const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
      for (const occurrence of due) {
        const platform = t(`platform.${occurrence.platform}`);
        await deps.notifications.create(NOTIFICATION_PREFIX + occurrence.id, {
          type: 'basic',
          iconUrl: NOTIFICATION_ICON,
          title: t('calendar.reminder.title', { platform }),
          message: t('calendar.reminder.body', {
            time: utcToLocal(occurrence.startMs, calendar.settings.timeZone).slice(11, 16),
            title: occurrence.title || t(`calendar.contentType.${occurrence.contentType}`),
          }),
          ...(composeUrl(occurrence.platform, occurrence.contentType)
            ? { buttons: [{ title: t('calendar.reminder.open') }] }
            : {}),
        });
        reminded = { ...reminded, [occurrence.id]: occurrence.startMs };
      }
    }
    await deps.storage.set({ [REMINDED_KEY]: pruneReminded(reminded, at) });
    await schedule(calendar, reminded, pause && pauseEnd(pause));
  }

  /** `pauseEndsAt`: a timed pause in force; its end gets an alarm of its own (reminders resume then). */
  async function schedule(
    calendar: Awaited<ReturnType<typeof readCalendar>>['calendar'],
    reminded: RemindedMap,
    pauseEndsAt?: number,
  ): Promise<void> {
    const at = nextReminderAt(calendar, now(), reminded);
    if (at === undefined) await deps.alarms.clear(REMINDER_ALARM);
    else await deps.alarms.create(REMINDER_ALARM, { when: at });
    if (pauseEndsAt !== undefined && Number.isFinite(pauseEndsAt))
      await deps.alarms.create(PAUSE_END_ALARM, { when: pauseEndsAt });
    else await deps.alarms.clear(PAUSE_END_ALARM);
  }

  async function ensureTick(): Promise<void> {
    if (!(await deps.alarms.get(TICK_ALARM)))
      await deps.alarms.create(TICK_ALARM, { periodInMinutes: TICK_MINUTES });
  }

  async function run(): Promise<void> {
    await deps.writer.update((calendar) => markMissed(calendar, now()).calendar);
    await notifyDue();
    await updateBadge();
  }

  return {
    run: serial(run),
    ensureTick,
    calendarChanged: serial(async () => {
      // A slot added inside its reminder lead is announced now; otherwise this only reschedules.
      await notifyDue();
      await updateBadge();
    }),
    onAlarm: serial(async (name: string) => {
      if (name === REMINDER_ALARM || name === TICK_ALARM || name === PAUSE_END_ALARM) await run();
    }),
    onNotificationButton: async (notificationId, buttonIndex) => {
      if (!notificationId.startsWith(NOTIFICATION_PREFIX) || buttonIndex !== 0) return;
      const { calendar } = await readCalendar(deps.storage);
      const occurrence = findOccurrence(calendar, notificationId.slice(NOTIFICATION_PREFIX.length));
      const url = occurrence && composeUrl(occurrence.platform, occurrence.contentType);
      if (url) await deps.openTab(url);
      await deps.notifications.clear(notificationId);
    },
    matchPosts: serial(async (posts: readonly PublishEvent[]) => {
      if (!posts.length) return;
      await deps.writer.update((calendar) => matchPublishes(calendar, posts).calendar);
    }),
  };
}
