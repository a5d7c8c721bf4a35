import type { SiteAdapter } from '@/lib/sites/types';

/**
 * Which comment the person answers through a box the note shares with its comments (Xiaohongshu's note page has one
 * comment box; a comment's 回复 makes the next send a reply to that comment). Remembered from the person's own click
 * on a reply control, as the adapter knows it (`replyTarget`): trusted events only, so a page script's synthetic
 * click cannot steer the panels. Forgotten once that box publishes.
 */
export function watchReplyTarget(adapter: SiteAdapter, signal: AbortSignal) {
  let target: WeakRef<Element> | null = null;
  const replyTarget = adapter.replyTarget;
  if (replyTarget)
    addEventListener(
      'click',
      (event) => {
        const origin = event.composedPath()[0];
        if (!event.isTrusted || !(origin instanceof Element)) return;
        const comment = replyTarget(origin);
        if (comment) target = new WeakRef(comment);
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
    },
  };
}
