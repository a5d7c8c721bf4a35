import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { storedRecords } from '../support/records';
import { modelText, publishedPosts } from '../support/site-pages';
import { overlay } from '../support/overlay';

// WeChat Official Accounts' new editor: the title is a ProseMirror overlay over a hidden #title textarea, the
// digest is textarea.js_desc. Each is its own checked box: a blocking word in either holds 发表 (#js_send), read
// from the fields' own models; once fixed, the article goes out with its title and digest and is recorded once.

const URL = 'https://mp.weixin.qq.com/cgi-bin/appmsg_edit/';
const pageRecords = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { fixture: { records(): Array<Record<string, string>> } }).fixture.records(),
  );

async function typeInto(page: Page, field: string, text: string): Promise<void> {
  await page.locator(`[data-fixture-editor="${field}"]`).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await expect.poll(() => modelText(page, field)).toBe(text);
}

test('WeChat title overlay and digest are checked and gate 发表; the fixed article is published with both and recorded once', async ({
  openDashboardWithKit,
  openSite,
}) => {
  const dashboard = await openDashboardWithKit();
  const page = await openSite(URL);
  const ui = overlay(page);
  const send = page.locator('#js_send');

  await typeInto(page, 'body', '新品今天上市，欢迎大家来店里看看。');
  await ui.getByTestId('badge-clean').waitFor('visible');

  // A blocking word in the title (the ProseMirror overlay): held.
  await typeInto(page, 'title', '新品 damn 上市');
  await expect.poll(() => ui.getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  await send.click();
  await ui.getByTestId('gate-dialog').waitFor('visible');
  expect(await ui.getByTestId('gate-findings').text()).toContain('damn');
  await ui.getByTestId('gate-edit').click();
  expect(await publishedPosts(page)).toEqual([]);
  expect(await modelText(page, 'title')).toBe('新品 damn 上市');
  // The hidden #title mirror the site submits follows the overlay's model.
  expect(await page.locator('#title').inputValue()).toBe('新品 damn 上市');

  await typeInto(page, 'title', '新品上市');
  await ui.getByTestId('badge-clean').waitFor('visible');

  // A blocking word in the digest (textarea.js_desc): held too.
  await typeInto(page, 'digest', '这款真是傻逼都会用');
  await expect.poll(() => ui.getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  await send.click();
  await ui.getByTestId('gate-dialog').waitFor('visible');
  await ui.getByTestId('gate-edit').click();
  expect(await publishedPosts(page)).toEqual([]);
  expect(await modelText(page, 'digest')).toBe('这款真是傻逼都会用');

  await typeInto(page, 'digest', '这款谁都会用');
  await ui.getByTestId('badge-clean').waitFor('visible');
  await send.click();
  await expect.poll(() => publishedPosts(page)).toEqual(['新品今天上市，欢迎大家来店里看看。']);
  expect(await pageRecords(page)).toEqual([
    { title: '新品上市', digest: '这款谁都会用', text: '新品今天上市，欢迎大家来店里看看。' },
  ]);

  const publishes = async () => (await storedRecords(dashboard)).filter((r) => r.kind === 'publish');
  await expect.poll(async () => (await publishes()).length, { timeout: 15_000 }).toBe(1);
  expect((await publishes())[0]).toMatchObject({ platform: 'wechat', postKind: 'post' });
  await page.waitForTimeout(1_500);
  expect(await publishes()).toHaveLength(1);
});
