import type { Page } from '@playwright/test';
import { overlay } from '../../e2e/support/overlay';

export interface LazyLoadProof {
  /** Extension scripts Chromium parsed in the page after load and before any focus. */
  beforeFocus: string[];
  hostBeforeFocus: boolean;
  /** Extension scripts parsed once the compose box was focused. */
  afterFocus: string[];
  hostAfterFocus: boolean;
  /** Focus to badge on screen (injection + first check + first render), ms. */
  focusToBadgeMs: number;
}

/**
 * Proves in the browser that a page pays only for the loader until a box is focused: the debugger lists every
 * script Chromium parses in the page (content scripts included, by their chrome-extension:// URL), and the
 * assistant's shadow host `onbrand-assistant` must be absent until the focus.
 */
export async function proveLazyLoad(
  page: Page,
  url: string,
  editor: string,
  settleMs = 1500,
): Promise<LazyLoadProof> {
  const session = await page.context().newCDPSession(page);
  const parsed: string[] = [];
  session.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith('chrome-extension://')) parsed.push(new URL(event.url).pathname.slice(1));
  });
  await session.send('Debugger.enable');
  await page.goto(url);
  await page.waitForLoadState('load');
  await page.waitForTimeout(settleMs);
  const beforeFocus = [...new Set(parsed)];
  const hostBeforeFocus = (await page.locator('onbrand-assistant').count()) > 0;

  const started = Date.now();
  await page.locator(editor).click();
  await overlay(page).getByTestId('onbrand-badge').waitFor('visible', 15_000);
  const focusToBadgeMs = Date.now() - started;
  const afterFocus = [...new Set(parsed)];
  const hostAfterFocus = (await page.locator('onbrand-assistant').count()) > 0;
  await session.send('Debugger.disable');
  await session.detach();
  return { beforeFocus, hostBeforeFocus, afterFocus, hostAfterFocus, focusToBadgeMs };
}
