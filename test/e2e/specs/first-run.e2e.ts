import { test, expect } from '../support/test';

// First run as a newcomer meets it: the dashboard shows the setup at once (Chromium's first storage.managed read
// alone took 5.6 s on a fresh profile here, and used to hold the page blank), in plain words in both languages.

for (const [locale, lang] of [
  ['en-US', 'en'],
  ['zh-CN', 'zh'],
] as const) {
  test.describe(`first run (${lang})`, () => {
    test.use({ browserLocale: locale });

    test('the setup appears at once, without licence text or repeated words', async ({ ext }) => {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
      await expect(page.getByTestId('onboarding')).toBeVisible();
      const shownAfterMs = await page.evaluate(() => performance.now());
      console.log(`first run (${lang}): setup visible ${Math.round(shownAfterMs)} ms after navigation start`);
      // Printed, not asserted: timings belong to benches (a loaded CI machine took 2.6 s here with two workers).
      // Before: 2.9 s (EN) and 3.4 s (ZH), the time the managed-storage read took.

      const setup = page.getByTestId('onboarding');
      await expect(setup).not.toContainText('CC BY');
      await expect(setup).not.toContainText('NOTICE.md');
      // The finish button is the page's primary action.
      await expect(page.getByTestId('onb-finish')).toHaveClass(/ob-primary/);

      await page.getByTestId(`onb-lang-${lang === 'en' ? 'zh' : 'en'}`).check();
      await page.getByTestId('onb-sample').fill('This damn thing');
      const item = page.getByTestId('onb-findings-item').filter({ hasText: 'damn' });
      await expect(item).toBeVisible();
      // The message quotes the word once ("“damn” is on the banned list"), not twice.
      expect(((await item.textContent()) ?? '').split('damn').length - 1).toBe(1);
    });
  });
}
