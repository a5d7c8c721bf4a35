import type { Page } from '@playwright/test';
import twitterText from 'twitter-text';
import { test, expect } from '../support/test';
import { seedKit } from '../support/kit';
import { SITE_BOXES, editorLocator, focusBox, modelText, type SiteBox } from '../support/site-pages';
import type { ExtensionBrowser } from '../support/browser';
import { overlay, type OverlayElement } from '../support/overlay';

// The keystroke path of the in-page assistant: a check is painted in the frame of the keystroke, changes that
// fire no input event still get checked, the overflow past a platform's limit is tinted, and the textarea's
// positioned marks follow the text when it moves (they are cached while it does not).

const box = (site: string) => SITE_BOXES.find((b) => b.site === site)!;

/** Ranges in a named CSS highlight, as [start offset, text] of each. */
function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate(
    (highlight) =>
      [...((CSS.highlights.get(highlight) as Set<Range> | undefined) ?? [])].map((range) => range.toString()),
    name,
  );
}

/** A paste of `text` into the focused box, handled by the site's editor as a user's paste is. */
function pasteIntoFocused(page: Page, text: string): Promise<void> {
  return page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** The test kit seeded, then `target`'s site opened in a new tab with its box focused. */
async function focusWithKit(
  fixtures: { ext: ExtensionBrowser; openExtensionPage(name: string): Promise<Page> },
  target: SiteBox,
): Promise<Page> {
  await seedKit(await fixtures.openExtensionPage('options.html'));
  const page = await fixtures.ext.context.newPage();
  await focusBox(page, target);
  return page;
}

/** How many pixels of a canvas have any ink. */
const inkedPixels = (canvas: OverlayElement) =>
  canvas.evaluate((element) => {
    if (!(element instanceof HTMLCanvasElement)) return 0;
    const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked++;
    return inked;
  });

test('a paste that fires no input event (Draft.js handles it itself) is checked', async ({
  ext,
  openExtensionPage,
}) => {
  const page = await focusWithKit({ ext, openExtensionPage }, box('x'));
  await overlay(page).getByTestId('badge-clean').waitFor('visible');
  await pasteIntoFocused(page, 'This is damn good news');
  await expect.poll(() => modelText(page, 'compose')).toBe('This is damn good news');
  await overlay(page).getByTestId('badge-counts').waitFor('visible');
  await expect.poll(() => highlightTexts(page, 'onbrand-block')).toContain('damn');
});

test('typing is checked in the frame that paints the keystroke', async ({ ext, openExtensionPage }) => {
  const page = await focusWithKit({ ext, openExtensionPage }, box('x'));
  const ui = overlay(page);
  await ui.getByTestId('badge-clean').waitFor('visible');
  await page.keyboard.type('Hello damn');
  // Two frames after the last key, the badge already shows the check of the whole text.
  const state = await ui.evaluate(
    (root) =>
      new Promise<string | null>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(root.querySelector('[data-testid="onbrand-badge"]')!.getAttribute('data-state')),
          ),
        ),
      ),
  );
  expect(state).toBe('block');
});

test('the part past the limit is tinted; the counter counts every keystroke', async ({
  ext,
  openExtensionPage,
}) => {
  const page = await focusWithKit({ ext, openExtensionPage }, box('x'));
  const words = 'Our spring release is here with faster replies and saved templates for every team. ';
  await pasteIntoFocused(page, words.repeat(8).trim());
  const length = overlay(page).getByTestId('badge-length');
  // A canvas: its text is its accessible name, and it is really drawn.
  await expect.poll(() => length.attribute('aria-label')).toBe(`${words.repeat(8).trim().length}/280`);
  expect(await length.attribute('class')).toMatch(/ob-over/);
  expect(await inkedPixels(length)).toBeGreaterThan(20);
  // The tint starts at the limit and covers enough to see where the cut falls (not the whole overflow).
  expect(await highlightTexts(page, 'onbrand-overflow')).toEqual([words.repeat(8).slice(280, 480)]);
  const drawn = await length.evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());
  await page.keyboard.type('!');
  await expect.poll(() => length.attribute('aria-label')).toBe(`${words.repeat(8).trim().length + 1}/280`);
  expect(await length.evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL())).not.toBe(drawn);
});

test('a link glued to Chinese text weighs as X weighs it: the text after the link counts', async ({
  ext,
  openExtensionPage,
}) => {
  const target = box('x');
  const page = await focusWithKit({ ext, openExtensionPage }, target);
  const draft =
    '新品上市！详情见https://t.cn/A6abc电话13800138000，官网：https://onbrand.app/zh。欢迎 acme.studio';
  await pasteIntoFocused(page, draft);
  await expect.poll(() => modelText(page, 'compose')).toBe(draft);
  // X's own counter (twitter-text) gives 115: the three links weigh 23 (acme.studio under one of X's 1,164 generic
  // TLDs, from the x-links part), and 电话13800138000 and 。欢迎 are text.
  expect(twitterText.parseTweet(draft).weightedLength).toBe(115);
  await expect.poll(() => overlay(page).getByTestId('badge-length').attribute('aria-label')).toBe('115/280');
});

test('textarea marks stay put while typing after them and follow the text typed before them', async ({
  ext,
  openExtensionPage,
}) => {
  const weibo = box('weibo');
  const page = await focusWithKit({ ext, openExtensionPage }, weibo);
  await page.keyboard.type('这是第一名');
  const mark = overlay(page).getByTestId('fallback-mark');
  await expect.poll(() => mark.count()).toBe(1);
  const before = await mark.boundingBox();
  await page.keyboard.type('，欢迎大家');
  await page.waitForTimeout(200);
  expect(await mark.boundingBox()).toEqual(before);
  // Text typed in front of the finding moves it: the mark is measured again.
  await editorLocator(page, weibo).evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(0, 0));
  await page.keyboard.type('朋友们');
  await expect.poll(async () => (await mark.boundingBox())?.x ?? 0).toBeGreaterThan(before!.x + 10);
  expect(await modelText(page, weibo.editor)).toBe('朋友们这是第一名，欢迎大家');
});

test('textarea marks follow scrolling; a box scrolled out of view and back has its marks on its text again', async ({
  ext,
  openExtensionPage,
}) => {
  const weibo = box('weibo');
  const page = await focusWithKit({ ext, openExtensionPage }, weibo);
  await page.keyboard.type('这是第一名');
  const mark = overlay(page).getByTestId('fallback-mark');
  await expect.poll(() => mark.count()).toBe(1);
  const field = editorLocator(page, weibo);
  /** The mark's place relative to its textarea: the same wherever the page is scrolled. */
  const offset = async () => {
    const [at, from] = [await mark.boundingBox(), await field.boundingBox()];
    return at && from ? { x: at.x - from.x, y: at.y - from.y, width: at.width } : null;
  };
  const placed = await offset();
  expect(placed).not.toBeNull();
  // Room to scroll the box out of view and back.
  const { top, height } = await field.evaluate((element) => {
    document.body.style.minHeight = `${innerHeight * 5}px`;
    return { top: element.getBoundingClientRect().top + scrollY, height: innerHeight };
  });
  const scrollTo = (y: number) => page.evaluate((to) => window.scrollTo(0, to), y);
  const fieldTop = () => field.evaluate((element) => Math.round(element.getBoundingClientRect().top));

  // Scrolled a little, the box still in view: its mark moved with it.
  await scrollTo(top - 40);
  await expect.poll(fieldTop).toBe(Math.round(Math.min(top, 40)));
  await expect.poll(offset).toEqual(placed);

  // Out of view: the box's marks go with it.
  await scrollTo(top + height * 2);
  await expect.poll(() => mark.count()).toBe(0);

  // Back: drawn again on the text.
  await scrollTo(0);
  await expect.poll(() => mark.count()).toBe(1);
  await expect.poll(offset).toEqual(placed);
});
