import type { Page } from '@playwright/test';
import { calendarOf, noonZone, seedCalendar, slotAt, todayAt } from '../../e2e/support/calendar';
import type { BenchBrowser } from './browsers';
import { FIRST_ROWS } from '@/components/popup/useGrowingWindow';

/**
 * The toolbar popup opened on a day with `slots` slots: how long until the list is on screen, knowing all of them
 * (its data-total) with its first screen of rows rendered (the popup renders the rest as they are reached,
 * components/popup/useGrowingWindow.ts; `renderedSlots` says how many were in the DOM at that frame).
 */
export interface PopupRenderRun {
  slots: number;
  /** Slots in the DOM at that frame. */
  renderedSlots: number;
  /** Navigation start of popup.html → the frame after the list's first screen is in the DOM (what the user waits for), ms. */
  openToPaintMs: number;
  /** The popup's HTML parsed (navigation timing's domInteractive; its module script runs next) → that frame, ms. */
  parsedToPaintMs: number;
}

/** In the popup page before its scripts: the frame after the last slot appeared. */
const POPUP_PROBE = (expected: number, firstScreen: number) => `(() => {
  const probe = { painted: undefined, rendered: 0 };
  globalThis.__benchPopup = probe;
  const look = () => {
    if (probe.painted !== undefined || !document.querySelector('[data-testid="today-list"][data-total="${expected}"]')) return;
    probe.rendered = document.querySelectorAll('[data-testid="today-slot"]').length;
    if (probe.rendered < ${Math.min(expected, firstScreen)}) return;
    requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => { probe.painted = performance.now(); }; c.port2.postMessage(0); });
    observer.disconnect();
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true });
})()`;

/** Seeds `count` slots spread over today (the e2e helpers' noon zone), opens the popup `rounds` times. */
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
  const url = `chrome-extension://${browser.extensionId}/popup.html`;
  const setup: Page = await browser.context.newPage();
  await setup.goto(url);
  await seedCalendar(setup, calendarOf(zone, slots));
  await setup.close();
  const runs: PopupRenderRun[] = [];
  for (let round = 0; round < rounds; round++) {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.addInitScript(POPUP_PROBE(count, FIRST_ROWS));
    await popup.goto(url);
    await popup.waitForFunction(
      () =>
        (globalThis as unknown as { __benchPopup: { painted?: number } }).__benchPopup.painted !== undefined,
      null,
      { timeout: 30_000 },
    );
    const probe = await popup.evaluate(() => ({
      painted: (globalThis as unknown as { __benchPopup: { painted: number } }).__benchPopup.painted,
      rendered: (globalThis as unknown as { __benchPopup: { rendered: number } }).__benchPopup.rendered,
      parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
    }));
    runs.push({
      slots: count,
      renderedSlots: probe.rendered,
      openToPaintMs: probe.painted,
      parsedToPaintMs: probe.painted - probe.parsed,
    });
    await popup.close();
  }
  const cleanup = await browser.context.newPage();
  await cleanup.goto(url);
  await seedCalendar(cleanup, calendarOf(zone, []));
  await cleanup.close();
  return runs;
}
