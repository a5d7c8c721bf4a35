// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  FIRST_SCREEN_KEY,
  dayIn,
  firstScreenMarkup,
  saveFirstScreen,
  showFirstScreen,
  stillCurrent,
} from '@/components/popup/first-screen';
import { SETTINGS_KEY, SETTINGS_VERSION } from '@/lib/storage/settings-key';

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
    `<ol data-testid="today-list" data-total="${rows}">${items}<li data-testid="today-rest"></li></ol></section>`;
  document.body.replaceChildren(main);
  return main;
}

describe("the popup's first screen from a snapshot", () => {
  beforeEach(() => fakeBrowser.reset());

  it("keeps today's first rows and the list's test ids, blanks per-tab parts and drops controls' test ids", () => {
    const copy = document.createElement('div');
    copy.innerHTML = firstScreenMarkup(popupMarkup(40), 24);
    expect(copy.querySelectorAll('[data-testid="today-slot"]')).toHaveLength(24);
    expect(copy.querySelector('[data-testid="today-list"]')?.getAttribute('data-total')).toBe('40');
    expect(copy.querySelector('[data-testid="open-dashboard"], [data-testid="today-compose"]')).toBeNull();
    expect(copy.querySelector('[data-testid="popup"], [data-testid="today-slot-state"]')).toBeNull();
    expect(copy.querySelector('[id]')).toBeNull();
    // A closed menu shows its summary only: its items are left out of the copy.
    expect(copy.querySelectorAll('details > summary')).toHaveLength(24);
    expect(copy.querySelector('.today-menu')).toBeNull();
    const site = copy.querySelector('section') as HTMLElement;
    expect(site.textContent).toContain('x.com is on');
    expect(site.style.visibility).toBe('hidden');
  });

  it('is current only for the same calendar revision, language and day', () => {
    const now = Date.UTC(2026, 11, 3, 12);
    const saved = {
      html: '<main></main>',
      revision: 4,
      day: dayIn('Asia/Shanghai', now),
      zone: 'Asia/Shanghai',
      preference: 'auto',
      language: 'en-US',
      lang: 'en',
    };
    const settings = { version: SETTINGS_VERSION, value: { locale: 'auto' } };
    expect(dayIn('Asia/Shanghai', now)).toBe('2026-12-03');
    expect(stillCurrent(saved, 4, settings, 'en-US', now)).toBe(true);
    expect(stillCurrent(saved, 5, settings, 'en-US', now)).toBe(false);
    expect(
      stillCurrent(saved, 4, { version: SETTINGS_VERSION, value: { locale: 'zh-CN' } }, 'en-US', now),
    ).toBe(false);
    expect(stillCurrent(saved, 4, settings, 'zh-CN', now)).toBe(false);
    expect(stillCurrent(saved, 4, settings, 'en-US', now + 24 * 3600_000)).toBe(false);
    expect(stillCurrent({ ...saved, zone: 'Not/AZone', day: '' }, 4, settings, 'en-US', now)).toBe(false);
    expect(stillCurrent(undefined, 4, settings, 'en-US', now)).toBe(false);
  });

  it('is saved by one opening and shown by the next, and not once the calendar changed', async () => {
    await fakeBrowser.storage.local.set({ calendarRevision: 2 });
    await saveFirstScreen(popupMarkup(30), 2, 'UTC', 24);
    expect(await fakeBrowser.storage.session.get(FIRST_SCREEN_KEY)).toHaveProperty(FIRST_SCREEN_KEY);

    const container = document.createElement('div');
    document.body.replaceChildren(container);
    expect(await showFirstScreen(container)).toBe(true);
    expect(container.querySelectorAll('[data-testid="today-slot"]')).toHaveLength(24);

    await fakeBrowser.storage.local.set({ calendarRevision: 3, [SETTINGS_KEY]: undefined });
    const next = document.createElement('div');
    document.body.replaceChildren(next);
    expect(await showFirstScreen(next)).toBe(false);
    expect(next.innerHTML).toBe('');
  });
});
