import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { overlay } from '../support/overlay';
import { seedKit, TEST_KIT } from '../support/kit';

// The RE2 pattern engine is an optional part of the in-page assistant (lib/assistant/parts.ts): injected beside
// it only when a stored kit has user patterns, or when a kit changes to need it while the page is open.

const SKU_PATTERN = { id: 'sku', pattern: 'SKU-[0-9]{4}', severity: 'block' as const, message: { en: 'Internal SKU', zh: '内部编号' } };

/** The extension scripts Chromium parses in `page` (content scripts by their chrome-extension:// URL). */
async function parsedScripts(page: Page): Promise<string[]> {
  const parsed: string[] = [];
  const session = await page.context().newCDPSession(page);
  session.on('Debugger.scriptParsed', (event: { url: string }) => {
    if (event.url.startsWith('chrome-extension://')) parsed.push(new URL(event.url).pathname.slice(1));
  });
  await session.send('Debugger.enable');
  return parsed;
}

async function typeInCompose(page: Page, text: string) {
  await page.locator('[data-fixture-editor="compose"]').click();
  await overlay(page).getByTestId('onbrand-badge').waitFor('visible');
  await page.keyboard.type(text);
}

test('a kit with a user pattern: the pattern engine comes with the assistant and its pattern is checked', async ({ ext, openExtensionPage }) => {
  const setup = await openExtensionPage('popup.html');
  await seedKit(setup, TEST_KIT, { patterns: [SKU_PATTERN] });
  await setup.close();
  const page = await ext.context.newPage();
  const parsed = await parsedScripts(page);
  await page.goto('https://x.com/home');
  await page.waitForFunction(() => 'fixture' in window);
  await typeInCompose(page, 'Ships as SKU-1234 next week');
  await expect.poll(() => overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  expect(parsed).toContain('part-re2js.js');
  expect(parsed.indexOf('part-re2js.js')).toBeLessThan(parsed.indexOf('content-scripts/assistant.js'));
});

test('a kit without patterns: no pattern engine in the page until the kit gains one, then it is checked', async ({ ext, openExtensionPage }) => {
  const setup = await openExtensionPage('popup.html');
  await seedKit(setup, TEST_KIT);
  const page = await ext.context.newPage();
  const parsed = await parsedScripts(page);
  await page.goto('https://x.com/home');
  await page.waitForFunction(() => 'fixture' in window);
  await typeInCompose(page, 'Ships as SKU-1234 next week');
  await page.waitForTimeout(500);
  expect(await overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('ok');
  expect(parsed).toContain('content-scripts/assistant.js');
  expect(parsed).not.toContain('part-re2js.js');

  await seedKit(setup, TEST_KIT, { patterns: [SKU_PATTERN] });
  await expect.poll(() => parsed.includes('part-re2js.js')).toBe(true);
  await page.keyboard.type(' ok');
  await expect.poll(() => overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  await setup.close();
});
