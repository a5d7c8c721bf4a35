// `npm start`: builds the extension, serves the bundled demo site on loopback and opens it in Chromium with
// Onbrand loaded. With a display the browser stays open for you; without one it runs headless, shows
// Onbrand at work on the demo page and saves screenshots to the folder it prints.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, extensionUrl } from '../e2e/support/browser';
import { serveFixtures } from '../e2e/support/fixture-server';
import { DEMO_ROOT, REPO_ROOT } from '../e2e/support/paths';
import { runDemoScript } from './script';
import { seedDemo } from './seed';

const DEMO_URL = 'https://x.com/onbrand-demo/';
const SCREENSHOTS = path.join(REPO_ROOT, 'demo-screenshots');

async function main() {
  console.log('Building the extension…');
  execSync('npx wxt build', { cwd: REPO_ROOT, stdio: 'inherit' });

  const server = await serveFixtures([DEMO_ROOT]);
  const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
  const browser = await launchWithExtension({ headless: !headed });
  console.log(`Onbrand loaded (extension id ${browser.extensionId}); demo site at ${DEMO_URL}`);

  const setup = await browser.context.newPage();
  await setup.goto(extensionUrl(browser.extensionId, 'popup.html'));
  await seedDemo(setup);
  await setup.close();

  const page = await browser.context.newPage();
  await page.goto(DEMO_URL);

  if (headed) {
    console.log('Chromium is open on the demo page. Close the browser window to stop.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  } else {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const shots = await runDemoScript(browser.context, page, {
      out: SCREENSHOTS,
      popupUrl: extensionUrl(browser.extensionId, 'popup.html'),
      dashboardUrl: extensionUrl(browser.extensionId, 'options.html'),
      readme: process.env.ONBRAND_README_SHOTS ? path.join(REPO_ROOT, 'assets/readme') : undefined,
    });
    console.log(`No display found: ran the demo headless. Screenshots in ${SCREENSHOTS}:`);
    for (const shot of shots) console.log(`  ${path.relative(REPO_ROOT, shot)}`);
    await browser.close();
  }
  await server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
