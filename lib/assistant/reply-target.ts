import type { SiteAdapter } from '@/lib/sites/types';
import { forgetUserClicks, recentUserClicks } from './focus';

/**
 * Which comment the person answers through a box the note shares with its comments (Xiaohongshu's note page has one
 * comment box; a comment's 回复 makes the next send a reply to that comment). Remembered from the person's own click
 * on a reply control, as the adapter knows it (`replyTarget`), also one made before the assistant arrived: trusted
 * events only, so a page script's synthetic click cannot steer the panels or the record. Forgotten once that box
 * publishes.
 */
export function watchReplyTarget(adapter: SiteAdapter, signal: AbortSignal) {
  let target: WeakRef<Element> | null = null;
  const replyTarget = adapter.replyTarget;
  const note = (clicked: Element) => {
    const comment = replyTarget?.(clicked);
    if (comment) target = new WeakRef(comment);
    return Boolean(comment);
  };
  // The 回复 that focused the box may be what loaded the assistant: the page-load script noted the clicks (focus.ts).
  recentUserClicks().some(note);
  if (replyTarget)
    addEventListener(
      'click',
      (event) => {
        const origin = event.composedPath()[0];
        if (event.isTrusted && origin instanceof Element) note(origin);
      },
      { capture: true, passive: true, signal },
    );
  return {
    /** The comment being answered, while it is still on the page. */
    current(): Element | null {
      const comment = target?.deref();
      return comment?.isConnected ? comment : null;
    },
    clear(): void {
      target = null;
      forgetUserClicks();
    },
  };
}
