import type { Page, Worker } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';
import { emptyCalendar, localToUtc, utcToLocal, type Calendar, type Slot } from '@/lib/calendar';

// Shared by the calendar e2e specs: a zone where it is about noon right now (so "today" has room on both
// sides whatever time the suite runs), slots relative to now, and raw access to storage and the worker.

/** An Etc/GMT zone whose local time is within an hour of 12:00 now. */
export function noonZone(now = Date.now()): string {
  let offset = 12 - new Date(now).getUTCHours();
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  return offset === 0 ? 'UTC' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

export function todayAt(zone: string, time: string, now = Date.now()): string {
  return `${utcToLocal(now, zone).slice(0, 10)}T${time}`;
}

export function slotAt(zone: string, id: string, start: string, extra: Partial<Slot> = {}): Slot {
  return {
    id,
    start,
    timeZone: zone,
    durationMinutes: 30,
    platform: 'weibo',
    contentType: 'text',
    title: id,
    owner: 'Mei',
    status: 'planned',
    notes: '',
    ...extra,
  };
}

export function calendarOf(zone: string, slots: Slot[], extra: Partial<Calendar> = {}): Calendar {
  return { ...emptyCalendar(zone), slots, ...extra };
}

type ChromeStorage = {
  chrome: {
    storage: {
      local: { set(x: unknown): Promise<void>; get(k: string[]): Promise<Record<string, unknown>> };
    };
  };
};

/** Writes the stored calendar directly (test setup), bumping the revision as the writer would. */
export async function seedCalendar(extensionPage: Page, calendar: Calendar): Promise<void> {
  await extensionPage.evaluate(async (value) => {
    const local = (globalThis as unknown as ChromeStorage).chrome.storage.local;
    const { calendarRevision } = await local.get(['calendarRevision']);
    await local.set({
      calendar: value,
      calendarRevision: ((calendarRevision as number | undefined) ?? 0) + 1,
    });
  }, calendar);
}

export async function storedCalendar(extensionPage: Page): Promise<Calendar> {
  return extensionPage.evaluate(
    async () =>
      (await (globalThis as unknown as ChromeStorage).chrome.storage.local.get(['calendar']))
        .calendar as Calendar,
  );
}

/** Runs `fn` in the extension's current service worker (a stopped worker is replaced by a new one on wake-up). */
export async function inWorker<T>(context: BrowserContext, fn: () => Promise<T>): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 20; attempt++) {
    const workers = context.serviceWorkers();
    const worker: Worker | undefined = workers[workers.length - 1];
    if (worker) {
      try {
        return await worker.evaluate(fn);
      } catch (error) {
        lastError = error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw lastError instanceof Error ? lastError : new Error('no service worker');
}

export const localMs = localToUtc;
