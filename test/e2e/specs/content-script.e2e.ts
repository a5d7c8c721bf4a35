import { test, expect } from '../support/test';

test('the assistant UI appears in a shadow root on a supported site under its real hostname', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForFunction(() => 'fixture' in window);
  // Only the small focus watcher runs at load; the assistant arrives with the first focus on a box.
  await page.waitForTimeout(500);
  expect(await page.locator('onbrand-assistant').count()).toBe(0);
  await page.locator('[data-fixture-editor="compose"]').click();
  const badge = page.getByTestId('onbrand-badge');
  await expect(badge).toBeVisible();
  // Mounted inside a shadow root: the site's DOM sees only the host element.
  const inShadow = await page.evaluate(() => {
    const host = document.querySelector('onbrand-assistant');
    return Boolean(host?.shadowRoot) && !document.querySelector('[data-testid="onbrand-badge"]');
  });
  expect(inShadow).toBe(true);
});

test('the content script does not run on an unlisted host', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto('https://example.org/');
  await page.locator('#message').click();
  await page.keyboard.type('damn');
  await page.waitForTimeout(800);
  expect(await page.locator('onbrand-assistant').count()).toBe(0);
});

test('a web page cannot message the extension', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto('https://x.com/home');
  // No externally_connectable in the manifest: the page's own world has no route to the extension.
  const reachable = await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage === 'function');
  expect(reachable).toBe(false);
});
