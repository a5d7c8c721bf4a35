import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { test, expect } from '../support/test';
import { seedKit, storedLibrary } from '../support/kit';

// The kit admin's Holidays section in real Chromium: add one of the brand's own by keyboard (a bad date refused
// with its field named), switch a shipped one off, edit, save — the stored kit holds exactly that — reload, both
// languages, then remove and switch back on.

declare const chrome: typeof browser;

const storedHolidays = async (dashboard: Page) =>
  (await storedLibrary(dashboard))?.kits[0].kit.holidays ?? null;

test('kit admin: Holidays — add own (keyboard), refuse a bad date, switch a shipped one off, edit, save, reload, zh-CN, remove', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html');
  await seedKit(dashboard);
  await dashboard.goto(dashboard.url().replace(/#.*$/, '') + '#kit');
  await dashboard.reload();
  await dashboard.getByTestId('kit-section-holidays-toggle').click();
  await expect(dashboard.getByTestId('holidays-shipped').locator('li')).toHaveCount(14);
  await expect(dashboard.getByRole('checkbox', { name: 'Greet on Christmas' })).toBeChecked();
  await expect(dashboard.getByTestId('holiday-shipped-christmas')).toContainText('Dec 25');

  // By keyboard: the form's fields in order, Enter submits. A bad date first: refused, its field named.
  await dashboard.getByTestId('holiday-name-en').focus();
  await dashboard.keyboard.type('Acme Day');
  await dashboard.keyboard.press('Tab');
  await dashboard.keyboard.type('Acme 日');
  await dashboard.keyboard.press('Tab');
  await dashboard.keyboard.type('13-01');
  await dashboard.keyboard.press('Enter');
  await expect(dashboard.getByTestId('holiday-error')).toHaveText(
    'date: must be a day of the year as MM-DD, e.g. 12-25',
  );
  await expect(dashboard.getByTestId('holidays-own').locator('li')).toHaveCount(0);
  await dashboard.getByTestId('holiday-when').fill('');
  await dashboard.getByTestId('holiday-when').focus();
  await dashboard.keyboard.type('06-18');
  await dashboard.keyboard.press('Tab');
  await dashboard.keyboard.type('starter-holiday-en');
  await dashboard.keyboard.press('Enter');
  await expect(dashboard.getByTestId('holiday-error')).toHaveCount(0);
  await expect(dashboard.getByTestId('holiday-own-acme-day')).toContainText('Acme Day');
  await expect(dashboard.getByTestId('holiday-own-acme-day')).toContainText('Jun 18');

  // A shipped one off (Space on its checkbox), then the own one edited to moving dates.
  await dashboard.getByRole('checkbox', { name: 'Greet on Christmas' }).focus();
  await dashboard.keyboard.press('Space');
  await expect(dashboard.getByRole('checkbox', { name: 'Greet on Christmas' })).not.toBeChecked();
  await dashboard.getByRole('button', { name: 'Edit Acme Day' }).click();
  await expect(dashboard.getByTestId('holiday-when')).toHaveValue('06-18');
  await dashboard.getByTestId('holiday-when').fill('2027-06-18, 2028-06-16');
  await dashboard.getByTestId('holiday-submit').click();
  await dashboard.getByTestId('kit-save').click();
  await expect(dashboard.getByTestId('kit-saved')).toBeVisible();
  expect(await storedHolidays(dashboard)).toEqual({
    add: [
      {
        id: 'acme-day',
        name: { en: 'Acme Day', zh: 'Acme 日' },
        dates: ['2027-06-18', '2028-06-16'],
        template: 'starter-holiday-en',
      },
    ],
    off: ['christmas'],
  });

  // Reloaded in Chinese: the section, the names and the dates in the UI language.
  await dashboard.evaluate(async () => {
    const local = chrome.storage.local;
    const { settings } = (await local.get('settings')) as { settings: { version: number; value: object } };
    await local.set({ settings: { ...settings, value: { ...settings.value, locale: 'zh-CN' } } });
  });
  await dashboard.reload();
  await expect(dashboard.getByTestId('kit-section-holidays-toggle')).toHaveText('节日');
  await dashboard.getByTestId('kit-section-holidays-toggle').click();
  await expect(dashboard.getByRole('checkbox', { name: '在圣诞节送祝福' })).not.toBeChecked();
  await expect(dashboard.getByTestId('holiday-own-acme-day')).toContainText('Acme 日');
  await expect(dashboard.getByTestId('holiday-own-acme-day')).toContainText('2027年6月18日');

  // Removed, Christmas back on: the kit has no holidays section left.
  await dashboard.getByRole('button', { name: '删除Acme 日' }).click();
  await dashboard.getByRole('checkbox', { name: '在圣诞节送祝福' }).check();
  await dashboard.getByTestId('kit-save').click();
  await expect(dashboard.getByTestId('kit-saved')).toBeVisible();
  expect(await storedHolidays(dashboard)).toBeNull();
});
