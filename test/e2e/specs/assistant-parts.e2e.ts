import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { overlay } from '../support/overlay';
import { getLocal, gotoSite, setLocal } from '../support/setup';
import { seedKit, TEST_KIT } from '../support/kit';
import { SETTINGS_KEY, SETTINGS_VERSION } from '@/lib/storage/settings';
import { starterLibrary } from '@/lib/templates/starter';
import { modelText } from '../support/site-pages';
import { putRecords, storedRecords } from '../support/records';

// The RE2 pattern engine is an optional part of the in-page assistant (lib/assistant/parts.ts): injected beside
// it only when a stored kit has user patterns, or when a kit changes to need it while the page is open.

const SKU_PATTERN = {
  id: 'sku',
  pattern: 'SKU-[0-9]{4}',
  severity: 'block' as const,
  message: { en: 'Internal SKU', zh: '内部编号' },
};

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

test('a kit with a user pattern: the pattern engine comes with the assistant and its pattern is checked', async ({
  ext,
  openExtensionPage,
}) => {
  const setup = await openExtensionPage('popup.html');
  await seedKit(setup, TEST_KIT, { patterns: [SKU_PATTERN] });
  await setup.close();
  const page = await ext.context.newPage();
  const parsed = await parsedScripts(page);
  await gotoSite(page, 'https://x.com/home');
  await typeInCompose(page, 'Ships as SKU-1234 next week');
  await expect.poll(() => overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  expect(parsed).toContain('part-re2js.js');
  expect(parsed.indexOf('part-re2js.js')).toBeLessThan(parsed.indexOf('content-scripts/assistant.js'));
});

test('a kit without patterns: no pattern engine in the page until the kit gains one, then it is checked', async ({
  ext,
  openExtensionPage,
}) => {
  const setup = await openExtensionPage('popup.html');
  await seedKit(setup, TEST_KIT);
  const page = await ext.context.newPage();
  const parsed = await parsedScripts(page);
  await gotoSite(page, 'https://x.com/home');
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

// The engine's pinyin table is the pinyin part: injected only for kits with a term that opts into pinyin spellings.
test('a kit with a pinyin term: the pinyin table comes with the assistant and the pinyin spelling is caught; without one it stays out', async ({
  ext,
  openExtensionPage,
}) => {
  const setup = await openExtensionPage('popup.html');
  await seedKit(setup, TEST_KIT);
  const plain = await ext.context.newPage();
  const plainParsed = await parsedScripts(plain);
  await gotoSite(plain, 'https://x.com/home');
  await typeInCompose(plain, 'what a shabi move');
  await plain.waitForTimeout(500);
  expect(await overlay(plain).getByTestId('onbrand-badge').attribute('data-state')).toBe('ok');
  expect(plainParsed).not.toContain('part-pinyin.js');
  await plain.close();

  await seedKit(setup, {
    ...TEST_KIT,
    bannedTerms: TEST_KIT.bannedTerms.map((t) => (t.term === '傻逼' ? { ...t, pinyin: true } : t)),
  });
  await setup.close();
  const page = await ext.context.newPage();
  const parsed = await parsedScripts(page);
  await gotoSite(page, 'https://x.com/home');
  await typeInCompose(page, 'what a shabi move');
  await expect.poll(() => overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  expect(parsed.indexOf('part-pinyin.js')).toBeGreaterThanOrEqual(0);
  expect(parsed.indexOf('part-pinyin.js')).toBeLessThan(parsed.indexOf('content-scripts/assistant.js'));
});

// The engine's traditional → simplified pairs are the t2s part: injected only for kits with a hanzi anywhere. A kit
// without one checks a traditional draft the same without them; a hanzi term never compiles without them.
const ENGLISH_KIT = {
  ...TEST_KIT,
  bannedTerms: [{ term: 'damn', category: 'profanity' as const, severity: 'block' as const }],
};
const SCAM_TERM = {
  term: '骗子',
  category: 'profanity' as const,
  severity: 'block' as const,
  suggestions: ['坏人'],
};

test('an English-only kit: no traditional → simplified pairs in the page, a traditional draft still checked; the kit gains a hanzi term, then the pairs come and its traditional spelling is caught', async ({
  ext,
  openExtensionPage,
}) => {
  const setup = await openExtensionPage('popup.html');
  await seedKit(setup, ENGLISH_KIT);
  const page = await ext.context.newPage();
  const parsed = await parsedScripts(page);
  await gotoSite(page, 'https://weibo.com/');
  await typeInCompose(page, '這個東西damn');
  const badge = overlay(page).getByTestId('onbrand-badge');
  await expect.poll(() => badge.attribute('data-state')).toBe('block');
  expect(parsed).toContain('content-scripts/assistant.js');
  expect(parsed).not.toContain('part-t2s.js');
  // Weibo counts characters: X's link scanner never comes.
  expect(parsed).not.toContain('part-x-links.js');

  await seedKit(setup, { ...ENGLISH_KIT, bannedTerms: [SCAM_TERM] });
  await expect.poll(() => parsed.includes('part-t2s.js')).toBe(true);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('你是騙子');
  await expect.poll(() => badge.attribute('data-state')).toBe('block');
  await setup.close();
});

test('a kit with hanzi terms: the pairs come with the assistant and a traditional-hanzi draft on Weibo is flagged', async ({
  ext,
  openExtensionPage,
}) => {
  const setup = await openExtensionPage('popup.html');
  await seedKit(setup, TEST_KIT, { bannedTerms: [...TEST_KIT.bannedTerms, SCAM_TERM] });
  await setup.close();
  const page = await ext.context.newPage();
  const parsed = await parsedScripts(page);
  await gotoSite(page, 'https://weibo.com/');
  await typeInCompose(page, '你們這些騙子');
  const ui = overlay(page);
  await expect.poll(() => ui.getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  await ui.getByTestId('onbrand-badge').click();
  await ui.getByTestId('finding-0').click();
  await expect.poll(() => ui.getByTestId('finding-card').text()).toContain('騙子');
  // The finding spans the traditional spelling in the box: its suggestion replaces exactly those two hanzi.
  await ui.getByTestId('suggestion-0').click();
  await expect.poll(() => modelText(page, 'compose')).toBe('你們這些坏人');
  expect(parsed.indexOf('part-t2s.js')).toBeGreaterThanOrEqual(0);
  expect(parsed.indexOf('part-t2s.js')).toBeLessThan(parsed.indexOf('content-scripts/assistant.js'));
});

// The starter packs and templates are the starter part: a browser nobody has set up gets them with the assistant;
// one with a kit library and templates does not, until its library becomes unreadable.

test('nothing set up: the starter part comes with the assistant and the starter kit checks', async ({
  ext,
}) => {
  const page = await ext.context.newPage();
  const parsed = await parsedScripts(page);
  await gotoSite(page, 'https://x.com/home');
  await typeInCompose(page, 'what the fuck');
  await expect.poll(() => overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  expect(parsed).toContain('part-starter.js');
  expect(parsed.indexOf('part-starter.js')).toBeLessThan(parsed.indexOf('content-scripts/assistant.js'));
});

test('a kit library and templates stored: no starter part until the library is unreadable, then the starter kit checks', async ({
  ext,
  openExtensionPage,
}) => {
  const setup = await openExtensionPage('popup.html');
  await seedKit(setup, TEST_KIT);
  await setLocal(setup, { templates: { ...starterLibrary(0), templates: [] } });
  const page = await ext.context.newPage();
  const parsed = await parsedScripts(page);
  await gotoSite(page, 'https://x.com/home');
  await typeInCompose(page, 'what the fuck');
  await page.waitForTimeout(500);
  expect(await overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('ok');
  expect(parsed).toContain('content-scripts/assistant.js');
  expect(parsed).not.toContain('part-starter.js');

  await setLocal(setup, { kits: { version: 1, nonsense: true } });
  await expect.poll(() => parsed.includes('part-starter.js')).toBe(true);
  await page.keyboard.type(' ok');
  await expect.poll(() => overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  await setup.close();
});

// The UI strings are one part per language: a page gets its UI language's only, and the other when the user
// switches language while it is open.
test('the page gets the English strings only, then the Chinese ones when the language is switched', async ({
  ext,
  openExtensionPage,
}) => {
  const page = await ext.context.newPage();
  const parsed = await parsedScripts(page);
  await gotoSite(page, 'https://x.com/home');
  await typeInCompose(page, 'Hello');
  const badge = overlay(page).getByTestId('onbrand-badge');
  // The badge's accessible name starts with its label, in the page's UI language.
  expect(await badge.text()).toMatch(/^Onbrand findings:/);
  expect(parsed).toContain('part-i18n-en.js');
  expect(parsed).not.toContain('part-i18n-zh.js');

  const setup = await openExtensionPage('popup.html');
  await setup.evaluate(
    async ([key, version]) => {
      const local = (
        globalThis as unknown as {
          chrome: {
            storage: {
              local: {
                get(k: string): Promise<Record<string, { value: object }>>;
                set(x: object): Promise<void>;
              };
            };
          };
        }
      ).chrome.storage.local;
      const stored = (await local.get(key as string))[key as string];
      await local.set({ [key as string]: { version, value: { ...stored?.value, locale: 'zh-CN' } } });
    },
    [SETTINGS_KEY, SETTINGS_VERSION] as const,
  );
  await expect.poll(() => badge.text()).toMatch(/^Onbrand 检查结果：/);
  expect(parsed).toContain('part-i18n-zh.js');
  await setup.close();
});

test.describe('in a Chinese browser', () => {
  test.use({ browserLocale: 'zh-CN' });
  test('the page gets the Chinese strings only', async ({ ext }) => {
    const page = await ext.context.newPage();
    const parsed = await parsedScripts(page);
    await gotoSite(page, 'https://weibo.com/');
    await typeInCompose(page, '你好');
    expect(await overlay(page).getByTestId('onbrand-badge').text()).toMatch(/^Onbrand 检查结果：/);
    expect(parsed).toContain('part-i18n-zh.js');
    expect(parsed).not.toContain('part-i18n-en.js');
  });

  test("the overlay speaks Chinese on an English page, and the page's own language is left alone", async ({
    ext,
  }) => {
    const page = await ext.context.newPage();
    await page.goto('https://x.com/home');
    await page.waitForFunction(() => 'fixture' in window);
    expect(await page.evaluate(() => document.documentElement.getAttribute('lang'))).toBe('en');
    await typeInCompose(page, 'what the fuck');
    await expect.poll(() => overlay(page).getByTestId('onbrand-badge').text()).toMatch(/^Onbrand 检查结果：/);
    // The overlay declares its language on its own root (screen readers, fonts); the site's <html lang> is the
    // site's: setting it changed x.com's whole page to Chinese for a screen reader.
    expect(await overlay(page).locator('[lang]').attribute('lang')).toBe('zh-CN');
    expect(await page.evaluate(() => document.documentElement.getAttribute('lang'))).toBe('en');
  });
});

// Each supported site's DOM adapter is a part: a frame gets its own site's only, with the assistant.
test("a supported site: its own adapter part comes with the assistant, no other site's", async ({ ext }) => {
  const page = await ext.context.newPage();
  const parsed = await parsedScripts(page);
  await page.goto('https://x.com/home');
  await page.waitForFunction(() => 'fixture' in window);
  await typeInCompose(page, 'what the fuck');
  await expect.poll(() => overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  expect(parsed.indexOf('part-site-x.js')).toBeGreaterThanOrEqual(0);
  expect(parsed.indexOf('part-site-x.js')).toBeLessThan(parsed.indexOf('content-scripts/assistant.js'));
  expect(parsed.filter((script) => script.startsWith('part-site-'))).toEqual(['part-site-x.js']);
  // X's link scanner comes with X's adapter: X's counter weighs links.
  expect(parsed.indexOf('part-x-links.js')).toBeGreaterThanOrEqual(0);
  expect(parsed.indexOf('part-x-links.js')).toBeLessThan(parsed.indexOf('content-scripts/assistant.js'));
});

test("Chrome's worker imports the pattern engine when a kit's custom detector first compiles, and masks records with it", async ({
  ext,
  openExtensionPage,
}) => {
  const page = await openExtensionPage('popup.html');
  await seedKit(page, TEST_KIT, {
    privacy: { custom: [{ id: 'sku', label: { en: 'SKU', zh: '编号' }, pattern: 'SKU-[0-9]{4}' }] },
  });
  // The worker imported the part once at install (what lets it import it again later); forget that copy, as a
  // worker woken later starts without it, so the import on the first compile is what is tested.
  const worker = await ext.serviceWorker();
  await worker.evaluate(() => {
    delete (globalThis as { __onbrandParts?: Record<string, unknown> }).__onbrandParts?.re2js;
  });
  await putRecords(page, [
    {
      id: 'custom-mask-0001',
      at: Date.now(),
      platform: 'weibo',
      kind: 'feedback',
      tag: 'complaint',
      note: '',
      url: 'https://weibo.com/1/abc',
      commentText: 'Order SKU-1234 arrived broken',
      commentAuthor: 'someone',
    },
  ]);
  const [stored] = await storedRecords(page);
  expect(stored).toMatchObject({ id: 'custom-mask-0001' });
  const text = (stored as { commentText: string }).commentText;
  expect(text).not.toContain('SKU-1234');
  expect(text).toContain('arrived broken');
  expect(
    await worker.evaluate(
      () => typeof (globalThis as { __onbrandParts?: Record<string, unknown> }).__onbrandParts?.re2js,
    ),
  ).toBe('function');
});

test('the starter kit arrives packed with the assistant; the kit the first page compiles is stored packed, and the next page checks with it without storing it again', async ({
  ext,
  openExtensionPage,
}) => {
  const watcher = await openExtensionPage('popup.html');
  const compiled = async () =>
    (await getLocal(watcher, 'compiledKit')) as { key: string; form: string; packed?: boolean } | undefined;
  const first = await ext.context.newPage();
  const parsed = await parsedScripts(first);
  await gotoSite(first, 'https://x.com/home');
  await typeInCompose(first, 'what the fuck');
  await expect.poll(() => overlay(first).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  expect(parsed).toContain('part-starter.js');
  // The part as shipped holds the kit packed: no term list as JSON, a tenth of the kit's 300,000 characters.
  const part = await watcher.evaluate(async () => (await fetch('/part-starter.js')).text());
  expect(part).not.toContain('bannedTerms');
  expect(part.length).toBeLessThan(60_000);
  await expect.poll(async () => (await compiled())?.packed).toBe(true);
  const entry = (await compiled())!;
  // Counts the writes of the compiled kit from here on (the next page should only read it).
  await watcher.evaluate(() => {
    const scope = globalThis as unknown as {
      writes: number;
      chrome: { storage: { onChanged: { addListener(f: (changes: object) => void): void } } };
    };
    scope.writes = 0;
    scope.chrome.storage.onChanged.addListener((changes) => {
      if ('compiledKit' in changes) scope.writes++;
    });
  });

  const second = await ext.context.newPage();
  await gotoSite(second, 'https://weibo.com/');
  await typeInCompose(second, 'what the fuck');
  await expect.poll(() => overlay(second).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  // The store runs when the page is idle (at most 2 s after its first check): wait past that.
  await second.waitForTimeout(2500);
  expect(await watcher.evaluate(() => (globalThis as unknown as { writes: number }).writes)).toBe(0);
  expect((await compiled())?.form).toBe(entry.form);
});
