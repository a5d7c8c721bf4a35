import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { overlay } from '../support/overlay';
import { SITE_BOXES, modelText } from '../support/site-pages';

// Issue 16 point 2, "the caret stays where the user was typing (shifted by the change when it was after the
// span)", with a fix that CHANGES the length ("users" → "customers", +4 characters; overlay-dismiss's
// "damn" → "darn" keeps it, so a caret left at its old offset would pass there). On the five editor kinds the
// issue names: type after the fix, after the Undo, and with the caret BEFORE the span; every assertion reads the
// editor's MODEL through the fixture page's own API.
//
// Weibo's textarea case failed in the loaded round-5 CI: the product set the caret only after the replace had
// yielded a task (the controlled-field check), and Chromium runs input events ahead of timers, so the "!" typed
// right after the model showed the fix landed just after "customers" ("Tell customers! hi"). The caret is now
// placed before the replace yields (lib/editors/replace-loop.ts).
//
// ProseMirror lost the Home pressed right after the Undo (round 9: 2–4 of 5 runs, the half was cut): a click on the
// badge, the list or a card took focus out of the box, the fix's returnToCaret focused it again, and ProseMirror
// reads a collapsed caret at the document's start within 200 ms of a focus as the browser's focus reset, writing
// its older selection (the end) back. Pointer presses on the overlay now leave focus in the box (box-session.ts).

const BOXES = ['x', 'facebook', 'linkedin', 'xiaohongshu-creator', 'weibo'].map((site) =>
  SITE_BOXES.find((box) => box.site === site)!,
);

/**
 * Waits until the editor's MODEL has the caret at `offset` (where the fixture exposes the model's selection:
 * ProseMirror). A key is not done when its text shows: ProseMirror learns a caret move (Home) only from the
 * asynchronous selectionchange and, until then, writes its older selection back to the page on its next update,
 * so text typed right after Home could land where the caret was before it.
 */
async function modelCaretAt(page: Page, editor: string, offset: number): Promise<void> {
  const caret = () =>
    page.evaluate(
      (name) =>
        (
          window as unknown as {
            fixture: { editors: Record<string, { getSelection?(): { start: number; end: number } }> };
          }
        ).fixture.editors[name].getSelection?.() ?? null,
      editor,
    );
  if ((await caret()) === null) return;
  await expect.poll(caret).toEqual({ start: offset, end: offset });
}

/** Opens the list from the badge, then the first finding's card, and applies its first suggestion. */
async function applyFirstSuggestion(page: Page): Promise<void> {
  const ui = overlay(page);
  await ui.getByTestId('onbrand-badge').click();
  await ui.getByTestId('finding-0').click();
  await ui.getByTestId('finding-card').waitFor('visible');
  expect(await ui.getByTestId('suggestion-0').text()).toContain('customers');
  await ui.getByTestId('suggestion-0').click();
}

for (const box of BOXES) {
  test(`${box.site} (${box.kind}): a longer fix and its Undo shift a caret after the span; a caret before it stays`, async ({
    openBoxWithKit,
  }) => {
    const { page } = await openBoxWithKit(box);
    const ui = overlay(page);
    const badge = ui.getByTestId('onbrand-badge');
    await badge.waitFor('visible');

    // The caret after the span: the fix adds 4 characters before it, and typing lands at the end still.
    await page.keyboard.type('Tell users hi');
    await expect.poll(() => badge.text()).toMatch(/1 tip/);
    await applyFirstSuggestion(page);
    await expect.poll(() => modelText(page, box.editor)).toBe('Tell customers hi');
    await page.keyboard.type('!');
    await expect.poll(() => modelText(page, box.editor)).toBe('Tell customers hi!');

    // Undo takes the 4 characters back out: the caret follows, still at the end.
    await ui.getByTestId('undo-fix').click();
    await expect.poll(() => modelText(page, box.editor)).toBe('Tell users hi!');
    await page.keyboard.type('?');
    await expect.poll(() => modelText(page, box.editor)).toBe('Tell users hi!?');
    await modelCaretAt(page, box.editor, 'Tell users hi!?'.length);

    // The caret before the span (at the start of the line): the fix does not move it.
    await page.keyboard.press('Home');
    await modelCaretAt(page, box.editor, 0);
    await page.keyboard.type('Oh ');
    await expect.poll(() => modelText(page, box.editor)).toBe('Oh Tell users hi!?');
    await expect.poll(() => badge.text()).toMatch(/1 tip/);
    await applyFirstSuggestion(page);
    await expect.poll(() => modelText(page, box.editor)).toBe('Oh Tell customers hi!?');
    await page.keyboard.type('so, ');
    await expect.poll(() => modelText(page, box.editor)).toBe('Oh so, Tell customers hi!?');

    // …nor does its Undo.
    await ui.getByTestId('undo-fix').click();
    await expect.poll(() => modelText(page, box.editor)).toBe('Oh so, Tell users hi!?');
    await page.keyboard.type('well ');
    await expect.poll(() => modelText(page, box.editor)).toBe('Oh so, well Tell users hi!?');
  });
}
