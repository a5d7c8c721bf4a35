import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { extensionUrl, launchWithExtension } from '../e2e/support/browser';
import { withSearchKeys } from '../../lib/community/members/search-keys';
import { DAY_COUNTS_KEY } from '../../lib/community/members/day-counts';
import { members, NOW } from './members.bench';

// The member book in the built extension in Chromium (what the Members tab really does): 100,000 members written
// straight into the extension's IndexedDB from the dashboard (same origin as the worker), then the time from
// opening options.html#members to the count and first rows on screen, and from choosing a filter to its rows.
// Part of `npm run bench:records`; standalone: tsx test/bench/members-render.ts (needs `npx wxt build`; honours
// ONBRAND_OUT_DIR).

export async function measureMembersRender(): Promise<{ ok: boolean }> {
  const ext = await launchWithExtension();
  try {
    const page = await ext.context.newPage();
    const url = extensionUrl(ext.extensionId, 'options.html#members');
    await page.goto(url);
    await page.getByTestId('members-tab').waitFor();
    // The same book as the Node bench, moved to today (the extension segments by the real clock).
    const shift = Date.now() - NOW;
    const book = members(100_000).map((m) =>
      withSearchKeys({ ...m, firstSeen: m.firstSeen + shift, lastSeen: m.lastSeen + shift }),
    );
    const seedStart = performance.now();
    // Written straight into the store, as a book stored before the per-day segment counts existed: the seeding
    // drops those counts (the tab opened empty and built them), so the first opening rebuilds them from the
    // store once — timed apart from the next openings, which read them as kept up to date by every write.
    for (let i = 0; i < book.length; i += 10_000) {
      await page.evaluate(
        ({ chunk, key }) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('onbrand');
            open.onsuccess = () => {
              const tx = open.result.transaction(['members', 'meta'], 'readwrite');
              tx.objectStore('meta').delete(key);
              for (const m of chunk) tx.objectStore('members').put(m);
              tx.oncomplete = () => (open.result.close(), resolve());
              tx.onerror = () => reject(tx.error);
            };
            open.onerror = () => reject(open.error);
          }),
        { chunk: book.slice(i, i + 10_000), key: DAY_COUNTS_KEY },
      );
    }
    console.log(
      `Chromium: seeded ${book.length.toLocaleString('en')} members in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    const opens: number[] = [];
    const handler: number[] = [];
    for (let run = 0; run < 6; run++) {
      const start = performance.now();
      await page.goto('about:blank');
      await page.goto(url);
      // The first opening rebuilds the per-day counts (a walk of the whole book): over 30 s at load 40.
      const timeout = run === 0 ? 300_000 : 30_000;
      await page.locator('[data-testid="members-count"][data-matched="100000"]').waitFor({ timeout });
      await page.getByTestId('member-row').first().waitFor({ timeout });
      opens.push(performance.now() - start);
      handler.push(Number((await page.getByTestId('members-count').textContent())?.match(/(\d+) ms/)?.[1]));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const [firstOpen, ...nextOpens] = opens;
    const [firstAnswer, ...nextAnswers] = handler;
    console.log(
      `Chromium Members tab first open (rebuilds the per-day counts of a book stored without them, once): ${firstOpen.toFixed(0)} ms, background answer ${firstAnswer} ms`,
    );
    console.log(
      `Chromium Members tab open (navigation → count and rows on screen): median ${median(nextOpens).toFixed(0)} ms of 5 (${nextOpens.map((x) => x.toFixed(0)).join(', ')}); background answer ${median(nextAnswers)} ms — target ≤ 300 ms: ${median(nextOpens) <= 300 ? 'PASS' : 'FAIL'}`,
    );
    const start = performance.now();
    await page.getByTestId('members-platform').selectOption('weibo');
    await page.getByTestId('members-segment').selectOption('silent');
    await page.getByTestId('members-sort').selectOption('comments');
    await page.getByTestId('members-search').fill('会员');
    // 510: what the Node bench matches for the same book and query.
    await page.locator('[data-testid="members-count"][data-matched="510"]').waitFor({ timeout: 120_000 });
    await page.locator('[data-testid="member-row"][data-segment="silent"]').first().waitFor();
    const filterMs = performance.now() - start;
    const answer = Number((await page.getByTestId('members-count').textContent())?.match(/(\d+) ms/)?.[1]);
    console.log(
      `Chromium Members tab filter weibo · silent · by comments · "会员" (4 requests, ${await page.getByTestId('members-count').getAttribute('data-matched')} matched): ${filterMs.toFixed(0)} ms to the rows, last background answer ${answer} ms — target ≤ 300 ms: ${filterMs <= 300 ? 'PASS' : 'FAIL'}`,
    );
    const ok = median(nextOpens) <= 300 && filterMs <= 300;
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    return { ok };
  } finally {
    await ext.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { ok } = await measureMembersRender();
  process.exitCode = ok ? 0 : 1;
}
