import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { seedKit } from '../support/kit';
import { overlay } from '../support/overlay';
import { runCommand } from '../support/commands';
import { insertTemplateFromMenu } from '../support/overlay-steps';
import { focusBox, modelText, type SiteBox } from '../support/site-pages';
import type { Template, TemplateLibrary } from '@/lib/templates';

// Issue 16 point 7 ("the box's language ranks first in trigger and search results; the other language's
// templates are reachable but not mixed in at the top") and point 5's "Insert template…" context-menu item
// inserting into the box, in real Chromium. The Chinese templates come FIRST in the library and are the most
// used, so only the box's language can put the English ones above them in an English box.

const template = (
  id: string,
  name: string,
  body: string,
  language: 'en' | 'zh',
  shortcut: string,
): Template => ({
  id,
  name,
  body,
  language,
  shortcut,
  tags: [],
  platforms: [],
  createdAt: 1,
  updatedAt: 1,
});

const LIBRARY: TemplateLibrary = {
  version: 1,
  trigger: ';;',
  usage: { ganxie: { count: 40, lastUsed: 2 }, wuliu: { count: 30, lastUsed: 1 } },
  templates: [
    template('ganxie', '感谢支持', '谢谢支持！', 'zh', 'gx'),
    template('wuliu', '物流咨询', '您的订单已发出。', 'zh', 'wl'),
    template('thanks', 'Thanks', 'Thanks, glad you like it!', 'en', 'thx'),
    template('dm', 'Move to DM', 'Please send us a DM.', 'en', 'dm'),
  ],
};
const LANGUAGE = Object.fromEntries(LIBRARY.templates.map((t) => [t.id, t.language]));

const X_REPLY: SiteBox = {
  site: 'x-reply',
  url: 'https://x.com/onbrand/status/1',
  editor: 'reply',
  kind: 'draft',
  submit: '',
};
const WEIBO_COMMENT: SiteBox = {
  site: 'weibo-comment',
  url: 'https://weibo.com/',
  editor: 'comment',
  kind: 'textarea',
  submit: '',
};

async function seed(extensionPage: Page): Promise<void> {
  await seedKit(extensionPage);
  await extensionPage.evaluate(async (value) => {
    const { storage } = (
      globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }
    ).chrome;
    await storage.local.set({ templates: value });
  }, LIBRARY);
}

/** The languages of the listed templates, top to bottom. */
async function listedLanguages(page: Page): Promise<string[]> {
  const ui = overlay(page);
  await ui.getByTestId('picker-item-0').waitFor('visible');
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const item = ui.getByTestId(`picker-item-${i}`);
    if (!(await item.count())) return out;
    out.push(LANGUAGE[(await item.attribute('data-template-id'))!]);
  }
}

const REPLIES = [
  { box: X_REPLY, language: 'en', other: 'zh', search: 'gx', found: 'ganxie' },
  { box: WEIBO_COMMENT, language: 'zh', other: 'en', search: 'thx', found: 'thanks' },
] as const;

for (const { box, language, other, search, found } of REPLIES) {
  test(`${box.site}: the box's language (${language}) ranks first on the trigger and in browse; the other is reachable by search`, async ({
    ext,
    openExtensionPage,
  }) => {
    await seed(await openExtensionPage('options.html'));
    const page = await ext.context.newPage();
    await focusBox(page, box);
    const ui = overlay(page);
    const picker = ui.getByTestId('template-picker');
    await ui.getByTestId('onbrand-badge').waitFor('visible');

    // The trigger alone: every template listed, the box's language first, never mixed.
    await page.keyboard.type(';;');
    await expect.poll(() => picker.attribute('data-mode')).toBe('trigger');
    expect(await picker.attribute('data-language')).toBe(language);
    await expect.poll(() => listedLanguages(page)).toEqual([language, language, other, other]);

    // The other language's template is one search away.
    await page.keyboard.type(search);
    await expect.poll(() => ui.getByTestId('picker-item-0').attribute('data-template-id')).toBe(found);
    await page.keyboard.press('Escape');
    await picker.waitFor('hidden');
    for (let i = 0; i < 2 + search.length; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => modelText(page, box.editor)).toBe('');

    // Browse mode (the command) ranks the same way.
    await runCommand(ext, 'open-templates');
    await expect.poll(() => picker.attribute('data-mode')).toBe('browse');
    await expect.poll(() => listedLanguages(page)).toEqual([language, language, other, other]);
    await page.keyboard.press('Escape');
    await picker.waitFor('hidden');
  });
}

test("x-reply: a Chinese draft in the English thread's box puts the Chinese templates first", async ({
  ext,
  openExtensionPage,
}) => {
  await seed(await openExtensionPage('options.html'));
  const page = await ext.context.newPage();
  await focusBox(page, X_REPLY);
  const ui = overlay(page);
  await ui.getByTestId('onbrand-badge').waitFor('visible');
  await page.keyboard.type('您好 ;;');
  await expect.poll(() => ui.getByTestId('template-picker').attribute('data-language')).toBe('zh');
  await expect.poll(() => listedLanguages(page)).toEqual(['zh', 'zh', 'en', 'en']);
});

for (const box of [X_REPLY, WEIBO_COMMENT]) {
  test(`${box.site} (${box.kind}): the "Insert template…" context-menu item inserts at the caret, exactly`, async ({
    ext,
    openExtensionPage,
  }) => {
    await seed(await openExtensionPage('options.html'));
    const page = await ext.context.newPage();
    await focusBox(page, box);
    const ui = overlay(page);
    await ui.getByTestId('onbrand-badge').waitFor('visible');
    await page.keyboard.type('Hi ');

    await insertTemplateFromMenu(ext, page, ui, 'dm', 'dm');
    await expect.poll(() => modelText(page, box.editor)).toBe('Hi Please send us a DM.');
    // The caret is after the insertion: typing goes on from there.
    await page.keyboard.type(' Thanks');
    await expect.poll(() => modelText(page, box.editor)).toBe('Hi Please send us a DM. Thanks');
  });
}
