import type { Page } from '@playwright/test';
import type { BenchBrowser } from './browsers';
import { ExtensionJsProfiler } from './profiler';
import {
  MainThreadMeter,
  PAGE_PROBE,
  difference,
  readBadge,
  readProbe,
  resetProbe,
  watchBadge,
  type LongTaskRecord,
  type MainThreadTotals,
} from './metrics';
import { overlay } from '../../e2e/support/overlay';

/** A compose box on a fixture page and the draft it starts with. */
export interface TypingSite {
  name: string;
  url: string;
  /** `window.fixture.editors[editor]` and `[data-fixture-editor=editor]`. */
  editor: string;
  draft: string;
  /**
   * How the draft gets in, the way each editor accepts a long text: Draft.js takes a paste (a 2,000-character
   * execCommand insert makes it rebuild its contenteditable and lose focus); a textarea takes insertText.
   */
  insert: 'paste' | 'insertText';
  /** The box's maxlength (Weibo's publisher: 2,000): the draft is cut so the typed keys still fit. */
  maxLength?: number;
}

export interface TypingRun {
  browser: 'OFF' | 'ON';
  site: string;
  keystrokes: number;
  /** Main-thread time of each keystroke's interval (handling, rendering, the check and its UI). */
  perKey: MainThreadTotals[];
  /** The first SPLIT_MS of each interval: the keystroke, its frame and (for a short draft) its check. */
  handling: MainThreadTotals[];
  total: MainThreadTotals;
  /** keydown (event timestamp) → the frame after it has been produced, per keystroke. */
  frameLatencyMs: number[];
  /** keydown → the badge showing the check of that text (ON only). */
  badgeLatencyMs: number[];
  /** Whether V8 sampled this run (then it attributes JS and long tasks, and its times are not used). */
  profiled: boolean;
  /** The extension's own JS over the whole typing, from V8 samples (0 when OFF or not profiled). */
  extensionJsMs: number;
  longTasks: LongTaskRecord[];
}

/** After the keystroke's frame (where a short draft is checked), before a long draft's 120 ms debounced check. */
const SPLIT_MS = 100;

interface FixtureWindow {
  fixture: { editors: Record<string, { getText(): string }> };
}

const modelText = (page: Page, editor: string) =>
  page.evaluate((name) => (window as unknown as FixtureWindow).fixture.editors[name].getText(), editor);

/**
 * Opens the site, puts a 2,000-character draft in its box through the editor's own input path
 * (see `insert`), then types `keys` one keystroke every `intervalMs` and reads
 * the page's main-thread totals after each one. The interval is longer than the assistant's debounce, so every
 * keystroke pays for a full check: the worst case for a person typing.
 */
export async function runTyping(
  browser: BenchBrowser,
  site: TypingSite,
  keys: string,
  intervalMs: number,
  profiled = false,
): Promise<TypingRun> {
  const draft = site.maxLength ? site.draft.slice(0, site.maxLength - keys.length) : site.draft;
  const page = await browser.context.newPage();
  await page.addInitScript(PAGE_PROBE);
  await page.goto(site.url);
  await page.waitForFunction(() => 'fixture' in window);
  await page.locator(`[data-fixture-editor="${site.editor}"]`).click();
  if (browser.label === 'ON') await overlay(page).getByTestId('onbrand-badge').waitFor('visible', 15_000);
  await page.evaluate(
    ({ text, insert }) => {
      if (insert === 'insertText') return void document.execCommand('insertText', false, text);
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { text: draft, insert: site.insert },
  );
  const drafted = await modelText(page, site.editor);
  if (drafted.length < draft.length)
    throw new Error(`${site.name}: the draft did not reach the editor model (${drafted.length} chars)`);
  await page.waitForTimeout(800);
  if (browser.label === 'ON') await watchBadge(page);

  const meter = await MainThreadMeter.attach(page);
  const profiler = profiled ? await ExtensionJsProfiler.start(page) : ExtensionJsProfiler.none;
  const typingStart = await resetProbe(page);
  const perKey: MainThreadTotals[] = [];
  const first = await meter.read();
  let previous = first;
  const handling: MainThreadTotals[] = [];
  for (const key of keys) {
    const started = Date.now();
    await page.keyboard.type(key);
    // Split the interval: the keystroke's frame (with its check) first, then whatever runs later.
    await page.waitForTimeout(Math.max(0, SPLIT_MS - (Date.now() - started)));
    const split = await meter.read();
    handling.push(difference(split, previous));
    await page.waitForTimeout(Math.max(0, intervalMs - (Date.now() - started)));
    const now = await meter.read();
    perKey.push(difference(now, previous));
    previous = now;
  }
  const total = difference(previous, first);
  await page.waitForTimeout(200);
  const profile = await profiler.stop();
  const probe = await readProbe(page);
  if (browser.label === 'ON') await readBadge(page, probe.keys);
  await meter.detach();

  const typed = await modelText(page, site.editor);
  if (!typed.endsWith(keys))
    throw new Error(
      `${site.name}: typed text did not reach the model (ends with ${JSON.stringify(typed.slice(-20))})`,
    );
  await page.close();
  return {
    browser: browser.label,
    site: site.name,
    keystrokes: keys.length,
    perKey,
    handling,
    total,
    frameLatencyMs: probe.keys.filter((k) => k.frame !== undefined).map((k) => k.frame! - k.start),
    badgeLatencyMs: probe.keys.filter((k) => k.badge !== undefined).map((k) => k.badge! - k.start),
    profiled,
    extensionJsMs: profile?.extensionJsMs ?? 0,
    longTasks: probe.longTasks
      .filter((t) => t.startTime + t.duration >= typingStart)
      .map((t) => ({ ...t, extensionJsMs: profile?.extensionJsIn(t.startTime, t.duration) })),
  };
}
