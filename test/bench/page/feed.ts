import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchBrowser } from './browsers';
import { ExtensionJsProfiler } from './profiler';
import {
  MainThreadMeter,
  PAGE_PROBE,
  difference,
  readProbe,
  type LongTaskRecord,
  type MainThreadTotals,
} from './metrics';
import { overlay } from '../../e2e/support/overlay';

/** Served by the fixture server next to the fixture pages: https://x.com/bench-feed → site/x.com/bench-feed/index.html. */
export const BENCH_SITE_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'site');
export const FEED_URL = 'https://x.com/bench-feed';
const COMPOSER = '[data-testid="tweetTextarea_0"]';

/**
 * `reading`: the page as most pages are loaded — nobody focused a box, so only the loader is there.
 * `composing`: a reply was started in the compose box first, so the full assistant runs (badge, scroll-following
 * layout) while the feed scrolls.
 */
export type FeedVariant = 'reading' | 'composing';

export interface FeedRun {
  browser: 'OFF' | 'ON';
  variant: FeedVariant;
  posts: number;
  frames: number;
  wallMs: number;
  total: MainThreadTotals;
  assistantLoaded: boolean;
  /** Whether V8 sampled this run (then it attributes JS and long tasks, and its times are not used). */
  profiled: boolean;
  /** The extension's own JS during the scroll, from V8 samples (0 when OFF or not profiled). */
  extensionJsMs: number;
  longTasks: LongTaskRecord[];
}

interface FeedWindow {
  benchFeed: { scrollToEnd(step: number): Promise<{ frames: number; posts: number }> };
}

/** Scrolls the bench feed until its 5,000 posts are appended, measuring the page's main thread meanwhile. */
export async function runFeed(
  browser: BenchBrowser,
  variant: FeedVariant,
  stepPx: number,
  profiled = false,
): Promise<FeedRun> {
  const page = await browser.context.newPage();
  await page.addInitScript(PAGE_PROBE);
  await page.goto(FEED_URL);
  await page.waitForFunction(() => 'benchFeed' in window);
  if (variant === 'composing') {
    await page.locator(COMPOSER).click();
    await page.keyboard.type('Thanks for the feedback, we are on it');
    if (browser.label === 'ON') await overlay(page).getByTestId('onbrand-badge').waitFor('visible', 15_000);
  }
  // document_idle content scripts and the first check have run; start from a quiet page.
  await page.waitForTimeout(800);

  const meter = await MainThreadMeter.attach(page);
  const profiler = profiled ? await ExtensionJsProfiler.start(page) : ExtensionJsProfiler.none;
  const before = await meter.read();
  const started = await page.evaluate(() => performance.now());
  const wallStart = Date.now();
  const result = await page.evaluate(
    (step) => (window as unknown as FeedWindow).benchFeed.scrollToEnd(step),
    stepPx,
  );
  const wallMs = Date.now() - wallStart;
  const after = await meter.read();
  await meter.detach();
  const profile = await profiler.stop();
  const probe = await readProbe(page);
  const assistantLoaded = (await page.locator('onbrand-assistant').count()) > 0;
  await page.close();
  return {
    browser: browser.label,
    variant,
    posts: result.posts,
    frames: result.frames,
    wallMs,
    total: difference(after, before),
    assistantLoaded,
    profiled,
    extensionJsMs: profile?.extensionJsMs ?? 0,
    longTasks: probe.longTasks
      .filter((t) => t.startTime + t.duration >= started)
      .map((t) => ({ ...t, extensionJsMs: profile?.extensionJsIn(t.startTime, t.duration) })),
  };
}
