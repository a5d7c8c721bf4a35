import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION } from '@/lib/storage/settings';
import { test, expect } from '../support/test';
import { seedKit } from '../support/kit';

// JSON syntax errors in the UI language, where a person meets them: the kit import, the platform rules' JSON
// editor and the template import. The text comes from our scanner (reason + position), never the engine's
// English ("Expected ',' or '}' after property value in JSON at position 14") inside a Chinese sentence.

declare const chrome: typeof browser;

async function useLanguage(page: Page, locale: 'en' | 'zh-CN'): Promise<void> {
  await page.evaluate(([key, version, value]) => chrome.storage.local.set({ [key]: { version, value } }), [
    SETTINGS_KEY,
    SETTINGS_VERSION,
    { ...DEFAULT_SETTINGS, locale },
  ] as const);
}

const ENGINE_ENGLISH = /Unexpected token|after property value|at position|JSON\.parse|Expected/;

for (const [locale, expected] of [
  [
    'en',
    {
      kit: 'Not valid JSON: expected “,” or “}” (column 15)',
      platform: 'Not valid JSON: expected “"” (line 2, column 20)',
      templates: 'Not valid JSON: the text ended too early (line 1, column 30)',
    },
  ],
  [
    'zh-CN',
    {
      kit: 'JSON 格式有误：此处应为 “,” 或 “}”（第 15 列）',
      platform: 'JSON 格式有误：此处应为 “"”（第 2 行，第 20 列）',
      templates: 'JSON 格式有误：内容过早结束（第 1 行，第 30 列）',
    },
  ],
] as const) {
  test(`JSON syntax errors are shown in the UI language (${locale}): kit import, platform JSON, template import`, async ({
    openExtensionPage,
  }) => {
    const dashboard = await openExtensionPage('options.html');
    await seedKit(dashboard);
    await useLanguage(dashboard, locale);
    await dashboard.reload();
    await expect(dashboard.getByTestId('kit-picker')).toBeVisible();

    // Kit import: the line is shown beside the message (data-line), the message names the column.
    await dashboard.getByTestId('kit-import-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 2 "profile": {}}'),
    });
    const kitError = dashboard.getByTestId('kit-import-error').first();
    await expect(kitError).toHaveAttribute('data-line', '1');
    await expect(kitError).toContainText(expected.kit);
    if (locale === 'zh-CN') await expect(kitError).not.toContainText(ENGINE_ENGLISH);

    // The platform rules' JSON editor: a doubled comma on line 2 (a key's opening quote is expected there).
    await dashboard.getByTestId('kit-section-platforms-toggle').click();
    const json = dashboard.getByTestId('platform-json');
    await json.fill('{\n  "maxLength": 280,,\n  "hashtags": {}\n}');
    await dashboard.getByTestId('platform-json-apply').click();
    await expect(dashboard.getByTestId('platform-json-error')).toHaveText(expected.platform);

    // The template import.
    await dashboard.goto(dashboard.url().replace(/#.*$/, '') + '#templates');
    await dashboard.getByTestId('templates-import-input').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 1, "templates": ['),
    });
    const tplError = dashboard.getByTestId('templates-import-error');
    await expect(tplError).toContainText(expected.templates);
    if (locale === 'zh-CN') await expect(tplError).not.toContainText(ENGINE_ENGLISH);
  });
}
