import { test, expect } from '../support/test';
import { TEST_KIT, seedKit, storedLibrary } from '../support/kit';
import { overlay } from '../support/overlay';
import { SITE_BOXES, focusBox, modelText } from '../support/site-pages';

// Issue 13's editor point: a banned term's `inflect` and `claimWhen` options are shown and edited in the kit
// editor, and take effect in the page (the open page picks the saved kit up without a reload).

const X = SITE_BOXES.find((box) => box.site === 'x')!;

test('inflect set in the kit editor: "fucked" is flagged in the page; claimWhen keeps 第一次 clear, flags 销量第一', async ({
  ext,
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await seedKit(dashboard, {
    ...TEST_KIT,
    bannedTerms: [
      { term: 'fuck', category: 'profanity', severity: 'block' },
      { term: '第一', category: 'advertising-law', severity: 'block' },
    ],
  });
  await dashboard.reload();
  const page = await ext.context.newPage();
  await focusBox(page, X);
  const ui = overlay(page);
  const badge = ui.getByTestId('onbrand-badge');
  await badge.waitFor('visible');
  await page.keyboard.type('We fucked up');
  await expect.poll(() => modelText(page, X.editor)).toBe('We fucked up');
  await expect.poll(() => badge.attribute('data-state')).toBe('ok');

  // The editor: pick the term, tick "also catch English word endings", save.
  await dashboard.getByTestId('banned-search').fill('fuck');
  await dashboard.getByTestId('banned-row-0').click();
  const inflect = dashboard.getByTestId('banned-edit-inflect');
  await expect(inflect).not.toBeChecked();
  await expect(dashboard.getByTestId('banned-editor')).toContainText('Also catch English word endings');
  await inflect.check();
  await dashboard.getByTestId('kit-save').click();
  await expect(dashboard.getByTestId('kit-saved')).toBeVisible();
  await expect.poll(() => badge.attribute('data-state')).toBe('block');
  await badge.click();
  await expect.poll(() => ui.getByTestId('finding-0').attribute('data-rule')).toBe('banned:fuck');
  await expect.poll(() => ui.getByTestId('finding-0').text()).toContain('fucked');
  await page.keyboard.press('Escape');

  // 第一 as a claim only: on by default "when it ends a phrase"; 第一次 (first time) is not a claim.
  await dashboard.getByTestId('banned-search').fill('第一');
  await dashboard.getByTestId('banned-row-0').click();
  await expect(dashboard.getByTestId('banned-edit-claim-closes')).toHaveCount(0);
  await dashboard.getByTestId('banned-edit-claim').check();
  await expect(dashboard.getByTestId('banned-edit-claim-closes')).toBeChecked();
  await dashboard.getByTestId('banned-edit-claim-after').fill('品牌');
  await dashboard.getByTestId('kit-save').click();
  await expect(dashboard.getByTestId('kit-saved')).toBeVisible();

  await page.locator(`[data-fixture-editor="${X.editor}"]`).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('我们第一次来');
  await expect.poll(() => modelText(page, X.editor)).toBe('我们第一次来');
  await expect.poll(() => badge.attribute('data-state')).toBe('ok');
  await page.keyboard.type('，销量第一');
  await expect.poll(() => badge.attribute('data-state')).toBe('block');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('第一品牌');
  await expect.poll(() => badge.attribute('data-state')).toBe('block');

  // The stored kit carries exactly what was set.
  const stored = (await storedLibrary(dashboard))!.kits[0].kit.bannedTerms;
  expect(stored).toEqual([
    { term: 'fuck', category: 'profanity', severity: 'block', inflect: true },
    {
      term: '第一',
      category: 'advertising-law',
      severity: 'block',
      claimWhen: { closesPhrase: true, followedBy: ['品牌'] },
    },
  ]);
});
