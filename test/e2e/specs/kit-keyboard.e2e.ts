import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { TEST_KIT, seedKit, storedLibrary } from '../support/kit';

// Issue 17: the brand-kit editor by keyboard only — tabs by arrows, then add, edit and remove banned terms, a
// list field, a checkbox and a preferred term, and save — with no mouse click and no fill(): focus moves by Tab
// (the helper reads only where focus is) and values are typed.

/** Presses Tab until the element with `testId` has focus (as a keyboard user would), failing after `max`. */
async function tabTo(page: Page, testId: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId))
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${testId} never got focus by Tab`);
}

test('kit editor by keyboard only: tabs, add/edit/remove terms, a list, a checkbox, a preferred term, save', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await seedKit(dashboard);
  await dashboard.goto(dashboard.url().replace(/#.*$/, '') + '#kit');
  await dashboard.getByTestId('kit-tab').waitFor();

  // Tabs: arrows move and activate (WAI-ARIA tabs), back to the kit.
  await tabTo(dashboard, 'tab-kit');
  await dashboard.keyboard.press('ArrowDown');
  await expect(dashboard.getByTestId('tab-kit')).toHaveAttribute('aria-selected', 'false');
  await dashboard.keyboard.press('ArrowUp');
  await expect(dashboard.getByTestId('tab-kit')).toHaveAttribute('aria-selected', 'true');
  await expect(dashboard.getByTestId('tab-kit')).toBeFocused();

  // Add a banned term: typed, severity changed by an arrow on the select, Enter on "Add".
  await tabTo(dashboard, 'banned-new-term');
  await dashboard.keyboard.type('rainfly');
  await tabTo(dashboard, 'banned-new-severity');
  const defaultSeverity = await dashboard.getByTestId('banned-new-severity').inputValue();
  await dashboard.keyboard.press('ArrowDown');
  const severity = await dashboard.getByTestId('banned-new-severity').inputValue();
  expect(severity).not.toBe(defaultSeverity);
  await tabTo(dashboard, 'banned-add');
  await dashboard.keyboard.press('Enter');

  // Edit it: search, Enter on its row, a suggestion typed in the list field, a checkbox by Space.
  await tabTo(dashboard, 'banned-search');
  await dashboard.keyboard.type('rainf');
  await expect(dashboard.getByTestId('banned-list')).toHaveAttribute('data-count', '1');
  await tabTo(dashboard, 'banned-row-0');
  await dashboard.keyboard.press('Enter');
  await expect(dashboard.getByTestId('banned-editor')).toBeVisible();
  await tabTo(dashboard, 'banned-edit-suggestions');
  await dashboard.keyboard.type('sunfly');
  await dashboard.keyboard.press('Enter');
  await dashboard.keyboard.type('tarp');
  await tabTo(dashboard, 'banned-edit-inflect');
  await dashboard.keyboard.press('Space');
  await expect(dashboard.getByTestId('banned-edit-inflect')).toBeChecked();

  // Remove another: search "damn", Enter on its row, Enter on Delete.
  await tabTo(dashboard, 'banned-search');
  await dashboard.keyboard.press('ControlOrMeta+A');
  await dashboard.keyboard.type('damn');
  await tabTo(dashboard, 'banned-row-0');
  await dashboard.keyboard.press('Enter');
  await tabTo(dashboard, 'banned-delete');
  await dashboard.keyboard.press('Enter');

  // A preferred term: open its section (Enter on the summary), type both sides, Enter on Add.
  await tabTo(dashboard, 'kit-section-preferred-toggle');
  await dashboard.keyboard.press('Enter');
  await tabTo(dashboard, 'preferred-new-term');
  await dashboard.keyboard.type('users');
  await tabTo(dashboard, 'preferred-new-replacement');
  await dashboard.keyboard.type('customers');
  await tabTo(dashboard, 'preferred-add');
  await dashboard.keyboard.press('Enter');

  await tabTo(dashboard, 'kit-save');
  await dashboard.keyboard.press('Enter');
  await expect(dashboard.getByTestId('kit-saved')).toBeVisible();

  const kit = (await storedLibrary(dashboard))!.kits[0].kit;
  expect(kit.bannedTerms.find((term) => term.term === 'rainfly')).toMatchObject({
    severity,
    suggestions: ['sunfly', 'tarp'],
    inflect: true,
  });
  expect(kit.bannedTerms.some((term) => term.term === 'damn')).toBe(false);
  expect(kit.bannedTerms.length).toBe(TEST_KIT.bannedTerms.length);
  expect(kit.preferredTerms).toContainEqual(
    expect.objectContaining({ term: 'users', replacement: 'customers' }),
  );
});

test('issue 17: the save bar stays in view at the bottom of the fully opened kit editor, and saves from there', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await seedKit(dashboard);
  await dashboard.setViewportSize({ width: 1100, height: 700 });
  await dashboard.goto(dashboard.url().replace(/#.*$/, '') + '#kit');
  await dashboard.getByTestId('kit-tab').waitFor();
  // Every section opened, as a person reviewing the whole kit would: the page is several screens long.
  const toggles = dashboard.locator('details.kit-section:not([open]) > summary');
  while (await toggles.count()) await toggles.first().click();
  const { scrollHeight, innerHeight } = await dashboard.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  expect(scrollHeight).toBeGreaterThan(2 * innerHeight);

  await dashboard.getByTestId('kit-profile-name').fill('Acme Outdoor');
  await expect(dashboard.getByTestId('kit-dirty')).toBeVisible();
  await dashboard.mouse.move(500, 400);
  await dashboard.mouse.wheel(0, scrollHeight);
  await expect
    .poll(() => dashboard.evaluate(() => window.scrollY + window.innerHeight))
    .toBeGreaterThan(scrollHeight - 50);
  // The save button is on screen at the bottom of the page, and works from there.
  const save = (await dashboard.getByTestId('kit-save').boundingBox())!;
  expect(save.y).toBeGreaterThanOrEqual(0);
  expect(save.y + save.height).toBeLessThanOrEqual(innerHeight);
  await dashboard.getByTestId('kit-save').click();
  await expect(dashboard.getByTestId('kit-saved')).toBeVisible();
  const stored = (await storedLibrary(dashboard))!;
  expect(stored.kits[0].kit.profile.name).toBe('Acme Outdoor');
});
