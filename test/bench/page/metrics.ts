import type { CDPSession, Page } from '@playwright/test';
import { overlay } from '../../e2e/support/overlay';

/** Main-thread totals Chromium keeps per page (CDP Performance.getMetrics), in milliseconds. */
export interface MainThreadTotals {
  scriptMs: number;
  taskMs: number;
  layoutMs: number;
  styleMs: number;
}

export const ZERO_TOTALS: MainThreadTotals = { scriptMs: 0, taskMs: 0, layoutMs: 0, styleMs: 0 };

/** Reads the page's cumulative main-thread metrics through its own CDP session. */
export class MainThreadMeter {
  private constructor(private readonly session: CDPSession) {}

  static async attach(page: Page): Promise<MainThreadMeter> {
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    return new MainThreadMeter(session);
  }

  async read(): Promise<MainThreadTotals> {
    const { metrics } = await this.session.send('Performance.getMetrics');
    const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return {
      scriptMs: seconds('ScriptDuration') * 1000,
      taskMs: seconds('TaskDuration') * 1000,
      layoutMs: seconds('LayoutDuration') * 1000,
      styleMs: seconds('RecalcStyleDuration') * 1000,
    };
  }

  async detach(): Promise<void> {
    await this.session.detach();
  }
}

export function difference(after: MainThreadTotals, before: MainThreadTotals): MainThreadTotals {
  return {
    scriptMs: after.scriptMs - before.scriptMs,
    taskMs: after.taskMs - before.taskMs,
    layoutMs: after.layoutMs - before.layoutMs,
    styleMs: after.styleMs - before.styleMs,
  };
}

export function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A long task (> 50 ms) the page saw, and how much of it was the extension's JS (sampled, see profiler.ts). */
export interface LongTaskRecord {
  startTime: number;
  duration: number;
  extensionJsMs?: number;
}

/** What the in-page probe (PAGE_PROBE) collects in the page's main world. */
export interface ProbeState {
  keys: { start: number; frame?: number; badge?: number }[];
  longTasks: LongTaskRecord[];
}

/**
 * Installed before any page script (addInitScript, main world). Per keydown (capture, first listener to run):
 * the event's timestamp, then when the frame after it has been produced (rAF, then a message-channel task that
 * runs after that frame's rendering). The first change in the assistant's closed shadow root after the key (the
 * badge showing a finished check) is watched from the content-script world instead (watchBadge), since the
 * page cannot see into that root; both worlds share the document's clock. Long tasks are kept for the whole page
 * life (long-animation-frame script attribution leaves out extension scripts, so profiler.ts attributes them).
 */
export const PAGE_PROBE = `(() => {
  const state = { keys: [], longTasks: [] };
  window.__benchProbe = state;
  addEventListener('keydown', (event) => {
    const record = { start: event.timeStamp };
    state.keys.push(record);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { record.frame = performance.now(); };
      channel.port2.postMessage(0);
    });
  }, true);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

export function readProbe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => (window as unknown as { __benchProbe: ProbeState }).__benchProbe);
}

export function resetProbe(page: Page): Promise<number> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __benchProbe: ProbeState }).__benchProbe;
    probe.keys.length = 0;
    return performance.now();
  });
}

/**
 * Starts noting, in the content-script world, when the badge's content, its state or the counter's name changes
 * (not its position): the moment a check is shown. Call once the badge is visible.
 */
export async function watchBadge(page: Page): Promise<void> {
  await overlay(page).evaluate((root) => {
    const changes: number[] = [];
    (globalThis as unknown as { __benchBadge: number[] }).__benchBadge = changes;
    new MutationObserver(() => changes.push(performance.now())).observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributeFilter: ['data-state', 'aria-label'],
    });
  });
}

/** Gives each key the first badge change after it, as long as no later key came first (a check reads the latest text). */
export async function readBadge(page: Page, keys: ProbeState['keys']): Promise<void> {
  const changes =
    (await overlay(page).evaluate(
      () => (globalThis as unknown as { __benchBadge?: number[] }).__benchBadge,
    )) ?? [];
  for (const at of changes) {
    const latest = [...keys].reverse().find((key) => key.start <= at);
    if (latest && latest.badge === undefined) latest.badge = at;
  }
}
