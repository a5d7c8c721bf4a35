import type { CalendarJobsDeps } from '../../calendar/jobs';
import { NOTIFICATION_ICON } from '../../calendar/jobs';
import { addDays } from '../../calendar/time';
import { translate, type MessageKey, type UiLocale } from '../../i18n';
import type { Member } from '../members/member';
import type { KeyValue } from '../queue-store';
import { birthdayDays } from '../members/birthdays';
import type { Holiday } from './holiday-list';
import { holidaysOn } from './holidays';
import { dueDay, nextMorning } from './morning';
import { REMINDER_PREFS_KEY, reminderPrefsOf } from './prefs';
import type { Suggestion } from './suggestion';
import { queueNewcomers, WELCOME_BATCH_MS, type Newcomer } from './welcome';
import { readWelcome, writeWelcome } from './welcome-store';
import { siteIdForHost } from '../../sites/hosts';
import { activePause, PAUSE_END_ALARM, PAUSE_KEY, readPauses } from '../../pause/pause';
import { formatLocalDate } from '../../i18n/format';
import { createSerialQueue, queued } from '../../serial-queue';

// Community reminders in the worker: welcome (batched newcomers), birthdays and holidays (one morning check per
// local day), each a notification that opens the right page; a page opened from one gets its suggested template
// (suggestionFor). Browser APIs come in through the deps, like the calendar's jobs (lib/calendar/jobs.ts).

export const WELCOME_ALARM = 'onbrand-welcome';
export const MORNING_ALARM = 'onbrand-community-morning';
export const NOTIFICATION_PREFIX = 'onbrand-community:';
export const LAST_DAY_KEY = 'community.reminders.lastDay';
/** Notification id → what clicking it opens (kept in storage: the worker may have restarted since). */
export const SHOWN_KEY = 'community.reminders.shown';
/** Tab id → the suggestion for the page a reminder opened in it. */
export const SUGGESTIONS_KEY = 'community.suggestions';
/** A suggestion is offered for this long after its page was opened. */
export const SUGGESTION_MS = 60 * 60_000;
const SHOWN_MS = 3 * 24 * 60 * 60_000;
const HANDLES_SHOWN = 5;

interface Shown {
  url: string;
  at: number;
  suggest?: Suggestion;
}
interface TabSuggestion extends Suggestion {
  host: string;
  at: number;
}

export interface ReminderJobsDeps extends Pick<CalendarJobsDeps, 'alarms' | 'notifications' | 'locale'> {
  storage: KeyValue;
  openTab(url: string): Promise<{ id?: number }>;
  /** The dashboard's URL with this hash ('members/new'). */
  dashboardUrl(hash: string): string;
  /** The manager's time zone (the morning check's). */
  zone(): string;
  birthdaysOn(monthDays: string[]): Promise<Member[]>;
  /** The holidays in force (shipped, as the kit in force edits them: lib/background/holidays-in-force.ts). */
  holidays(): Promise<Holiday[]>;
  /** Where a holiday greeting is written: a compose page of the brand's own platform, if Settings names one. */
  holidayPage(): Promise<string | undefined>;
  now?: () => number;
}

/**
 * A member's page as the notification may open it: https on a host of the member's own platform. The address came
 * from a page's DOM (the comment's link), so anything else opens the Members tab instead.
 */
function memberPage(url: string | undefined, platform: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && siteIdForHost(parsed.hostname) === platform ? url : undefined;
  } catch {
    return undefined;
  }
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
};

export function createReminderJobs(deps: ReminderJobsDeps) {
  const now = deps.now ?? Date.now;
  // One job at a time: a batch of newcomers and the welcome alarm must not both take the pending list.
  const queue = createSerialQueue();
  const serial = <A extends unknown[], T>(job: (...args: A) => Promise<T>) => queued(queue, job);
  const read = async (key: string) => (await deps.storage.get(key))[key];
  const prefs = async () => reminderPrefsOf(await read(REMINDER_PREFS_KEY));
  const translator = async () => {
    const locale: UiLocale = await deps.locale();
    return {
      locale,
      t: (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params),
    };
  };

  async function show(id: string, title: string, message: string, shown: Shown): Promise<void> {
    const { t } = await translator();
    const stored = ((await read(SHOWN_KEY)) ?? {}) as Record<string, Shown>;
    const kept = Object.fromEntries(Object.entries(stored).filter(([, s]) => s.at > now() - SHOWN_MS));
    await deps.storage.set({ [SHOWN_KEY]: { ...kept, [id]: shown } });
    await deps.notifications.create(NOTIFICATION_PREFIX + id, {
      type: 'basic',
      iconUrl: NOTIFICATION_ICON,
      title,
      message,
      buttons: [{ title: t('reminders.open') }],
    });
  }

  const handles = (list: ReadonlyArray<{ handle: string }>) =>
    list
      .slice(0, HANDLES_SHOWN)
      .map((m) => m.handle)
      .join(', ') + (list.length > HANDLES_SHOWN ? ', …' : '');

  /** The crisis pause in force (lib/pause): no greeting while it lasts. */
  const paused = async () => activePause(readPauses(await read(PAUSE_KEY)), now());

  async function flushWelcome(): Promise<void> {
    const state = await readWelcome(deps.storage);
    if (!state.pending.length) return;
    // Newcomers wait for the pause to end, none is lost: its time (the pause's end alarm, which the calendar's
    // jobs keep) or the switch (start() re-arms then).
    if (await paused()) return;
    await writeWelcome(deps.storage, state, { ...state, pending: [] });
    const { t } = await translator();
    const pending: Newcomer[] = state.pending;
    const at = now();
    if (pending.length === 1) {
      const [member] = pending;
      await show(
        `welcome:${member.id}`,
        t('reminders.welcome.title', { platform: t(`platform.${member.platform}`) }),
        t('reminders.welcome.body', { handle: member.handle }),
        {
          url: memberPage(member.url, member.platform) ?? deps.dashboardUrl('members/new'),
          at,
          suggest: { kind: 'welcome', author: member.handle },
        },
      );
    } else {
      await show(
        `welcome:batch:${at}`,
        t('reminders.welcome.batchTitle', { count: pending.length }),
        t('reminders.welcome.batchBody', { handles: handles(pending) }),
        { url: deps.dashboardUrl('members/new'), at },
      );
    }
  }

  async function morning(): Promise<void> {
    const settings = await prefs();
    const zone = deps.zone();
    const day = dueDay(now(), zone, settings.hour, (await read(LAST_DAY_KEY)) as string | undefined);
    // Recorded before anything shows: a worker stopped halfway does not greet twice.
    if (day) await deps.storage.set({ [LAST_DAY_KEY]: day });
    await deps.alarms.create(MORNING_ALARM, { when: nextMorning(now(), zone, settings.hour) });
    if (!day) return;
    // A crisis day gets no birthday or holiday greeting; the day counts as checked.
    if (await paused()) return;
    const { t, locale } = await translator();
    const at = now();
    if (settings.birthday) {
      const members = await deps.birthdaysOn(birthdayDays(day));
      if (members.length === 1) {
        const [member] = members;
        await show(
          `birthday:${day}:${member.id}`,
          t('reminders.birthday.title', { handle: member.handle }),
          t('reminders.birthday.body', { handle: member.handle, platform: t(`platform.${member.platform}`) }),
          {
            url: memberPage(member.lastCommentUrl, member.platform) ?? deps.dashboardUrl('members'),
            at,
            suggest: { kind: 'birthday', author: member.handle },
          },
        );
      } else if (members.length > 1) {
        await show(
          `birthday:${day}`,
          t('reminders.birthday.batchTitle', { count: members.length }),
          t('reminders.birthday.batchBody', { handles: handles(members) }),
          { url: deps.dashboardUrl('members'), at },
        );
      }
    }
    if (settings.holidays) {
      const target = addDays(day, settings.holidayDaysBefore);
      // On a compose page the assistant offers the holiday template in the box; without one, the Templates tab.
      const page = (await deps.holidayPage()) ?? deps.dashboardUrl('templates');
      for (const holiday of holidaysOn(await deps.holidays(), target)) {
        const name = locale === 'zh-CN' ? holiday.name.zh : holiday.name.en;
        await show(
          `holiday:${target}:${holiday.id}`,
          t('reminders.holiday.title', { holiday: name }),
          settings.holidayDaysBefore === 0
            ? t('reminders.holiday.today', { holiday: name })
            : t('reminders.holiday.soon', {
                holiday: name,
                days: settings.holidayDaysBefore,
                date: formatLocalDate(locale, target, 'long'),
              }),
          {
            url: page,
            at,
            suggest: {
              kind: 'holiday',
              holiday: holiday.name,
              ...(holiday.template ? { template: holiday.template } : {}),
            },
          },
        );
      }
    }
  }

  async function open(notificationId: string): Promise<void> {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    const id = notificationId.slice(NOTIFICATION_PREFIX.length);
    const stored = ((await read(SHOWN_KEY)) ?? {}) as Record<string, Shown>;
    const shown = stored[id];
    await deps.notifications.clear(notificationId);
    if (!shown) return;
    const { [id]: _done, ...rest } = stored;
    await deps.storage.set({ [SHOWN_KEY]: rest });
    const tab = await deps.openTab(shown.url);
    if (shown.suggest && tab.id !== undefined) {
      const all = ((await read(SUGGESTIONS_KEY)) ?? {}) as Record<string, TabSuggestion>;
      const kept = Object.fromEntries(Object.entries(all).filter(([, s]) => s.at > now() - SUGGESTION_MS));
      await deps.storage.set({
        [SUGGESTIONS_KEY]: { ...kept, [tab.id]: { ...shown.suggest, host: hostOf(shown.url), at: now() } },
      });
    }
  }

  return {
    /** New members from the book: queued for one welcome each, shown together after a short batch window. */
    welcome: serial(async (created: readonly Member[]) => {
      if (!created.length || !(await prefs()).welcome) return;
      const before = await readWelcome(deps.storage);
      const after = queueNewcomers(before, created, now());
      if (after === before) return;
      await writeWelcome(deps.storage, before, after);
      if (!(await deps.alarms.get(WELCOME_ALARM)))
        await deps.alarms.create(WELCOME_ALARM, { when: now() + WELCOME_BATCH_MS });
    }),
    onAlarm: serial(async (name: string) => {
      if (name === WELCOME_ALARM || name === PAUSE_END_ALARM) await flushWelcome();
      else if (name === MORNING_ALARM) await morning();
    }),
    /** Startup, install and a settings change: the morning alarm (re)set, today's check caught up, welcomes kept. */
    start: serial(async () => {
      await morning();
      const pending = (await readWelcome(deps.storage)).pending.length;
      if (pending && !(await deps.alarms.get(WELCOME_ALARM)))
        await deps.alarms.create(WELCOME_ALARM, { when: now() + WELCOME_BATCH_MS });
    }),
    /** A click on the notification or its button. */
    open: serial(open),
    /** The suggestion for a page a reminder opened (its tab, on the same site), while it is fresh. */
    async suggestionFor(tabId: number | undefined, url: string | undefined): Promise<Suggestion | null> {
      if (tabId === undefined || !url) return null;
      const all = ((await read(SUGGESTIONS_KEY)) ?? {}) as Record<string, TabSuggestion>;
      const found = all[tabId];
      if (!found || found.at <= now() - SUGGESTION_MS || found.host !== hostOf(url)) return null;
      return {
        kind: found.kind,
        ...(found.author ? { author: found.author } : {}),
        ...(found.holiday ? { holiday: found.holiday } : {}),
        ...(found.template ? { template: found.template } : {}),
      };
    },
  };
}

export type ReminderJobs = ReturnType<typeof createReminderJobs>;
