import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { overlay } from '../support/overlay';
import { clickMenuItem, createdMenus, runCommand, watchMenus } from '../support/commands';
import {
  applyFirstFindingByKeyboard,
  browseFindingsByKeyboard,
  openPickerFromMenu,
  toggleTemplatesByCommand,
} from '../support/overlay-steps';
import { SITE_BOXES, focusBox, modelText } from '../support/site-pages';
import type { Settings } from '@/lib/storage/settings';

// Issue 16's keyboard-first points and context menu on X (Draft.js): the manifest's commands (as the browser
// delivers them, see support/commands.ts), arrows and Enter in the findings list, Escape back to the caret, the
// two context-menu items. Axe over the overlay's states, both languages and themes: overlay-axe.e2e.ts.

const X = SITE_BOXES.find((box) => box.site === 'x')!;

async function settings(dashboard: Page): Promise<Settings> {
  return dashboard.evaluate(async () => {
    const storage = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage;
    return ((await storage.local.get('settings')).settings as { value: Settings }).value;
  });
}

test('commands are in the manifest, open findings and templates from the editor, and pause the site', async ({
  ext,
  openDashboardWithKit,
}) => {
  const dashboard = await openDashboardWithKit();
  const worker = await ext.serviceWorker();
  const commands = await worker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } };
      }
    ).chrome.commands.getAll(),
  );
  expect(Object.fromEntries(commands.map((c) => [c.name, c.shortcut]))).toMatchObject({
    'open-findings': 'Alt+Shift+O',
    'open-templates': 'Alt+Shift+Y',
    'pause-site': '',
  });

  const page = await ext.context.newPage();
  await focusBox(page, X);
  const ui = overlay(page);
  await ui.getByTestId('onbrand-badge').waitFor('visible');
  await page.keyboard.type('This damn plan is for users');
  await expect.poll(() => ui.getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
  // The badge's accessible name carries the counts and the length reading.
  await expect
    .poll(() => ui.getByTestId('onbrand-badge').text())
    .toMatch(/^Onbrand findings:1 blocking · 1 tip · 27\/280 weighted characters · Tone: neutral$/);

  // Open findings: focus on the first finding; arrows move; Escape goes back to the caret where it was.
  await browseFindingsByKeyboard(ext, page, ui);
  await page.keyboard.type('!');
  await expect.poll(() => modelText(page, X.editor)).toBe('This damn plan is for users!');

  // Enter applies the finding's first suggestion; the caret stays at the end.
  await applyFirstFindingByKeyboard(ext, page, ui);
  await expect.poll(() => modelText(page, X.editor)).toBe('This darn plan is for users!');
  await page.keyboard.type('?');
  await expect.poll(() => modelText(page, X.editor)).toBe('This darn plan is for users!?');

  // The templates button names no key: its shortcut is the open-templates command, which the person may change
  // (it used to say Alt+Shift+T, a key that no longer opens anything).
  expect(await ui.getByTestId('picker-open').attribute('aria-label')).toBe('Insert a reply template');
  // Open templates: the picker in browse mode; the command again closes it.
  await toggleTemplatesByCommand(ext, ui);

  // Pause on this site: the setting, and the assistant leaves the page; again resumes.
  await runCommand(ext, 'pause-site');
  await expect.poll(async () => (await settings(dashboard)).pausedHosts).toEqual(['x.com']);
  await ui.getByTestId('onbrand-badge').waitFor('hidden');
  await runCommand(ext, 'pause-site');
  await expect.poll(async () => (await settings(dashboard)).pausedHosts).toEqual([]);
});

test('context menu: "Insert template…" opens the picker in the box; "Check this selection" shows its findings', async ({
  ext,
  openDashboardWithKit,
  openSite,
}) => {
  await openDashboardWithKit();
  const page = await openSite(X.url);
  const ui = overlay(page);

  // Selected text outside any box, before the assistant was ever loaded in the page: it is injected for the check.
  await page.evaluate(() => {
    const host = document.createElement('p');
    host.id = 'quoted';
    host.textContent = 'A customer wrote: damn, this is great';
    document.body.prepend(host);
    getSelection()!.selectAllChildren(host);
  });
  await clickMenuItem(ext, {
    menuItemId: 'onbrand-check-selection',
    selectionText: 'A customer wrote: damn, this is great',
    editable: false,
  });
  await ui.getByTestId('selection-check').waitFor('visible');
  await expect.poll(() => ui.getByTestId('selection-finding').attribute('data-rule')).toBe('banned:damn');
  const panel = (await ui.getByTestId('selection-check').boundingBox())!;
  const quoted = (await page.locator('#quoted').boundingBox())!;
  expect(
    panel.y >= quoted.y + quoted.height || panel.y + panel.height <= quoted.y,
    'the panel does not cover the selection',
  ).toBe(true);
  await page.keyboard.press('Escape');
  await ui.getByTestId('selection-check').waitFor('hidden');

  // Right-click in the box: "Insert template…" opens the picker there.
  await page.locator(`[data-fixture-editor="${X.editor}"]`).click();
  await page.keyboard.type('Hi ');
  await openPickerFromMenu(ext, ui);
});

test('the context-menu items exist, in the UI language, and follow a change of language', async ({
  ext,
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await watchMenus(ext);
  // The person picks Chinese in the popup: the worker re-creates both items with Chinese titles.
  await popup.getByTestId('language-select').selectOption('zh-CN');
  await expect
    .poll(() => createdMenus(ext))
    .toEqual({
      'onbrand-insert-template': { title: '插入模板…', contexts: ['editable'], exists: true },
      'onbrand-check-selection': { title: '用 Onbrand 检查所选文字', contexts: ['selection'], exists: true },
    });
  await popup.getByTestId('language-select').selectOption('en');
  await expect
    .poll(() => createdMenus(ext))
    .toEqual({
      'onbrand-insert-template': { title: 'Insert template…', contexts: ['editable'], exists: true },
      'onbrand-check-selection': {
        title: 'Check this selection with Onbrand',
        contexts: ['selection'],
        exists: true,
      },
    });
});
