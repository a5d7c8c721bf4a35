import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { launchWithExtension, extensionUrl, type ExtensionBrowser } from '../support/browser';
import { seedKit } from '../support/kit';
import { grantHostInClosedProfile } from '../support/profile-permissions';
import { SITE_BOXES, focusBox } from '../support/site-pages';
import type { browser } from 'wxt/browser';
import { overlay } from '../support/overlay';

// Evaluated inside extension pages and the worker, where `chrome` is the extension API.
declare const chrome: typeof browser;

// The popup's per-site switches, end to end: "Check drafts on this site" on an unlisted site (the optional host
// permission, the focus watcher registered for later visits, the assistant injected now), "Pause on this site"
// there and on a supported site, and "Stop checking this site" (permission and registration gone).

const EXAMPLE = 'https://example.org/';
const REGISTRATION_ID = 'onbrand-generic-sites';

async function registeredMatches(ext: ExtensionBrowser): Promise<string[]> {
  const worker = await ext.serviceWorker();
  return worker.evaluate(
    async (id) =>
      (await chrome.scripting.getRegisteredContentScripts({ ids: [id] })).flatMap(
        (script) => script.matches ?? [],
      ),
    REGISTRATION_ID,
  );
}

async function hasHostPermission(ext: ExtensionBrowser): Promise<boolean> {
  const worker = await ext.serviceWorker();
  return worker.evaluate(() => chrome.permissions.contains({ origins: ['https://example.org/*'] }));
}

/** The popup as a tab of the same window: it acts on the web tab used last (components/popup/active-web-tab.ts). */
async function openPopupFor(ext: ExtensionBrowser, site: Page): Promise<Page> {
  await site.bringToFront();
  const popup = await ext.context.newPage();
  await popup.goto(extensionUrl(ext.extensionId, 'popup.html'));
  await expect(popup.getByTestId('popup-site')).toBeVisible();
  return popup;
}

/** Focuses the unlisted site's textarea and types; the badge shows only when the assistant runs there. */
async function typeOnExample(page: Page, text: string): Promise<void> {
  await page.locator('#message').click();
  await page.keyboard.type(text);
}

test('an unlisted site: check drafts there (permission, watcher registered), pause it, stop checking it', async () => {
  test.setTimeout(90_000);
  // A browser restart in between: the profile's stored grant is written while the browser is closed.
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'onbrand-profile-'));
  const first = await launchWithExtension({ userDataDir });
  const extensionId = first.extensionId;
  await first.close();
  grantHostInClosedProfile(userDataDir, extensionId, 'https://example.org/*');
  const ext = await launchWithExtension({ userDataDir });
  try {
    expect(ext.extensionId).toBe(extensionId);
    const dashboard = await ext.context.newPage();
    await dashboard.goto(extensionUrl(extensionId, 'options.html'));
    await seedKit(dashboard);
    expect(await registeredMatches(ext)).toEqual([]);

    // Before: the content script is not on this site; typing there shows nothing.
    const site = await ext.context.newPage();
    await site.goto(EXAMPLE);
    await typeOnExample(site, 'damn ');
    await site.waitForTimeout(700);
    await expect.poll(() => overlay(site).getByTestId('onbrand-badge').count()).toBe(0);

    // "Check drafts on this site".
    let popup = await openPopupFor(ext, site);
    await expect(popup.getByTestId('site-message')).toContainText('example.org');
    await expect(popup.getByTestId('pause-site')).toHaveCount(0);
    await popup.getByTestId('enable-site').click();
    await expect(popup.getByTestId('disable-site')).toBeVisible();
    expect(await hasHostPermission(ext)).toBe(true);
    await expect.poll(() => registeredMatches(ext)).toEqual(['https://example.org/*']);
    // The focus watcher is in the open tab at once (the background injects it before it registers the site):
    // the box focused there brings the assistant in.
    await site.bringToFront();
    await site.locator('#notes').click();
    await site.locator('#message').click();
    await expect(site.locator('onbrand-assistant')).toHaveCount(1);

    // A later visit: the registered watcher loads it on focus, without the popup.
    await site.reload();
    await typeOnExample(site, 'damn ');
    await expect.poll(() => overlay(site).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');

    // "Pause on this site": the assistant leaves the page and focusing does not bring it back.
    popup = await openPopupFor(ext, site);
    await popup.getByTestId('pause-site').click();
    await expect(popup.getByTestId('pause-site')).toBeChecked();
    await expect(popup.getByTestId('site-message')).toHaveText('Onbrand is paused on example.org.');
    await expect.poll(() => overlay(site).getByTestId('onbrand-badge').count()).toBe(0);
    await site.bringToFront();
    await site.locator('#notes').click();
    await typeOnExample(site, 'damn ');
    await site.waitForTimeout(700);
    await expect.poll(() => overlay(site).getByTestId('onbrand-badge').count()).toBe(0);
    // Resumed: the next focus checks again.
    await popup.getByTestId('pause-site').click();
    await expect(popup.getByTestId('pause-site')).not.toBeChecked();
    await site.bringToFront();
    await site.locator('#notes').click();
    await site.locator('#message').click();
    await expect.poll(() => overlay(site).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');

    // "Stop checking this site": the permission is given back and the watcher unregistered.
    popup = await openPopupFor(ext, site);
    await popup.getByTestId('disable-site').click();
    await expect(popup.getByTestId('enable-site')).toBeVisible();
    await expect.poll(() => hasHostPermission(ext)).toBe(false);
    await expect.poll(() => registeredMatches(ext)).toEqual([]);
    await site.reload();
    await typeOnExample(site, 'damn ');
    await site.waitForTimeout(700);
    await expect.poll(() => overlay(site).getByTestId('onbrand-badge').count()).toBe(0);
  } finally {
    await ext.close();
  }
});

test('a supported site: "Pause on this site" stops the checks there and only there', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await seedKit(dashboard);
  const box = SITE_BOXES.find((b) => b.site === 'x')!;
  const site = await ext.context.newPage();
  await focusBox(site, box);
  await site.keyboard.type('damn ');
  await expect.poll(() => overlay(site).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');

  const popup = await openPopupFor(ext, site);
  await expect(popup.getByTestId('site-message')).toContainText('x.com');
  await expect(popup.getByTestId('enable-site')).toHaveCount(0);
  await popup.getByTestId('pause-site').click();
  await expect(popup.getByTestId('pause-site')).toBeChecked();
  await expect.poll(() => overlay(site).getByTestId('onbrand-badge').count()).toBe(0);
  await expect
    .poll(() =>
      dashboard.evaluate(
        async () =>
          ((await chrome.storage.local.get('settings')).settings as { value: { pausedHosts: string[] } })
            .value.pausedHosts,
      ),
    )
    .toEqual(['x.com']);

  // Another supported site is unaffected.
  const other = await ext.context.newPage();
  await focusBox(
    other,
    SITE_BOXES.find((b) => b.site === 'reddit')!,
  );
  await other.keyboard.type('damn ');
  await expect.poll(() => overlay(other).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');

  // Paused across a reload; resumed from the popup.
  await focusBox(site, box);
  await site.keyboard.type('damn ');
  await site.waitForTimeout(700);
  await expect.poll(() => overlay(site).getByTestId('onbrand-badge').count()).toBe(0);
  const again = await openPopupFor(ext, site);
  await expect(again.getByTestId('site-message')).toHaveText('Onbrand is paused on x.com.');
  await again.getByTestId('pause-site').click();
  await expect(again.getByTestId('pause-site')).not.toBeChecked();
  await site.bringToFront();
  await site.locator('body').click({ position: { x: 5, y: 5 } });
  await site.locator(`[data-fixture-editor="${box.editor}"]`).click();
  await expect.poll(() => overlay(site).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
});
