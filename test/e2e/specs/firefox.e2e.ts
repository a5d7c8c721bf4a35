import { test, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { TEST_KIT } from '../support/kit';
import { readStoredRecords } from '../support/records';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../support/firefox';
import type { KitLibrary } from '@/lib/kits/kit-library-schema';
import type { ActivityRecord } from '@/lib/records/schema';

// The Firefox build in Debian's firefox-esr (see support/firefox.ts): the content script checks a draft on
// weibo.com under its real hostname and its gate holds a blocking one; a clean publish becomes exactly one record;
// the popup and the dashboard render. Input is BiDi's `input.performActions`, i.e. trusted, as a person's.

const EDITOR = '[data-fixture-editor="compose"]';

async function seedKit(page: Page): Promise<void> {
  const library: KitLibrary = {
    version: 1,
    activeId: 'test',
    kits: [{ id: 'test', kit: TEST_KIT, updatedAt: Date.now() }],
  };
  await page.evaluate(async (value) => {
    await (
      globalThis as unknown as { browser: { storage: { local: { set(x: unknown): Promise<void> } } } }
    ).browser.storage.local.set({ kits: value });
  }, library);
}

/** The stored records, read from the log's IndexedDB in an extension page (as in Chromium). */
function records(page: Page): Promise<ActivityRecord[]> {
  return page.evaluate(readStoredRecords);
}

const posts = (page: Page) =>
  page.evaluate(() => (window as unknown as { fixture: { posts(): string[] } }).fixture.posts());
const model = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { fixture: { editors: Record<string, { getText(): string }> } }
    ).fixture.editors.compose.getText(),
  );

async function clickSubmit(page: Page): Promise<void> {
  const send = await page.waitForSelector(
    '::-p-xpath(//button[contains(@class,"woo-button-main")][contains(.,"发送")])',
  );
  await send!.click();
}

let firefox: FirefoxWithExtension;

test.describe('Firefox (firefox-esr, WebDriver BiDi)', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(90_000);

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    firefox = await launchFirefoxWithExtension();
  });
  test.afterAll(async () => {
    await firefox?.close();
  });

  test('the content script checks a draft on weibo.com, the gate holds it, and a clean publish is one record', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    await seedKit(popup);

    const site = await firefox.browser.newPage();
    await site.goto('https://weibo.com/');
    await site.waitForFunction(() => 'fixture' in window);
    await site.click(EDITOR);
    await site.keyboard.type('This launch is damn good');
    await expect.poll(() => model(site)).toBe('This launch is damn good');

    // A blocking draft: the trusted click on 发送 is held, nothing reaches the site.
    await clickSubmit(site);
    await site.evaluate(() => new Promise((resolve) => setTimeout(resolve, 800)));
    expect(await posts(site)).toEqual([]);
    expect(await model(site)).toBe('This launch is damn good');

    // The gate's dialog (in the overlay's closed shadow root) took the focus on its "Edit" button: Escape is
    // "edit", back to the draft. Only a dialog that opened makes this key do anything.
    await site.keyboard.press('Escape');
    // The person rewrites it; the clean draft goes out and is recorded once.
    await site.click(EDITOR);
    await site.keyboard.down('Control');
    await site.keyboard.press('a');
    await site.keyboard.up('Control');
    await site.keyboard.press('Backspace');
    await site.keyboard.type('This launch is darn good');
    await expect.poll(() => model(site)).toBe('This launch is darn good');
    await clickSubmit(site);
    await expect.poll(() => posts(site)).toEqual(['This launch is darn good']);

    await expect
      .poll(async () => (await records(popup)).filter((r) => r.kind === 'publish').length, {
        timeout: 10_000,
      })
      .toBe(1);
    const [publish] = (await records(popup)).filter((r) => r.kind === 'publish');
    expect(publish).toMatchObject({ platform: 'weibo', text: 'This launch is darn good', postKind: 'post' });
  });

  test('the popup and the dashboard render', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    await popup.waitForSelector('[data-testid="popup-today"]');
    expect(await popup.$eval('[data-testid="popup-title"]', (e) => e.textContent)).toBe('Onbrand');
    expect(await popup.$eval('[data-testid="popup-today"]', (e) => e.textContent)).toMatch(
      /Today: 1 post, 0 replies, \d+ findings? caught/,
    );

    const dashboard = await firefox.openExtensionPage('options.html');
    await dashboard.waitForSelector('[data-testid="dashboard"]');
    for (const tab of ['calendar', 'reports', 'kit']) {
      await dashboard.click(`[data-testid="tab-${tab}"]`);
      await dashboard.waitForSelector(`[data-testid="${tab}-tab"]`);
    }
  });
});
