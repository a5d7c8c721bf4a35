import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { localToUtc, utcToLocal } from '@/lib/calendar';
import { test, expect } from '../support/test';
import { calendarOf, inWorker, noonZone, seedCalendar, slotAt } from '../support/calendar';
import { putRecords, storedRecords } from '../support/records';
import { SITE_BOXES, focusBox, modelText, publishedPosts } from '../support/site-pages';
import { overlay } from '../support/overlay';
import { draftUnderPause } from '../support/pause';

// The crisis pause (issue 21 point 4) end to end in real Chromium: switched on in the popup, it marks today's
// slots paused and holds their reminders, shows a banner at the badge and holds every post on a fixture page for
// a confirmation and a reason (recorded as an override); switched off, the slots, the reminder and the gate are
// as before. Its topic terms warn on a draft as findings of the engine.

declare const chrome: typeof browser;

const zone = noonZone();
const MINUTE = 60_000;

async function switchOn(popup: Page, reason: string, terms = ''): Promise<void> {
  await popup.getByTestId('pause-open').click();
  await popup.getByTestId('pause-reason-input').fill(reason);
  if (terms) await popup.getByTestId('pause-terms-input').fill(terms);
  await popup.getByTestId('pause-on').click();
  await expect(popup.getByTestId('pause-switch')).toHaveAttribute('data-paused', 'true');
}

const notifications = (ext: { context: Parameters<typeof inWorker>[0] }) =>
  inWorker(ext.context, async () => Object.keys(await chrome.notifications.getAll()));

test('a crisis pause marks the day’s slots paused, silences their reminders, holds a post for a confirmation and a reason; switching it off restores everything', async ({
  ext,
  openDashboardWithKit,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  const dashboard = await openDashboardWithKit();
  const popup = await openExtensionPage('popup.html');
  await switchOn(popup, 'Product recall');
  await expect(popup.getByTestId('pause-reason')).toHaveText('Reason: Product recall');

  // Two slots later today: the first one's reminder (15 min ahead) is due at once, the second's in hours. Neither
  // is on X, so the post below matches no slot (a matched slot turns published and needs no reminder).
  const minute = Math.floor(Date.now() / MINUTE) * MINUTE;
  const soon = utcToLocal(minute + 10 * MINUTE, zone);
  const later = utcToLocal(minute + 150 * MINUTE, zone);
  await seedCalendar(
    dashboard,
    calendarOf(zone, [
      slotAt(zone, 'soon', soon, { platform: 'douyin', title: 'Launch post' }),
      slotAt(zone, 'later', later, { platform: 'weibo', title: '午间话题' }),
    ]),
  );
  for (const id of ['soon', 'later']) {
    await expect(popup.locator(`[data-slot-id="${id}"]`)).toHaveAttribute('data-paused', 'true');
    await expect(popup.locator(`[data-slot-id="${id}"]`).getByTestId('today-slot-paused')).toHaveText(
      'Paused',
    );
  }
  // The worker ran on the new plan (the next reminder is the later slot's) and showed no reminder.
  await expect
    .poll(() =>
      inWorker(ext.context, async () => (await chrome.alarms.get('onbrand-reminder'))?.scheduledTime ?? null),
    )
    .toBe(localToUtc(later, zone) - 15 * MINUTE);
  expect(await notifications(ext)).toEqual([]);

  // In the page: the banner at the badge, and a clean post held for a confirmation and a reason.
  const draft = 'We are live: meet the new Acme app.';
  const { page, box, ui } = await draftUnderPause(ext.context, 'x', draft, 'Crisis pause: Product recall');
  await page.locator(box.submit).first().click();
  await ui.getByTestId('gate-dialog').waitFor('visible');
  expect(await ui.getByTestId('gate-pause').text()).toContain('Product recall');
  expect(await ui.getByTestId('gate-post-anyway').disabled()).toBe(true);
  expect(await publishedPosts(page)).toEqual([]);
  expect(await modelText(page, box.editor)).toBe(draft);
  // A page script cannot confirm for the person: its click on the button does nothing.
  await ui.getByTestId('gate-reason').fill('Pre-approved statement');
  await ui.getByTestId('gate-post-anyway').evaluate((button) => (button as HTMLButtonElement).click());
  await page.waitForTimeout(300);
  expect(await publishedPosts(page)).toEqual([]);
  expect(await modelText(page, box.editor)).toBe(draft);
  await ui.getByTestId('gate-post-anyway').click();
  await expect.poll(() => publishedPosts(page)).toEqual([draft]);

  const records = () => storedRecords(dashboard);
  await expect
    .poll(async () => (await records()).filter((r) => r.kind === 'publish').length, { timeout: 15_000 })
    .toBe(1);
  expect((await records()).find((r) => r.kind === 'publish')).toMatchObject({
    platform: 'x',
    text: draft,
    overrideReason: 'Pre-approved statement',
  });
  expect((await records()).filter((r) => r.kind === 'gate-override')).toMatchObject([
    { platform: 'x', reason: 'Pre-approved statement', ruleIds: ['crisis-pause'] },
  ]);

  // Switched off: slots as before, the held reminder of the slot still to come shows, the gate lets posts by.
  await popup.getByTestId('pause-off').click();
  await expect(popup.getByTestId('pause-switch')).toHaveAttribute('data-paused', 'false');
  for (const id of ['soon', 'later'])
    await expect(popup.locator(`[data-slot-id="${id}"]`)).toHaveAttribute('data-paused', 'false');
  await expect.poll(() => notifications(ext), { timeout: 15_000 }).toEqual(['onbrand-reminder:soon']);
  await expect.poll(() => ui.getByTestId('badge-pause-banner').count()).toBe(0);
  await page.locator(`[data-fixture-editor="${box.editor}"]`).click();
  const second = 'Thanks for waiting, here it is.';
  await page.keyboard.type(second);
  await ui.getByTestId('badge-clean').waitFor('visible');
  await page.locator(box.submit).first().click();
  await expect.poll(() => publishedPosts(page)).toEqual([draft, second]);
  expect(await ui.getByTestId('gate-dialog').count()).toBe(0);
});

test('the pause’s topic terms warn on a draft that touches them, in English and Chinese; switched off, the same draft is clean', async ({
  ext,
  openDashboardWithKit,
  openExtensionPage,
}) => {
  await openDashboardWithKit();
  const popup = await openExtensionPage('popup.html');
  await switchOn(popup, '产品召回', 'recall, 召回');
  await expect(popup.getByTestId('pause-terms')).toHaveText('Topics on hold: recall, 召回');

  const box = SITE_BOXES.find((b) => b.site === 'weibo')!;
  const page = await ext.context.newPage();
  await focusBox(page, box);
  const ui = overlay(page);
  const draft = '关于产品召回的说明 (recalled kettles)';
  await page.keyboard.type(draft);
  await expect.poll(() => ui.getByTestId('onbrand-badge').attribute('data-state')).toBe('warn');
  await ui.getByTestId('onbrand-badge').click();
  await ui.getByTestId('findings-list').waitFor('visible');
  expect(await ui.locator('[data-rule="banned:crisis-pause:召回"]').count()).toBe(1);
  expect(await ui.locator('[data-rule="banned:crisis-pause:recall"]').count()).toBe(1);
  expect(await modelText(page, box.editor)).toBe(draft);

  // Off: the same draft is clean again.
  await popup.getByTestId('pause-off').click();
  await expect.poll(() => ui.getByTestId('onbrand-badge').attribute('data-state')).toBe('ok');
});

test('the dashboard switches the pause (calendar slots marked) and the report shows each pause with what was posted during it', async ({
  openExtensionPage,
}) => {
  const now = Date.now();
  const dashboard = await openExtensionPage('options.html#calendar');
  await seedCalendar(
    dashboard,
    calendarOf(zone, [slotAt(zone, 'evening', utcToLocal(now + 60 * MINUTE, zone), { title: '晚间话题' })]),
  );
  const chip = dashboard.locator('[data-testid="cal-slot"][data-occurrence-id="evening"]');
  await expect(chip).toHaveAttribute('data-paused', 'false');
  // The dashboard's own switch, by keyboard: a timed pause of 4 hours.
  await dashboard.getByTestId('pause-open').focus();
  await dashboard.keyboard.press('Enter');
  await dashboard.getByTestId('pause-reason-input').focus();
  await dashboard.keyboard.type('Supplier incident');
  await dashboard.getByTestId('pause-duration').selectOption('4h');
  await dashboard.getByTestId('pause-on').focus();
  await dashboard.keyboard.press('Enter');
  await expect(dashboard.getByTestId('pause-status')).toContainText('Publishing paused');
  await expect(chip).toHaveAttribute('data-paused', 'true');
  await expect(chip.getByTestId('cal-slot-paused')).toHaveText('Paused');

  // Two posts: one during the pause, one before it (an earlier publish, seeded as the outbox sends records).
  const during = Date.now();
  await putRecords(dashboard, [
    {
      id: 'during-0001',
      at: during,
      platform: 'weibo',
      kind: 'publish',
      postKind: 'post',
      url: 'https://weibo.com/1/during',
      text: '声明',
      findings: [],
      templateIds: [],
      overrideReason: 'Official statement',
    },
    {
      id: 'before-0001',
      at: now - 3 * 3_600_000,
      platform: 'weibo',
      kind: 'publish',
      postKind: 'post',
      url: 'https://weibo.com/1/before',
      text: '早安',
      findings: [],
      templateIds: [],
    },
  ]);
  await dashboard.goto(dashboard.url().replace(/#.*$/, '#reports'));
  const row = dashboard.getByTestId('pause-report-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('pause-report-window')).toContainText('ongoing');
  await expect(row).toContainText('Supplier incident');
  await expect(row.getByTestId('pause-report-posted')).toHaveAttribute('data-count', '1');
  await expect(row.getByTestId('pause-report-posted')).toContainText('1 post went out during it');
  await expect(row.getByTestId('pause-report-posted')).toContainText('Official statement');
});

test.describe('in Chinese', () => {
  test.use({ browserLocale: 'zh-CN' });
  test('the switch, the banner and the gate read in Simplified Chinese', async ({
    ext,
    openDashboardWithKit,
    openExtensionPage,
  }) => {
    await openDashboardWithKit();
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByTestId('pause-open')).toHaveText('暂停发布');
    await switchOn(popup, '产品召回');
    await expect(popup.getByTestId('pause-reason')).toHaveText('原因：产品召回');
    await expect(popup.getByTestId('pause-off')).toHaveText('恢复发布');

    const { page, box, ui } = await draftUnderPause(ext.context, 'weibo', '新品上市', '危机暂停：产品召回');
    await page.locator(box.submit).first().click();
    await ui.getByTestId('gate-dialog').waitFor('visible');
    expect(await ui.locator('#ob-gate-title').text()).toBe('发布已暂停');
    expect(await ui.getByTestId('gate-post-anyway').text()).toBe('在暂停期间发布');
    expect(await publishedPosts(page)).toEqual([]);
    expect(await modelText(page, box.editor)).toBe('新品上市');
  });
});
