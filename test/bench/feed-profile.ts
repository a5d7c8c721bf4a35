import { profileRun } from './page/profile-run';
import { FEED_URL } from './page/feed';
import { overlay } from '../e2e/support/overlay';
import { startCpuProfile, topOf } from './page/cpu-profile';

// npx tsx test/bench/feed-profile.ts BUILD_DIR — where the extension's time goes while the bench feed scrolls with
// a reply open (page.bench.ts's "composing" feed: 5,000 posts appended, 2,500 px per frame) under V8's CPU
// profiler at 100 µs: per extension function, the time in it and in what it called outside the extension (DOM
// reads, layout), and inclusive. Sampling slows the page: read the shares, not the totals.

const buildDir = process.argv[2];
const COMPOSER = '[data-testid="tweetTextarea_0"]';

async function main() {
  await profileRun(buildDir, 'feed-profile.ts BUILD_DIR', async (browser, buildDir) => {
    const page = await browser.context.newPage();
    await page.goto(FEED_URL);
    await page.waitForFunction(() => 'benchFeed' in window);
    await page.locator(COMPOSER).click();
    await page.keyboard.type('Thanks for the feedback, we are on it');
    await overlay(page).getByTestId('onbrand-badge').waitFor('visible', 15_000);
    await page.waitForTimeout(800);
    const stop = await startCpuProfile(await browser.context.newCDPSession(page), buildDir, 100);
    const { frames, posts } = await page.evaluate(() =>
      (
        window as unknown as {
          benchFeed: { scrollToEnd(step: number): Promise<{ frames: number; posts: number }> };
        }
      ).benchFeed.scrollToEnd(2500),
    );
    const { jsMs, extensionMs, extensionSelf, inclusive } = await stop();
    console.log(
      `${posts} posts over ${frames} frames: JS sampled ${jsMs.toFixed(1)} ms, of which the extension's ${extensionMs.toFixed(1)} ms`,
    );
    console.log(
      `\nThe extension's functions, with what they called outside it, ms\n${topOf(extensionSelf, 30)}`,
    );
    console.log(`\nThe extension's functions, inclusive, ms\n${topOf(inclusive, 40)}`);
  });
}

void main();
