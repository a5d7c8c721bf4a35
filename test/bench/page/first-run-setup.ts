import type { BenchBrowser } from './browsers';

/**
 * The first-run setup as a new user completes it in the dashboard: a brand name, both languages (their suggested
 * packs ticked), Finish. What the dashboard then saves is the library every later first focus reads, where a
 * browser that never finished the setup reads no library and takes the starter part's kit (issue 18).
 */
export async function completeFirstRunSetup(browser: BenchBrowser): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByTestId('onb-brand').fill('Acme Outdoors');
    await page.getByTestId('onb-lang-en').check();
    await page.getByTestId('onb-lang-zh').check();
    await page.getByTestId('onb-finish').click();
    await page.getByTestId('kit-picker').waitFor();
  } finally {
    await page.close();
  }
}
