import { readFile } from 'node:fs/promises';
import type { browser } from 'wxt/browser';
import { findOccurrence, localToUtc, parseCalendar, previewIcs, utcToLocal } from '@/lib/calendar';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION } from '@/lib/storage/settings';
import { test, expect } from '../support/test';
import { seedKit } from '../support/kit';
import {
  calendarOf,
  inWorker,
  noonZone,
  seedCalendar,
  slotAt,
  storedCalendar,
  todayAt,
} from '../support/calendar';
import { SITE_BOXES, focusBox, publishedPosts } from '../support/site-pages';
import { overlay } from '../support/overlay';

// The content calendar end to end in real Chromium: a publish on a fixture page turns the planned slot
// published; a real alarm wakes the stopped worker and shows a reminder; the dashboard's month and week
// views, the slot form with a recurrence, drag and drop, CSV import with problems, and exports.

declare const chrome: typeof browser;

const zone = noonZone();

test('a publish on the X fixture page marks the matching planned slot published with its link', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#calendar');
  await seedKit(dashboard);
  const nowLocal = utcToLocal(Date.now(), zone).slice(11, 16);
  await seedCalendar(
    dashboard,
    calendarOf(zone, [
      slotAt(zone, 'x-now', todayAt(zone, nowLocal), { platform: 'x', title: 'Launch post' }),
      slotAt(zone, 'weibo-now', todayAt(zone, nowLocal), { platform: 'weibo', title: '微博同步' }),
    ]),
  );

  const box = SITE_BOXES.find((b) => b.site === 'x')!;
  const page = await ext.context.newPage();
  await focusBox(page, box);
  await page.keyboard.type('We are live: meet the new Acme app.');
  await overlay(page).getByTestId('badge-clean').waitFor('visible');
  await page.locator(box.submit).first().click();
  await expect.poll(() => publishedPosts(page)).toHaveLength(1);

  await expect
    .poll(async () => findOccurrence(await storedCalendar(dashboard), 'x-now')?.status, { timeout: 15_000 })
    .toBe('published');
  const stored = await storedCalendar(dashboard);
  expect(findOccurrence(stored, 'x-now')?.url).toBe(box.url);
  expect(findOccurrence(stored, 'weibo-now')?.status).toBe('planned');

  // The dashboard shows it (storage events reach the open tab) with the post link.
  const chip = dashboard.locator('[data-testid="cal-slot"][data-occurrence-id="x-now"]');
  await expect(chip).toHaveAttribute('data-status', 'published');
  await expect(chip.getByTestId('cal-slot-link')).toHaveAttribute('href', box.url);
  // And the popup.
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('[data-slot-id="x-now"]')).toHaveAttribute('data-state', 'done');
  await expect(popup.locator('[data-slot-id="x-now"]').getByTestId('today-post-link')).toHaveAttribute(
    'href',
    box.url,
  );
});

test('an alarm wakes the stopped worker and shows a reminder with a compose button', async ({
  ext,
  openExtensionPage,
  stopWorker,
}) => {
  test.setTimeout(120_000);
  const page = await openExtensionPage('popup.html');
  // Reminders come 15 minutes ahead: the slot starts 15 minutes after the first whole minute at least 15 s from
  // now, so the alarm is due within 75 s. With only "the next minute" it could be due a second after the seeding,
  // and a worker slowed by load found it due already (it notified at once and scheduled no alarm: round 20's flake).
  const start = utcToLocal(Math.ceil((Date.now() + 15_000) / 60_000) * 60_000 + 15 * 60_000, zone);
  const fireAt = localToUtc(start, zone) - 15 * 60_000;
  await seedCalendar(
    page,
    calendarOf(zone, [slotAt(zone, 'remind-me', start, { platform: 'weibo', title: '新品预告' })]),
  );

  const scheduled = () =>
    inWorker(ext.context, async () => (await chrome.alarms.get('onbrand-reminder'))?.scheduledTime ?? null);
  await expect.poll(scheduled).toBe(fireAt);
  const tick = await inWorker(
    ext.context,
    async () => (await chrome.alarms.get('onbrand-calendar-tick'))?.periodInMinutes ?? null,
  );
  expect(tick).toBe(15);
  expect(await inWorker(ext.context, async () => Object.keys(await chrome.notifications.getAll()))).toEqual(
    [],
  );

  // The worker goes idle; the browser alarm wakes it and the listener registered in main() shows the reminder.
  await stopWorker();
  await expect
    .poll(() => inWorker(ext.context, async () => Object.keys(await chrome.notifications.getAll())), {
      timeout: 90_000,
      intervals: [1000],
    })
    .toEqual(['onbrand-reminder:remind-me']);
  console.log(`reminder shown ${Date.now() - fireAt} ms after its alarm time`);
  // Rescheduled after firing: nothing else is planned, so no reminder alarm is left.
  await expect.poll(scheduled).toBe(null);
});

test('dashboard: create a weekly series, move one occurrence by drag and drop, week view, CSV import with problems, exports', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#calendar');
  const today = todayAt(zone, '00:00').slice(0, 10);
  const monthFirst = `${today.slice(0, 8)}01`;
  await seedCalendar(
    dashboard,
    calendarOf(
      zone,
      [
        slotAt(zone, 'x-a', `${monthFirst}T09:00`, { platform: 'x', title: 'Teaser', campaignId: 'spring' }),
        slotAt(zone, 'x-b', `${monthFirst}T12:00`, {
          platform: 'x',
          title: 'Countdown',
          campaignId: 'spring',
        }),
        slotAt(zone, 'x-c', `${monthFirst}T18:00`, {
          platform: 'x',
          title: 'Launch',
          campaignId: 'spring',
          owner: 'Lee',
        }),
        slotAt(zone, 'wechat-article', `${today}T20:00`, {
          platform: 'wechat',
          contentType: 'article',
          title: '本周长文',
        }),
      ],
      {
        campaigns: [
          {
            id: 'spring',
            name: 'Spring launch',
            kind: 'campaign',
            color: '#e4572e',
            startDate: monthFirst,
            endDate: `${monthFirst.slice(0, 8)}10`,
          },
          {
            id: 'theme',
            name: 'Customer stories',
            kind: 'theme',
            color: '#29335c',
            startDate: `${monthFirst.slice(0, 8)}05`,
            endDate: `${monthFirst.slice(0, 8)}20`,
          },
        ],
        rhythmRules: [{ id: 'x-daily', platform: 'x', max: 2, period: 'day' }],
      },
    ),
  );
  await dashboard.reload();
  await expect(dashboard.getByTestId('cal-month')).toBeVisible();
  await expect(dashboard.locator('[data-testid="cal-band"][data-campaign-id="spring"]').first()).toHaveText(
    'Spring launch',
  );
  await expect(dashboard.locator('[data-testid="cal-band"][data-campaign-id="theme"]').first()).toHaveText(
    'Customer stories',
  );
  // Three X posts planned on the 1st break "X at most 2 a day".
  await expect(dashboard.getByTestId('cal-rhythm-warning')).toHaveText(
    `X: 3 posts planned in the day from ${new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${monthFirst}T00:00Z`))}; the limit is 2.`,
  );

  // A weekly series on Mondays and Thursdays, 5 times, from the form with the rule builder.
  await dashboard.getByTestId('cal-add-slot').click();
  const form = dashboard.getByTestId('cal-slot-form');
  await form.getByTestId('cal-slot-date').fill(monthFirst);
  await form.getByTestId('cal-slot-time').fill('10:30');
  await form.getByTestId('cal-slot-zone').fill(zone);
  await form.getByTestId('cal-slot-platform').selectOption('weibo');
  await form.getByTestId('cal-slot-title').fill('每周话题');
  await form.getByTestId('cal-rule-freq').selectOption('weekly');
  for (const day of ['MO', 'TH']) await form.getByTestId(`cal-rule-day-${day}`).check();
  const firstWeekday = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][
    new Date(`${monthFirst}T00:00Z`).getUTCDay()
  ];
  if (!['MO', 'TH'].includes(firstWeekday)) await form.getByTestId(`cal-rule-day-${firstWeekday}`).uncheck();
  await form.getByTestId('cal-rule-end').selectOption('count');
  await form.getByTestId('cal-rule-count').fill('5');
  await expect(form.getByTestId('cal-rule-description')).toHaveText('Every week on Mon, Thu, 5 times');
  await form.getByTestId('cal-slot-save').click();
  await expect(form).toBeHidden();
  const series = (await storedCalendar(dashboard)).slots.find((s) => s.title === '每周话题')!;
  expect(series.rrule).toBe('FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5');
  const seriesChips = dashboard.locator(`[data-testid="cal-slot"][data-occurrence-id^="${series.id}@"]`);
  await expect(seriesChips.first()).toContainText('10:30');

  // Drag the first occurrence to the 15th: only that one moves (an override), the rest stay.
  const firstId = (await seriesChips.first().getAttribute('data-occurrence-id'))!;
  const target = `${monthFirst.slice(0, 8)}15`;
  await seriesChips.first().dragTo(dashboard.locator(`[data-testid="cal-day"][data-date="${target}"]`));
  await expect(
    dashboard.locator(`[data-testid="cal-day"][data-date="${target}"] [data-occurrence-id="${firstId}"]`),
  ).toBeVisible();
  await expect
    .poll(async () => findOccurrence(await storedCalendar(dashboard), firstId)?.start)
    .toBe(`${target}T10:30`);
  const afterMove = (await storedCalendar(dashboard)).slots.find((s) => s.id === series.id)!;
  expect(Object.keys(afterMove.overrides ?? {})).toEqual([firstId.split('@')[1]]);
  expect(afterMove.start).toBe(series.start);

  // Filters: only Lee's slots.
  await dashboard.getByTestId('cal-filter-owner').selectOption('Lee');
  await expect(dashboard.getByTestId('cal-slot')).toHaveCount(1);
  await dashboard.getByTestId('cal-filter-owner').selectOption('');

  await dashboard.setViewportSize({ width: 1280, height: 1000 });

  // Week view: drag today's WeChat article to 08:00 of the same day, minutes kept.
  await dashboard.getByTestId('cal-today').click();
  await dashboard.getByTestId('cal-view-week').click();
  const article = dashboard.locator('[data-testid="cal-slot"][data-occurrence-id="wechat-article"]');
  await article.dragTo(dashboard.locator(`[data-testid="cal-hour"][data-date="${today}"][data-hour="8"]`));
  await expect
    .poll(async () => findOccurrence(await storedCalendar(dashboard), 'wechat-article')?.start)
    .toBe(`${today}T08:00`);

  // CSV import: a bad row is reported by line, nothing imported until partial import is accepted.
  const csv = [
    '日期,时间,平台,标题,负责人',
    `${today},09:15,微博,早间快讯,Mei`,
    `${today},25:00,微博,坏时间,Mei`,
    `${today},19:00,小红书,晚间笔记,Mei`,
  ].join('\n');
  await dashboard
    .getByTestId('cal-import-csv')
    .setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dashboard.getByTestId('cal-import-summary')).toHaveText('2 of 3 rows are ready to import.');
  await expect(dashboard.getByTestId('cal-import-issue')).toHaveText([
    'Line 3: "25:00" is not a valid time (use 18:30).',
  ]);
  await expect(dashboard.getByTestId('cal-import-confirm')).toBeDisabled();
  const before = (await storedCalendar(dashboard)).slots.length;
  await dashboard.getByTestId('cal-import-partial').check();
  await dashboard.getByTestId('cal-import-confirm').click();
  await expect(dashboard.getByTestId('cal-import-result')).toHaveText('Imported 2 new slots and updated 0.');
  expect((await storedCalendar(dashboard)).slots.length).toBe(before + 2);

  // Exports download; the .ics reads back to the same slots.
  const [ics] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByTestId('cal-export-ics').click(),
  ]);
  expect(ics.suggestedFilename()).toBe('onbrand-calendar.ics');
  const back = previewIcs(await readFile((await ics.path())!, 'utf8'), {
    defaultTimeZone: zone,
    campaigns: [],
  });
  expect(back.issues).toEqual([]);
  expect(back.slots.length).toBe(before + 2);
  const [csvDownload] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByTestId('cal-export-csv').click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe('onbrand-calendar.csv');
  expect(parseCalendar(await storedCalendar(dashboard)).ok).toBe(true);

  // Chinese labels.
  await dashboard.evaluate(
    ([key, version, value]) => chrome.storage.local.set({ [key]: { version, value } }),
    [SETTINGS_KEY, SETTINGS_VERSION, { ...DEFAULT_SETTINGS, locale: 'zh-CN' }] as const,
  );
  await expect(dashboard.getByTestId('cal-view-month')).toHaveText('月');
  await expect(dashboard.getByTestId('cal-add-slot')).toHaveText('添加排期');
});
