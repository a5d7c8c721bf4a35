import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { sendRuntimeMessage } from '../support/messages';
import { overlay } from '../support/overlay';
import { setOwnAccounts } from '../support/setup';
import { seedOwnPost } from '../support/records';

// The reply queue in real Chromium on the fixture threads of X, Weibo, YouTube and Bilibili: age chips on the
// unanswered comments of the brand's own posts (drawn in the closed overlay, not the page), a reply that clears
// one, "no reply needed", and the popup's queue opening a comment's permalink.

/** The manager published this post with Onbrand: the log knows it is the brand's (sites without a post author). */

async function queue(dashboard: Page) {
  const reply = await sendRuntimeMessage(dashboard, { onbrand: 1, type: 'community.queue', payload: {} });
  expect(reply.ok, reply.error).toBe(true);
  return reply.data as unknown as {
    entries: Array<{ key: string; author?: string; platform: string; age: string; url?: string }>;
    summary: { waiting: number; pastTarget: number };
  };
}

const chips = (page: Page) => overlay(page).getByTestId('reply-chip');

test('X: the brand’s post shows a red age chip on each unanswered reply; answering one clears it; the popup opens the permalink', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await setOwnAccounts(dashboard, { x: ['@OnBrand'] });
  const page = await ext.context.newPage();
  await page.goto('https://x.com/onbrand/status/1');
  await expect(page.locator('onbrand-assistant')).toHaveCount(1);
  // Three replies from 2025: long past X's 1 h target.
  await expect.poll(() => chips(page).count(), { timeout: 15_000 }).toBe(3);
  expect(await chips(page).first().attribute('data-age')).toBe('past');
  // Nothing in the site's DOM: the chips live in the closed shadow root.
  expect(await page.evaluate(() => document.querySelectorAll('[data-testid="reply-chip"]').length)).toBe(0);
  expect(
    await page.evaluate(() => document.querySelector('onbrand-assistant')?.shadowRoot ?? null),
  ).toBeNull();
  expect((await queue(dashboard)).summary).toMatchObject({ waiting: 3, pastTarget: 3 });

  // Alice is answered from her reply's own page (X's "reply to a reply").
  const answer = await ext.context.newPage();
  await answer.goto('https://x.com/alice/status/2');
  await answer.locator('[data-testid="tweetTextarea_0"]').click();
  await expect(answer.locator('onbrand-assistant')).toHaveCount(1);
  await answer.keyboard.type('So sorry Alice, we are on it.');
  await answer.locator('[data-testid="tweetButtonInline"]').click();
  await expect
    .poll(() =>
      answer.evaluate(() => (window as unknown as { fixture: { submits: number } }).fixture.submits),
    )
    .toBe(1);
  await expect.poll(async () => (await queue(dashboard)).summary.waiting, { timeout: 15_000 }).toBe(2);
  expect((await queue(dashboard)).entries.map((e) => e.author)).not.toContain('@alice');
  // The open post page follows: one chip fewer without a reload.
  await expect.poll(() => chips(page).count(), { timeout: 10_000 }).toBe(2);

  // The popup: "2 waiting · oldest … (X)", each line opening the comment's permalink.
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(popup.getByTestId('reply-queue-summary')).toContainText(
    /^2 waiting · oldest \d+ d \d+ h \(X\) · 2 past their target$/,
  );
  await expect(popup.getByTestId('reply-queue-open')).toHaveCount(2);
  const target = await popup.getByTestId('reply-queue-open').first().getAttribute('data-url');
  expect(['https://x.com/carlos_dev/status/3', 'https://x.com/lihua/status/4']).toContain(target);
  const opened = ext.context.waitForEvent('page');
  await popup.getByTestId('reply-queue-open').first().click();
  const comment = await opened;
  await comment.waitForLoadState();
  expect(comment.url()).toBe(target);
});

test('Weibo: chips on a post page follow the thread as it grows; "no reply needed" removes one with its reason', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await setOwnAccounts(dashboard, { weibo: ['Onbrand'] });
  await seedOwnPost(dashboard, 'weibo', 'https://weibo.com/7654321098/PqR5tUv', 'PqR5tUv');
  const page = await ext.context.newPage();
  await page.goto('https://weibo.com/7654321098/PqR5tUv');
  await expect.poll(() => chips(page).count(), { timeout: 15_000 }).toBe(2);
  // Weibo shows comment times as labels only: ages count from first sight, so a fresh comment is not late yet.
  expect(await chips(page).first().attribute('data-age')).toBe('ok');

  // A new commenter arrives (the page adds the comment): the queue sees it without a reload.
  await page.evaluate(() =>
    (window as unknown as { fixture: { addComment(u: string, t: string): void } }).fixture.addComment(
      '新粉丝',
      '第一次来，支持！',
    ),
  );
  await expect.poll(() => chips(page).count(), { timeout: 10_000 }).toBe(3);
  // The brand's own comment never waits for a reply.
  await page.locator('textarea[placeholder="发布你的评论"]').click();
  await page.keyboard.type('谢谢大家支持！');
  await page.locator('button[class*="Composer_btn"]').click();
  await page.waitForTimeout(1500);
  expect(await chips(page).count()).toBe(3);

  await chips(page).first().click();
  const ui = overlay(page);
  await ui.getByTestId('reply-dismiss').waitFor('visible');
  expect(await ui.getByTestId('reply-dismiss-confirm').disabled()).toBe(true);
  await ui.getByTestId('reply-dismiss-reason').fill('抽奖转发，无需回复');
  await ui.getByTestId('reply-dismiss-confirm').click();
  await expect.poll(() => chips(page).count(), { timeout: 10_000 }).toBe(2);
  const stored = await dashboard.evaluate(async () => {
    const local = (
      globalThis as unknown as {
        chrome: {
          storage: {
            local: {
              get(
                k: string,
              ): Promise<
                Record<
                  string,
                  { entries: Record<string, { state: string; dismissReason?: string; author?: string }> }
                >
              >;
            };
          };
        };
      }
    ).chrome.storage.local;
    return Object.values((await local.get('community.queue'))['community.queue'].entries);
  });
  expect(stored.filter((e) => e.state === 'dismissed')).toEqual([
    expect.objectContaining({ author: '小明同学', dismissReason: '抽奖转发，无需回复' }),
  ]);
});

test('YouTube and Bilibili: unanswered comments on the brand’s video get chips; another channel’s video gets none', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await setOwnAccounts(dashboard, { youtube: ['@onbrand'], bilibili: ['Onbrand'] });
  const youtube = await ext.context.newPage();
  await youtube.goto('https://youtube.com/watch?v=demo');
  await expect(youtube.locator('onbrand-assistant')).toHaveCount(1);
  await youtube.waitForTimeout(2500);
  expect(await chips(youtube).count()).toBe(0);

  await seedOwnPost(dashboard, 'youtube', 'https://www.youtube.com/watch?v=demo', 'demo');
  await seedOwnPost(dashboard, 'bilibili', 'https://www.bilibili.com/video/BV1demo', 'BV1demo');
  await youtube.reload();
  await expect.poll(() => chips(youtube).count(), { timeout: 15_000 }).toBe(2);
  const bilibili = await ext.context.newPage();
  await bilibili.goto('https://bilibili.com/video/BV1demo/');
  await expect.poll(() => chips(bilibili).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  const { entries } = await queue(dashboard);
  expect(new Set(entries.map((e) => e.platform))).toEqual(new Set(['youtube', 'bilibili']));
  // YouTube comments have their own permalinks (&lc=).
  expect(
    entries
      .filter((e) => e.platform === 'youtube')
      .map((e) => e.url)
      .sort(),
  ).toEqual(['https://youtube.com/watch?v=demo&lc=Ugx1', 'https://youtube.com/watch?v=demo&lc=Ugx2']);
});

test('Bilibili’s shadow-DOM layout: its threads get chips, and a comment arriving inside the shadow root gets one without a reload', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await setOwnAccounts(dashboard, { bilibili: ['Onbrand'] });
  await seedOwnPost(dashboard, 'bilibili', 'https://www.bilibili.com/video/BV2shadow', 'BV2shadow');
  const page = await ext.context.newPage();
  await page.goto('https://bilibili.com/video/BV2shadow/');
  await expect.poll(() => chips(page).count(), { timeout: 15_000 }).toBe(1);

  // The new thread is added inside bili-comments' shadow root, where an observer of <body> sees nothing.
  await page.evaluate(() =>
    (window as unknown as { fixture: { addComment(u: string, t: string): void } }).fixture.addComment(
      '新来的观众',
      '请问有教程吗？',
    ),
  );
  await expect.poll(() => chips(page).count(), { timeout: 10_000 }).toBe(2);
  const { entries } = await queue(dashboard);
  expect(entries.map((e) => e.author).sort()).toEqual(['哔友小王', '新来的观众'].sort());
});

test.describe('in Chinese', () => {
  test.use({ browserLocale: 'zh-CN' });
  test('the popup’s queue reads in Chinese', async ({ ext, openExtensionPage }) => {
    const dashboard = await openExtensionPage('options.html');
    await setOwnAccounts(dashboard, { x: ['onbrand'] });
    const page = await ext.context.newPage();
    await page.goto('https://x.com/onbrand/status/1');
    await expect.poll(() => chips(page).count(), { timeout: 15_000 }).toBe(3);
    expect(await chips(page).first().attribute('aria-label')).toMatch(/^已等待回复 .+；目标 1 小时 0 分钟$/);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await expect(popup.getByTestId('reply-queue-summary')).toContainText(
      /^3 条待回复 · 最久 \d+ 天 \d+ 小时（X） · 3 条已超过目标时间$/,
    );
  });
});
