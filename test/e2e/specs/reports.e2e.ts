import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import type { Download, Page } from '@playwright/test';
import { parseCsv } from '@/lib/records/csv';
import { parseRecordsJson, recordsToCsv } from '@/lib/records/export';
import type { ActivityRecord } from '@/lib/records/schema';
import { generateRecords } from '../../bench/seed-records';
import { test, expect } from '../support/test';
import { seedKit } from '../support/kit';
import { sendRuntimeMessage } from '../support/messages';
import { REPO_ROOT } from '../support/paths';
import { putRecords, storedRecords } from '../support/records';
import { SITE_BOXES, focusBox, publishedPosts } from '../support/site-pages';
import { calendarOf, seedCalendar, slotAt, todayAt } from '../support/calendar';
import { overlay } from '../support/overlay';

// The Reports tab in real Chromium with the built extension: records from a fixture page show up in the
// report; the real outbox loses and duplicates nothing across a service-worker stop; exports parse back to
// the stored records; tables sort; the print view, and the log settings.

async function recordCount(page: Page): Promise<number> {
  return (
    (await sendRuntimeMessage(page, { onbrand: 1, type: 'records.count', payload: {} })).data?.count ?? -1
  );
}

async function downloadedText(download: Download): Promise<string> {
  return readFile((await download.path())!, 'utf8');
}

/** Records of every kind with text that exercises CSV quoting, Chinese, and formula-looking cells. */
function exportFixture(now: number): ActivityRecord[] {
  const tricky: ActivityRecord[] = [
    {
      id: 'tricky-0001',
      at: now - 3_600_000,
      platform: 'weibo',
      kind: 'publish',
      postKind: 'post',
      url: 'https://weibo.com/1/abc',
      text: '新品上线，"限量"发售\n欢迎关注！',
      findings: [{ ruleId: 'banned-term', severity: 'warn', category: 'terms', count: 2 }],
      templateIds: ['tpl-a', 'tpl-b'],
      postId: 'abc',
    },
    {
      id: 'tricky-0002',
      at: now - 7_200_000,
      platform: 'x',
      kind: 'gate-override',
      reason: '=HYPERLINK("evil"), approved by legal',
      ruleIds: ['banned-term'],
      url: 'https://x.com/status/2',
    },
    {
      id: 'tricky-0003',
      at: now - 60_000,
      platform: 'zhihu',
      kind: 'feedback',
      tag: 'complaint',
      note: ' leading space, trailing ',
      url: 'https://zhihu.com/q/1',
      commentText: '快递太慢了，怎么回事？',
      commentAuthor: '用户甲',
    },
  ];
  return [...generateRecords({ count: 300, now, days: 6, seed: 7 }), ...tricky];
}

test('records published from a fixture page appear in the report', async ({ ext, openExtensionPage }) => {
  const dashboard = await openExtensionPage('options.html');
  await seedKit(dashboard);
  const page = await ext.context.newPage();

  // A clean post from the compose box.
  const compose = SITE_BOXES.find((b) => b.site === 'x')!;
  await focusBox(page, compose);
  await page.keyboard.type('Our spring collection is live');
  await overlay(page).getByTestId('badge-clean').waitFor('visible');
  await page.locator(compose.submit).first().click();
  await expect.poll(() => publishedPosts(page)).toHaveLength(1);

  // A reply that the gate blocked, published anyway with a reason.
  const reply = SITE_BOXES.find((b) => b.site === 'x-reply')!;
  const thread = await ext.context.newPage();
  await focusBox(thread, reply);
  await thread.keyboard.type('That is damn fast');
  await expect.poll(() => overlay(thread).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  await thread.locator(reply.submit).first().click();
  await overlay(thread).getByTestId('gate-reason').fill('Quoting the customer');
  await overlay(thread).getByTestId('gate-post-anyway').click();
  await expect.poll(() => publishedPosts(thread)).toHaveLength(1);
  await expect
    .poll(async () => (await storedRecords(dashboard)).filter((r) => r.kind === 'publish').length, {
      timeout: 15_000,
    })
    .toBe(2);
  // The reply answers the focal post of the fixture page (time[datetime]="2025-03-01T08:00:00.000Z"): its record
  // carries who and when, and the response time is measured from that timestamp to the publish.
  const replyRecord = (await storedRecords(dashboard)).find(
    (r) => r.kind === 'publish' && r.postKind === 'reply',
  );
  const answeredAt = Date.parse('2025-03-01T08:00:00.000Z');
  expect(replyRecord).toMatchObject({
    repliedTo: { author: '@onbrand', at: answeredAt, url: 'https://x.com/onbrand/status/1' },
  });
  if (replyRecord?.kind !== 'publish') throw new Error('no reply record');
  expect(replyRecord.responseMs).toBe(replyRecord.at - answeredAt);
  expect(replyRecord.at).toBeGreaterThan(Date.now() - 120_000);

  // The content plan: one X post planned for this minute. The background reads it beside the records.
  await seedCalendar(
    dashboard,
    calendarOf('UTC', [
      slotAt('UTC', 'x-today', todayAt('UTC', new Date().toISOString().slice(11, 16)), { platform: 'x' }),
    ]),
  );

  // Opened straight on the reports: the early script has asked for the report before the dashboard rendered.
  const reports = await openExtensionPage('options.html#reports/7');
  await expect(reports.getByTestId('report-ready')).toBeVisible();
  await expect(reports.getByTestId('figure-posts').locator('dd')).toHaveText('1');
  await expect(reports.getByTestId('figure-replies').locator('dd')).toHaveText('1');
  // The median response time is that one reply's, in hours (formatDuration rounds to a tenth).
  const hours = (Math.round((replyRecord.responseMs! / 3_600_000) * 10) / 10).toLocaleString('en-US');
  await expect(reports.getByTestId('figure-median').locator('dd')).toContainText(hours);
  await expect(reports.getByTestId('figure-overrides').locator('dd')).toHaveText('1');
  await expect(reports.getByTestId('override-reasons')).toContainText('Quoting the customer');
  await expect(reports.getByTestId('table-cadence-platforms').locator('tbody tr')).toHaveText([
    /^X\s*1\s*1\s*1\s*100\s*%?$/,
  ]);
  // The override's banned word went out: it counts as "published anyway", not as caught.
  await expect(reports.getByTestId('summary-findings')).toContainText('1 still present in published posts');
  await expect(reports.getByTestId('records-total')).toContainText(
    String((await storedRecords(dashboard)).length),
  );
  // Filtering to a platform with no activity empties the sections.
  await reports.getByTestId('platform-weibo').check();
  await expect(reports.getByTestId('figure-posts').locator('dd')).toHaveText('0');
  await reports.getByTestId('platforms-all').check();
  await expect(reports.getByTestId('figure-posts').locator('dd')).toHaveText('1');
});

test('1,000 records through the real outbox with the worker stopped between send and write: 1,000 stored, no duplicates', async ({
  openExtensionPage,
  stopWorker,
}) => {
  const page = await openExtensionPage('options.html');
  // The production outbox module, bundled as is, driven from an extension page with the production transport shape.
  const bundle = await build({
    entryPoints: [path.join(REPO_ROOT, 'lib/records/outbox.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'OnbrandOutbox',
    platform: 'browser',
    logLevel: 'silent',
  });
  await page.evaluate(bundle.outputFiles[0].text + ';globalThis.OnbrandOutbox = OnbrandOutbox;');
  // The page asks for a stop right after handing a batch to the worker, so the stop lands while that batch is
  // being validated or written.
  const stops: number[] = [];
  await page.exposeFunction('stopWorkerNow', async (pending: number) => {
    stops.push(pending);
    await stopWorker();
  });
  const records = generateRecords({ count: 1000, now: Date.now(), days: 2, seed: 1234 });

  const failures = await page.evaluate(async (records) => {
    type Runtime = {
      sendMessage(m: unknown): Promise<{ ok: boolean; data?: { ids: string[] }; error?: string } | undefined>;
    };
    const g = globalThis as unknown as {
      chrome: { runtime: Runtime; storage: { local: unknown } };
      OnbrandOutbox: typeof import('@/lib/records/outbox');
      stopWorkerNow(pending: number): Promise<void>;
    };
    let failures = 0;
    let sent = 0;
    const outbox = g.OnbrandOutbox.createOutbox({
      batchSize: 100,
      baseDelayMs: 50,
      maxDelayMs: 800,
      store: g.OnbrandOutbox.storageAreaOutboxStore(g.chrome.storage.local as never, 'e2e-burst'),
      transport: async (batch) => {
        const reply = g.chrome.runtime.sendMessage({
          onbrand: 1,
          type: 'records.put',
          payload: { records: batch },
        });
        // Batches 2, 5 and 8 are in flight when the worker stops.
        if ([2, 5, 8].includes(++sent)) void g.stopWorkerNow(outbox.pending());
        const answer = await reply;
        if (!answer?.ok || !answer.data) throw new Error(answer?.error ?? 'no reply');
        return answer.data;
      },
      onError: () => failures++,
    });
    await outbox.enqueue(records);
    await outbox.flush();
    if (outbox.pending() !== 0) throw new Error(`${outbox.pending()} still pending`);
    return failures;
  }, records);

  expect(stops).toHaveLength(3);
  expect(Math.min(...stops)).toBeGreaterThan(0);
  // At least one batch was cut off by a stop and sent again.
  expect(failures).toBeGreaterThan(0);
  expect(await recordCount(page)).toBe(1000);
  const stored = await storedRecords(page);
  expect(stored).toHaveLength(1000);
  expect(new Set(stored.map((r) => r.id))).toEqual(new Set(records.map((r) => r.id)));
  // Nothing left behind for another page to adopt.
  const leftovers = await page.evaluate(async () => {
    const local = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local;
    return Object.keys(await local.get(null)).filter((k) => k.startsWith('outbox:'));
  });
  expect(leftovers).toEqual([]);
  test.info().annotations.push({
    type: 'delivery',
    description: `pending at stops: ${stops.join(', ')}; failed attempts retried: ${failures}`,
  });
});

test('exports download and parse back to the stored records', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  const records = exportFixture(Date.now());
  await putRecords(page, records);
  await page.goto(page.url().replace(/#.*$/, '') + '#reports/7');
  await page.reload();
  await expect(page.getByTestId('report-ready')).toBeVisible();

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-records-json').click(),
  ]);
  expect(jsonDownload.suggestedFilename()).toMatch(/^onbrand-\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d-records\.json$/);
  const exported = parseRecordsJson(await downloadedText(jsonDownload));
  const byId = (a: ActivityRecord, b: ActivityRecord) => (a.id < b.id ? -1 : 1);
  expect([...exported].sort(byId)).toEqual([...records].sort(byId));
  await expect(page.getByTestId('export-status')).toHaveText(`Exported ${records.length} records.`);

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-records-csv').click(),
  ]);
  const csv = await downloadedText(csvDownload);
  // Same records, same order as the JSON export: the CSV is exactly what the serializer writes for them.
  expect(csv).toBe(recordsToCsv(exported));
  const rows = parseCsv(csv);
  expect(rows).toHaveLength(records.length + 1);
  const header = rows[0];
  const tricky = rows.find((r) => r[header.indexOf('id')] === 'tricky-0001')!;
  expect(tricky[header.indexOf('text')]).toBe('新品上线，"限量"发售\n欢迎关注！');
  const override = rows.find((r) => r[header.indexOf('id')] === 'tricky-0002')!;
  // The file holds the formula guard's apostrophe (a spreadsheet shows text, runs nothing); reading it back with
  // the one CSV parser undoes the guard, so the value is the stored reason.
  expect(csv).toContain(`"'=HYPERLINK(""evil""), approved by legal"`);
  expect(override[header.indexOf('reason')]).toBe(`=HYPERLINK("evil"), approved by legal`);

  // One table's CSV and the whole report's JSON.
  const [tableDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-table-overrides').click(),
  ]);
  const tableRows = parseCsv(await downloadedText(tableDownload));
  expect(tableRows[0]).toEqual(['Time', 'Platform', 'Reason', 'Rules', 'Link']);
  expect(tableRows.length - 1).toBe(records.filter((r) => r.kind === 'gate-override').length);
  const [reportDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-report-json').click(),
  ]);
  const report = JSON.parse(await downloadedText(reportDownload)) as {
    overrides: { rows: unknown[] };
    feedback: { total: number };
  };
  expect(report.overrides.rows).toHaveLength(tableRows.length - 1);
  expect(report.feedback.total).toBe(records.filter((r) => r.kind === 'feedback').length);
});

test('tables sort by header, the print view shows the report only, and the log settings work', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  const now = Date.now();
  await putRecords(page, generateRecords({ count: 2000, now, days: 365, seed: 11 }));
  await page.goto(page.url().replace(/#.*$/, '') + '#reports/90');
  await page.reload();
  await expect(page.getByTestId('report-ready')).toBeVisible();
  await expect(page.getByTestId('chart-cadence').locator('svg')).toHaveAttribute('role', 'img');

  // Sorting: "Caught" (column 3) ascending, then descending; aria-sort follows.
  const table = page.getByTestId('table-findings-rules');
  const caught = async () =>
    (await table.locator('tbody tr td:nth-child(4)').allTextContents()).map((s) =>
      Number(s.replace(/,/g, '')),
    );
  await page.getByTestId('sort-findings-rules-3').click();
  await expect(table.locator('th').nth(3)).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await caught();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await page.getByTestId('sort-findings-rules-3').click();
  await expect(table.locator('th').nth(3)).toHaveAttribute('aria-sort', 'descending');
  expect(await caught()).toEqual([...ascending].sort((a, b) => b - a));

  // Engagement: the report arrives with its 50 most liked rows (the first screen), the count and totals whole;
  // the table's CSV, sorting, "show all" and the report's JSON fetch and use every row.
  const engagement = page.getByTestId('table-engagement');
  const engaged = Number(await page.getByTestId('figure-engaged-posts').locator('dd').textContent());
  expect(engaged).toBeGreaterThan(50);
  await expect(engagement.locator('tbody tr')).toHaveCount(50);
  await expect(page.getByTestId('show-all-engagement')).toHaveText(`Show all ${engaged}`);
  const [engagementCsv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-table-engagement').click(),
  ]);
  const engagementRows = parseCsv(await downloadedText(engagementCsv));
  expect(engagementRows.length - 1).toBe(engaged);
  const likesAt = engagementRows[0].indexOf('Likes');
  const fewestLikes = Math.min(...engagementRows.slice(1).map((row) => Number(row[likesAt] || 0)));
  await page.getByTestId('sort-engagement-5').click();
  await expect(engagement.locator('th').nth(5)).toHaveAttribute('aria-sort', 'ascending');
  // Sorted over every row, not the 50 most liked: the fewest likes of the whole period come first.
  await expect(engagement.locator('tbody tr').first().locator('td').nth(5)).toHaveText(
    fewestLikes.toLocaleString('en-US'),
  );
  await page.getByTestId('show-all-engagement').click();
  await expect(engagement.locator('tbody tr')).toHaveCount(engaged);
  const [engagementJson] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-report-json').click(),
  ]);
  const whole = JSON.parse(await downloadedText(engagementJson)) as {
    engagement: { posts: unknown[]; postCount: number };
  };
  expect(whole.engagement.posts).toHaveLength(engaged);
  expect(whole.engagement.postCount).toBe(engaged);

  // Print: window.print() is called; the print stylesheet hides navigation and controls.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByTestId('report-print').click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('tablist')).toBeHidden();
  await expect(page.getByTestId('report-period')).toBeHidden();
  await expect(page.getByTestId('log-settings')).toBeHidden();
  await expect(page.getByTestId('report-summary')).toBeVisible();
  await expect(page.getByTestId('chart-cadence')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Masking is on by default; switching it off is saved.
  await expect(page.getByTestId('records-mask')).toBeChecked();
  await page.getByTestId('records-mask').uncheck();
  await expect(page.getByTestId('records-settings-status')).toHaveText('Saved.');
  expect(
    (await sendRuntimeMessage(page, { onbrand: 1, type: 'records.prefs.get', payload: {} })).data,
  ).toMatchObject({ maskPersonalData: false });

  // Retention: keeping 3 months deletes the older records at once.
  await page.getByTestId('records-retention').selectOption('3');
  await expect(page.getByTestId('records-settings-status')).toContainText('older records deleted');
  const kept = await recordCount(page);
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(2000);
  await expect(page.getByTestId('records-total')).toContainText(kept.toLocaleString('en-US'));

  // Delete everything: asks first (naming the count), Cancel keeps everything, confirming deletes.
  await page.getByTestId('records-delete-all').click();
  await expect(page.getByTestId('records-delete-dialog')).toContainText(
    `Delete all ${kept.toLocaleString('en-US')} records`,
  );
  await page.getByTestId('records-delete-cancel').click();
  expect(await recordCount(page)).toBe(kept);
  await page.getByTestId('records-delete-all').click();
  await page.getByTestId('records-delete-confirm').click();
  await expect(page.getByTestId('records-settings-status')).toHaveText('All records deleted.');
  expect(await recordCount(page)).toBe(0);
  await expect(page.getByTestId('records-total')).toContainText('0 records');
  await expect(page.getByTestId('figure-posts').locator('dd')).toHaveText('0');
});

test.describe('in Chinese', () => {
  test.use({ browserLocale: 'zh-CN' });
  test('the report reads in Simplified Chinese', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html');
    await putRecords(page, generateRecords({ count: 300, now: Date.now(), days: 30, seed: 3 }));
    await page.goto(page.url().replace(/#.*$/, '') + '#reports/30');
    await page.reload();
    await expect(page.getByTestId('section-responses').locator('h3')).toHaveText('回复与响应时间');
    await expect(page.getByTestId('table-cadence-platforms').locator('th').first()).toHaveText('平台');
    await expect(page.getByTestId('report-print')).toHaveText('打印或另存为 PDF');
  });
});
