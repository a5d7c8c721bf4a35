import type { Page } from '@playwright/test';
import { calendarOf, noonZone, seedCalendar, slotAt, todayAt } from '../../e2e/support/calendar';
import type { BenchBrowser } from './browsers';

/**
 * The toolbar popup opened on a day with `slots` slots: how long until the list is on screen, knowing all of them
 * (its data-total) with rows down past the bottom of the 600 px view (the popup renders the rest as they are reached,
 * components/popup/useGrowingWindow.ts; `renderedSlots` says how many were in the DOM at that frame, `onScreenSlots`
 * how many of them were in view). Beside it,
 * in the same rounds and measured the same way, what Chromium alone takes: an extension page with no script (the
 * extension's icon opened as a page) and the popup on a day with no slot.
 */
export interface PopupRenderRun {
  /** `day`: the popup on the seeded day; `empty`: the popup on a day with no slot; `blank`: the icon, no script. */
  page: 'day' | 'empty' | 'blank';
  slots: number;
  /** Slots in the DOM at that frame. */
  renderedSlots: number;
  /** Of those, the slots at least partly inside the 360 × 600 view. */
  onScreenSlots: number;
  /** Navigation start → the frame after the awaited element is in the DOM (what the user waits for), ms. */
  openToPaintMs: number;
  /** The page's HTML parsed (navigation timing's domInteractive; its module script runs next) → that frame, ms. */
  parsedToPaintMs: number;
}

/**
 * In the page before its scripts: the frame after `selector` matched with `rowSelector` rows reaching past the
 * bottom of the view (or all `rows` of them rendered): the first screen of rows, on screen.
 */
const PAINT_PROBE = (selector: string, rowSelector: string, rows: number) => `(() => {
  const probe = { painted: undefined, rendered: 0, onScreen: 0 };
  globalThis.__benchPopup = probe;
  const look = () => {
    if (probe.painted !== undefined || !document.querySelector(${JSON.stringify(selector)})) return;
    const items = [...document.querySelectorAll(${JSON.stringify(rowSelector)})];
    const last = items[items.length - 1];
    if (items.length < ${rows} && (!last || last.getBoundingClientRect().bottom < innerHeight)) return;
    probe.rendered = items.length;
    probe.onScreen = items.filter((item) => item.getBoundingClientRect().top < innerHeight).length;
    requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => { probe.painted = performance.now(); }; c.port2.postMessage(0); });
    observer.disconnect();
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true });
})()`;

async function openOnce(
  browser: BenchBrowser,
  path: string,
  probe: string,
): Promise<{ painted: number; rendered: number; onScreen: number; parsed: number }> {
  const page: Page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.addInitScript(probe);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await page.waitForFunction(
    () =>
      (globalThis as unknown as { __benchPopup: { painted?: number } }).__benchPopup.painted !== undefined,
    null,
    { timeout: 30_000 },
  );
  const result = await page.evaluate(() => ({
    painted: (globalThis as unknown as { __benchPopup: { painted: number } }).__benchPopup.painted,
    rendered: (globalThis as unknown as { __benchPopup: { rendered: number } }).__benchPopup.rendered,
    onScreen: (globalThis as unknown as { __benchPopup: { onScreen: number } }).__benchPopup.onScreen,
    parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
  }));
  await page.close();
  return result;
}

/** An extension page with no script of ours: what opening any extension page costs Chromium. */
const BLANK = { path: 'icon/128.png', probe: PAINT_PROBE('img', 'img', 1) };

async function timed(
  browser: BenchBrowser,
  page: PopupRenderRun['page'],
  slots: number,
): Promise<PopupRenderRun> {
  const { path, probe } =
    page === 'blank'
      ? BLANK
      : {
          path: 'popup.html',
          probe:
            page === 'empty'
              ? PAINT_PROBE('[data-testid="today-empty"]', '[data-testid="today-slot"]', 0)
              : PAINT_PROBE(
                  `[data-testid="today-list"][data-total="${slots}"]`,
                  '[data-testid="today-slot"]',
                  slots,
                ),
        };
  const run = await openOnce(browser, path, probe);
  return {
    page,
    slots: page === 'day' ? slots : 0,
    renderedSlots: run.rendered,
    onScreenSlots: run.onScreen,
    openToPaintMs: run.painted,
    parsedToPaintMs: run.painted - run.parsed,
  };
}

/**
 * Seeds `count` slots spread over today (the e2e helpers' noon zone), opens the popup `rounds` times, each right
 * after the blank page; then, on a day with no slot, the empty popup `rounds` times, each after the blank page too.
 */
export async function runPopupRender(
  browser: BenchBrowser,
  count = 1000,
  rounds = 3,
): Promise<PopupRenderRun[]> {
  const zone = noonZone();
  const slots = Array.from({ length: count }, (_, i) => {
    const minute = Math.floor((i * 1439) / count);
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    return slotAt(zone, `bench-${i}`, todayAt(zone, time), {
      platform: i % 2 ? 'x' : 'weibo',
      title: `Post ${i + 1}`,
    });
  });
  const seed = async (calendar: ReturnType<typeof calendarOf>) => {
    const setup: Page = await browser.context.newPage();
    await setup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await seedCalendar(setup, calendar);
    await setup.close();
  };
  const runs: PopupRenderRun[] = [];
  await seed(calendarOf(zone, slots));
  for (let round = 0; round < rounds; round++) {
    runs.push(await timed(browser, 'blank', 0));
    runs.push(await timed(browser, 'day', count));
  }
  await seed(calendarOf(zone, []));
  for (let round = 0; round < rounds; round++) {
    runs.push(await timed(browser, 'blank', 0));
    runs.push(await timed(browser, 'empty', 0));
  }
  return runs;
}
