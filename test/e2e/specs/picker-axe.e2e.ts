import { test, expect } from '../support/test';
import { seedKit } from '../support/kit';
import { overlay } from '../support/overlay';
import { loadAxe, overlayViolations } from '../support/overlay-axe';
import { runCommand } from '../support/commands';
import { SITE_BOXES, focusBox } from '../support/site-pages';
import type { TemplateLibrary } from '@/lib/templates';

// Issue 16: axe-core over the template picker's states (browse list, typed trigger, no match, fill-in form) in
// English and Chinese, on X's reply box (Draft.js): no serious or critical violation.

const X_REPLY = SITE_BOXES.find((box) => box.site === 'x-reply')!;
const LIBRARY: TemplateLibrary = {
  version: 1,
  trigger: ';;',
  usage: {},
  templates: [
    ['thanks', 'Thanks', 'Thanks {author}, glad you like it!', 'en', 'thx'],
    ['ganxie', '感谢支持', '谢谢{author}的支持！', 'zh', 'gx'],
    ['order', 'Order shipped', 'Order {?order number} shipped today.', 'en', 'ord'],
  ].map(([id, name, body, language, shortcut]) => ({
    id,
    name,
    body,
    language: language as 'en' | 'zh',
    shortcut,
    tags: [],
    platforms: [],
    createdAt: 1,
    updatedAt: 1,
  })),
};

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`template picker (${locale})`, () => {
    test.use({ browserLocale: locale });
    test('browse, trigger, no match and form: no serious or critical axe violation', async ({
      ext,
      openExtensionPage,
    }) => {
      const dashboard = await openExtensionPage('options.html');
      await seedKit(dashboard);
      await dashboard.evaluate(async (value) => {
        const { storage } = (
          globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }
        ).chrome;
        await storage.local.set({ templates: value });
      }, LIBRARY);
      const page = await ext.context.newPage();
      await focusBox(page, X_REPLY);
      const ui = overlay(page);
      await ui.getByTestId('onbrand-badge').waitFor('visible');
      await loadAxe(ui);
      const audit = async (state: string) => expect(await overlayViolations(ui), state).toEqual([]);
      const picker = ui.getByTestId('template-picker');

      await runCommand(ext, 'open-templates');
      await expect.poll(() => picker.attribute('data-mode')).toBe('browse');
      await ui.getByTestId('picker-item-2').waitFor('visible');
      await audit('browse');
      // The picker's name is in the UI language.
      expect(await picker.attribute('aria-label')).toBe(locale === 'en-US' ? 'Reply templates' : '回复模板');

      await page.keyboard.type('zzzz');
      await ui.getByTestId('picker-empty').waitFor('visible');
      await audit('no match');
      await page.keyboard.press('Escape');
      await picker.waitFor('hidden');

      await page.keyboard.type(';;or');
      await expect.poll(() => picker.attribute('data-mode')).toBe('trigger');
      await expect.poll(() => ui.getByTestId('picker-item-0').attribute('data-template-id')).toBe('order');
      await audit('trigger');
      await page.keyboard.press('Tab');
      await ui.getByTestId('picker-form').waitFor('visible');
      await audit('form');
    });
  });
}
