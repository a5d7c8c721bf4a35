import { test, expect } from '../support/test';
import { overlay } from '../support/overlay';
import { SITE_BOXES, modelText } from '../support/site-pages';

// A REAL IME composition through Chromium's own input path (CDP Input.imeSetComposition / Input.insertText, as an
// IME sends them) on the Lexical fixture (facebook.com's composer). Nothing is checked while the composition is
// open; once the browser ends it the box is checked again, even when Lexical's re-render mid-composition means
// Chromium never sends compositionend.

const box = SITE_BOXES.find((b) => b.site === 'facebook')!;

test('lexical: a real IME composition is not checked while open and the box is checked again after it, compositionend or not', async ({
  openBoxWithKit,
}) => {
  const { page } = await openBoxWithKit(box);
  const ui = overlay(page);
  await page.keyboard.type('Hello ');
  await ui.getByTestId('badge-clean').waitFor('visible');
  // What the page saw of the composition (the editable's own events, trusted ones only).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { imeSeen: string[] }).imeSeen = seen;
    for (const type of ['compositionstart', 'compositionend'])
      document.addEventListener(type, (e) => e.isTrusted && seen.push(type), true);
  });

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'sha', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.imeSetComposition', { text: 'shabi', selectionStart: 5, selectionEnd: 5 });
  // Open: the composing text is not checked, the badge keeps the last result.
  await page.waitForTimeout(600);
  expect(await ui.getByTestId('badge-clean').visible()).toBe(true);
  // The candidate confirmed with Enter (isComposing, keyCode 229), then the IME inserts its text.
  await page.keyboard.press('Enter');
  await cdp.send('Input.insertText', { text: '傻逼' });
  await expect.poll(() => modelText(page, box.editor)).toContain('傻逼');
  // Checked again without any further key: the blocking word is found.
  await expect
    .poll(() => ui.getByTestId('onbrand-badge').attribute('data-state'), { timeout: 5_000 })
    .toBe('block');
  const seen = await page.evaluate(() => (window as unknown as { imeSeen: string[] }).imeSeen);
  test.info().annotations.push({ type: 'composition events', description: seen.join(', ') });
  expect(seen[0]).toBe('compositionstart');

  // Typing on is checked as usual.
  await page.keyboard.type(' ok');
  await expect.poll(() => modelText(page, box.editor)).toContain('傻逼 ok');
  expect(await ui.getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  await cdp.detach();
});
