import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { overlay } from '../support/overlay';
import { storedLibrary } from '../support/kit';
import { SITE_BOXES, focusBox, modelText, publishedPosts, type SiteBox } from '../support/site-pages';

// Issue 16's in-page experience on the five editor kinds it names — Draft.js (X), Lexical (Facebook), Quill
// (LinkedIn), ProseMirror (Xiaohongshu creator) and a textarea (Weibo): Undo, the caret after a fix, Ignore,
// "Not a problem here" (kept across a reload), panels clear of the span and the caret line, Escape. Every text
// assertion reads the editor's MODEL through the fixture page's own API.

const BOXES = ['x', 'facebook', 'linkedin', 'xiaohongshu-creator', 'weibo'].map((site) =>
  SITE_BOXES.find((box) => box.site === site)!,
);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Where the blocking finding is painted: the Highlight's ranges (rich editors) or our fallback marks (textarea). */
async function spanBoxes(page: Page): Promise<Box[]> {
  const painted = await page.evaluate(() =>
    [...(CSS.highlights.get('onbrand-block') ?? [])].flatMap((range) =>
      [...(range as Range).getClientRects()].map((r) => ({
        x: r.left,
        y: r.top,
        width: r.width,
        height: r.height,
      })),
    ),
  );
  if (painted.length) return painted;
  const marks = overlay(page).getByTestId('fallback-mark');
  const boxes: Box[] = [];
  for (let i = 0; i < (await marks.count()); i++) {
    const box = await marks.nth(i).boundingBox();
    if (box) boxes.push(box);
  }
  return boxes;
}

/** The line the caret is on, across the editor (rich editors: the page's selection; textarea: the last line). */
async function caretLine(page: Page, box: SiteBox): Promise<Box | null> {
  return page.evaluate((name) => {
    const editor = document.querySelector<HTMLElement>(`[data-fixture-editor="${name}"]`);
    if (!editor) return null;
    const field = editor.querySelector('textarea') ?? (editor instanceof HTMLTextAreaElement ? editor : null);
    const outer = (field ?? editor).getBoundingClientRect();
    if (field) {
      // A one-line draft typed at the end: its caret line is the field's first line.
      const lineHeight = parseFloat(getComputedStyle(field).lineHeight) || 20;
      return {
        x: outer.left,
        y: outer.top + parseFloat(getComputedStyle(field).paddingTop),
        width: outer.width,
        height: lineHeight,
      };
    }
    const selection = getSelection();
    if (!selection?.rangeCount) return null;
    const rect =
      selection.getRangeAt(0).getClientRects()[0] ?? selection.getRangeAt(0).getBoundingClientRect();
    return { x: outer.left, y: rect.top, width: outer.width, height: Math.max(rect.height, 14) };
  }, box.editor);
}

/** Whether focus is in the fixture's editor (through open shadow roots): where the person's next key goes. */
async function focusInEditor(page: Page, editor: string): Promise<boolean> {
  return page.evaluate((name) => {
    const host = document.querySelector(`[data-fixture-editor="${name}"]`);
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    for (let node: Node | null = active; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null)
      if (node === host) return true;
    return false;
  }, editor);
}

/** Counts the Escape keys the page's own (bubbling) handlers receive, as a site's modal would. */
async function countSiteEscapes(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counter = window as unknown as { siteEscapes: number };
    counter.siteEscapes = 0;
    document.addEventListener('keydown', (event) => event.key === 'Escape' && counter.siteEscapes++);
  });
  return () => page.evaluate(() => (window as unknown as { siteEscapes: number }).siteEscapes);
}

for (const box of BOXES) {
  test(`${box.site} (${box.kind}): undo exact, caret kept, ignore, not a problem here (kept on reload), panels clear of the span, Escape`, async ({
    openBoxWithKit,
  }) => {
    const { dashboard, page } = await openBoxWithKit(box);
    const ui = overlay(page);
    const badge = ui.getByTestId('onbrand-badge');
    await badge.waitFor('visible');
    const siteEscapes = await countSiteEscapes(page);

    // A banned word in the middle, the caret at the end of the draft.
    await page.keyboard.type('This damn plan is cheap');
    await expect.poll(() => badge.attribute('data-state')).toBe('block');
    // The badge's accessible name says what it shows.
    await expect.poll(() => badge.text()).toMatch(/^Onbrand findings:1 blocking · \d+\/\d+ .+ · Tone: /);
    const caret = await caretLine(page, box);
    const spans = await spanBoxes(page);
    expect(spans.length).toBeGreaterThan(0);

    // The list opens beside the box, clear of the span and the caret line.
    await badge.click();
    const list = ui.getByTestId('findings-list');
    await list.waitFor('visible');
    const listBox = (await list.boundingBox())!;
    for (const span of spans)
      expect(
        overlaps(listBox, span),
        `list ${JSON.stringify(listBox)} over span ${JSON.stringify(span)}`,
      ).toBe(false);
    if (caret)
      expect(overlaps(listBox, caret), `list over the caret line ${JSON.stringify(caret)}`).toBe(false);

    // The card: one panel at a time, clear of the span and the caret line; plain words, translated category.
    await ui.getByTestId('finding-0').click();
    const card = ui.getByTestId('finding-card');
    await card.waitFor('visible');
    expect(await list.count()).toBe(0);
    const cardBox = (await card.boundingBox())!;
    for (const span of spans)
      expect(
        overlaps(cardBox, span),
        `card ${JSON.stringify(cardBox)} over span ${JSON.stringify(span)}`,
      ).toBe(false);
    if (caret)
      expect(overlaps(cardBox, caret), `card over the caret line ${JSON.stringify(caret)}`).toBe(false);
    expect(await ui.getByTestId('card-why').text()).toContain('profanity');
    // Clicks on the badge and on a finding left focus in the box, at the caret (issue 19: the list item took it and,
    // unmounting, dropped it on <body>, where neither the box nor the overlay hears the next key).
    expect(await focusInEditor(page, box.editor)).toBe(true);

    // Fix, then type: the caret stayed at the end where the person was typing, not after the fixed word.
    await ui.getByTestId('suggestion-0').click();
    await expect.poll(() => modelText(page, box.editor)).toBe('This darn plan is cheap');
    await page.keyboard.type('!');
    await expect.poll(() => modelText(page, box.editor)).toBe('This darn plan is cheap!');

    // Undo restores the exact text; the caret stays where it was.
    await ui.getByTestId('undo-fix').click();
    await expect.poll(() => modelText(page, box.editor)).toBe('This damn plan is cheap!');
    await expect.poll(() => badge.attribute('data-state')).toBe('block');
    await page.keyboard.type(' ok');
    await expect.poll(() => modelText(page, box.editor)).toBe('This damn plan is cheap! ok');

    // Escape with the caret in the editor closes the open panel and never reaches the site's handlers.
    await badge.click();
    await ui.getByTestId('findings-list').waitFor('visible');
    await page.locator(`[data-fixture-editor="${box.editor}"]`).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Escape');
    await ui.getByTestId('findings-list').waitFor('hidden');
    expect(await siteEscapes()).toBe(0);
    // With no panel open the site gets its Escape as before.
    await page.keyboard.press('Escape');
    expect(await siteEscapes()).toBe(1);

    // Ignore: the finding goes away, and stays away while typing elsewhere.
    await badge.click();
    await ui.getByTestId('finding-0').click();
    await ui.getByTestId('card-ignore').click();
    // Typed at once: focus came back to the box in the click itself, not a task later.
    await page.keyboard.type(' and more');
    await expect.poll(() => modelText(page, box.editor)).toBe('This damn plan is cheap! ok and more');
    await expect.poll(() => badge.attribute('data-state')).toBe('ok');
    await page.waitForTimeout(400);
    expect(await badge.attribute('data-state')).toBe('ok');

    // Not a problem here: an exception in the kit for this term in this context.
    await page.keyboard.type(' damn it');
    await expect.poll(() => badge.attribute('data-state')).toBe('block');
    await badge.click();
    await ui.getByTestId('finding-0').click();
    await ui.getByTestId('card-not-a-problem').click();
    // Typed at once, while the kit is being written: it reaches the box.
    await page.keyboard.type('!');
    await expect
      .poll(() => modelText(page, box.editor))
      .toBe('This damn plan is cheap! ok and more damn it!');
    await expect.poll(() => ui.getByTestId('exception-notice').attribute('data-outcome')).toBe('added');
    await expect.poll(() => badge.attribute('data-state')).toBe('ok');
    const kit = (await storedLibrary(dashboard))!;
    expect(kit.kits[0].kit.bannedTerms.find((term) => term.term === 'damn')?.allowContexts).toEqual([
      'more damn it',
    ]);
    // The page's write is checked and marked too (lib/kits/checked-library.ts), with the changed kit's new key.
    expect((kit as { checked?: { keys: Record<string, string> } }).checked?.keys).toEqual({
      [kit.kits[0].id]: expect.stringMatching(/^\d+\.\d+\.\d+\.[0-9a-f]{64}$/),
    });

    // Neither the ignored nor the excepted finding reaches the gate: the post goes out unheld.
    await page.locator(box.submit).first().click();
    await expect.poll(() => publishedPosts(page)).toEqual(['This damn plan is cheap! ok and more damn it!']);
    expect(await ui.getByTestId('gate-dialog').count()).toBe(0);

    // A reload keeps the exception (it is in the kit); the term is still caught anywhere else.
    await focusBox(page, box);
    await ui.getByTestId('onbrand-badge').waitFor('visible');
    await page.keyboard.type('more damn it');
    await ui.getByTestId('badge-clean').waitFor('visible');
    await page.keyboard.type(', damn');
    await expect.poll(() => ui.getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  });
}
