import { test, expect } from '../support/test';

test.describe('in English', () => {
  test('the popup renders', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('popup.html');
    await expect(page.getByTestId('popup-title')).toHaveText('Onbrand');
    await expect(page.getByTestId('open-dashboard')).toHaveText('Open dashboard');
  });

  test('the dashboard renders every section and switches language from settings', async ({
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('options.html');
    for (const tab of ['kit', 'templates', 'calendar', 'reports', 'settings']) {
      await page.getByTestId(`tab-${tab}`).click();
      await expect(page.getByTestId(`panel-${tab}`)).toBeVisible();
    }
    await expect(page.getByTestId('tab-settings')).toHaveText('Settings');
    await page.getByTestId('language-select').selectOption('zh-CN');
    await expect(page.getByTestId('tab-settings')).toHaveText('设置');
    // The choice is stored: the popup opens in Chinese too.
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByTestId('open-dashboard')).toHaveText('打开控制台');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});

test('file pickers read in the UI language, not the browser’s: Chinese UI in an English browser', async ({
  openDashboardWithKit,
}) => {
  const page = await openDashboardWithKit();
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('language-select').selectOption('zh-CN');
  await expect(page.getByTestId('tab-settings')).toHaveText('设置');
  // Chromium's own file button says "Choose File / No file chosen" in the browser's language: only the label shows.
  const pickers: Array<[string, string, string]> = [
    ['kit', 'kit-import-file', '导入规范文件'],
    ['calendar', 'cal-import-csv', '导入 CSV'],
    ['calendar', 'cal-import-ics', '导入 .ics'],
  ];
  for (const [tab, testId, label] of pickers) {
    await page.getByTestId(`tab-${tab}`).click();
    const input = page.getByTestId(testId);
    const picker = page.locator('label.file-picker', { has: input });
    await expect(picker).toBeVisible();
    await expect(picker).toHaveText(label);
    expect(await input.evaluate((element) => getComputedStyle(element).opacity), testId).toBe('0');
    // The invisible input covers its label, so a click on the label's text opens the chooser.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), picker.click()]);
    expect(chooser.isMultiple()).toBe(false);
  }
});

test.describe('in a Chinese browser', () => {
  test.use({ browserLocale: 'zh-CN' });

  test('popup and dashboard follow the browser language', async ({ openExtensionPage }) => {
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByTestId('popup-title')).toHaveText('Onbrand 品牌助手');
    const dashboard = await openExtensionPage('options.html#reports');
    await expect(dashboard.getByTestId('tab-reports')).toHaveText('数据报告');
    await expect(dashboard.getByTestId('panel-reports')).toBeVisible();
  });
});
