import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { overlay } from '../support/overlay';
import { gotoSite } from '../support/setup';
import { loadAxe, overlayViolations } from '../support/overlay-axe';
import { clickMenuItem, runCommand } from '../support/commands';
import { SITE_BOXES, editorLocator } from '../support/site-pages';

// Issue 16's "axe reports no serious or critical issue on the overlay's states in both languages", on a light
// and on a dark site (the overlay follows the site's theme, judged from the box's text colour): badge, findings
// list, finding card, Undo, the exception notice, the selection check, the template picker and the pre-publish
// gate, on X (Draft.js). The card's words are checked on the way: the category as a person says it, never the
// engine's id, and a look-alike spelling shown as "written as".

const X = SITE_BOXES.find((box) => box.site === 'x')!;

/** X's dark theme, as the site paints it: light text on a near-black page (and in the box). */
const DARK_SITE = `html, body { background: #15202b !important; color: #f7f9f9 !important; }
[data-fixture-editor], [data-fixture-editor] * { color: #f7f9f9 !important; background: #15202b !important; }`;

const WORDS = {
  'en-US': { category: 'profanity', law: 'advertising law', writtenAs: '“damn”, written as “d4mn”' },
  'zh-CN': { category: '粗俗用语', law: '广告法', writtenAs: '“damn”，写作“d4mn”' },
} as const;

async function openX(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await gotoSite(page, X.url);
  if (theme === 'dark') await page.addStyleTag({ content: DARK_SITE });
  await editorLocator(page, X).click();
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`overlay (${locale}, ${theme} site)`, () => {
      test.use({ browserLocale: locale });
      test('badge, list, card, undo, exception notice, selection check, picker and gate: no serious or critical axe violation', async ({
        ext,
        openDashboardWithKit,
      }) => {
        test.setTimeout(90_000);
        const words = WORDS[locale];
        await openDashboardWithKit();
        const page = await ext.context.newPage();
        await openX(page, theme);
        const ui = overlay(page);
        const badge = ui.getByTestId('onbrand-badge');
        await badge.waitFor('visible');
        expect(await ui.locator('.ob-root').attribute('data-theme')).toBe(theme);
        await loadAxe(ui);
        const audit = async (state: string) => expect(await overlayViolations(ui), state).toEqual([]);

        await page.keyboard.type('Hello');
        await ui.getByTestId('badge-clean').waitFor('visible');
        await audit('clean badge');

        // A look-alike spelling of a banned term and an advertising-law word (warn).
        await page.keyboard.type(' d4mn plan, 第一');
        await expect.poll(() => badge.attribute('data-state')).toBe('block');
        await audit('blocking badge');
        await badge.click();
        await ui.getByTestId('findings-list').waitFor('visible');
        await audit('findings list');
        const rules: string[] = [];
        for (let i = 0; await ui.getByTestId(`finding-${i}`).count(); i++) {
          await ui.getByTestId(`finding-${i}`).click();
          await ui.getByTestId('finding-card').waitFor('visible');
          const rule = (await ui.getByTestId('finding-card').attribute('data-rule'))!;
          rules.push(rule);
          const why = await ui.getByTestId('card-why').text();
          // Category names as people say them, in the UI language; never the engine's ids.
          expect(why).not.toContain('advertising-law');
          if (locale === 'zh-CN') expect(why).not.toMatch(/profanity|advertising|banned/i);
          if (rule === 'banned:damn') {
            expect(why).toContain(words.category);
            expect(await ui.getByTestId('card-matched').text()).toBe(words.writtenAs);
          } else expect(why).toContain(words.law);
          await audit(`finding card ${rule}`);
          await badge.click();
          await ui.getByTestId('findings-list').waitFor('visible');
        }
        expect(rules.sort()).toEqual(['banned:damn', 'banned:第一']);

        // Apply the fix: the Undo bar.
        await ui.getByTestId('finding-0').click();
        await ui.getByTestId('suggestion-0').click();
        await ui.getByTestId('undo-fix').waitFor('visible');
        await audit('undo');
        await ui.getByTestId('undo-fix').click();
        await expect.poll(() => badge.attribute('data-state')).toBe('block');

        // The template picker (browse).
        await runCommand(ext, 'open-templates');
        await expect.poll(() => ui.getByTestId('template-picker').attribute('data-mode')).toBe('browse');
        await audit('template picker');
        await page.keyboard.press('Escape');
        await ui.getByTestId('template-picker').waitFor('hidden');

        // The pre-publish gate on the blocking finding.
        await page.locator(X.submit).first().click();
        await ui.getByTestId('gate-dialog').waitFor('visible');
        await audit('gate dialog');
        await ui.getByTestId('gate-edit').click();
        await ui.getByTestId('gate-dialog').waitFor('hidden');

        // "Not a problem here" on the advertising-law word: the notice.
        await badge.click();
        const warn = rules.indexOf('banned:第一') === 0 ? 0 : 1;
        await ui.getByTestId(`finding-${warn}`).click();
        await ui.getByTestId('card-not-a-problem').click();
        await ui.getByTestId('exception-notice').waitFor('visible');
        await audit('exception notice');

        // The selection check from the context menu.
        await clickMenuItem(ext, {
          menuItemId: 'onbrand-check-selection',
          selectionText: 'damn users',
          editable: false,
        });
        await ui.getByTestId('selection-check').waitFor('visible');
        await audit('selection check');
      });
    });
  }
}
