import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Page } from '@playwright/test';
import { extensionUrl, launchWithExtension } from '../e2e/support/browser';
import { CHROME_BUILD } from '../e2e/support/paths';
import type { ActivityRecord } from '../../lib/records/schema';
import { generateRecords } from './seed-records';

// The in-browser half of `npm run bench:records`: the built extension in Chromium, 100,000 records seeded
// into its IndexedDB through the real `records.put` message (validation, masking, strict commits), then the
// time from opening options.html#reports/90 to the report on screen. Standalone:
//   tsx test/bench/records-render.ts [--screenshot assets/readme/reports.png]

export interface RenderFigures {
  seeded: number;
  seedMs: number;
  /** First open after seeding (cold page, worker already awake). */
  firstMs: number;
  /** Median of the following opens. */
  medianMs: number;
  runs: number[];
  /** The 90-day read both ways in the dashboard page (same database, interleaved): entries vs per-day rows. */
  reads: ReadComparison;
}

export interface ReadComparison {
  entries: number;
  rows: number;
  /** Medians of 5, ms: every kind's 90 days from the `timeline` store (the read before v5) and from `days`. */
  timelineMs: number;
  daysMs: number;
}

const BATCH = 1000;
const PARALLEL_BATCHES = 4;

/** Marks when the report's data first appears in the DOM, then when that frame is painted. */
const READY_PROBE = `(() => {
  const w = window;
  const check = () => {
    if (w.__reportReadyAt === undefined && document.querySelector('[data-testid="report-ready"]')) {
      w.__reportReadyAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => { w.__reportPaintedAt = performance.now(); }, 0));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

async function seed(page: Page, records: ActivityRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += BATCH * PARALLEL_BATCHES) {
    const chunk = records.slice(i, i + BATCH * PARALLEL_BATCHES);
    const error = await page.evaluate(
      async ({ chunk, size }) => {
        const runtime = (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } };
          }
        ).chrome.runtime;
        const batches: unknown[][] = [];
        for (let j = 0; j < chunk.length; j += size) batches.push(chunk.slice(j, j + size));
        const replies = await Promise.all(
          batches.map((records) =>
            runtime.sendMessage({ onbrand: 1, type: 'records.put', payload: { records } }),
          ),
        );
        return replies.find((r) => !r?.ok)?.error ?? null;
      },
      { chunk, size: BATCH },
    );
    if (error) throw new Error(`seeding failed: ${error}`);
  }
}

/**
 * Times the report's 90-day read of every kind both ways, in one page, alternating: the `timeline` entries (what the
 * background read before the per-day rows) and the `days` rows (what it reads now).
 */
async function compareReads(page: Page, from: number): Promise<ReadComparison> {
  // A string, as READY_PROBE: the bench runs under tsx, whose named-function helper does not exist in the page.
  return page.evaluate(`(async (from) => {
    const kinds = ['publish', 'template-use', 'gate-override', 'check-summary', 'engagement', 'feedback'];
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('onbrand');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const getAll = (store, range) =>
      new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll(range);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const day = Math.floor(from / 86400000);
    const read = async (store) => {
      const started = performance.now();
      const parts = await Promise.all(
        kinds.map((k) =>
          store === 'timeline'
            ? getAll(store, IDBKeyRange.bound([k, from], [k, Infinity, []]))
            : getAll(store, IDBKeyRange.bound([k, day], [k, Infinity])),
        ),
      );
      return { ms: performance.now() - started, count: parts.reduce((n, p) => n + p.length, 0) };
    };
    const timeline = [];
    const days = [];
    let entries = 0;
    let rows = 0;
    for (let i = 0; i < 5; i++) {
      const a = await read('timeline');
      const b = await read('days');
      timeline.push(a.ms);
      days.push(b.ms);
      entries = a.count;
      rows = b.count;
    }
    db.close();
    const median = (xs) => [...xs].sort((x, y) => x - y)[2];
    return { entries, rows, timelineMs: median(timeline), daysMs: median(days) };
  })(${from})`);
}

/** Opens the 90-day report and returns ms from navigation start to the rendered report's first paint. */
async function openReport(page: Page, url: string): Promise<number> {
  const started = performance.now();
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __reportPaintedAt?: number }).__reportPaintedAt !== undefined,
    undefined,
    { timeout: 60_000 },
  );
  const painted = await page.evaluate(
    () => (window as unknown as { __reportPaintedAt: number }).__reportPaintedAt,
  );
  return Number.isFinite(painted) ? painted : performance.now() - started;
}

export async function measureInBrowserRender(
  options: { count?: number; opens?: number; screenshot?: string } = {},
): Promise<RenderFigures> {
  if (!existsSync(CHROME_BUILD))
    throw new Error(`no extension build at ${CHROME_BUILD}: run npm run build first`);
  const count = options.count ?? 100_000;
  const opens = options.opens ?? 5;
  const ext = await launchWithExtension();
  try {
    await ext.context.addInitScript(READY_PROBE);
    const page = await ext.context.newPage();
    await page.goto(extensionUrl(ext.extensionId, 'options.html'));
    // In time order, as the log is written while the manager works (each write then updates a few days' rows).
    const records = generateRecords({ count, now: Date.now(), days: 365, seed: 2025 }).sort(
      (a, b) => a.at - b.at,
    );
    const seedStart = performance.now();
    await seed(page, records);
    const seedMs = performance.now() - seedStart;
    const seeded = await page.evaluate(async () => {
      const runtime = (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<{ data: { count: number } }> } };
        }
      ).chrome.runtime;
      return (await runtime.sendMessage({ onbrand: 1, type: 'records.count', payload: {} })).data.count;
    });
    const reads = await compareReads(page, Date.now() - 90 * 86_400_000);
    const url = extensionUrl(ext.extensionId, 'options.html#reports/90');
    const runs: number[] = [];
    // A new tab per open: each is a full document load, as when the user opens the dashboard.
    for (let i = 0; i < opens; i++) {
      // Something is recorded between two opens, as while the manager works in the sites: every open reads the
      // log afresh (the background reuses its last read only while nothing was written).
      await seed(page, generateRecords({ count: 1, now: Date.now(), days: 1, seed: 7 + i }));
      const tab = await ext.context.newPage();
      runs.push(await openReport(tab, url));
      if (options.screenshot && i === opens - 1)
        await tab.screenshot({
          path: options.screenshot,
          fullPage: true,
          clip: { x: 0, y: 0, width: 1280, height: 1500 },
        });
      await tab.close();
    }
    const rest = runs.slice(1).sort((a, b) => a - b);
    return {
      seeded,
      seedMs,
      firstMs: runs[0],
      medianMs: rest[Math.floor(rest.length / 2)] ?? runs[0],
      runs,
      reads,
    };
  } finally {
    await ext.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--screenshot');
  const figures = await measureInBrowserRender({ screenshot: at > 0 ? process.argv[at + 1] : undefined });
  console.log(JSON.stringify(figures, null, 2));
}
