import { signal } from '@preact/signals-react';
import { isOwnHandle } from '../platforms/handles';
import type { PlatformId } from '../platforms';
import type { SiteAdapter } from '../sites/types';
import { commentKey, type QueueState, type SeenComment } from './queue';
import { readQueue } from './queue-store';
import { replyChips, type ChipState } from './reply-chips';
import { ancestorsOf, ThreadChanges } from './thread-changes';
import { threadCommenters } from './commenters';

// The reply queue's in-page half. On one of the brand's own posts it watches the thread (a MutationObserver
// marks it changed; nothing runs while the page is still), reads the comments the adapter finds, leaves out the
// brand's own, and reports them to the background, which answers with each one's state. Each comment's context
// is read once (comments do not change their text) and the scan yields every few milliseconds, so a thread of
// thousands of comments never holds the page's main thread for long. After the first scan, a change costs work
// in proportion to what it touched: the comments a mutation reached, the queue keys a write names, the chips of
// those comments (reply-chips.ts) — never a walk over the whole thread.

/** The platform's response target, from the background with the states. */
export const replyTargetMs = signal(3_600_000);

type EntryState = { key: string; state: QueueState; firstSeen: number; postedAt?: number; tag?: string };

export interface ThreadSync {
  states: EntryState[];
  targetMs: number;
}

export interface ScanDeps {
  adapter: SiteAdapter;
  document: Document;
  ownHandles(): Promise<readonly string[]>;
  knownPost(postId: string, url: string): Promise<boolean>;
  sync(report: { platform: PlatformId; postUrl: string; comments: SeenComment[] }): Promise<ThreadSync>;
  /** Longest slice of work per task before yielding to the page. */
  sliceMs?: number;
  /** Wait after the last change before scanning (threads render in bursts). */
  settleMs?: number;
  /** Calls `listener` with the stored queue (the storage event's new value) whenever it changes, until `signal` aborts. */
  onQueueChanged?(listener: (stored: unknown) => void, signal: AbortSignal): void;
}

export interface Seen {
  comment: SeenComment;
  own: boolean;
}

/** Per-scan timing, for the bench and the site-health view. */
export const scanStats = { scans: 0, lastSliceMs: 0, maxSliceMs: 0, lastComments: 0 };

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads the whole thread in slices of at most `sliceMs`; contexts are cached per element in `cache`. */
export function readThread(
  adapter: SiteAdapter,
  document: Document,
  postUrl: string,
  own: readonly string[],
  cache: WeakMap<Element, Seen>,
  sliceMs = 4,
): Promise<Array<{ element: Element; comment: SeenComment }>> {
  return readComments(adapter, adapter.comments!(document), postUrl, own, cache, sliceMs);
}

/** Reads these comments (the brand's own left out) in slices of at most `sliceMs`, each context once per element. */
export async function readComments(
  adapter: SiteAdapter,
  elements: readonly Element[],
  postUrl: string,
  own: readonly string[],
  cache: WeakMap<Element, Seen>,
  sliceMs = 4,
): Promise<Array<{ element: Element; comment: SeenComment }>> {
  let sliceStart = performance.now();
  const out: Array<{ element: Element; comment: SeenComment }> = [];
  for (const element of elements) {
    let seen = cache.get(element);
    if (!seen) {
      const context = adapter.commentContext!(element);
      const comment: SeenComment = {
        key: commentKey(adapter.id, postUrl, {
          author: context.author,
          url: context.url,
          text: context.text,
          postedAt: context.at,
        }),
        author: context.author?.slice(0, 200),
        postedAt: context.at && context.at > 0 ? Math.floor(context.at) : undefined,
        url: context.url?.slice(0, 4000),
        excerpt: context.text?.slice(0, 120),
      };
      seen = { comment, own: isOwnHandle(context.author, own) };
      cache.set(element, seen);
    }
    if (!seen.own) out.push({ element, comment: seen.comment });
    const spent = performance.now() - sliceStart;
    if (spent >= sliceMs) {
      scanStats.maxSliceMs = Math.max(scanStats.maxSliceMs, spent);
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  const spent = performance.now() - sliceStart;
  scanStats.lastSliceMs = spent;
  scanStats.maxSliceMs = Math.max(scanStats.maxSliceMs, spent);
  scanStats.scans++;
  scanStats.lastComments = out.length;
  return out;
}

/** Whether the post on this page is the brand's: its author is one of the handles, or the log shows it published. */
async function isOwnPost(deps: ScanDeps, url: URL, own: readonly string[]): Promise<boolean> {
  const { adapter, document } = deps;
  if (isOwnHandle(adapter.postAuthor?.(document, url), own)) return true;
  const postId = adapter.engagement?.(document, url)?.postId ?? url.pathname;
  return deps.knownPost(postId, url.href).catch(() => false);
}

/** Starts the queue on this page; follows in-app navigation (checked once a second, like engagement snapshots). */
export function watchReplyQueue(deps: ScanDeps, signal: AbortSignal): void {
  const { adapter, document } = deps;
  if (!adapter.comments || !adapter.commentContext) return;
  const cache = new WeakMap<Element, Seen>();
  let href = '';
  let active: AbortController | null = null;

  const startOn = async (pageHref: string, pageSignal: AbortSignal) => {
    const url = new URL(pageHref);
    if (adapter.pageKind(url) !== 'post') return;
    const own = await deps.ownHandles();
    // The post may render after load: ask again for a few seconds before giving up on this page.
    for (let attempt = 0; attempt < 10 && !pageSignal.aborted; attempt++) {
      if (await isOwnPost(deps, url, own)) return observe(pageHref, own, pageSignal);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  };

  const observe = (postUrl: string, own: readonly string[], pageSignal: AbortSignal) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    let again = false;
    /** The page's comments (the brand's own left out), in the order first read. */
    const current = new Map<Element, SeenComment>();
    /** The elements showing each comment (two comments alike in author and text share a key on Weibo). */
    const byKey = new Map<string, Set<Element>>();
    /** Comments read but not yet settled: their state not asked for yet, or their chip not drawn (a failed report). */
    const pending = new Set<Element>();
    const changes = new ThreadChanges();
    /** What the background said of each comment of this page, kept up to date from the queue's storage events. */
    const states = new Map<string, EntryState>();

    const untrack = (element: Element) => {
      const comment = current.get(element);
      if (!comment) return;
      current.delete(element);
      pending.delete(element);
      threadCommenters.delete(element);
      const elements = byKey.get(comment.key);
      elements?.delete(element);
      if (elements?.size === 0) byKey.delete(comment.key);
    };
    /** Records what `element` shows now; false when it already showed that comment. */
    /**
     * Comments inside shadow roots (Bilibili's bili-comments) change where an observer of <body> cannot see: each
     * shadow root a tracked comment lives in is observed too, once, so a comment arriving there is scanned.
     */
    const watchedRoots = new WeakSet<Node>();
    const watchRootsOf = (element: Element) => {
      for (let root = element.getRootNode(); isShadowRoot(root) && !watchedRoots.has(root);) {
        watchedRoots.add(root);
        observer.observe(root, { childList: true, subtree: true });
        root = root.host.getRootNode();
      }
    };
    const track = (element: Element, comment: SeenComment): boolean => {
      if (current.get(element)?.key === comment.key) return false;
      watchRootsOf(element);
      untrack(element);
      current.set(element, comment);
      if (comment.author) threadCommenters.set(element, { platform: adapter.id, author: comment.author });
      let elements = byKey.get(comment.key);
      if (!elements) byKey.set(comment.key, (elements = new Set()));
      elements.add(element);
      pending.add(element);
      return true;
    };
    /** Redraws these comments' chips (a comment gone or without a state loses its chip). */
    const drawChips = (elements: Iterable<Element>, removed: Element[] = []) => {
      const set: ChipState[] = [];
      for (const element of elements) {
        const comment = current.get(element);
        const state = comment && states.get(comment.key);
        if (!comment || !state) {
          removed.push(element);
          continue;
        }
        const since = state.postedAt ?? state.firstSeen;
        set.push({ element, key: comment.key, state: state.state, since, tag: state.tag });
      }
      replyChips.update(set, removed);
    };
    /**
     * Sends only the pending comments the background has not answered for on this page (each key once) and draws
     * their chips with the states it answers. The other comments' states follow the queue's storage events.
     */
    const push = async () => {
      const elements = [...pending];
      const fresh = new Map<string, SeenComment>();
      for (const element of elements) {
        const comment = current.get(element);
        if (comment && !states.has(comment.key)) fresh.set(comment.key, comment);
      }
      if (fresh.size) {
        const result = await deps.sync({ platform: adapter.id, postUrl, comments: [...fresh.values()] });
        if (pageSignal.aborted) return;
        replyTargetMs.value = result.targetMs;
        for (const state of result.states) states.set(state.key, state);
      }
      for (const element of elements) pending.delete(element);
      drawChips(elements);
    };
    /** Brings `current` up to date with what changed; returns the comments that left the page. */
    const update = async (): Promise<Element[]> => {
      const changed = changes.take();
      const removed: Element[] = [];
      if (changed.whole || !adapter.commentsIn) {
        const seen = await readThread(adapter, document, postUrl, own, cache, deps.sliceMs);
        const still = new Set<Element>();
        for (const { element, comment } of seen) {
          still.add(element);
          track(element, comment);
        }
        for (const element of current.keys()) if (!still.has(element)) removed.push(element);
        for (const element of removed) untrack(element);
        return removed;
      }
      if (changed.removed) {
        for (const element of current.keys()) if (!element.isConnected) removed.push(element);
        for (const element of removed) untrack(element);
      }
      if (!changed.nodes.length) return removed;
      // Only the comments the change touched; outside the thread that is none, and nothing more is read.
      const touched = adapter.commentsIn(changed.nodes, document);
      const altered = ancestorsOf(changed.nodes);
      for (const element of touched) if (altered.has(element)) cache.delete(element);
      for (const { element, comment } of await readComments(
        adapter,
        touched,
        postUrl,
        own,
        cache,
        deps.sliceMs,
      ))
        track(element, comment);
      return removed;
    };
    const scan = async () => {
      if (running) return void (again = true);
      running = true;
      try {
        const removed = await update();
        if (pageSignal.aborted) return;
        if (removed.length) replyChips.update([], removed);
        // Only a changed thread is reported, and only its new comments.
        if (pending.size) await push();
      } catch {
        // A restarting worker: the pending comments go with the next scan.
      } finally {
        running = false;
        if (again) {
          again = false;
          schedule();
        }
      }
    };
    /**
     * A reply stored or a comment dismissed (here or in another tab) changes states, not the thread: they are read
     * from the stored queue the storage event carries anyway, at the keys the write names. The echo of this page's
     * own report changes nothing and costs no message; a comment gone from the queue (deleted, capped out) is
     * reported again.
     */
    deps.onQueueChanged?.((stored) => {
      const queue = readQueue(stored);
      const redraw: Element[] = [];
      let missing = false;
      for (const key of queue.changed ?? [...byKey.keys()]) {
        const elements = byKey.get(key);
        if (!elements) continue;
        const known = states.get(key);
        const entry = queue.entries[key];
        if (!entry) {
          if (known) {
            states.delete(key);
            for (const element of elements) pending.add(element);
            missing = true;
          }
          continue;
        }
        if (
          !known ||
          known.state !== entry.state ||
          known.tag !== entry.tag ||
          known.firstSeen !== entry.firstSeen ||
          known.postedAt !== entry.postedAt
        ) {
          const { state, firstSeen, postedAt, tag } = entry;
          states.set(key, { key, state, firstSeen, postedAt, tag });
          redraw.push(...elements);
        }
      }
      if (redraw.length) drawChips(redraw);
      if (missing) void push().catch(() => undefined);
    }, pageSignal);
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void scan(), deps.settleMs ?? 300);
    };
    const observer = new MutationObserver((records) => {
      if (changes.note(records)) schedule();
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    pageSignal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
      replyChips.clear();
      threadCommenters.clear();
    });
    void scan();
  };

  const tick = () => {
    const current = document.location?.href ?? document.URL;
    if (current === href) return;
    href = current;
    active?.abort();
    active = new AbortController();
    void startOn(current, active.signal);
  };
  tick();
  const interval = setInterval(tick, 1000);
  signal.addEventListener('abort', () => {
    clearInterval(interval);
    active?.abort();
  });
}

const DOCUMENT_FRAGMENT_NODE = 11;

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === DOCUMENT_FRAGMENT_NODE && 'host' in node;
}
