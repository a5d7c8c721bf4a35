import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { storedRecords } from '../support/records';
import type { ActivityRecord } from '@/lib/records/schema';
import { overlay } from '../support/overlay';
import { setOwnAccounts } from '../support/setup';

// The activity log's in-page inputs besides publishing, in real Chromium on the X fixture (served as x.com):
// engagement snapshots of the brand's own posts, taken on page load without focusing anything, and feedback
// tags on thread comments. Records are read back from the log's IndexedDB in an extension page.

const STATUS_URL = 'https://x.com/onbrand/status/1';
const HOUR = 3_600_000;

/** Hovers a comment until its tag button shows (the assistant may still be starting when the pointer first arrives). */
async function hoverForTagButton(page: Page, comment: ReturnType<Page['locator']>): Promise<void> {
  await expect(async () => {
    await page.mouse.move(2, 2);
    await comment.hover();
    await overlay(page).getByTestId('feedback-tag-button').waitFor('visible', 1000);
  }).toPass({ timeout: 15_000 });
}

const ofKind = <K extends ActivityRecord['kind']>(records: ActivityRecord[], kind: K) =>
  records.filter((r): r is Extract<ActivityRecord, { kind: K }> => r.kind === kind);

/** A reopen must land in the same hour as the first visit; near the top of the hour, wait for the next one. */
async function awayFromHourEdge(page: Page): Promise<void> {
  const left = HOUR - (Date.now() % HOUR);
  if (left < 60_000) await page.waitForTimeout(left + 1000);
}

test('opening the brand’s own post stores one snapshot of its counts; reopening within the hour adds none', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await setOwnAccounts(dashboard, { x: ['@OnBrand'] });
  const page = await ext.context.newPage();
  await awayFromHourEdge(page);

  await page.goto(STATUS_URL);
  // No focus, no click: the page-load script asked for the assistant because this is a post page.
  await expect(page.locator('onbrand-assistant')).toHaveCount(1);
  await expect
    .poll(async () => ofKind(await storedRecords(dashboard), 'engagement').length, { timeout: 15_000 })
    .toBe(1);
  const [snapshot] = ofKind(await storedRecords(dashboard), 'engagement');
  expect(snapshot).toMatchObject({
    platform: 'x',
    postId: '1',
    url: STATUS_URL,
    counts: { replies: 12, reposts: 5, likes: 34, views: 1234 },
  });
  expect(snapshot.id).toBe(`eng:x:1:${Math.floor(snapshot.at / HOUR)}`);

  // Reopened (a reload and a second tab) within the hour: still one snapshot.
  await page.reload();
  await expect(page.locator('onbrand-assistant')).toHaveCount(1);
  const second = await ext.context.newPage();
  await second.goto(STATUS_URL);
  await expect(second.locator('onbrand-assistant')).toHaveCount(1);
  await second.waitForTimeout(2500);
  const after = ofKind(await storedRecords(dashboard), 'engagement');
  expect(after).toHaveLength(1);
  expect(after[0].id).toBe(snapshot.id);
});

test('a page script navigating to another own post (pushState, its counts rendered) records nothing until the person uses the page', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await setOwnAccounts(dashboard, { x: ['@OnBrand'] });
  const page = await ext.context.newPage();
  await awayFromHourEdge(page);
  await page.goto(STATUS_URL);
  await expect
    .poll(async () => ofKind(await storedRecords(dashboard), 'engagement').length, { timeout: 15_000 })
    .toBe(1);

  // Well after the person's last click or key (none here), the site's script moves to post 2 and renders it.
  await page.waitForTimeout(6_000);
  await page.evaluate(() => {
    history.pushState({}, '', '/onbrand/status/2');
    for (const link of document.querySelectorAll('a[href$="/status/1"]'))
      link.setAttribute('href', '/onbrand/status/2');
  });
  await page.waitForTimeout(3_000);
  expect(ofKind(await storedRecords(dashboard), 'engagement').map((r) => r.postId)).toEqual(['1']);

  // The person clicks into the page showing post 2: now it is their visit, and its counts are kept.
  await page.mouse.click(5, 5);
  await expect
    .poll(
      async () =>
        ofKind(await storedRecords(dashboard), 'engagement')
          .map((r) => r.postId)
          .sort(),
      { timeout: 15_000 },
    )
    .toEqual(['1', '2']);
});

test('another account’s post gets no snapshot, and non-post pages load no assistant until a box is focused', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await setOwnAccounts(dashboard, { x: ['someone_else'] });
  const page = await ext.context.newPage();
  await page.goto(STATUS_URL);
  await expect(page.locator('onbrand-assistant')).toHaveCount(1);
  await page.waitForTimeout(2500);
  expect(ofKind(await storedRecords(dashboard), 'engagement')).toEqual([]);

  await page.goto('https://x.com/home');
  await page.waitForTimeout(1500);
  await expect(page.locator('onbrand-assistant')).toHaveCount(0);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await expect(page.locator('onbrand-assistant')).toHaveCount(1);
});

test('tagging a comment as a complaint with a note stores one feedback record with its author and text', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  const page = await ext.context.newPage();
  await page.goto(STATUS_URL);
  await expect(page.locator('onbrand-assistant')).toHaveCount(1);

  // The tag button appears on hover, drawn in the assistant's shadow root (not in the site's DOM).
  const reply = page.locator('#replies article[data-testid="tweet"]').first();
  const ui = overlay(page);
  expect(await ui.getByTestId('feedback-tag-button').count()).toBe(0);
  await hoverForTagButton(page, reply);
  const tagButton = ui.getByTestId('feedback-tag-button');
  expect(await page.evaluate(() => document.querySelector('[data-testid="feedback-tag-button"]'))).toBeNull();
  await tagButton.click();

  const popover = ui.getByTestId('feedback-popover');
  await popover.waitFor('visible');
  await expect.poll(() => ui.getByTestId('feedback-comment').text()).toContain('@alice');
  expect(await ui.getByTestId('feedback-save').disabled()).toBe(true);
  await ui.getByTestId('feedback-tag-complaint').click();
  await expect.poll(() => ui.getByTestId('feedback-tag-complaint').attribute('aria-checked')).toBe('true');
  await ui.getByTestId('feedback-note').fill('Order delayed, escalate to support');
  // Typing in the note stays in Onbrand's UI: the site's reply box is untouched.
  expect(
    await page.evaluate(() =>
      (
        window as unknown as { fixture: { editors: Record<string, { getText(): string }> } }
      ).fixture.editors.reply.getText(),
    ),
  ).toBe('');
  await ui.getByTestId('feedback-save').click();
  await popover.waitFor('hidden');

  await expect
    .poll(async () => ofKind(await storedRecords(dashboard), 'feedback').length, { timeout: 15_000 })
    .toBe(1);
  const [feedback] = ofKind(await storedRecords(dashboard), 'feedback');
  expect(feedback).toMatchObject({
    platform: 'x',
    tag: 'complaint',
    note: 'Order delayed, escalate to support',
    url: 'https://x.com/alice/status/2',
    postId: '1',
    commentAuthor: '@alice',
    commentText: 'My order still has not arrived, this is the worst service ever',
  });

  // The comment now shows as tagged; keyboard focus reaches the button too.
  await reply.hover();
  await expect.poll(() => ui.getByTestId('feedback-tag-button').attribute('data-tagged')).toBe('true');
  await page.waitForTimeout(1000);
  expect(ofKind(await storedRecords(dashboard), 'feedback')).toHaveLength(1);
});

test.describe('in Chinese', () => {
  test.use({ browserLocale: 'zh-CN' });
  test('the tag popover is in Chinese', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto(STATUS_URL);
    await expect(page.locator('onbrand-assistant')).toHaveCount(1);
    await hoverForTagButton(page, page.locator('#replies article[data-testid="tweet"]').nth(2));
    const ui = overlay(page);
    await ui.getByTestId('feedback-tag-button').click();
    await expect.poll(() => ui.getByTestId('feedback-tag-complaint').text()).toBe('投诉');
    await expect.poll(() => ui.getByTestId('feedback-tag-crisis').text()).toBe('危机');
    await expect.poll(() => ui.getByTestId('feedback-comment').text()).toContain('@lihua 的评论');
    await page.keyboard.press('Escape');
    await ui.getByTestId('feedback-popover').waitFor('hidden');
  });
});

test('the Settings tab saves the brand’s handles per platform', async ({ openExtensionPage }) => {
  const dashboard = await openExtensionPage('options.html#settings');
  const field = dashboard.getByTestId('settings-own-accounts-x');
  await field.fill('@onbrand, onbrand_help，@onbrand');
  await field.blur();
  await expect(field).toHaveAttribute('data-saved', '@onbrand,onbrand_help');
  const stored = await dashboard.evaluate(async () => {
    const local = (
      globalThis as unknown as {
        chrome: {
          storage: {
            local: {
              get(k: string): Promise<Record<string, { version: number; value: { ownAccounts: unknown } }>>;
            };
          };
        };
      }
    ).chrome.storage.local;
    return (await local.get('settings')).settings;
  });
  expect(stored.value.ownAccounts).toEqual({ x: ['@onbrand', 'onbrand_help'] });
});
