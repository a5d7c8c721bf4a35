import { test, expect } from '../support/test';
import { seedKit } from '../support/kit';
import { modelText, publishedPosts } from '../support/site-pages';
import { overlay } from '../support/overlay';

// A supported site changed its layout: the adapter's box selectors find nothing. Onbrand says so in the popup
// and still checks the focused field through generic detection, gate included.
test('a redesigned supported page: generic detection checks and gates, and the popup shows a quiet notice', async ({ ext, openExtensionPage }) => {
  const dashboard = await openExtensionPage('options.html');
  await seedKit(dashboard);
  const page = await ext.context.newPage();
  await page.goto('https://x.com/i/redesign');
  await page.waitForFunction(() => 'fixture' in window);
  await page.locator('#message').click();
  await page.keyboard.type('Hello damn');
  const ui = overlay(page);
  await expect.poll(() => ui.getByTestId('onbrand-badge').attribute('data-state')).toBe('block');

  await page.locator('#send').click();
  await ui.getByTestId('gate-dialog').waitFor('visible');
  await ui.getByTestId('gate-edit').click();
  expect(await modelText(page, 'message')).toBe('Hello damn');
  expect(await publishedPosts(page)).toEqual([]);

  // The popup (opened as a tab here) acts on the last web tab: x.com, with the notice.
  await page.bringToFront();
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('site-message')).toContainText('x.com');
  await expect(popup.getByTestId('site-changed-notice')).toBeVisible();
});
