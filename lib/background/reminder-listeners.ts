import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import type { OnbrandDB } from '../db/schema';
import { resolveLocale } from '../i18n';
import { loadSettings } from '../storage/settings-store';
import { createReminderJobs, type ReminderJobs } from '../community/reminders/jobs';
import { membersWithBirthday } from '../community/members/birthdays';
import { reminderHolidays } from './holidays-in-force';
import { REMINDER_PREFS_KEY } from '../community/reminders/prefs';
import { PAUSE_KEY } from '../pause/pause';
import { ownComposePage } from '../community/reminders/holiday-page';

// Wires the community reminders (welcome, birthday, holidays) to the browser: alarms, notification clicks,
// startup. The jobs themselves are lib/community/reminders/jobs.ts.

let instance: ReminderJobs | undefined;

/** The worker's one reminder runner (the message handlers and the listeners share it). */
export function reminderBackground(database: () => Promise<IDBPDatabase<OnbrandDB>>): ReminderJobs {
  if (instance) return instance;
  instance = createReminderJobs({
    storage: browser.storage.local,
    alarms: browser.alarms,
    notifications: browser.notifications,
    openTab: (url) => browser.tabs.create({ url }),
    dashboardUrl: (hash) => `${browser.runtime.getURL('/options.html')}#${hash}`,
    locale: async () => resolveLocale((await loadSettings()).locale, navigator.language),
    zone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    birthdaysOn: async (days) => membersWithBirthday(await database(), days),
    holidays: reminderHolidays,
    holidayPage: async () => ownComposePage((await loadSettings()).ownAccounts),
  });
  return instance;
}

const report = (error: unknown) => console.warn('Onbrand reminders:', error);

/** Registers every reminder listener; call synchronously in the worker's main() (see calendar-listeners.ts). */
export function registerReminderListeners(jobs: ReminderJobs, ready: Promise<unknown>): void {
  const after = (job: () => Promise<void>) => void ready.then(job).catch(report);
  browser.alarms.onAlarm.addListener((alarm) => after(() => jobs.onAlarm(alarm.name)));
  browser.notifications.onClicked.addListener((id) => after(() => jobs.open(id)));
  browser.notifications.onButtonClicked.addListener((id, index) => {
    if (index === 0) after(() => jobs.open(id));
  });
  browser.storage.onChanged.addListener((changes, area) => {
    // A setting changed, or the crisis pause (switched off: the welcomes it held go out).
    if (area === 'local' && (REMINDER_PREFS_KEY in changes || PAUSE_KEY in changes))
      after(() => jobs.start());
  });
  const start = () => after(() => jobs.start());
  browser.runtime.onStartup.addListener(start);
  browser.runtime.onInstalled.addListener(start);
  start();
}
