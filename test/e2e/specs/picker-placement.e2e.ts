import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { overlay } from '../support/overlay';
import { runCommand } from '../support/commands';
import { modelText } from '../support/site-pages';

// Issue 16: the template picker opens beside a reply box without covering the comment being answered or the
// caret line (with the trigger typed on it); the findings list and card, without covering it or the span. Measured
// with bounding boxes on the five sites' boxes that answer something — X (Draft.js) and LinkedIn (Quill, and TipTap
// in the SDUI UI) and Facebook (Lexical) reply boxes inside the comment they answer, the Weibo (textarea) card
// comment box, the Xiaohongshu (contenteditable with a site model) note comment box, answering the note or, after a
// comment's 回复, that comment — with the box low in the window,
// where "below" has no room and the old picker went above, over the comment.

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const REPLIES = [
  {
    site: 'x',
    url: 'https://x.com/onbrand/status/1',
    editor: 'reply',
    answered: '#focal [data-testid="tweetText"]',
  },
  {
    site: 'weibo',
    url: 'https://weibo.com/',
    editor: 'comment',
    answered: '.Feed_wrap_3v9LH .detail_wbtext_4CRf9',
  },
  {
    site: 'facebook',
    url: 'https://facebook.com/onbrand/posts/2/',
    editor: 'reply',
    answered: '.comments > [role="article"] > div[dir="auto"]',
  },
  {
    site: 'linkedin',
    url: 'https://linkedin.com/feed/',
    editor: 'reply',
    answered: '.comments-comment-item > .comments-comment-item__main-content',
  },
  {
    site: 'linkedin-sdui',
    url: 'https://linkedin.com/posts/onbrand-sdui/',
    editor: 'reply',
    answered: '[componentkey^="replaceableComment_"] > [data-testid="expandable-text-box"]',
  },
  {
    site: 'xiaohongshu',
    url: 'https://xiaohongshu.com/explore/abc',
    editor: 'comment',
    answered: '#detail-desc',
  },
  {
    // The same box after a comment's 回复 (the comment right above the box): the panels keep clear of that comment.
    site: 'xiaohongshu-reply',
    url: 'https://xiaohongshu.com/explore/abc',
    editor: 'comment',
    answered: '#comment-a2 .content',
    replyControl: '#comment-a2 .interactions .reply',
  },
];

const editorOf = (page: Page, editor: string) => page.locator(`[data-fixture-editor="${editor}"]`);

for (const reply of REPLIES) {
  test(`${reply.site}: the picker never covers the answered comment or the caret line`, async ({
    ext,
    openDashboardWithKit,
    openSite,
  }) => {
    await openDashboardWithKit();
    const page = await openSite(reply.url);
    const ui = overlay(page);
    const picker = ui.getByTestId('template-picker');
    const answered = page.locator(reply.answered).first();
    const box = editorOf(page, reply.editor);

    // The draft is one short line (";;" at most), so the caret line is the box's first line of text.
    const caretLine = () =>
      box.evaluate((el) => {
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
        const height = Math.min(rect.height, parseFloat(style.paddingTop) + line);
        return { x: rect.x, y: rect.y, width: rect.width, height };
      });
    const check = async (where: string) => {
      await picker.waitFor('visible');
      // Placement follows layout on the next frames: poll until the measured panel is clear.
      await expect
        .poll(
          async () => {
            const panel = (await picker.boundingBox())!;
            return {
              answered: overlapArea(panel, (await answered.boundingBox())!),
              caretLine: overlapArea(panel, await caretLine()),
              inView: panel.y >= 0 && panel.y + panel.height <= page.viewportSize()!.height,
            };
          },
          { message: where },
        )
        .toEqual({ answered: 0, caretLine: 0, inView: true });
    };

    for (const where of ['box high in the window', 'box low in the window']) {
      // Low: other posts above push the thread down until the box sits near the window's bottom edge, with
      // the answered comment right above it (no room below: the picker must go above the comment or aside).
      if (where === 'box low in the window')
        await page.evaluate(() => {
          const feed = document.createElement('div');
          feed.style.height = `${innerHeight - 260}px`;
          document.body.prepend(feed);
        });
      if (reply.replyControl) await page.locator(reply.replyControl).click();
      await box.click();
      await ui.getByTestId('onbrand-badge').waitFor('visible');

      // Browse mode, from the command.
      await runCommand(ext, 'open-templates');
      await check(`${where}, browse`);
      await page.keyboard.press('Escape');
      await picker.waitFor('hidden');

      // Trigger mode, typed in the box: the panel keeps clear of the trigger and the caret line too.
      await page.keyboard.type(';;');
      await expect.poll(() => picker.attribute('data-mode')).toBe('trigger');
      await check(`${where}, trigger`);
      await page.keyboard.press('Escape');
      await picker.waitFor('hidden');
      for (let i = 0; i < 2; i++) await page.keyboard.press('Backspace');
      await expect.poll(() => modelText(page, reply.editor)).toBe('');
    }
  });
}

for (const reply of REPLIES) {
  test(`${reply.site}: the findings list and the finding card never cover the answered comment or the span`, async ({
    openDashboardWithKit,
    openSite,
  }) => {
    await openDashboardWithKit();
    const page = await openSite(reply.url);
    const ui = overlay(page);
    const answered = page.locator(reply.answered).first();
    const box = editorOf(page, reply.editor);
    const badge = ui.getByTestId('onbrand-badge');

    for (const where of ['box high in the window', 'box low in the window']) {
      if (where === 'box low in the window')
        await page.evaluate(() => {
          const feed = document.createElement('div');
          feed.style.height = `${innerHeight - 260}px`;
          document.body.prepend(feed);
        });
      if (reply.replyControl) await page.locator(reply.replyControl).click();
      await box.click();
      await badge.waitFor('visible');
      await page.keyboard.type('damn');
      await expect.poll(() => badge.attribute('data-state')).toBe('block');
      // The span: the Highlight's ranges (rich editors) or the fallback marks (textarea).
      const span = async (): Promise<Box> => {
        const painted = await page.evaluate(() => {
          const range = [...(CSS.highlights.get('onbrand-block') ?? [])][0] as Range | undefined;
          const r = range?.getBoundingClientRect();
          return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
        });
        return painted ?? (await ui.getByTestId('fallback-mark').first().boundingBox())!;
      };
      const clear = async (panel: ReturnType<typeof ui.getByTestId>, what: string) => {
        await panel.waitFor('visible');
        await expect
          .poll(
            async () => {
              const rect = (await panel.boundingBox())!;
              return {
                answered: overlapArea(rect, (await answered.boundingBox())!),
                span: overlapArea(rect, await span()),
                inView: rect.y >= 0 && rect.y + rect.height <= page.viewportSize()!.height,
              };
            },
            { message: `${where}, ${what}` },
          )
          .toEqual({ answered: 0, span: 0, inView: true });
      };
      await badge.click();
      await clear(ui.getByTestId('findings-list'), 'findings list');
      await ui.getByTestId('finding-0').click();
      await clear(ui.getByTestId('finding-card'), 'finding card');
      await page.keyboard.press('Escape');
      await ui.getByTestId('finding-card').waitFor('hidden');
      for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
      await expect.poll(() => modelText(page, reply.editor)).toBe('');
    }
  });
}
