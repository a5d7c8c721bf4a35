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
