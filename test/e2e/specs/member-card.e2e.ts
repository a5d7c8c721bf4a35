import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { sendRuntimeMessage } from '../support/messages';
import { overlay } from '../support/overlay';
import { setOwnAccounts } from '../support/setup';
import { commentKey } from '@/lib/community/queue';
import { seedOwnPost } from '../support/records';

// The member card in real Chromium: on the fixture threads of the brand's own posts (Weibo, YouTube), a trusted
// pointer resting on a commenter's name shows what the member book knows of them in the closed overlay, with the
// segment their seeded interactions give; notes and birthday edited in the Members tab appear in it; a page can
// neither open it with synthetic events nor read it.

const DAY = 86_400_000;
const WEIBO_POST = 'https://weibo.com/7654321098/PqR5tUv';
const card = (page: Page) => overlay(page).getByTestId('member-card');

/** Earlier comments of theirs, as the reply queue would have reported them on other visits. */
async function seedComments(
  dashboard: Page,
  platform: string,
  postUrl: string,
  comments: Array<{ key: string; author: string; postedAt: number; url?: string }>,
): Promise<void> {
  const reply = await sendRuntimeMessage(dashboard, {
    onbrand: 1,
    type: 'community.thread',
    payload: { platform, postUrl, comments },
  });
  expect(reply.ok, reply.error).toBe(true);
}

/** Rests a trusted pointer (CDP input) on the element's centre, after a move from the page's corner. */
async function hover(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.move(2, 2);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
}

const WEIBO_NAME = (user: string) => `a[usercard="${user}"]`;

test('Weibo: hovering a commenter shows their card with the seeded segment; notes and birthday edited in the Members tab appear in it', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await setOwnAccounts(dashboard, { weibo: ['Onbrand'] });
  await seedOwnPost(dashboard, 'weibo', WEIBO_POST, 'PqR5tUv');
  const now = Date.now();
  // 小明同学 commented on older posts 120 and 100 days ago; 路人甲 is new here.
  await seedComments(dashboard, 'weibo', 'https://weibo.com/7654321098/Old1', [
    { key: 'weibo:seed-a', author: '小明同学', postedAt: now - 120 * DAY },
    { key: 'weibo:seed-b', author: '小明同学', postedAt: now - 100 * DAY },
  ]);
  const page = await ext.context.newPage();
  await page.goto(WEIBO_POST);
  await expect.poll(() => overlay(page).getByTestId('reply-chip').count(), { timeout: 15_000 }).toBe(2);

  await hover(page, WEIBO_NAME('小明同学'));
  await card(page).waitFor('visible');
  // First seen 120 days ago, last seen now (this visit): active, not new.
  expect(await card(page).attribute('data-segment')).toBe('active');
  expect(await overlay(page).getByTestId('member-card-name').text()).toBe('小明同学');
  expect(await overlay(page).getByTestId('member-card-platform').text()).toBe('Weibo');
  expect(await overlay(page).getByTestId('member-card-counts').text()).toBe(
    '3 comments · 0 replies from the brand',
  );
  // Placed at the name it describes.
  const name = (await page.locator(WEIBO_NAME('小明同学')).boundingBox())!;
  const box = (await card(page).boundingBox())!;
  expect(Math.abs(box.y - (name.y + name.height + 6))).toBeLessThan(3);

  // Off the name (onto the comment's text): the card goes.
  await page.mouse.move(name.x + name.width + 60, name.y + name.height / 2, { steps: 3 });
  await card(page).waitFor('hidden');
  await hover(page, WEIBO_NAME('路人甲'));
  await expect.poll(() => card(page).attribute('data-segment')).toBe('new');
  expect(await overlay(page).getByTestId('member-card-counts').text()).toBe(
    '1 comment · 0 replies from the brand',
  );

  // The Members tab: edit 小明同学's notes and birthday (a bad date first).
  await dashboard.goto(dashboard.url().replace(/#.*$/, '') + '#members');
  await dashboard.getByTestId('members-search').fill('小明');
  await expect(dashboard.getByTestId('member-row')).toHaveCount(1);
  await dashboard.getByRole('button', { name: 'Edit 小明同学' }).click();
  await expect(dashboard.getByTestId('member-edit-notes')).toBeFocused();
  await dashboard.keyboard.type('Top fan, phone 13812345678');
  await dashboard.getByLabel('Birthday (MM-DD, or YYYY-MM-DD with the year)').fill('1990-02-30');
  await dashboard.getByLabel('Praise').check();
  await dashboard.getByTestId('member-edit-save').click();
  await expect(dashboard.getByTestId('member-edit-birthday-error')).toHaveText('That month has no such day.');
  await expect(dashboard.getByTestId('member-edit-birthday')).toHaveAttribute('aria-invalid', 'true');
  await dashboard.getByTestId('member-edit-birthday').fill('1990-03-14');
  await dashboard.getByTestId('member-edit-birthday').press('Enter');
  await expect(dashboard.getByTestId('member-edit-saved')).toHaveText('Saved 小明同学.');
  await expect(dashboard.getByTestId('member-notes')).toContainText('Top fan');
  await expect(dashboard.getByTestId('member-notes')).not.toContainText('13812345678');
  await expect(dashboard.getByTestId('member-birthday')).toHaveText('· birthday March 14, 1990');
  // The search and the tag filter still find them after the edit.
  await dashboard.getByTestId('members-tag').selectOption('praise');
  await expect(dashboard.getByTestId('member-row')).toHaveAttribute('data-handle', '小明同学');

  // Back on the post (a new visit: the card's 30 s cache is per page), the card shows them.
  await page.reload();
  await expect.poll(() => overlay(page).getByTestId('reply-chip').count(), { timeout: 15_000 }).toBe(2);
  await hover(page, WEIBO_NAME('小明同学'));
  await card(page).waitFor('visible');
  const notes = (await overlay(page).getByTestId('member-card-notes').text()) ?? '';
  expect(notes).toContain('Top fan');
  expect(notes).not.toContain('13812345678');
  expect(await overlay(page).getByTestId('member-card-birthday').text()).toBe('March 14, 1990');
  expect(await overlay(page).getByTestId('member-card-tags').text()).toBe('Praise');

  // "Open in Members" opens the tab on them.
  const opened = ext.context.waitForEvent('page');
  await overlay(page).getByTestId('member-card-open').click();
  const members = await opened;
  await expect(members.getByTestId('member-row')).toHaveCount(1);
  await expect(members.getByTestId('member-row')).toHaveAttribute('data-handle', '小明同学');
  await expect(members.getByTestId('members-platform')).toHaveValue('weibo');
});

test('YouTube: a commenter seen 60 days ago is silent on the card; keyboard focus opens it, Alt+M enters it, Escape closes it', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await setOwnAccounts(dashboard, { youtube: ['@onbrand'] });
  await seedOwnPost(dashboard, 'youtube', 'https://www.youtube.com/watch?v=demo', 'demo');
  const postUrl = 'https://youtube.com/watch?v=demo';
  const url = `${postUrl}&lc=Ugx2`;
  // The same comment (its permalink is its key) was first reported 60 days ago: this visit adds nothing.
  await seedComments(dashboard, 'youtube', postUrl, [
    {
      key: commentKey('youtube', postUrl, { url }),
      author: '@grumpycat',
      postedAt: Date.now() - 60 * DAY,
      url,
    },
  ]);
  const page = await ext.context.newPage();
  await page.goto(postUrl);
  await expect.poll(() => overlay(page).getByTestId('reply-chip').count(), { timeout: 15_000 }).toBe(2);
  const author = (handle: string) => `a#author-text[href="/@${handle}"]`;
  await hover(page, author('grumpycat'));
  await card(page).waitFor('visible');
  expect(await card(page).attribute('data-segment')).toBe('silent');
  expect(await overlay(page).getByTestId('member-card-segment').text()).toBe('Silent');
  await hover(page, author('gadgetfan'));
  await expect.poll(() => card(page).attribute('data-segment')).toBe('new');
  expect(await overlay(page).getByTestId('member-card-platform').text()).toBe('YouTube');

  // Keyboard: focus the name (as Tab would), the card opens; Alt+M moves into it; Escape closes it.
  await page.mouse.move(2, 2);
  await card(page).waitFor('hidden');
  await page.locator(author('grumpycat')).focus();
  await card(page).waitFor('visible');
  expect(await card(page).attribute('data-segment')).toBe('silent');
  await page.keyboard.press('Alt+KeyM');
  await expect.poll(() => overlay(page).getByTestId('member-card-open').focused()).toBe(true);
  await page.keyboard.press('Escape');
  await card(page).waitFor('hidden');
  await expect(page.locator(author('grumpycat'))).toBeFocused();
});

test('hostile page: synthetic pointer and focus events open no card, and the card’s content never reaches the page', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await setOwnAccounts(dashboard, { weibo: ['Onbrand'] });
  await seedOwnPost(dashboard, 'weibo', WEIBO_POST, 'PqR5tUv');
  const page = await ext.context.newPage();
  await page.goto(WEIBO_POST);
  await expect.poll(() => overlay(page).getByTestId('reply-chip').count(), { timeout: 15_000 }).toBe(2);
  const id = encodeURIComponent('weibo:小明同学');
  await dashboard.goto(dashboard.url().replace(/#.*$/, '') + `#members/${id}`);
  await dashboard.getByTestId('member-edit').click();
  await dashboard.getByTestId('member-edit-notes').fill('secret-note-42');
  await dashboard.getByTestId('member-edit-save').click();
  await expect(dashboard.getByTestId('member-edit-saved')).toBeVisible();
  await page.reload();
  await expect.poll(() => overlay(page).getByTestId('reply-chip').count(), { timeout: 15_000 }).toBe(2);

  // The page fakes a pointer resting on the name and a focus on it: nothing opens.
  await page.evaluate((selector) => {
    const name = document.querySelector(selector) as HTMLElement;
    const box = name.getBoundingClientRect();
    const at = { bubbles: true, composed: true, clientX: box.x + 2, clientY: box.y + 2 };
    name.dispatchEvent(new PointerEvent('pointerover', at));
    name.dispatchEvent(new PointerEvent('pointermove', at));
    name.dispatchEvent(new MouseEvent('mouseover', at));
    name.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  }, WEIBO_NAME('小明同学'));
  await page.waitForTimeout(1500);
  expect(await card(page).count()).toBe(0);

  // A person's pointer opens it; the page still sees nothing of it.
  await hover(page, WEIBO_NAME('小明同学'));
  await card(page).waitFor('visible');
  expect(await overlay(page).getByTestId('member-card-notes').text()).toBe('secret-note-42');
  const seen = await page.evaluate(() => {
    const host = document.querySelector('onbrand-assistant');
    return {
      shadowRoot: host?.shadowRoot ?? null,
      text: document.documentElement.innerText.includes('secret-note-42'),
      html: document.documentElement.outerHTML.includes('secret-note-42'),
    };
  });
  expect(seen).toEqual({ shadowRoot: null, text: false, html: false });
});

test.describe('in Chinese', () => {
  test.use({ browserLocale: 'zh-CN' });
  test('the card reads in Chinese, with a Chinese date', async ({ ext, openExtensionPage }) => {
    const dashboard = await openExtensionPage('options.html');
    await setOwnAccounts(dashboard, { weibo: ['Onbrand'] });
    await seedOwnPost(dashboard, 'weibo', WEIBO_POST, 'PqR5tUv');
    const page = await ext.context.newPage();
    await page.goto(WEIBO_POST);
    await expect.poll(() => overlay(page).getByTestId('reply-chip').count(), { timeout: 15_000 }).toBe(2);
    await hover(page, WEIBO_NAME('路人甲'));
    await card(page).waitFor('visible');
    expect(await overlay(page).getByTestId('member-card-segment').text()).toBe('新成员');
    expect(await overlay(page).getByTestId('member-card-counts').text()).toBe('1 条评论 · 品牌回复 0 次');
    expect(await overlay(page).getByTestId('member-card-open').text()).toBe('在成员页打开');
    expect(await overlay(page).getByTestId('member-card-first').text()).toMatch(
      /^\d{4}年\d{1,2}月\d{1,2}日$/,
    );
  });
});
