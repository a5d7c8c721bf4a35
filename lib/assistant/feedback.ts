import { signal } from '@preact/signals-react';
import type { PlatformId } from '@/lib/platforms';
import type { ActivityRecord } from '@/lib/records/schema';
import type { SiteAdapter, ThreadContext } from '@/lib/sites/types';

// Feedback tagging: the manager tags a comment in a thread (praise, complaint, question, suggestion, crisis)
// with a note; the record feeds the feedback report and the crisis signal. This module finds the comment
// under the pointer or focus (through the site adapter) and builds the record; FeedbackTagger.tsx draws the
// tag button and popover in the assistant's shadow root, never in the site's DOM.

export const FEEDBACK_TAGS = ['praise', 'complaint', 'question', 'suggestion', 'crisis'] as const;
export type FeedbackTag = (typeof FEEDBACK_TAGS)[number];

/** The comment the tag button sits on (hovered or focused). */
export const hoveredComment = signal<Element | null>(null);

/** The comment whose tag popover is open, read once when it opened. */
export interface TaggingTarget {
  comment: Element;
  context: ThreadContext;
  /** Made when the popover opens, so a double save or a retried send writes the same record. */
  recordId: string;
}
export const taggingTarget = signal<TaggingTarget | null>(null);

/** Comments tagged on this page (the button shows "Tagged" on them). */
export const taggedComments = signal<ReadonlySet<Element>>(new Set());

interface Tagger {
  adapter: SiteAdapter;
  document: Document;
  enqueue(record: ActivityRecord): Promise<void>;
}
let tagger: Tagger | null = null;

const clip = (text: string | undefined, max: number) => (text === undefined ? undefined : text.slice(0, max));

export function feedbackRecord(input: {
  id: string;
  at: number;
  platform: PlatformId;
  tag: FeedbackTag;
  note: string;
  pageUrl: string;
  postId?: string;
  comment: ThreadContext;
}): ActivityRecord {
  return {
    id: input.id,
    at: input.at,
    platform: input.platform,
    kind: 'feedback',
    tag: input.tag,
    note: input.note.trim().slice(0, 4000),
    // The comment's own permalink when the site gives one; otherwise the page it was tagged on.
    url: (input.comment.url ?? input.pageUrl).slice(0, 4000),
    postId: input.postId,
    commentAuthor: clip(input.comment.author, 200),
    commentText: clip(input.comment.text, 10_000),
  };
}

/**
 * The innermost comment holding `target` (nested replies sit inside their parent), from the adapter's list.
 * `comments` is read again at most once a second: threads grow while the manager reads them. The target's
 * ancestors are looked up in it (a feed holds thousands of comments; the pointer crosses one at a time).
 */
export function commentHolding(target: Node, comments: ReadonlySet<Element>): Element | null {
  for (let node: Node | null = target; node; node = node.parentNode)
    if (comments.has(node as Element)) return node as Element;
  return null;
}

export function openTagging(comment: Element): void {
  if (!tagger?.adapter.commentContext) return;
  taggingTarget.value = {
    comment,
    context: tagger.adapter.commentContext(comment),
    recordId: `fb:${crypto.randomUUID()}`,
  };
}

export function closeTagging(): void {
  taggingTarget.value = null;
}

/** Stores the open popover's tag and note as one feedback record (through the outbox). */
export async function saveFeedback(tag: FeedbackTag, note: string, now = Date.now()): Promise<void> {
  const target = taggingTarget.value;
  if (!tagger || !target) return;
  const { adapter, document } = tagger;
  const pageUrl = document.location?.href ?? document.URL;
  let postId: string | undefined;
  try {
    postId = adapter.engagement?.(document, new URL(pageUrl))?.postId;
  } catch {
    postId = undefined;
  }
  await tagger.enqueue(
    feedbackRecord({
      id: target.recordId,
      at: now,
      platform: adapter.id,
      tag,
      note,
      pageUrl,
      postId,
      comment: target.context,
    }),
  );
  taggedComments.value = new Set([...taggedComments.value, target.comment]);
  taggingTarget.value = null;
}

/** Watches pointer and focus for comments of the adapter's threads; nothing happens on sites without a reader. */
export function startFeedbackTagging(deps: Tagger, signal: AbortSignal): void {
  const { adapter, document } = deps;
  if (!adapter.comments || !adapter.commentContext) return;
  tagger = deps;
  let cached = new Set<Element>();
  let readAt = -Infinity;
  const comments = () => {
    if (performance.now() - readAt > 1000) {
      cached = new Set(adapter.comments!(document));
      readAt = performance.now();
    }
    return cached;
  };
  const track = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Node)) return;
    // Our own overlay (the shadow host) keeps the current comment: the pointer is on its tag button.
    if (target instanceof Element && target.tagName === 'ONBRAND-ASSISTANT') return;
    const comment = commentHolding(target, comments());
    if (comment !== hoveredComment.value) hoveredComment.value = comment;
  };
  // Hovering is the pointer moving onto a comment: content sliding under a resting pointer while the page scrolls
  // is not (and moves fire no event then, so a scrolling feed never calls in here).
  document.addEventListener('pointermove', track, { capture: true, passive: true, signal });
  document.addEventListener('focusin', track, { capture: true, signal });
  signal.addEventListener('abort', () => {
    tagger = null;
    hoveredComment.value = null;
    taggingTarget.value = null;
  });
}
