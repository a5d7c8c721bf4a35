// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  FIRST_SCREEN_KEY,
  clearFirstScreenOnChange,
  firstScreenMarkup,
  saveFirstScreen,
  showFirstScreen,
  stillCurrent,
  pauseStamp,
  todaysFirstScreen,
  type FirstScreen,
} from '@/components/popup/first-screen';
import { SETTINGS_KEY, SETTINGS_VERSION } from '@/lib/storage/settings-key';
import { dayBounds } from '@/lib/calendar/time';

/** The 3rd of December 2026 in Shanghai: 2026-12-02T16:00Z to 2026-12-03T16:00Z. */
const SHANGHAI_DEC_3 = dayBounds('2026-12-03', 'Asia/Shanghai');

function popupMarkup(rows: number): HTMLElement {
  const items = Array.from(
    { length: rows },
    (_, i) =>
      `<li data-testid="today-slot" aria-posinset="${i + 1}" aria-setsize="${rows}"><span data-testid="today-slot-state">due</span><button data-testid="today-compose">Post</button><details class="today-more"><summary>More</summary><div class="today-menu"><button>Skip</button></div></details></li>`,
  ).join('');
  const main = document.createElement('main');
  main.setAttribute('data-testid', 'popup');
  main.innerHTML =
    `<header><h1 data-testid="popup-title">Onbrand</h1><button id="x" data-testid="open-dashboard">Open</button></header>` +
    `<section data-testid="popup-site"><p data-testid="site-message">x.com is on</p></section>` +
    `<section data-testid="popup-today"><p data-testid="today-counts">3 posts</p>` +
    `<div class="today-strip"><span class="today-dot" title="Post 1\nPost 2"></span></div>` +
    `<ol data-testid="today-list" data-total="${rows}">${items}<li data-testid="today-rest"></li></ol></section>`;
  document.body.replaceChildren(main);
  return main;
}

describe("the popup's first screen from a snapshot", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    localStorage.clear();
  });

  it("keeps today's first rows and the list's test ids, blanks per-tab parts and drops controls' test ids", () => {
    const copy = document.createElement('div');
    copy.innerHTML = firstScreenMarkup(popupMarkup(40), 24);
    expect(copy.querySelectorAll('[data-testid="today-slot"]')).toHaveLength(24);
    expect(copy.querySelector('[data-testid="today-list"]')?.getAttribute('data-total')).toBe('40');
    expect(copy.querySelector('[data-testid="open-dashboard"], [data-testid="today-compose"]')).toBeNull();
    expect(copy.querySelector('[data-testid="popup"], [data-testid="today-slot-state"]')).toBeNull();
    expect(copy.querySelector('[id]')).toBeNull();
    expect(copy.querySelector('[title]')).toBeNull();
    // A closed menu shows its summary only: its items are left out of the copy.
    expect(copy.querySelectorAll('details > summary')).toHaveLength(24);
    expect(copy.querySelector('.today-menu')).toBeNull();
    const site = copy.querySelector('section') as HTMLElement;
    expect(site.textContent).toContain('x.com is on');
    expect(site.style.visibility).toBe('hidden');
  });

  it('keeps no row past the first one that reaches the fold, as laid out when saved', () => {
    const main = popupMarkup(40);
    // Rows 75 px apart from 295 px (a 1,000-slot day in a 360 × 600 popup): the 5th, at 595–664, reaches 600.
    main.querySelectorAll<HTMLElement>('[aria-posinset]').forEach((row, i) => {
      row.getBoundingClientRect = () => ({ top: 295 + 75 * i, bottom: 364 + 75 * i, height: 69 }) as DOMRect;
    });
    const copy = document.createElement('div');
    copy.innerHTML = firstScreenMarkup(main, 12);
    expect(
      [...copy.querySelectorAll('[aria-posinset]')].map((row) => row.getAttribute('aria-posinset')),
    ).toEqual(['1', '2', '3', '4', '5']);
    // A taller fold, or a cap below it: whichever comes first.
    copy.innerHTML = firstScreenMarkup(main, 12, 800);
    expect(copy.querySelectorAll('[aria-posinset]')).toHaveLength(7);
    copy.innerHTML = firstScreenMarkup(main, 3);
    expect(copy.querySelectorAll('[aria-posinset]')).toHaveLength(3);
  });

  it('is current only for the same calendar revision, language, pauses and day', () => {
    const now = Date.UTC(2026, 11, 3, 12);
    const pauses = {
      version: 1,
      pauses: [{ id: 'p1', startedAt: now - 3600_000, reason: 'Recall', terms: [] }],
    };
    const saved = {
      html: '<main></main>',
      revision: 4,
      from: SHANGHAI_DEC_3.startMs,
      until: SHANGHAI_DEC_3.endMs,
      preference: 'auto',
      language: 'en-US',
      lang: 'en',
      pause: pauseStamp(pauses),
    };
    const settings = { version: SETTINGS_VERSION, value: { locale: 'auto' } };
    const current = (
      revision: number,
      stored = settings,
      stamp: unknown = pauses,
      language = 'en-US',
      at = now,
    ) => stillCurrent(saved, revision, stored, stamp, language, at);
    expect(SHANGHAI_DEC_3).toEqual({ startMs: Date.UTC(2026, 11, 2, 16), endMs: Date.UTC(2026, 11, 3, 16) });
    expect(current(4)).toBe(true);
    expect(current(5)).toBe(false);
    expect(current(4, { version: SETTINGS_VERSION, value: { locale: 'zh-CN' } })).toBe(false);
    expect(current(4, settings, pauses, 'zh-CN')).toBe(false);
    expect(current(4, settings, pauses, 'en-US', now + 24 * 3600_000)).toBe(false);
    // A team's pause switched off (or a new one) while no extension page was open: only the worker wrote it.
    expect(current(4, settings, { version: 1, pauses: [{ ...pauses.pauses[0], endedAt: now }] })).toBe(false);
    expect(
      current(4, settings, { version: 1, pauses: [...pauses.pauses, { id: 'p2', startedAt: now }] }),
    ).toBe(false);
    expect(current(4, settings, null)).toBe(false);
    expect(pauseStamp(undefined)).toBe('');
    expect(pauseStamp({ pauses: 'nonsense' })).toBe('');
    // A copy saved before its day was stored as instants (a `day` string): never shown.
    const { from: _from, until: _until, ...older } = saved;
    const before = { ...older, day: '2026-12-03', zone: 'Asia/Shanghai' } as Partial<FirstScreen>;
    expect(stillCurrent(before, 4, settings, pauses, 'en-US', now)).toBe(false);
    expect(stillCurrent(undefined, 4, settings, pauses, 'en-US', now)).toBe(false);
  });

  it('is saved by one opening in localStorage and shown at once by the next; removed once the calendar changed', async () => {
    await fakeBrowser.storage.local.set({ calendarRevision: 2 });
    await saveFirstScreen(popupMarkup(30), 2, dayBounds(new Date().toISOString().slice(0, 10), 'UTC'), 24);
    expect(localStorage.getItem(FIRST_SCREEN_KEY)).toContain('today-slot');

    const container = document.createElement('div');
    document.body.replaceChildren(container);
    const first = showFirstScreen(container);
    // Synchronously: on screen before any storage read.
    expect(first.shown).toBe(true);
    expect(container.querySelectorAll('[data-testid="today-slot"]')).toHaveLength(24);
    expect(await first.checked).toBe(true);
    expect(container.querySelectorAll('[data-testid="today-slot"]')).toHaveLength(24);

    // The worker changed the calendar while no page was open: shown, then removed by the check, and dropped.
    await fakeBrowser.storage.local.set({ calendarRevision: 3, [SETTINGS_KEY]: undefined });
    const next = document.createElement('div');
    document.body.replaceChildren(next);
    const second = showFirstScreen(next);
    expect(await second.checked).toBe(false);
    expect(next.innerHTML).toBe('');
    expect(localStorage.getItem(FIRST_SCREEN_KEY)).toBeNull();
    expect(showFirstScreen(next).shown).toBe(false);
  });

  it("is never shown past the day boundary in the calendar's zone, and dropped then", async () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    } as Storage;
    // Saved at 23:59 in Shanghai (15:59 UTC).
    const saved = {
      html: '<main>today</main>',
      revision: 1,
      from: SHANGHAI_DEC_3.startMs,
      until: SHANGHAI_DEC_3.endMs,
      preference: 'auto',
      language: 'en-US',
      lang: 'en',
    };
    storage.setItem(FIRST_SCREEN_KEY, JSON.stringify(saved));
    // Before its day (a clock set back): not shown, and removed.
    expect(todaysFirstScreen(storage, 'en-US', Date.UTC(2026, 11, 2, 15, 59))).toBeUndefined();
    storage.setItem(FIRST_SCREEN_KEY, JSON.stringify(saved));
    expect(todaysFirstScreen(storage, 'en-US', Date.UTC(2026, 11, 3, 15, 59, 59))?.html).toBe(
      '<main>today</main>',
    );
    // One minute later it is the 4th there (still the 3rd in UTC): not shown, and removed.
    expect(todaysFirstScreen(storage, 'en-US', Date.UTC(2026, 11, 3, 16, 0, 30))).toBeUndefined();
    expect(store.size).toBe(0);
    // Another browser language, or an unreadable copy: not shown either.
    storage.setItem(FIRST_SCREEN_KEY, JSON.stringify(saved));
    expect(todaysFirstScreen(storage, 'zh-CN', Date.UTC(2026, 11, 3, 15, 0))).toBeUndefined();
    storage.setItem(FIRST_SCREEN_KEY, '{not json');
    expect(todaysFirstScreen(storage, 'en-US', Date.UTC(2026, 11, 3, 15, 0))).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it("is dropped by the extension's pages when the calendar, the language, the kits or the pause change", async () => {
    const unwatch = clearFirstScreenOnChange();
    const save = () => localStorage.setItem(FIRST_SCREEN_KEY, '{}');
    const settings = (locale: string, x: boolean) => ({
      version: SETTINGS_VERSION,
      value: { locale, sites: { x } },
    });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings('auto', true) });
    for (const change of [
      { calendarRevision: 7 },
      { [SETTINGS_KEY]: settings('zh-CN', true) },
      { kits: [] },
      { kitPrefs: {} },
      { crisisPause: [] },
    ]) {
      save();
      await fakeBrowser.storage.local.set(change);
      expect(localStorage.getItem(FIRST_SCREEN_KEY), JSON.stringify(change)).toBeNull();
    }
    // A setting the copy does not show (a site switch, blanked in it) keeps it.
    save();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings('zh-CN', false) });
    expect(localStorage.getItem(FIRST_SCREEN_KEY)).toBe('{}');
    unwatch();
  });
});
