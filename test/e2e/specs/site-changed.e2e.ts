import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { seedKit } from '../support/kit';
import { storedRecords } from '../support/records';
import { modelText, publishedPosts } from '../support/site-pages';
import { overlay } from '../support/overlay';

// Drift you can see. A supported site changed its layout: Onbrand says precisely which part it lost in the popup,
// still checks the focused field, and the structure-first fallback still gates and records a publish whenever a
// control labelled with a publish verb is near the box. When none is, the badge says posts are not recorded.

test('a redesigned supported page: generic detection checks and gates, and the popup names the boxes as missing', async ({
  openExtensionPage,
  openDashboardWithKit,
  openSite,
}) => {
  await openDashboardWithKit();
  const page = await openSite('https://x.com/i/redesign');
  await page.locator('#message').click();
  await page.keyboard.type('Hello damn');
  const ui = overlay(page);
  await expect.poll(() => ui.getByTestId('onbrand-badge').attribute('data-state')).toBe('block');

  await page.locator('#send').click();
  await ui.getByTestId('gate-dialog').waitFor('visible');
  await ui.getByTestId('gate-edit').click();
  expect(await modelText(page, 'message')).toBe('Hello damn');
  expect(await publishedPosts(page)).toEqual([]);

  // The popup (opened as a tab here) acts on the last web tab: x.com, with the notice naming the box part.
  await page.bringToFront();
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('site-message')).toContainText('x.com');
  await expect(popup.getByTestId('site-changed-notice')).toBeVisible();
  await expect(popup.getByTestId('site-changed-box')).toContainText('boxComposer');
  await expect(popup.getByTestId('site-changed-submit')).toHaveCount(0);
});

// A Weibo publisher layout no adapter knows: the fallback gates a blocking draft at its publish control, keeps the
// draft in the site's model on "Edit", and records the publish once after an override. (The publisher in the newer
// "_name_hash" classes, weibo.com/v2026/, is the Weibo adapter's own now: site-variants.e2e.ts.)
const FALLBACK_PUBLISHERS = [
  {
    name: 'a layout no adapter knows (Weibo publisher with an <a> 发布)',
    url: 'https://weibo.com/legacy/',
    submit: 'a.W_btn_a',
  },
];

for (const publisher of FALLBACK_PUBLISHERS) {
  test(`${publisher.name}: the fallback gates a blocking draft and records its publish once`, async ({
    openExtensionPage,
    openDashboardWithKit,
    openSite,
  }) => {
    const dashboard = await openDashboardWithKit();
    const page = await openSite(publisher.url);
    await page.locator('[data-fixture-editor="compose"]').click();
    await page.keyboard.type('新品上市 傻逼');
    const ui = overlay(page);
    await expect.poll(() => ui.getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
    await expect.poll(() => ui.getByTestId('badge-no-submit').count()).toBe(0);

    const submit = page.locator(publisher.submit);
    await submit.click();
    await ui.getByTestId('gate-dialog').waitFor('visible');
    await ui.getByTestId('gate-edit').click();
    expect(await modelText(page, 'compose')).toBe('新品上市 傻逼');
    expect(await publishedPosts(page)).toEqual([]);

    await submit.click();
    await ui.getByTestId('gate-reason').fill('Quoting a customer');
    await ui.getByTestId('gate-post-anyway').click();
    await expect.poll(() => publishedPosts(page)).toEqual(['新品上市 傻逼']);
    const publishes = async () => (await storedRecords(dashboard)).filter((r) => r.kind === 'publish');
    await expect.poll(async () => (await publishes()).length, { timeout: 15_000 }).toBe(1);
    expect((await publishes())[0]).toMatchObject({
      platform: 'weibo',
      postKind: 'post',
      text: '新品上市 傻逼',
      overrideReason: 'Quoting a customer',
    });
    await page.waitForTimeout(1_500);
    expect(await publishes()).toHaveLength(1);

    // No Weibo box selector matches this page: the popup names the box part as missing.
    await page.bringToFront();
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByTestId('site-changed-box')).toBeVisible();
  });
}

test('a one-line comment box no adapter knows (older Weibo comment row): the fallback gates its plain-Enter submit and records the publish once', async ({
  openExtensionPage,
  openDashboardWithKit,
  openSite,
}) => {
  const dashboard = await openDashboardWithKit();
  const page = await openSite('https://weibo.com/legacy-comment/');
  await page.locator('[data-fixture-editor="comment"]').click();
  await page.keyboard.type('好评 傻逼');
  const ui = overlay(page);
  await expect.poll(() => ui.getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  await expect.poll(() => ui.getByTestId('badge-no-submit').count()).toBe(0);

  // Plain Enter is this box's submit (a one-row textarea): held, the draft stays in the site's model.
  await page.keyboard.press('Enter');
  await ui.getByTestId('gate-dialog').waitFor('visible');
  await ui.getByTestId('gate-edit').click();
  expect(await modelText(page, 'comment')).toBe('好评 傻逼');
  expect(await publishedPosts(page)).toEqual([]);

  // Rewritten, the same key sends it and the publish is recorded once.
  await page.locator('[data-fixture-editor="comment"]').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('谢谢支持，欢迎再来');
  await ui.getByTestId('badge-clean').waitFor('visible');
  await page.keyboard.press('Enter');
  await expect.poll(() => publishedPosts(page)).toEqual(['谢谢支持，欢迎再来']);
  const publishes = async () => (await storedRecords(dashboard)).filter((r) => r.kind === 'publish');
  await expect.poll(async () => (await publishes()).length, { timeout: 15_000 }).toBe(1);
  expect((await publishes())[0]).toMatchObject({ platform: 'weibo', text: '谢谢支持，欢迎再来' });
  await page.waitForTimeout(1_500);
  expect(await publishes()).toHaveLength(1);

  // It was the fallback, not the Weibo adapter: the popup names the box part as missing.
  await page.bringToFront();
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('site-changed-box')).toBeVisible();
});

test('a recognised box whose Post button drifted: the badge says posts are not recorded, the popup names the submit part only', async ({
  ext,
  openExtensionPage,
}) => {
  const page = await typeInDriftedLinkedInComment(
    ext.context,
    await openExtensionPage('options.html'),
    'Thanks for asking!',
  );
  await overlay(page).getByTestId('badge-clean').waitFor('visible');
  await overlay(page).getByTestId('badge-no-submit').waitFor('visible');

  await page.bringToFront();
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('site-changed-submit')).toContainText('commentSubmitV2');
  await expect(popup.getByTestId('site-changed-box')).toHaveCount(0);
});

test('the demo page is fully recognised: no layout notice', async ({
  ext,
  openExtensionPage,
  openDashboardWithKit,
}) => {
  await openDashboardWithKit();
  const page = await ext.context.newPage();
  await page.goto('https://x.com/onbrand-demo/');
  for (const box of ['#compose-en', 'textarea[data-testid="tweetTextarea_1"]']) {
    await page.locator(box).click();
    await page.keyboard.type('Hello');
    await overlay(page).getByTestId('onbrand-badge').waitFor('visible');
  }
  await page.waitForTimeout(1_000);
  await page.bringToFront();
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('site-message')).toContainText('x.com');
  await expect(popup.getByTestId('site-changed-notice')).toHaveCount(0);
});

test('"Report this box" from the badge menu saves a skeleton of the page with no text from it', async ({
  ext,
  openExtensionPage,
}) => {
  const page = await typeInDriftedLinkedInComment(
    ext.context,
    await openExtensionPage('options.html'),
    'A private draft',
  );
  await overlay(page).getByTestId('onbrand-badge').click();
  const download = page.waitForEvent('download');
  await overlay(page).getByTestId('report-box').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^onbrand-box-linkedin\.com-[\d-]+\.html$/);
  const html = await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8');
  expect(html).toContain('data-onbrand-box');
  expect(html).toContain('componentkey="commentBox-');
  for (const text of ['A private draft', 'Priya Nair', 'remote-friendly', 'hiring', '/in/priya/'])
    expect(html).not.toContain(text);
  await expect
    .poll(() => overlay(page).getByTestId('report-box-saved').text())
    .toContain('onbrand-box-linkedin.com');
});

/** LinkedIn's comment box on a page whose Post button lost every attribute the adapter knows, with `text` typed. */
async function typeInDriftedLinkedInComment(
  context: BrowserContext,
  dashboard: Page,
  text: string,
): Promise<Page> {
  await seedKit(dashboard);
  const page = await context.newPage();
  await page.goto('https://linkedin.com/posts/onbrand-drifted/');
  await page.waitForFunction(() =>
    Boolean(
      (window as unknown as { fixture?: { editors: Record<string, unknown> } }).fixture?.editors.comment,
    ),
  );
  await page.locator('[data-fixture-editor="comment"]').click();
  await page.keyboard.type(text);
  return page;
}
