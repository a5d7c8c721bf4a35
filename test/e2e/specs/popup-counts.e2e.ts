import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { overlay } from '../support/overlay';
import { storedRecords } from '../support/records';
import { SITE_BOXES, publishedPosts } from '../support/site-pages';

// Issue 17: the popup said "0 findings caught" right after a draft showed its findings — the count read only the
// records a publish writes. Findings caught today now include those shown in drafts still open (each box reports
// its count; only numbers leave the page), and after the publish the records carry them: the count stays.

const X_COMPOSE = SITE_BOXES.find((box) => box.site === 'x')!;

async function todayCounts(popup: Page): Promise<string | null> {
  await popup.reload();
  return popup.getByTestId('today-counts').textContent();
}

test('the popup counts the findings caught in a draft right after the check, and still after it is posted', async ({
  openBoxWithKit,
  openExtensionPage,
}) => {
  const { page, dashboard } = await openBoxWithKit(X_COMPOSE);
  const ui = overlay(page);
  const badge = ui.getByTestId('onbrand-badge');
  await badge.waitFor('visible');
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('today-counts')).toHaveText('Today: 0 posts, 0 replies, 0 findings caught');

  // A banned word (blocking) and a preferred term (a tip): two findings shown, nothing published yet.
  await page.bringToFront();
  await page.keyboard.type('That damn plan is for users');
  await expect.poll(() => badge.attribute('data-state')).toBe('block');
  await expect.poll(() => badge.text()).toMatch(/1 tip/);
  await expect
    .poll(() => todayCounts(popup), { timeout: 15_000 })
    .toBe('Today: 0 posts, 0 replies, 2 findings caught');

  // Posted anyway (the gate asks why): the publish record holds the two findings, the draft's own count is gone.
  await page.bringToFront();
  await page.locator(X_COMPOSE.submit).first().click();
  await ui.getByTestId('gate-reason').fill('Quoting the customer');
  await ui.getByTestId('gate-post-anyway').click();
  await expect.poll(() => publishedPosts(page)).toHaveLength(1);
  await expect
    .poll(async () => (await storedRecords(dashboard)).filter((r) => r.kind === 'publish').length, {
      timeout: 15_000,
    })
    .toBe(1);
  await expect
    .poll(() => todayCounts(popup), { timeout: 15_000 })
    .toBe('Today: 1 post, 0 replies, 2 findings caught');
});
