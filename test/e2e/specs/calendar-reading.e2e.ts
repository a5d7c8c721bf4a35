import { test, expect } from '../support/test';
import { calendarOf, noonZone, seedCalendar, slotAt, todayAt } from '../support/calendar';
import { byPlatform } from '@/lib/platforms';

// The calendar as people read it, in real Chromium: weekday names in the UI language, each slot marked with its
// platform's colour, the week view opened on working hours, and a broken import's errors brought into view.

const zone = noonZone();
const COLOURS = byPlatform((p) => p.colour);
const MARKS = byPlatform((p) => p.mark);
const NAMES = byPlatform((p) => p.names);
const SEEDED = [
  ['weibo-1', 'weibo', '新品预告'],
  ['x-1', 'x', 'Teaser'],
  ['wechat-1', 'wechat', '长文'],
] as const;

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Each seeded slot in the grid shows its platform's mark in the platform's colour, hidden from the a11y tree. */
async function expectPlatformMarks(
  page: import('@playwright/test').Page,
  grid: 'month' | 'week',
  lang: 'en' | 'zh',
) {
  for (const [id, platform, title] of SEEDED) {
    const chip = page
      .getByTestId(`cal-${grid}`)
      .locator(`[data-testid="cal-slot"][data-occurrence-id="${id}"]`);
    const mark = chip.getByTestId('platform-mark');
    await expect(mark).toBeVisible();
    await expect(mark).toHaveText(MARKS[platform]);
    await expect(mark).toHaveCSS('background-color', rgb(COLOURS[platform]));
    await expect(mark).toHaveAttribute('aria-hidden', 'true');
    // The accessible name reads the platform in words once, the monogram left out.
    await expect(chip.getByTestId('cal-slot-open')).toHaveAccessibleName(
      new RegExp(`^\\d{1,2}:\\d{2}(\\s[AP]M)? ${NAMES[platform][lang]} ${title}$`),
    );
  }
}

async function seeded(openExtensionPage: (path: string) => Promise<import('@playwright/test').Page>) {
  const page = await openExtensionPage('options.html#calendar');
  const today = todayAt(zone, '00:00').slice(0, 10);
  await seedCalendar(
    page,
    calendarOf(zone, [
      slotAt(zone, 'weibo-1', `${today}T10:00`, { platform: 'weibo', title: '新品预告' }),
      slotAt(zone, 'x-1', `${today}T11:00`, { platform: 'x', title: 'Teaser' }),
      slotAt(zone, 'wechat-1', `${today}T15:00`, { platform: 'wechat', title: '长文' }),
    ]),
  );
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.reload();
  await expect(page.getByTestId('cal-month')).toBeVisible();
  return page;
}

test('weekdays, platform colours, working hours and import errors in view', async ({ openExtensionPage }) => {
  const page = await seeded(openExtensionPage);

  // Month header: the seven weekday names, in English.
  const weekdays = (await page.getByTestId('cal-weekdays').locator('div').allTextContents()).sort();
  expect(weekdays).toEqual(['Fri', 'Mon', 'Sat', 'Sun', 'Thu', 'Tue', 'Wed']);

  // Each slot carries its platform's colour (the same as the report charts) and its mark, distinct per platform.
  await expectPlatformMarks(page, 'month', 'en');
  for (const [id, platform] of SEEDED) {
    const chip = page.locator(`[data-testid="cal-slot"][data-occurrence-id="${id}"]`);
    await expect(chip).toHaveCSS('border-left-color', rgb(COLOURS[platform]));
  }

  // Week view opens on the working day: 08:00 at the top of the hours, midnight scrolled away.
  await page.getByTestId('cal-today').click();
  await page.getByTestId('cal-view-week').click();
  const hours = page.getByTestId('cal-hours');
  await expect.poll(() => hours.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  const rows = await hours.evaluate((el) => {
    const top = el.getBoundingClientRect().top;
    return [...el.children].map((row) => Math.round(row.getBoundingClientRect().top - top));
  });
  expect(rows[8]).toBe(0);
  expect(rows[0]).toBeLessThan(0);
  await expectPlatformMarks(page, 'week', 'en');
  const weekHeads = await page.getByTestId('cal-week-day').allTextContents();
  expect(weekHeads).toHaveLength(7);
  for (const head of weekHeads) expect(head).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), /);

  // A broken .ics chosen from the top of the page: its error is on screen and focus is on the import's heading.
  await page.evaluate(() => scrollTo(0, 0));
  await page.getByTestId('cal-import-ics').setInputFiles({
    name: 'broken.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from('BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:half a file\n'),
  });
  await expect(page.getByTestId('cal-import-fatal')).toBeInViewport();
  await expect(page.getByTestId('cal-import-issue')).toBeInViewport();
  await expect(page.getByTestId('cal-import-issue')).not.toBeEmpty();
  await expect(page.getByTestId('cal-import-dialog').locator('h4')).toBeFocused();
});

test.describe('in Chinese', () => {
  test.use({ browserLocale: 'zh-CN' });
  test('weekday names and the import error in Chinese', async ({ openExtensionPage }) => {
    const page = await seeded(openExtensionPage);
    const weekdays = (await page.getByTestId('cal-weekdays').locator('div').allTextContents()).sort();
    expect(weekdays).toEqual(['周一', '周三', '周二', '周五', '周六', '周四', '周日'].sort());
    await expectPlatformMarks(page, 'month', 'zh');
    await page.getByTestId('cal-view-week').click();
    await expectPlatformMarks(page, 'week', 'zh');
    for (const head of await page.getByTestId('cal-week-day').allTextContents())
      expect(head).toMatch(/周[一二三四五六日]/);
    await page.getByTestId('cal-import-ics').setInputFiles({
      name: 'broken.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from('not a calendar'),
    });
    await expect(page.getByTestId('cal-import-fatal')).toBeInViewport();
    await expect(page.getByTestId('cal-import-issue')).toContainText(/[\u4e00-\u9fff]/);
  });
});
