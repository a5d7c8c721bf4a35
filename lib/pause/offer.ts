import { browser } from 'wxt/browser';
import type { HandlersOf } from '../message-table';
import type { pauseMessages } from './protocol';

/** The dashboard's query parameter that opens its pause switch (components/dashboard/Dashboard.tsx reads it). */
export const PAUSE_OFFER_PARAM = 'pause';

/** Where a page's offer leads: the Reports tab (the crisis signal's section) with the switch open. */
export const pauseOfferPath = `/options.html?${PAUSE_OFFER_PARAM}#reports`;

/** The worker's side of a page's offer: it opens the dashboard, never the pause itself. */
export function createPauseOfferHandlers(
  openTab: (url: string) => Promise<unknown> = (url) => browser.tabs.create({ url }),
): Pick<HandlersOf<typeof pauseMessages>, 'pause.offer'> {
  return {
    'pause.offer': async () => {
      await openTab(browser.runtime.getURL(pauseOfferPath));
      return { opened: true };
    },
  };
}
