import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { ActivityRecord } from '@/lib/records/schema';
import { generateRecords } from '../../bench/seed-records';
import { test, expect } from '../support/test';
import { seedKit } from '../support/kit';
import { putRecords } from '../support/records';

// Reports people read, in real Chromium: numbers under their own right-aligned headers, charts drawn at their
// box's size with legible labels, the busiest platforms plus "Other", section jump links (keyboard too), a
// crisis alert that says why it fired, empty states with a next step, and a records export with progress and
// cancel. The brand kit editor's section links as well.

/** Enough records for every platform to post and for the export to take many slices. */
const RECORDS = 6000;

async function openReports(page: Page, days: number): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '') + `#reports/${days}`);
  await page.reload();
  // Thousands of records on a shared, loaded machine: the first report may take a while.
  await expect(page.getByTestId('report-ready')).toBeVisible({ timeout: 60_000 });
}

test('tables, charts, top platforms, section links and export cancel on a month of records', async ({
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  const page = await openExtensionPage('options.html');
  await page.setViewportSize({ width: 1280, height: 800 });
  await putRecords(page, generateRecords({ count: RECORDS, now: Date.now(), days: 30, seed: 5 }));
  await openReports(page, 30);

  // Every numeric column: right-aligned, and its header's right edge on the numbers' right edge.
  const table = page.getByTestId('table-cadence-platforms');
  const edges = await table.evaluate((root) => {
    const heads = [...root.querySelectorAll('thead th')];
    const first = [...root.querySelectorAll('tbody tr:first-child td')];
    return heads.map((th, i) => ({
      numeric: th.classList.contains('rep-num'),
      align: getComputedStyle(th).textAlign,
      headRight: (th.querySelector('button') ?? th).getBoundingClientRect().right,
      cellAlign: getComputedStyle(first[i]).textAlign,
      cellRight: first[i].getBoundingClientRect().right,
      text: first[i].textContent ?? '',
    }));
  });
  const numeric = edges.filter((e) => e.numeric);
  expect(numeric.length).toBeGreaterThanOrEqual(3);
  for (const column of numeric) {
    expect(column.align).toBe('end');
    expect(column.cellAlign).toBe('end');
    expect(Math.abs(column.headRight - column.cellRight)).toBeLessThan(10);
  }

  // Charts draw at their box's width (one SVG unit per pixel) with labels of at least 12 px.
  for (const id of ['chart-cadence', 'chart-responses', 'chart-crisis']) {
    const geometry = await page.getByTestId(id).evaluate((figure) => {
      const svg = figure.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      const label = svg.querySelector('.rep-axis text, .rep-axis-label')!;
      return {
        figure: figure.getBoundingClientRect().width,
        svg: box.width,
        scale: box.width / svg.viewBox.baseVal.width,
        font: parseFloat(getComputedStyle(label).fontSize) * (box.width / svg.viewBox.baseVal.width),
      };
    });
    expect(geometry.svg, id).toBeGreaterThan(geometry.figure * 0.98);
    expect(Math.abs(geometry.scale - 1), id).toBeLessThan(0.02);
    expect(geometry.font, id).toBeGreaterThanOrEqual(12);
  }

  // 13 platforms posted: five by name and "Other" in the stack (plus the plan line when there is one).
  const legend = page.getByTestId('chart-cadence').locator('.rep-legend li');
  const names = await legend.allTextContents();
  expect(names).toContain('Other');
  expect(names.filter((n) => n !== 'Planned')).toHaveLength(6);
  // The table still lists every platform.
  await expect(page.getByTestId('table-cadence-platforms').locator('tbody tr')).toHaveCount(13);

  // Section links: sticky at the top; Tab to one and Enter lands focus on that section's heading.
  const nav = page.getByRole('navigation', { name: 'Report sections' });
  await expect(nav).toBeVisible();
  const overrides = nav.getByRole('link', { name: 'Gate overrides' });
  await overrides.focus();
  await page.keyboard.press('Enter');
  const heading = page.locator('#rep-overrides');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500);
  await expect(nav).toBeInViewport();
  expect(page.url()).toMatch(/#reports\/30$/);
  await nav.getByRole('link', { name: 'Feedback by tag' }).click();
  await expect(page.locator('#rep-feedback')).toBeFocused();
  await expect(page.locator('#rep-feedback')).toBeInViewport();

  // Export of the period's records: progress shows, focus is on Cancel, Enter cancels, nothing downloads.
  await page.evaluate(() => scrollTo(0, 0));
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByTestId('export-records-csv').click();
  await expect(page.getByTestId('export-progress')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await expect(page.getByTestId('export-cancel')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-status')).toHaveText('Export cancelled; no file was saved.');
  await expect(page.getByTestId('export-progress')).toBeHidden();
  await expect(page.getByTestId('export-records-csv')).toBeFocused();
  // And run to the end: the file comes with every record of the period.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-records-json').click(),
  ]);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    records: ActivityRecord[];
  };
  const from = Number(await page.getByTestId('report-ready').getAttribute('data-from'));
  expect(exported.records.length).toBeGreaterThan(RECORDS * 0.9);
  expect(new Set(exported.records.map((r) => r.id)).size).toBe(exported.records.length);
  expect(exported.records.every((r) => r.at >= from)).toBe(true);
  await expect(page.getByTestId('export-status')).toHaveText(
    `Exported ${exported.records.length.toLocaleString('en-US')} records.`,
  );
  expect(downloads).toBe(1);
});

test('an empty period says what to do; a crisis tag says why the alert fired', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  await openReports(page, 7);
  await expect(page.getByTestId('report-empty')).toContainText(
    'Write and publish a post on a supported site',
  );
  await expect(page.getByTestId('empty-cadence')).toBeVisible();
  await expect(page.getByTestId('chart-cadence')).toHaveCount(0);
  await expect(page.getByTestId('empty-crisis')).toContainText('Use the Tag button');
  await expect(page.getByTestId('chart-crisis')).toHaveCount(0);
  await page.getByTestId('report-empty').getByRole('link', { name: 'Plan posts in the calendar' }).click();
  await expect(page.getByTestId('cal-month')).toBeVisible();

  const now = Date.now();
  await putRecords(page, [
    {
      id: 'crisis-tag-0001',
      at: now - 3_600_000,
      platform: 'weibo',
      kind: 'feedback',
      tag: 'crisis',
      note: '',
      url: 'https://weibo.com/1/abc',
      commentText: '产品出问题了',
      commentAuthor: '用户乙',
    },
  ]);
  await openReports(page, 7);
  const status = page.getByTestId('crisis-status');
  await expect(status).toHaveAttribute('data-raised', 'true');
  await expect(status.getByRole('list', { name: 'Why the alert' })).toBeVisible();
  await expect(page.getByTestId('crisis-reasons').locator('li[data-reason="tagged"]')).toHaveText(
    '1 comment was tagged as crisis in the last 24 hours. A crisis tag raises the alert on its own, even with the count (1) below the threshold (3).',
  );
  await expect(page.getByTestId('report-empty')).toHaveCount(0);
});

test('brand kit: section links open and focus a section below the sticky save bar', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html#kit');
  await seedKit(page);
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.reload();
  const nav = page.getByRole('navigation', { name: 'Brand kit sections' });
  await expect(nav).toBeVisible();
  await expect(page.getByTestId('kit-section-gate')).not.toHaveAttribute('open', '');
  await nav.getByRole('link', { name: 'Pre-publish gate' }).focus();
  await page.keyboard.press('Enter');
  const gate = page.getByTestId('kit-section-gate');
  await expect(gate).toHaveAttribute('open', '');
  await expect(page.getByTestId('kit-section-gate-toggle')).toBeFocused();
  await expect(page.getByTestId('kit-section-gate-toggle')).toBeInViewport();
  // The save bar (and the links in it) stay on screen, and do not cover the section's title.
  await expect(page.getByTestId('kit-save')).toBeInViewport();
  const [bar, title] = await Promise.all([
    page.getByTestId('kit-savebar').boundingBox(),
    page.getByTestId('kit-section-gate-toggle').boundingBox(),
  ]);
  expect(title!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
});

test.describe('in Chinese', () => {
  test.use({ browserLocale: 'zh-CN' });
  test('section links, "Other" and the empty state read in Chinese', async ({ openExtensionPage }) => {
    test.setTimeout(120_000);
    const page = await openExtensionPage('options.html');
    await openReports(page, 7);
    await expect(page.getByTestId('report-empty')).toContainText('这段时间还没有记录');
    await putRecords(page, generateRecords({ count: 800, now: Date.now(), days: 7, seed: 9 }));
    await openReports(page, 7);
    const nav = page.getByRole('navigation', { name: '报告章节' });
    await expect(nav.getByRole('link', { name: '危机信号' })).toBeVisible();
    await expect(page.getByTestId('chart-cadence').locator('.rep-legend li')).toContainText(['其他']);
  });
});

test('records export: progress in records when they bunch in one day; Cancel mid-export stops the background', async ({
  ext,
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  const page = await openExtensionPage('options.html');
  await page.setViewportSize({ width: 1280, height: 800 });
  const now = Date.now();
  // 8,000 records in the last day and 200 over the month before: 97% of them in the period's last twentieth.
  await putRecords(page, [
    ...generateRecords({ count: 8000, now, days: 1, seed: 11 }),
    ...generateRecords({ count: 200, now: now - 86_400_000, days: 28, seed: 12 }),
  ]);
  await openReports(page, 30);

  // The background's reads of the time index, counted in the worker itself (IndexedDB's own method, wrapped).
  const worker = await ext.serviceWorker();
  await worker.evaluate(() => {
    const counter = globalThis as unknown as { exportReads: number };
    counter.exportReads = 0;
    const getAll = IDBIndex.prototype.getAll;
    IDBIndex.prototype.getAll = function (this: IDBIndex, ...args: Parameters<IDBIndex['getAll']>) {
      if (this.name === 'at') counter.exportReads++;
      return getAll.apply(this, args);
    };
  });
  const reads = () => worker.evaluate(() => (globalThis as unknown as { exportReads: number }).exportReads);
  // Every percentage the progress bar shows, in order.
  await page.evaluate(() => {
    const shown: number[] = [];
    (window as unknown as { shownPct: number[] }).shownPct = shown;
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="export-progress"]');
      const pct = bar && Number(bar.getAttribute('data-pct'));
      if (bar && shown.at(-1) !== pct) shown.push(pct!);
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-pct'],
    });
  });
  const shown = () => page.evaluate(() => (window as unknown as { shownPct: number[] }).shownPct.splice(0));
  let downloads = 0;
  page.on('download', () => downloads++);

  // To the end: the progress moves in even steps (a page is 1,000 of ≥ 8,000 records), never back, up to 100%.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-records-json').click(),
  ]);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    records: ActivityRecord[];
  };
  expect(exported.records.length).toBeGreaterThanOrEqual(8000);
  expect(new Set(exported.records.map((r) => r.id)).size).toBe(exported.records.length);
  const full = await shown();
  console.log(`export progress shown: ${full.join(' ')}`);
  expect(full[0]).toBe(0);
  expect(full.at(-1)).toBe(100);
  for (let i = 1; i < full.length; i++) {
    expect(full[i]).toBeGreaterThan(full[i - 1]);
    expect(full[i] - full[i - 1]).toBeLessThanOrEqual(14);
  }
  const pages = await reads();
  expect(pages).toBeGreaterThanOrEqual(9);

  // Cancel once the first pages are in: no file, and the worker reads at most the page already asked for. Each read
  // of the time index now takes 250 ms (slow storage), so the export cannot finish between the first page and the
  // click on Cancel: on a quiet machine all 9 pages took less time than the click (a CI run saw "Exported 8,200").
  await worker.evaluate(() => {
    (globalThis as unknown as { exportReads: number }).exportReads = 0;
    const counted = IDBIndex.prototype.getAll;
    IDBIndex.prototype.getAll = function (this: IDBIndex, ...args: Parameters<IDBIndex['getAll']>) {
      if (this.name === 'at') for (const until = Date.now() + 250; Date.now() < until;);
      return counted.apply(this, args);
    };
  });
  await page.getByTestId('export-records-csv').click();
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="export-progress"]')?.getAttribute('data-pct')) > 0,
    undefined,
    { polling: 'raf' },
  );
  await page.getByTestId('export-cancel').click();
  const atCancel = await reads();
  await expect(page.getByTestId('export-status')).toHaveText('Export cancelled; no file was saved.');
  const partial = await shown();
  expect(partial.at(-1)).toBeLessThan(100);
  await page.waitForTimeout(2000);
  const after = await reads();
  console.log(
    `export reads: full ${pages}; cancelled at ${partial.at(-1)}% after ${atCancel}, then ${after}`,
  );
  expect(after).toBeLessThanOrEqual(atCancel + 1);
  expect(after).toBeLessThan(pages);
  expect(downloads).toBe(1);
});

/** Publish records with the engine's own rule ids and categories, as the in-page assistant writes them. */
function recordsWithEngineIds(now: number): ActivityRecord[] {
  const findings = [
    { ruleId: 'banned:shit', category: 'profanity', severity: 'block' as const, count: 1 },
    { ruleId: 'tone:sentiment', category: 'sentiment', severity: 'warn' as const, count: 2 },
    { ruleId: 'privacy:phone', category: 'privacy', severity: 'block' as const, count: 1 },
    { ruleId: 'preferred:users', category: 'terms', severity: 'info' as const, count: 1 },
  ];
  return Array.from({ length: 24 }, (_, i) => ({
    id: `pub-words-${String(i).padStart(4, '0')}`,
    at: now - i * 3 * 3_600_000,
    platform: i % 2 ? 'x' : 'weibo',
    kind: 'publish',
    postKind: i % 3 ? 'post' : 'reply',
    url: `https://x.com/onbrand/status/${2000 + i}`,
    text: 'Thanks for writing in',
    findings: [findings[i % findings.length]],
    templateIds: [],
  }));
}

/** Engine ids a record carries, which the report must show as words. */
const RAW_IDS = [
  'banned:shit',
  'tone:sentiment',
  'privacy:phone',
  'preferred:users',
  'profanity',
  'sentiment',
  'privacy',
  'terms',
  'block',
  'warn',
  'info',
];

for (const [locale, words] of [
  ['en-US', { privacy: 'Privacy', profanity: 'Profanity', day: /^[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}$/ }],
  ['zh-CN', { privacy: '隐私', profanity: '粗俗用语', day: /^\d{1,2}月\d{1,2}日周[一二三四五六日]$/ }],
] as const) {
  test.describe(`words, not ids (${locale})`, () => {
    test.use({ browserLocale: locale });
    test('the findings tables name categories, rules and severities in words; no date is ISO', async ({
      openExtensionPage,
    }) => {
      const page = await openExtensionPage('options.html');
      await putRecords(page, recordsWithEngineIds(Date.now()));
      await openReports(page, 7);
      const cells = async (table: string) =>
        page.getByTestId(`table-${table}`).locator('tbody td').allInnerTexts();
      const shown = [...(await cells('findings-rules')), ...(await cells('findings-categories'))];
      expect(shown.length).toBeGreaterThan(0);
      for (const raw of RAW_IDS) expect(shown, raw).not.toContain(raw);
      expect(shown.join(' ')).toContain(words.privacy);
      expect(shown.join(' ')).toContain(words.profanity);
      // Dates in the UI language (links keep their URLs; the print/export file names are not on the page).
      const text = await page.getByTestId('report-ready').evaluate((report) => {
        const copy = report.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('a[href^="http"]').forEach((link) => link.remove());
        return copy.innerText;
      });
      expect(text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []).toEqual([]);
      // The daily plan-versus-actual table's days (issue 17: they were 'YYYY-MM-DD' in both languages).
      const days = await page
        .getByTestId('table-cadence-daily')
        .locator('tbody tr td:first-child')
        .allInnerTexts();
      expect(days.length).toBeGreaterThan(0);
      for (const day of days) expect(day).toMatch(words.day);
    });
  });
}
