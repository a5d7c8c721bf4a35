import { browser } from 'wxt/browser';
import { CALENDAR_KEY, createCalendarWriter, type CalendarWriter } from '../calendar/store';
import { watchCalendar } from '../calendar/calendar-items';
import { resolveLocale } from '../i18n';
import { loadSettings } from '../storage/settings-store';
import { createCalendarJobs, type CalendarJobs } from '../calendar/jobs';
import { badgeKeys, createToolbarBadge } from './toolbar-badge';
import { PAUSE_KEY } from '../pause/pause';

// Wires the calendar's background work to the browser: alarms, notification buttons, storage changes, startup.

export interface CalendarBackground {
  writer: CalendarWriter;
  jobs: CalendarJobs;
  toolbarBadge: { refresh(): Promise<void> };
}

/** Recounts the toolbar badge between calendar ticks: replies cross their targets as time passes. */
export const BADGE_ALARM = 'onbrand-badge';

let instance: CalendarBackground | undefined;

/** The worker's one calendar writer and job runner (message handlers and listeners share it). */
export function calendarBackground(): CalendarBackground {
  if (instance) return instance;
  const storage = browser.storage.local;
  const writer = createCalendarWriter(storage);
  // Firefox MV2 has browserAction instead of action.
  const badge =
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const locale = async () => resolveLocale((await loadSettings()).locale, navigator.language);
  const toolbarBadge = createToolbarBadge({ storage, badge, locale });
  const jobs = createCalendarJobs({
    storage,
    writer,
    alarms: browser.alarms,
    notifications: browser.notifications,
    openTab: (url) => browser.tabs.create({ url }),
    locale,
    toolbarBadge,
  });
  instance = { writer, jobs, toolbarBadge };
  return instance;
}

const report = (error: unknown) => console.warn('Onbrand calendar:', error);

/**
 * Registers every calendar listener. Call synchronously in the worker's main(): a worker woken by an alarm
 * only receives it if the listener was added before the first await. `ready` is the storage migrations.
 */
export function registerCalendarListeners(calendar: CalendarBackground, ready: Promise<unknown>): void {
  const { jobs, toolbarBadge } = calendar;
  const after = (job: () => Promise<void>) => void ready.then(job).catch(report);
  browser.alarms.onAlarm.addListener((alarm) =>
    after(() => (alarm.name === BADGE_ALARM ? toolbarBadge.refresh() : jobs.onAlarm(alarm.name))),
  );
  // The badge's other sources (reply queue, …) recount when their storage changes: one listener over the key set
  // (not an item per key), so a write touching several recounts once, and none with the calendar's (its job does).
  const watched = badgeKeys();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && !(CALENDAR_KEY in changes) && Object.keys(changes).some((k) => watched.has(k)))
      after(() => toolbarBadge.refresh());
  });
  browser.notifications.onButtonClicked.addListener((id, index) =>
    after(() => jobs.onNotificationButton(id, index)),
  );
  watchCalendar(() => after(() => jobs.calendarChanged()));
  // A crisis pause switched on or off: its slots' reminders are held back or resume, its end gets its alarm.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PAUSE_KEY in changes) after(() => jobs.calendarChanged());
  });
  const start = () =>
    after(async () => {
      await jobs.ensureTick();
      if (!(await browser.alarms.get(BADGE_ALARM)))
        await browser.alarms.create(BADGE_ALARM, { periodInMinutes: 5 });
      await jobs.run();
    });
  browser.runtime.onStartup.addListener(start);
  browser.runtime.onInstalled.addListener(start);
  // A worker restarted for any other reason (update, crash) also gets its tick and a fresh badge.
  start();
}
