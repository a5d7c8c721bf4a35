import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';

const names = (page: Page) =>
  page.getByTestId('templates-list').getByTestId('template-name').allTextContents();

test.describe('templates dashboard in English', () => {
  test('shows the starter set in both languages, reorders and keeps the trigger setting', async ({
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('options.html#templates');
    await expect(page.getByTestId('templates-count')).toHaveText('16 of 16 templates');
    await expect(page.getByTestId('template-open-starter-thanks-en')).toContainText('Thanks');
    await expect(page.getByTestId('template-open-starter-thanks-zh')).toContainText('感谢');
    await expect(page.getByTestId('template-open-starter-thanks-en')).toContainText(';;thx');

    // Search: pinyin initials find the Chinese template, the tag filter narrows the list.
    await page.getByTestId('templates-search').fill('wlzx');
    expect(await names(page)).toEqual(['物流咨询']);
    await page.getByTestId('templates-search').fill('');
    await page.getByTestId('templates-tag-filter').selectOption('birthday');
    expect(await names(page)).toEqual(['Birthday greeting']);
    await page.getByTestId('templates-tag-filter').selectOption('');

    // Reorder with the keyboard: focus "move down" on the first template and press Enter.
    await page.getByTestId('template-down-starter-thanks-en').focus();
    await page.keyboard.press('Enter');
    expect((await names(page)).slice(0, 2)).toEqual(['感谢', 'Thanks']);

    await page.getByTestId('templates-trigger-input').fill('ab');
    await page.getByTestId('templates-trigger-save').click();
    await expect(page.getByTestId('templates-trigger-error')).toBeVisible();
    await page.getByTestId('templates-trigger-input').fill('//');
    await page.getByTestId('templates-trigger-save').click();
    await expect(page.getByTestId('templates-trigger-saved')).toBeVisible();

    await page.reload();
    // The list loads from storage after the page: read it with a retrying assertion, not once.
    await expect.poll(async () => (await names(page)).slice(0, 2)).toEqual(['感谢', 'Thanks']);
    await expect(page.getByTestId('templates-trigger-input')).toHaveValue('//');
    await expect(page.getByTestId('template-open-starter-thanks-en')).toContainText('//thx');
  });

  test('creates, edits and duplicates a template with a live preview', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#templates');
    await page.getByTestId('templates-new').click();
    await page.getByTestId('template-name-input').fill('Order update');
    await page.getByTestId('template-shortcut-input').fill('order');
    await page.getByTestId('template-tags-input').fill('orders, support');
    await page
      .getByTestId('template-body-input')
      .fill('Hi {author}, order {?order number} arrives by {date+3}. {|}Thanks!');

    // "Both languages": one preview per date format, with sample values and the caret marker.
    await expect(page.getByTestId('template-preview-en')).toHaveText(
      /^Hi Alex, order ‹order number› arrives by [A-Z][a-z]{2} \d{1,2}, \d{4}\. ▏Thanks!$/,
    );
    await expect(page.getByTestId('template-preview-zh')).toHaveText(
      /^Hi 小林, order ‹order number› arrives by \d{4}年\d{1,2}月\d{1,2}日\. ▏Thanks!$/,
    );
    await expect(page.getByTestId('template-preview-asks')).toHaveText('Asked when inserting: order number');

    // A variable button inserts at the caret.
    await page.getByTestId('template-body-input').press('End');
    await page.getByTestId('template-insert-my_name').click();
    await expect(page.getByTestId('template-body-input')).toHaveValue(/Thanks!\{my_name\}$/);

    await page.getByTestId('template-save').click();
    await expect(page.getByTestId('template-saved')).toBeVisible();
    await expect(page.getByTestId('templates-count')).toHaveText('17 of 17 templates');
    expect((await names(page))[0]).toBe('Order update');

    // Edit a starter template: the preview follows the text, and a platform variant replaces it there.
    await page.getByTestId('template-open-starter-dm-en').click();
    await page.getByTestId('template-language-select').selectOption('en');
    await page.getByTestId('template-body-input').fill('Hello {author}, please DM {brand}.');
    await expect(page.getByTestId('template-preview-en')).toHaveText(/^Hello Alex, please DM .+\.▏$/);
    await page.getByTestId('template-preview-platform').selectOption('x');
    await expect(page.getByTestId('template-preview-en')).toContainText('send us a DM');
    await page.getByTestId('template-save').click();
    await expect(page.getByTestId('template-saved')).toBeVisible();

    await page.getByTestId('template-duplicate-starter-dm-en').click();
    await expect(page.getByTestId('templates-count')).toHaveText('18 of 18 templates');
    await expect(page.getByTestId('template-name-input')).toHaveValue('Move to DM (copy)');
    await expect(page.getByTestId('template-body-input')).toHaveValue('Hello {author}, please DM {brand}.');
    await expect(page.getByTestId('template-shortcut-input')).toHaveValue('');

    // Invalid fields are named and nothing is saved.
    await page.getByTestId('template-shortcut-input').fill('two words');
    await page.getByTestId('template-save').click();
    await expect(page.getByTestId('template-errors')).toContainText('Shortcut');

    await page.reload();
    await expect(page.getByTestId('templates-count')).toHaveText('18 of 18 templates');
    await page.getByTestId('template-open-starter-dm-en').click();
    await expect(page.getByTestId('template-body-input')).toHaveValue('Hello {author}, please DM {brand}.');
  });

  test('a template with a banned term shows the brand-kit finding on save', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#templates');
    await page.getByTestId('template-open-starter-thanks-en').click();
    await page.getByTestId('template-body-input').fill('Thanks {author}, that was the shit!');
    await page.getByTestId('template-save').click();
    const finding = page.getByTestId('template-finding').filter({ hasText: 'shit' });
    await expect(finding).toBeVisible();
    await expect(finding).toContainText('Block');
    await expect(page.getByTestId('template-issues-starter-thanks-en')).toBeVisible();

    // A clean template says so.
    await page.getByTestId('template-body-input').fill('Thanks so much, {author}!');
    await page.getByTestId('template-save').click();
    await expect(page.getByTestId('template-check-clean')).toBeVisible();
    await expect(page.getByTestId('template-issues-starter-thanks-en')).toHaveCount(0);
  });

  test('a malformed import changes nothing and says what is wrong; an export parses back', async ({
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('options.html#templates');
    await expect(page.getByTestId('templates-count')).toHaveText('16 of 16 templates');
    const before = await names(page);

    const input = page.getByTestId('templates-import-input');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 1, "templates": ['),
    });
    await expect(page.getByTestId('templates-import-error')).toContainText('Not valid JSON');
    await input.setInputFiles({
      name: 'wrong.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          version: 1,
          templates: [
            {
              id: 'a',
              name: 'A',
              body: 'x',
              language: 'fr',
              tags: [],
              platforms: [],
              shortcut: '',
              createdAt: 0,
              updatedAt: 0,
            },
          ],
        }),
      ),
    });
    await expect(page.getByTestId('templates-import-error')).toContainText('templates[0].language');
    expect(await names(page)).toEqual(before);
    await page.reload();
    // The tab's code loads after the page (lazy tabs): wait for its list, then compare.
    await expect(page.getByTestId('templates-list').getByTestId('template-name')).toHaveText(before);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('templates-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^onbrand-templates-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.version).toBe(1);
    expect(exported.templates.map((t: { name: string }) => t.name)).toEqual(before);

    // The exported file imports cleanly, with a new template added to it. It would replace the 16 templates the
    // library has (same ids): nothing changes until the person chooses, and Cancel leaves the library as it was.
    exported.templates.push({
      ...exported.templates[0],
      id: 'imported-1',
      name: 'Imported one',
      shortcut: 'imp',
    });
    const good = {
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    };
    await input.setInputFiles(good);
    const confirm = page.getByTestId('templates-import-confirm');
    await expect(confirm).toContainText('adds 1 new templates and replaces 16 templates you have');
    await expect(confirm).toContainText(before[0]);
    await page.getByTestId('templates-import-cancel').click();
    await expect(confirm).toHaveCount(0);
    await expect(page.getByTestId('templates-count')).toHaveText('16 of 16 templates');
    await page.reload();
    // The tab's code loads after the page (lazy tabs): wait for its list, then compare.
    await expect(page.getByTestId('templates-list').getByTestId('template-name')).toHaveText(before);

    await input.setInputFiles(good);
    await page.getByTestId('templates-import-replace').click();
    await expect(page.getByTestId('templates-import-ok')).toHaveText(
      'Imported 1 new and 16 updated templates.',
    );
    await expect(page.getByTestId('templates-count')).toHaveText('17 of 17 templates');

    // A key written twice (JSON keeps the later one without a word) is named with its line; a file that only adds
    // templates goes in at once.
    const twice = JSON.stringify({ ...exported, templates: [] }, null, 2).replace(
      '"templates": []',
      '"templates": [],\n  "templates": [' +
        JSON.stringify({
          ...exported.templates[0],
          id: 'imported-2',
          name: 'Imported two',
          shortcut: 'imp2',
        }) +
        ']',
    );
    await input.setInputFiles({
      name: 'twice.json',
      mimeType: 'application/json',
      buffer: Buffer.from(twice),
    });
    await expect(page.getByTestId('templates-import-ok')).toHaveText(
      'Imported 1 new and 0 updated templates.',
    );
    await expect(page.getByTestId('templates-import-warnings')).toContainText(
      '"templates" is written twice (line 4); the later one is used.',
    );
    await expect(page.getByTestId('templates-count')).toHaveText('18 of 18 templates');
  });
});

test.describe('templates dashboard in a Chinese browser', () => {
  test.use({ browserLocale: 'zh-CN' });

  test('shows the tab and the starter set in Chinese', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#templates');
    await expect(page.getByTestId('templates-count')).toHaveText('显示 16 / 共 16 个模板');
    await expect(page.getByTestId('templates-new')).toHaveText('新建模板');
    await expect(page.getByTestId('template-open-starter-apology-zh')).toContainText('致歉与跟进');
    await expect(page.getByTestId('template-open-starter-apology-en')).toContainText('Apology and follow-up');
    await page.getByTestId('template-open-starter-apology-zh').click();
    await expect(page.getByTestId('template-preview-zh')).toHaveText(
      /^小林您好，.*在\d{4}年\d{1,2}月\d{1,2}日前给您回复。$/,
    );
    await expect(page.getByTestId('template-preview-en')).toHaveCount(0);
    await page.getByTestId('templates-search').fill('gx');
    expect((await names(page))[0]).toBe('感谢');
  });
});
