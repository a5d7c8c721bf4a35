import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { seedKit } from '../support/kit';
import { storedRecords } from '../support/records';
import { overlay } from '../support/overlay';
import { runCommand } from '../support/commands';
import { focusBox, modelText, publishedPosts, type SiteBox } from '../support/site-pages';
import type { Template, TemplateLibrary } from '@/lib/templates';

// The reply-template picker on every editor kind, in real Chromium, on fixture pages under the sites' real
// hostnames: opened by its button, by the open-templates command and by the typed trigger; results read from the editor's MODEL.

const template = (
  fields: Pick<Template, 'id' | 'name' | 'body' | 'language' | 'shortcut'> & Partial<Template>,
): Template => ({
  tags: [],
  platforms: [],
  createdAt: 1,
  updatedAt: 1,
  ...fields,
});

/** A known library, so every insertion can be asserted exactly. */
const LIBRARY: TemplateLibrary = {
  version: 1,
  trigger: ';;',
  usage: {},
  templates: [
    template({
      id: 'thanks',
      name: 'Thanks',
      body: 'Thanks {author}, glad you like it! — {brand}',
      language: 'en',
      shortcut: 'thx',
    }),
    template({
      id: 'ganxie',
      name: '感谢支持',
      body: '谢谢{author}的支持！{brand}',
      language: 'zh',
      shortcut: 'gx',
    }),
    template({
      id: 'order',
      name: 'Order shipped',
      body: 'Order {?order number} for {author}: {|}shipped today.',
      language: 'en',
      shortcut: 'ord',
    }),
    template({ id: 'dm', name: 'Move to DM', body: 'Please send us a DM.', language: 'en', shortcut: 'dm' }),
  ],
};

/** A reply box and whom it answers (null: no thread, so {author} is asked for). */
interface PickerBox extends Pick<SiteBox, 'site' | 'url' | 'editor' | 'kind'> {
  author: string | null;
}

const BOXES: PickerBox[] = [
  {
    site: 'x-reply',
    url: 'https://x.com/onbrand/status/1',
    editor: 'reply',
    kind: 'draft',
    author: '@onbrand',
  },
  {
    site: 'tiktok',
    url: 'https://tiktok.com/@onbrand/video/1',
    editor: 'comment',
    kind: 'draft',
    author: '@onbrand',
  },
  {
    site: 'facebook-comment',
    url: 'https://facebook.com/',
    editor: 'comment',
    kind: 'lexical',
    author: 'Onbrand',
  },
  {
    site: 'reddit',
    url: 'https://reddit.com/r/onbrand/comments/abc123/hello/',
    editor: 'comment',
    kind: 'lexical',
    author: 'onbrand',
  },
  {
    site: 'linkedin-comment',
    url: 'https://linkedin.com/feed/',
    editor: 'comment',
    kind: 'quill',
    author: 'Onbrand',
  },
  {
    site: 'youtube',
    url: 'https://youtube.com/watch?v=demo',
    editor: 'comment',
    kind: 'contenteditable',
    author: null,
  },
  {
    site: 'xiaohongshu',
    url: 'https://xiaohongshu.com/explore/abc',
    editor: 'comment',
    kind: 'contenteditable',
    author: 'Onbrand',
  },
  {
    site: 'weibo-comment',
    url: 'https://weibo.com/',
    editor: 'comment',
    kind: 'textarea',
    author: 'Onbrand官方',
  },
  {
    site: 'instagram',
    url: 'https://instagram.com/p/ABC123/',
    editor: 'comment',
    kind: 'textarea',
    author: 'onbrand',
  },
  {
    site: 'bilibili',
    url: 'https://bilibili.com/video/BV1demo/',
    editor: 'comment',
    kind: 'textarea',
    author: null,
  },
  {
    site: 'douyin-creator',
    url: 'https://creator.douyin.com/creator-micro/content/publish/',
    editor: 'description',
    kind: 'slate',
    author: null,
  },
  {
    site: 'xiaohongshu-creator',
    url: 'https://creator.xiaohongshu.com/publish/publish/',
    editor: 'body',
    kind: 'prosemirror',
    author: null,
  },
];

/** The name typed into the form where the page has no thread to read {author} from. */
const ASKED_AUTHOR = 'Sam';

async function seedTemplates(extensionPage: Page, library: TemplateLibrary = LIBRARY): Promise<void> {
  await extensionPage.evaluate(async (value) => {
    const storage = (
      globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }
    ).chrome.storage;
    await storage.local.set({ templates: value });
  }, library);
}

async function openBox(page: Page, box: PickerBox): Promise<void> {
  await focusBox(page, { ...box, submit: '' });
  await overlay(page).getByTestId('onbrand-badge').waitFor('visible');
}

/**
 * Answers the picker's form when it must ask: {author} where the page has no thread (and only then), plus
 * `otherFields` (fill-in fields). `order` lists the fields in the template's body order.
 */
async function answerAuthorIfAsked(
  page: Page,
  box: PickerBox,
  otherFields: Record<string, string> = {},
  order = ['author', ...Object.keys(otherFields)],
): Promise<void> {
  const expected = order.filter((field) => field !== 'author' || box.author === null);
  if (!expected.length) return;
  const form = overlay(page).getByTestId('picker-form');
  await form.waitFor('visible');
  const fields = form.locator('input[data-field]');
  await expect.poll(() => fields.count()).toBe(expected.length);
  const names = await Promise.all(expected.map((_, index) => fields.nth(index).attribute('data-field')));
  expect(names).toEqual(expected);
  await expect.poll(() => fields.first().focused()).toBe(true);
  const values = { author: ASKED_AUTHOR, ...otherFields };
  for (const [index, field] of expected.entries())
    await fields.nth(index).fill(values[field as keyof typeof values]);
  await page.keyboard.press('Enter');
}

for (const box of BOXES) {
  test(`${box.site} (${box.kind}): button, the open-templates command and trigger insert exactly; Escape keeps the draft; missing field asked`, async ({
    ext,
    openExtensionPage,
  }) => {
    const dashboard = await openExtensionPage('options.html');
    await seedKit(dashboard);
    await seedTemplates(dashboard);
    const page = await ext.context.newPage();
    await openBox(page, box);
    const author = box.author ?? ASKED_AUTHOR;
    const thanks = `Thanks ${author}, glad you like it! — Acme`;
    const ganxie = `谢谢${author}的支持！Acme`;
    const ui = overlay(page);
    const picker = ui.getByTestId('template-picker');
    const text = () => modelText(page, box.editor);

    // 1. The button beside the badge: the search field takes the keys; typing filters; Enter inserts.
    await ui.getByTestId('picker-open').click();
    await expect.poll(() => picker.attribute('data-mode')).toBe('browse');
    await expect.poll(() => ui.getByTestId('picker-search').focused()).toBe(true);
    await page.keyboard.type('thank');
    await expect.poll(() => ui.getByTestId('picker-item-0').attribute('data-template-id')).toBe('thanks');
    await page.keyboard.press('Enter');
    await answerAuthorIfAsked(page, box);
    await picker.waitFor('hidden');
    await expect.poll(text).toBe(thanks);

    // 2. The open-templates command (its shortcut, as the browser delivers it); pinyin initials of the name ("gxzc" → 感谢支持) find the Chinese template.
    await page.keyboard.type(' ');
    await runCommand(ext, 'open-templates');
    await expect.poll(() => ui.getByTestId('picker-search').focused()).toBe(true);
    await page.keyboard.type('gxzc');
    await expect.poll(() => ui.getByTestId('picker-item-0').attribute('data-template-id')).toBe('ganxie');
    await page.keyboard.press('Enter');
    await answerAuthorIfAsked(page, box);
    await picker.waitFor('hidden');
    await expect.poll(text).toBe(`${thanks} ${ganxie}`);

    // 3. The trigger and an exact shortcut, then space: ";;thx" is replaced, the space is not typed.
    await page.keyboard.type(' ;;thx');
    await expect.poll(() => picker.attribute('data-mode')).toBe('trigger');
    await page.keyboard.press('Space');
    await answerAuthorIfAsked(page, box);
    await picker.waitFor('hidden');
    await expect.poll(text).toBe(`${thanks} ${ganxie} ${thanks}`);

    // 4. The trigger alone opens the picker; what follows filters it; Enter takes the highlighted template.
    await page.keyboard.type(' ;;');
    await expect.poll(() => picker.attribute('data-mode')).toBe('trigger');
    await page.keyboard.type('gx');
    await expect.poll(() => ui.getByTestId('picker-typed').text()).toContain(';;gx');
    await expect.poll(() => ui.getByTestId('picker-item-0').attribute('data-template-id')).toBe('ganxie');
    await page.keyboard.press('Enter');
    await answerAuthorIfAsked(page, box);
    await picker.waitFor('hidden');
    const four = `${thanks} ${ganxie} ${thanks} ${ganxie}`;
    await expect.poll(text).toBe(four);

    // 5. Escape gives the box its focus and selection back, draft untouched.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await runCommand(ext, 'open-templates');
    await expect.poll(() => ui.getByTestId('picker-search').focused()).toBe(true);
    await page.keyboard.type('dm');
    await page.keyboard.press('Escape');
    await picker.waitFor('hidden');
    expect(await text()).toBe(four);
    await page.keyboard.type('Z');
    const withZ = `${four.slice(0, -2)}Z${four.slice(-2)}`;
    await expect.poll(text).toBe(withZ);

    // 6. A fill-in field is asked for (Tab takes the exact shortcut); the caret lands at the {|} marker.
    await page.keyboard.press('End');
    await page.keyboard.type(' ;;ord');
    // As a person would, wait for the list to show the typed shortcut before pressing Tab.
    await expect.poll(() => ui.getByTestId('picker-typed').text()).toContain(';;ord');
    await page.keyboard.press('Tab');
    await answerAuthorIfAsked(page, box, { 'order number': '12345' }, ['order number', 'author']);
    await picker.waitFor('hidden');
    await expect.poll(text).toBe(`${withZ} Order 12345 for ${author}: shipped today.`);
    await page.keyboard.type('it ');
    await expect.poll(text).toBe(`${withZ} Order 12345 for ${author}: it shipped today.`);
  });
}

test('each insertion is recorded, counted, and carried by the publish record', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await seedKit(dashboard);
  await seedTemplates(dashboard);
  const box = BOXES[0];
  const page = await ext.context.newPage();
  await openBox(page, box);
  const ui = overlay(page);
  await page.keyboard.type(';;thx');
  await expect.poll(() => ui.getByTestId('picker-typed').text()).toContain(';;thx');
  await page.keyboard.press('Tab');
  await expect.poll(() => modelText(page, box.editor)).toBe('Thanks @onbrand, glad you like it! — Acme');
  await expect
    .poll(async () => (await storedRecords(dashboard)).filter((r) => r.kind === 'template-use'), {
      timeout: 15_000,
    })
    .toEqual([expect.objectContaining({ kind: 'template-use', templateId: 'thanks', platform: 'x' })]);
  const usage = await dashboard.evaluate(async () => {
    const storage = (
      globalThis as unknown as {
        chrome: {
          storage: {
            local: { get(k: string): Promise<Record<string, { usage: Record<string, { count: number }> }>> };
          };
        };
      }
    ).chrome.storage;
    return (await storage.local.get('templates')).templates.usage;
  });
  expect(usage.thanks.count).toBe(1);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(() => publishedPosts(page)).toEqual(['Thanks @onbrand, glad you like it! — Acme']);
  await expect
    .poll(async () => (await storedRecords(dashboard)).find((r) => r.kind === 'publish'), { timeout: 15_000 })
    .toMatchObject({ templateIds: ['thanks'] });
});

test('the trigger never swallows a site key: Enter on ";;" with nothing to insert reaches the site, Escape dismisses the list', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await seedKit(dashboard);
  await seedTemplates(dashboard);
  const box = BOXES.find((b) => b.site === 'facebook-comment')!;
  const page = await ext.context.newPage();
  await openBox(page, box);
  const ui = overlay(page);
  // Facebook comments submit on Enter. No template matches ";;zzz": the list says so, and Enter is the site's
  // again: the comment goes out as typed, with nothing inserted.
  await page.keyboard.type('Hi ;;zzz');
  await ui.getByTestId('picker-empty').waitFor('visible');
  await page.keyboard.press('Enter');
  await expect.poll(() => publishedPosts(page)).toEqual(['Hi ;;zzz']);
  await expect.poll(() => modelText(page, box.editor)).toBe('');
  await ui.getByTestId('template-picker').waitFor('hidden');
  // Escape closes the list without touching the text, and typing on does not reopen it.
  await page.keyboard.type('Yo ;;zzz');
  await ui.getByTestId('picker-empty').waitFor('visible');
  await page.keyboard.press('Escape');
  await ui.getByTestId('template-picker').waitFor('hidden');
  await page.keyboard.type('q');
  await page.waitForTimeout(300);
  expect(await ui.getByTestId('template-picker').visible()).toBe(false);
  expect(await modelText(page, box.editor)).toBe('Yo ;;zzzq');
  expect(await publishedPosts(page)).toEqual(['Hi ;;zzz']);
});
