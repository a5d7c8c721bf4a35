import type { SiteAdapter } from '@/lib/sites/types';
import type { BoxSession, PublishEvent } from './box-session';
import { boxSelectorsMissing, reportSitePart, unmatchedSelectors } from './site-health';

/** How long after a box emptied the site still gets to show the published item before "confirm" counts as missing. */
const CONFIRM_GRACE_MS = 3_000;

/**
 * Site health for one frame: each part of the adapter is checked when it is used, and the outcome (missing, with the
 * selector names that found nothing, or working again) is stored for the popup. A part the adapter handles on this
 * page is never reported.
 */
export function startSiteHealth(adapter: SiteAdapter, host: string, doc: Document) {
  const report = (part: Parameters<typeof reportSitePart>[2], ok: boolean) =>
    void reportSitePart(adapter, host, part, ok ? null : unmatchedSelectors(adapter, part, doc));
  return {
    /** A focused box: recognised, or not recognised while none of the adapter's box selectors finds anything. */
    box(recognised: boolean) {
      if (recognised) report('box', true);
      // An unrecognised field (a search box) on a page whose boxes are still found is not drift.
      else if (boxSelectorsMissing(adapter, doc)) report('box', false);
    },
    /** A recognised box: its publish control was found or not. */
    submit(found: boolean) {
      report('submit', found);
    },
    /** A recorded publish: did the site show it, and for a reply, who was answered? */
    published(session: BoxSession, event: PublishEvent) {
      if (session.box.role === 'reply') report('thread', Boolean(event.thread?.author));
      if (event.confirmedBySite) return report('confirm', true);
      const started = Date.now();
      const poll = setInterval(() => {
        const shown = adapter.confirmsPublish(event.intent.text, doc);
        if (!shown && Date.now() - started < CONFIRM_GRACE_MS) return;
        clearInterval(poll);
        report('confirm', shown);
      }, 250);
    },
    /** A post page's counts were read, or never showed up. */
    engagement(found: boolean) {
      report('engagement', found);
    },
  };
}
