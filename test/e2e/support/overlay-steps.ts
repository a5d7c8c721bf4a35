import { expect, type Page } from '@playwright/test';
import type { ExtensionBrowser } from './browser';
import { clickMenuItem, runCommand } from './commands';
import type { Overlay } from './overlay';

// The keyboard and context-menu steps several specs take in the overlay (overlay-keyboard, picker-language,
// overlay-commands-editors): one copy each, so a change of the overlay's keyboard path changes one place. The
// specs assert the editor's model around them.

/** "open-findings": focus on the first finding, the arrows wrap over two findings, Escape closes the list. */
export async function browseFindingsByKeyboard(
  ext: ExtensionBrowser,
  page: Page,
  ui: Overlay,
): Promise<void> {
  await runCommand(ext, 'open-findings');
  await expect.poll(() => ui.getByTestId('finding-0').focused()).toBe(true);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => ui.getByTestId('finding-1').focused()).toBe(true);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => ui.getByTestId('finding-0').focused()).toBe(true);
  await page.keyboard.press('Escape');
  await ui.getByTestId('findings-list').waitFor('hidden');
}

/** "open-findings", then Enter on the first finding (`rule`, when given, is checked first): its first suggestion. */
export async function applyFirstFindingByKeyboard(
  ext: ExtensionBrowser,
  page: Page,
  ui: Overlay,
  rule?: string,
): Promise<void> {
  await runCommand(ext, 'open-findings');
  await expect.poll(() => ui.getByTestId('finding-0').focused()).toBe(true);
  if (rule) expect(await ui.getByTestId('finding-0').attribute('data-rule')).toBe(rule);
  await page.keyboard.press('Enter');
}

/** "open-templates" opens the picker in browse mode; the command again closes it. */
export async function toggleTemplatesByCommand(ext: ExtensionBrowser, ui: Overlay): Promise<void> {
  await runCommand(ext, 'open-templates');
  await expect.poll(() => ui.getByTestId('template-picker').attribute('data-mode')).toBe('browse');
  await runCommand(ext, 'open-templates');
  await ui.getByTestId('template-picker').waitFor('hidden');
}

/** The context menu's "Insert template…" in the focused box: the picker opens in browse mode. */
export async function openPickerFromMenu(ext: ExtensionBrowser, ui: Overlay): Promise<void> {
  await clickMenuItem(ext, { menuItemId: 'onbrand-insert-template', editable: true });
  await expect.poll(() => ui.getByTestId('template-picker').attribute('data-mode')).toBe('browse');
}

/** "Insert template…", `query` typed in the picker's search, Enter on the first match (`templateId`). */
export async function insertTemplateFromMenu(
  ext: ExtensionBrowser,
  page: Page,
  ui: Overlay,
  query: string,
  templateId: string,
): Promise<void> {
  await openPickerFromMenu(ext, ui);
  await expect.poll(() => ui.getByTestId('picker-search').focused()).toBe(true);
  await page.keyboard.type(query);
  await expect.poll(() => ui.getByTestId('picker-item-0').attribute('data-template-id')).toBe(templateId);
  await page.keyboard.press('Enter');
  await ui.getByTestId('template-picker').waitFor('hidden');
}
