import { profileRun } from './page/profile-run';
import { CHINESE_DRAFT, ENGLISH_DRAFT, TYPED } from './page/drafts';
import { overlay } from '../e2e/support/overlay';
import { startCpuProfile, topOf } from './page/cpu-profile';

// npx tsx test/bench/typing-profile.ts BUILD_DIR [x.com|weibo] — where the extension's time goes while typing: the
// bench:page typing run (2,000-character draft, 30 keys every 200 ms) under V8's CPU profiler at 100 µs, with
// self and inclusive time per function, mapped to the sources when BUILD_DIR has source maps
// (`ONBRAND_SOURCEMAP=1 ONBRAND_OUT_DIR=/tmp/x npx wxt build`). Sampling at this rate slows the page: read the
// shares, not the totals (bench:page's unprofiled runs give those). Typing starts 4 s after the draft is in: a
// fresh browser is still finishing its install for the first seconds (the stored kit recompiled once).

const buildDir = process.argv[2];
const onWeibo = process.argv[3] === 'weibo';

async function main() {
  await profileRun(buildDir, 'typing-profile.ts BUILD_DIR [x.com|weibo]', async (browser, buildDir) => {
    const page = await browser.context.newPage();
    await page.goto(onWeibo ? 'https://weibo.com/' : 'https://x.com/home');
    await page.waitForFunction(() => 'fixture' in window);
    await page.locator('[data-fixture-editor="compose"]').click();
    await overlay(page).getByTestId('onbrand-badge').waitFor('visible', 15_000);
    // As bench:page puts the draft in (typing.ts): a paste for Draft.js, insertText for the textarea.
    await page.evaluate(
      ({ text, weibo }) => {
        if (weibo) return void document.execCommand('insertText', false, text);
        const data = new DataTransfer();
        data.setData('text/plain', text);
        document.activeElement?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      },
      { text: onWeibo ? CHINESE_DRAFT.slice(0, 2000 - 30) : ENGLISH_DRAFT, weibo: onWeibo },
    );
    await page.waitForTimeout(4000);
    const stop = await startCpuProfile(await browser.context.newCDPSession(page), buildDir, 100);
    for (const key of TYPED.slice(0, 30)) {
      await page.keyboard.type(key);
      await page.waitForTimeout(200);
    }
    const { jsMs, extensionMs, self, inclusive, callers } = await stop();
    console.log(
      `JS sampled over 30 keystrokes: ${jsMs.toFixed(1)} ms, of which the extension's ${extensionMs.toFixed(1)} ms`,
    );
    console.log(`\nSelf time, ms (page and extension)\n${topOf(self, 40)}`);
    console.log(`\nThe extension's functions, inclusive, ms\n${topOf(inclusive, 60)}`);
    if (callers.size) console.log(`\nONBRAND_CALLERS: what called it, ms\n${topOf(callers, 30)}`);
  });
}

void main();
