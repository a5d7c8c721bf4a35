import type { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION } from '@/lib/storage/settings';
import { test, expect } from '../support/test';
import { calendarOf, seedCalendar, storedCalendar } from '../support/calendar';

// The calendar's time-zone picker as a person uses it: searchable by city, offset or local name, offsets shown
// the way people say them (never Etc/GMT±N), driven from the keyboard, in English and Chinese.

declare const chrome: typeof browser;

test('the time-zone picker finds a city, shows UTC offsets and never an Etc/GMT name, by keyboard, in both languages', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#calendar');
  // A zone stored by an older version or an import: Etc/GMT-4 is UTC+4 (the POSIX sign is inverted).
  await seedCalendar(dashboard, calendarOf('Etc/GMT-4', []));
  const zone = dashboard.getByTestId('cal-setting-zone');
  await expect(zone).toHaveValue('UTC+04:00');

  // Search by city; arrows and Enter pick it.
  await zone.click();
  await dashboard.keyboard.type('kolkata');
  await expect(zone).toHaveAttribute('aria-expanded', 'true');
  const options = dashboard.getByTestId('tz-option');
  await expect(options).toHaveText(['UTC+05:30 · Kolkata · India Standard Time']);
  await dashboard.keyboard.press('Enter');
  await expect
    .poll(async () => (await storedCalendar(dashboard)).settings.timeZone)
    .toMatch(/^Asia\/(Kolkata|Calcutta)$/);
  await expect(zone).toHaveValue('UTC+05:30 · Kolkata · India Standard Time');
  await expect(zone).toHaveAttribute('aria-expanded', 'false');

  // Search by offset as people write it: every match is UTC+09:00, none is an Etc zone; ArrowDown moves the
  // active option (aria-activedescendant) and Enter takes that one.
  await zone.click();
  await dashboard.keyboard.type('+9');
  await expect(options.first()).toHaveText(/^UTC\+09:00 · /);
  const texts = await options.allTextContents();
  expect(texts.length).toBeGreaterThan(3);
  expect(texts.every((text) => text.startsWith('UTC+09:00 · '))).toBe(true);
  expect(texts.join('\n')).not.toMatch(/Etc|GMT/);
  await dashboard.keyboard.press('ArrowDown');
  await dashboard.keyboard.press('ArrowDown');
  const third = options.nth(2);
  await expect(third).toHaveAttribute('aria-selected', 'true');
  await expect(zone).toHaveAttribute('aria-activedescendant', (await third.getAttribute('id'))!);
  const thirdZone = (await third.getAttribute('data-zone'))!;
  await dashboard.keyboard.press('Enter');
  await expect.poll(async () => (await storedCalendar(dashboard)).settings.timeZone).toBe(thirdZone);

  // Escape closes the list and keeps the saved zone; nothing found says so.
  await zone.click();
  await dashboard.keyboard.type('atlantis');
  await expect(dashboard.getByTestId('tz-none')).toHaveText('No time zone matches');
  await dashboard.keyboard.press('Escape');
  await expect(dashboard.getByTestId('tz-none')).toHaveCount(0);
  expect((await storedCalendar(dashboard)).settings.timeZone).toBe(thirdZone);

  // Chinese UI: the zone's own name in Chinese, searchable in Chinese; the mouse picks too.
  await dashboard.evaluate(
    ([key, version, value]) => chrome.storage.local.set({ [key]: { version, value } }),
    [SETTINGS_KEY, SETTINGS_VERSION, { ...DEFAULT_SETTINGS, locale: 'zh-CN' }] as const,
  );
  await expect(dashboard.getByTestId('cal-view-month')).toHaveText('月');
  await zone.click();
  // Intl names zones, not cities, in Chinese: 中国 finds China Standard Time (Shanghai).
  await dashboard.keyboard.type('中国');
  const shanghai = dashboard.locator('[data-testid="tz-option"][data-zone="Asia/Shanghai"]');
  await expect(shanghai).toHaveText('UTC+08:00 · Shanghai · 中国标准时间');
  await shanghai.click();
  await expect.poll(async () => (await storedCalendar(dashboard)).settings.timeZone).toBe('Asia/Shanghai');
  await expect(zone).toHaveValue('UTC+08:00 · Shanghai · 中国标准时间');
  await zone.click();
  await dashboard.keyboard.type('亚特兰蒂斯');
  await expect(dashboard.getByTestId('tz-none')).toHaveText('没有匹配的时区');
});
