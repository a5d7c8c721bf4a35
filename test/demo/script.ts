import type { BrowserContext, Page } from '@playwright/test';
import path from 'node:path';

interface DemoTargets {
  out: string;
  popupUrl: string;
  dashboardUrl: string;
}

/** What a newcomer would do on the demo page; returns the screenshots taken. */
export async function runDemoScript(context: BrowserContext, page: Page, targets: DemoTargets): Promise<string[]> {
  const shots: string[] = [];
  const shoot = async (target: Page, name: string) => {
    const file = path.join(targets.out, `${name}.png`);
    await target.screenshot({ path: file });
    shots.push(file);
  };

  await page.getByTestId('onbrand-badge').waitFor();
  const compose = page.locator('#compose-en');
  await compose.click();
  await compose.pressSequentially('Our users will love the best app ever. Call me at 13812345678!', { delay: 5 });
  const composeZh = page.locator('#compose-zh');
  await composeZh.click();
  await page.keyboard.insertText('这是全网第一的产品，用户都说好！');
  await page.waitForTimeout(400);
  await shoot(page, '1-demo-page');

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(targets.popupUrl);
  await popup.getByTestId('popup').waitFor();
  await shoot(popup, '2-popup');

  const dashboard = await context.newPage();
  await dashboard.goto(targets.dashboardUrl);
  await dashboard.getByTestId('dashboard').waitFor();
  await shoot(dashboard, '3-dashboard');
  return shots;
}
