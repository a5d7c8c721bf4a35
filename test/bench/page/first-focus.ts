import type { CDPSession, Page } from '@playwright/test';
import type { BenchBrowser } from './browsers';

/** One first focus of a compose box on a freshly loaded page, timed inside the page (no Playwright round trips). */
export interface FirstFocusRun {
  site: string;
  /** pointerdown on the box → the badge (drawn only once the box's text is checked) in the frame after it, ms. */
  focusToBadgeMs: number;
  /** pointerdown → the assistant's shadow host in the page (injection done, UI mounting), ms. */
  focusToHostMs: number;
  /** The first keystroke after the badge: keydown → the badge showing the check of the new text, ms. */
  firstKeyToBadgeMs: number;
  /** Whether that badge change was made before the frame that paints the keystroke (so both show together). */
  firstKeyInItsFrame: boolean;
  /**
   * Main-thread CPU time (CDP Performance.getMetrics TaskDuration in thread ticks) from just before the click until
   * the badge was seen: what the first focus costs the page, which machine load does not stretch as it does the
   * wall-clock figures above (taken a few polls after the badge, so it includes the first check and render).
   */
  focusTaskMs: number;
  /** JS heap of the page's isolate after the badge minus before the focus, both after a full GC, bytes. */
  heapAddedBytes: number;
}

interface IsolatedContext {
  id: number;
  origin: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

/**
 * Installed in the extension's content-script world (where the page-load script already runs): notes the
 * pointerdown and keydown times, the moment the assistant's host appears and every change of the badge inside
 * its closed shadow root (`chrome.dom.openOrClosedShadowRoot`, as test/e2e/support/overlay.ts reads it), and
 * the end of the frame after each keydown (rAF, then a task: the frame has been produced).
 */
const WORLD_PROBE = `(() => {
  const probe = { press: undefined, host: undefined, badge: undefined, badgeFrame: undefined, keys: [], changes: [] };
  globalThis.__benchFocus = probe;
  const afterFrame = (done) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => done(performance.now()); c.port2.postMessage(0); });
  addEventListener('pointerdown', (event) => { if (probe.press === undefined) probe.press = event.timeStamp; }, true);
  addEventListener('keydown', (event) => {
    const key = { start: event.timeStamp, rafAt: undefined, frame: undefined };
    probe.keys.push(key);
    requestAnimationFrame(() => { key.rafAt = performance.now(); });
    afterFrame((at) => { key.frame = at; });
  }, true);
  const watchRoot = (root) => {
    const look = () => {
      const badge = root.querySelector('[data-testid="onbrand-badge"]');
      if (badge && probe.badge === undefined) { probe.badge = performance.now(); afterFrame((at) => { probe.badgeFrame = at; }); }
      if (badge) probe.changes.push(performance.now());
    };
    new MutationObserver(look).observe(root, { subtree: true, childList: true, characterData: true, attributeFilter: ['data-state', 'aria-label'] });
    look();
  };
  const findHost = () => {
    const host = document.querySelector('onbrand-assistant');
    if (!host || probe.host !== undefined) return;
    probe.host = performance.now();
    const root = chrome.dom.openOrClosedShadowRoot(host);
    if (root) watchRoot(root);
  };
  new MutationObserver(findHost).observe(document.documentElement, { childList: true, subtree: true });
})()`;

async function isolatedWorld(session: CDPSession): Promise<() => number | undefined> {
  const contexts: IsolatedContext[] = [];
  session.on('Runtime.executionContextCreated', ({ context }: { context: IsolatedContext }) =>
    contexts.push(context),
  );
  await session.send('Runtime.enable');
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  return () =>
    contexts.find(
      (c) =>
        c.auxData?.type === 'isolated' &&
        c.origin.startsWith('chrome-extension://') &&
        c.auxData.frameId === frameTree.frame.id,
    )?.id;
}

async function evaluateIn<T>(session: CDPSession, contextId: number, expression: string): Promise<T> {
  const { result, exceptionDetails } = (await session.send('Runtime.evaluate', {
    expression,
    contextId,
    returnByValue: true,
    awaitPromise: true,
  })) as {
    result: { value: T };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  if (exceptionDetails)
    throw new Error(`first-focus probe: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value;
}

async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  return ((await session.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
}

interface ProbeState {
  press?: number;
  host?: number;
  badge?: number;
  badgeFrame?: number;
  keys: { start: number; rafAt?: number; frame?: number }[];
  changes: number[];
}

/**
 * Loads `url` in a new page of the ON browser, waits until the page-load script is in place, clicks the box
 * (trusted input), waits for the badge, types one key and reads the probe. Heap is measured around the focus.
 */
export async function runFirstFocus(
  browser: BenchBrowser,
  site: { name: string; url: string; editor: string },
  key = 'a',
  settleMs = 800,
): Promise<FirstFocusRun> {
  const page: Page = await browser.context.newPage();
  const session = await page.context().newCDPSession(page);
  try {
    const world = await isolatedWorld(session);
    await page.goto(site.url);
    await page.waitForLoadState('load');
    await page.waitForFunction(() => 'fixture' in window);
    const started = Date.now();
    while (world() === undefined) {
      if (Date.now() - started > 10_000) throw new Error(`${site.name}: the page-load script never ran`);
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(settleMs);
    const contextId = world()!;
    await evaluateIn(session, contextId, WORLD_PROBE);
    const heapBefore = await heapAfterGc(session);
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    const taskMs = async () => {
      const { metrics } = (await session.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    };
    const taskBefore = await taskMs();

    await page.locator(`[data-fixture-editor="${site.editor}"]`).click();
    const read = () => evaluateIn<ProbeState>(session, contextId, 'globalThis.__benchFocus');
    const waitFor = async (what: string, done: (p: ProbeState) => boolean) => {
      const since = Date.now();
      for (;;) {
        const probe = await read();
        if (done(probe)) return probe;
        if (Date.now() - since > 15_000) throw new Error(`${site.name}: ${what} did not happen within 15 s`);
        await page.waitForTimeout(20);
      }
    };
    const shown = await waitFor('the badge', (p) => p.badgeFrame !== undefined);
    const focusTaskMs = (await taskMs()) - taskBefore;
    await page.waitForTimeout(settleMs);
    const heapAfter = await heapAfterGc(session);

    const changesBefore = (await read()).changes.length;
    await page.keyboard.type(key);
    const typed = await waitFor(
      'the badge after the first key',
      (p) => p.changes.length > changesBefore && p.keys[0]?.frame !== undefined,
    );
    const keydown = typed.keys[0];
    const change = typed.changes.slice(changesBefore).find((at) => at >= keydown.start)!;
    return {
      site: site.name,
      focusToBadgeMs: shown.badgeFrame! - shown.press!,
      focusToHostMs: shown.host! - shown.press!,
      focusTaskMs,
      firstKeyToBadgeMs: change - keydown.start,
      firstKeyInItsFrame: keydown.rafAt !== undefined && change <= keydown.rafAt,
      heapAddedBytes: heapAfter - heapBefore,
    };
  } finally {
    await session.detach().catch(() => undefined);
    await page.close();
  }
}
