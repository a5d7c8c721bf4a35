import type { Page } from '@playwright/test';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { extensionUrl, launchWithExtension } from '../e2e/support/browser';
import { serveFixtures } from '../e2e/support/fixture-server';
import { sendRuntimeMessage } from '../e2e/support/messages';
import { FIXTURES_DIST } from '../e2e/support/paths';
import { ExtensionJsProfiler } from './page/profiler';

// The reply queue's in-page scan on a thread of 2,000 comments, in Chromium with the built extension (part of
// `npm run bench:records`; standalone: tsx test/bench/reply-scan.ts after `npm run build && npm run
// build:fixtures`). The brand's post on the X fixture (x.com/onbrand/status/1, 3 replies) gets 1,997 more
// replies appended by the page, then:
//   1. the first scan of the 2,000 (each comment's context read once);
//   2. the thread changes: one reply appended, ten times — the extension's main-thread JS from the change until
//      the queue holds it and the page is quiet (the scan, the report to the background, the age chips);
//   3. the page changes outside the thread (a node appended to <body>), ten times;
//   4. 3 s with no change at all.
// Main-thread time is V8's CPU profile of the page (0.5 ms sampling) attributed to chrome-extension:// code
// (page/profiler.ts): everything the extension runs on the page's thread, not only readThread. The sampler
// itself slows the sampled JS somewhat, so these figures err high. Target (issue 21): ≤ 5 ms per scan.

export const SCAN_TARGET_MS = 5;
const THREAD = 2000;

export interface ReplyScanResult {
  firstScanMs: number;
  changedMs: number[];
  unrelatedMs: number[];
  idleMs: number;
  lines: string[];
  ok: boolean;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function setOwnAccounts(dashboard: Page, ownAccounts: Record<string, string[]>): Promise<void> {
  await sendRuntimeMessage(dashboard, { onbrand: 1, type: 'records.count', payload: {} });
  await dashboard.evaluate(`(async () => {
    const local = chrome.storage.local;
    const stored = (await local.get('settings')).settings;
    await local.set({ settings: { version: stored.version, value: { ...stored.value, ownAccounts: ${JSON.stringify(ownAccounts)} } } });
  })()`);
}

async function waiting(dashboard: Page): Promise<number> {
  const reply = await sendRuntimeMessage(dashboard, {
    onbrand: 1,
    type: 'community.queue',
    payload: { limit: 1 },
  });
  return (reply.data as { summary?: { waiting?: number } } | undefined)?.summary?.waiting ?? -1;
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`reply-scan bench: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Appends replies cloned from the fixture's first one, each with its own author, link, time and text. */
function appendReplies(page: Page, from: number, count: number): Promise<unknown> {
  return page.evaluate(`(() => {
    const list = document.getElementById('replies');
    const model = list.firstElementChild;
    const base = Date.parse('2025-03-03T00:00:00.000Z');
    const cells = [];
    for (let i = ${from}; i < ${from + count}; i++) {
      const cell = model.cloneNode(true);
      const handle = 'fan' + i;
      for (const a of cell.querySelectorAll('a[href="/alice"]')) a.setAttribute('href', '/' + handle);
      const names = cell.querySelectorAll('[data-testid="User-Name"] span');
      names[0].textContent = 'Fan ' + i;
      names[1].textContent = '@' + handle;
      const link = cell.querySelector('a[href*="/status/"]');
      link.setAttribute('href', '/' + handle + '/status/' + (100000 + i));
      cell.querySelector('time').setAttribute('datetime', new Date(base + i * 60000).toISOString());
      cell.querySelector('[data-testid="tweetText"]').textContent = 'Comment number ' + i + ' on the launch';
      cells.push(cell);
    }
    list.append(...cells);
  })()`);
}

const pageNow = (page: Page) => page.evaluate(() => performance.now());

export async function measureReplyScan(
  print: (line: string) => void = console.log,
): Promise<ReplyScanResult> {
  const lines: string[] = [];
  const say = (line: string) => (lines.push(line), print(line));
  const server = await serveFixtures([FIXTURES_DIST]);
  const ext = await launchWithExtension();
  try {
    const dashboard = await ext.context.newPage();
    await dashboard.goto(extensionUrl(ext.extensionId, 'options.html'));
    await setOwnAccounts(dashboard, { x: ['@OnBrand'] });
    const page = await ext.context.newPage();
    await page.goto('https://x.com/onbrand/status/1');
    await page.locator('onbrand-assistant').waitFor({ state: 'attached' });
    await until(async () => (await waiting(dashboard)) === 3, 30_000, 'the fixture’s 3 replies in the queue');

    const profiler = await ExtensionJsProfiler.start(page);
    const windows: Array<{ kind: 'first' | 'changed' | 'unrelated' | 'idle'; start: number; end: number }> =
      [];
    // 1. 1,997 more replies: the first scan of 2,000.
    let start = await pageNow(page);
    await appendReplies(page, 0, THREAD - 3);
    await until(
      async () => (await waiting(dashboard)) === THREAD,
      120_000,
      `${THREAD} comments in the queue`,
    );
    await page.waitForTimeout(1500);
    windows.push({ kind: 'first', start, end: await pageNow(page) });
    // 2. The thread changes: one reply more each time.
    for (let i = 0; i < 10; i++) {
      start = await pageNow(page);
      await appendReplies(page, THREAD + i, 1);
      await until(async () => (await waiting(dashboard)) === THREAD + i + 1, 30_000, 'the new reply queued');
      await page.waitForTimeout(1000);
      windows.push({ kind: 'changed', start, end: await pageNow(page) });
    }
    // 3. A change elsewhere on the page (a toast, a spinner): the observer fires, the thread is the same.
    for (let i = 0; i < 10; i++) {
      start = await pageNow(page);
      await page.evaluate(
        `document.body.append(Object.assign(document.createElement('div'), { textContent: 'x${i}' }))`,
      );
      await page.waitForTimeout(1500);
      windows.push({ kind: 'unrelated', start, end: await pageNow(page) });
    }
    // 4. Nothing changes.
    start = await pageNow(page);
    await page.waitForTimeout(3000);
    windows.push({ kind: 'idle', start, end: await pageNow(page) });
    const profile = await profiler.stop();
    const js = (kind: string) =>
      windows.filter((w) => w.kind === kind).map((w) => profile.extensionJsIn(w.start, w.end - w.start));
    const [firstScanMs] = js('first');
    const changedMs = js('changed');
    const unrelatedMs = js('unrelated');
    const [idleMs] = js('idle');
    const list = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
    const ok = median(changedMs) <= SCAN_TARGET_MS;
    say(
      `Reply-queue scan, X thread of ${THREAD.toLocaleString('en')} comments (Chromium, extension JS on the page's main thread, CPU profile):`,
    );
    say(
      `  first scan of the ${THREAD.toLocaleString('en')} (every comment's context read once): ${firstScanMs.toFixed(1)} ms`,
    );
    say(
      `  thread changed (one reply appended): median ${median(changedMs).toFixed(1)} ms per scan of 10 (${list(changedMs)}) — target ≤ ${SCAN_TARGET_MS} ms: ${ok ? 'PASS' : 'FAIL'}`,
    );
    say(
      `  page changed outside the thread: median ${median(unrelatedMs).toFixed(1)} ms of 10 (${list(unrelatedMs)}); 3 s without changes: ${idleMs.toFixed(1)} ms`,
    );
    say(
      `  load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    return { firstScanMs, changedMs, unrelatedMs, idleMs, lines, ok };
  } finally {
    await ext.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await measureReplyScan();
  process.exitCode = result.ok ? 0 : 1;
}
