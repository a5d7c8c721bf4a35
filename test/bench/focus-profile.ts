import { profileRun } from './page/profile-run';
import { overlay } from '../e2e/support/overlay';
import { startCpuProfile, topOf } from './page/cpu-profile';

// npx tsx test/bench/focus-profile.ts BUILD_DIR [x.com|weibo] [runs] — where the main-thread JS of a first focus goes:
// V8's CPU profiler at 100 µs from just before the click on a fresh page's box until the badge shows (the kit's
// compiled form stored by the first run, as in bench:page's later runs), per function, named from the build's
// source maps (`ONBRAND_SOURCEMAP=1 ONBRAND_OUT_DIR=/tmp/x npx wxt build`). Read the shares, not the totals.
// ONBRAND_CALLERS=text also prints the chains of callers of every frame whose name holds `text`.

const buildDir = process.argv[2];
const onWeibo = process.argv[3] === 'weibo';
const runs = Number(process.argv[4] ?? 2);

async function main() {
  await profileRun(buildDir, 'focus-profile.ts BUILD_DIR [x.com|weibo] [runs]', async (browser, buildDir) => {
    for (let run = 0; run < runs; run++) {
      const page = await browser.context.newPage();
      await page.goto(onWeibo ? 'https://weibo.com/' : 'https://x.com/home');
      await page.waitForFunction(() => 'fixture' in window);
      await page.waitForTimeout(1500);
      const stop = await startCpuProfile(await browser.context.newCDPSession(page), buildDir, 100);
      await page.locator('[data-fixture-editor="compose"]').click();
      await overlay(page).getByTestId('onbrand-badge').waitFor('visible', 15_000);
      const { jsMs, extensionMs, self, inclusive, callers } = await stop();
      await page.close();
      if (run === 0) continue; // the first focus of a fresh browser compiles the kit and stores it
      console.log(
        `\nrun ${run + 1}: JS sampled ${jsMs.toFixed(1)} ms, the extension's ${extensionMs.toFixed(1)} ms`,
      );
      console.log(`\nSelf time, ms\n${topOf(self, 40)}`);
      console.log(`\nThe extension's functions, inclusive, ms\n${topOf(inclusive, 70)}`);
      if (callers.size) console.log(`\nCallers (ONBRAND_CALLERS), ms\n${topOf(callers, 30)}`);
    }
  });
}

void main();
