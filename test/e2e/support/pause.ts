import type { BrowserContext } from '@playwright/test';
import { expect } from './test';
import { overlay } from './overlay';
import { SITE_BOXES, focusBox } from './site-pages';

/**
 * A new tab on `site`'s fixture with `draft` typed in its box, once the badge has checked it (clean) and carries the
 * crisis pause's `banner`: where every pause spec starts its post.
 */
export async function draftUnderPause(context: BrowserContext, site: string, draft: string, banner: string) {
  const box = SITE_BOXES.find((b) => b.site === site)!;
  const page = await context.newPage();
  await focusBox(page, box);
  await page.keyboard.type(draft);
  const ui = overlay(page);
  await ui.getByTestId('badge-clean').waitFor('visible');
  await ui.getByTestId('badge-pause-banner').waitFor('visible');
  expect(await ui.getByTestId('badge-pause-banner').text()).toBe(banner);
  return { page, box, ui };
}
