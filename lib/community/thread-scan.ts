import { signal } from '@preact/signals-react';
import { isOwnHandle } from '../platforms/handles';
import type { PlatformId } from '../platforms';
import type { SiteAdapter } from '../sites/types';
import { commentKey, type QueueState, type SeenComment } from './queue';
import { readQueue } from './queue-store';
import { ancestorsOf, ThreadChanges } from './thread-changes';

// The reply queue's in-page half. On one of the brand's own posts it watches the thread (a MutationObserver
// marks it changed; nothing runs while the page is still), reads the comments the adapter finds, leaves out the
// brand's own, and reports them to the background, which answers with each one's state. Each comment's context
// is read once (comments do not change their text) and the scan yields every few milliseconds, so a thread of
// thousands of comments never holds the page's main thread for long.

export interface ChipState {
  element: Element;
  key: string;
  state: QueueState;
  /** Posted time where the page shows it, otherwise first seen: what the age counts from. */
  since: number;
  tag?: string;
}

/** The comments of this page with their queue state, for the age chips (waiting ones only). */
export const replyChips = signal<ChipState[]>([]);
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
    /** The unsent comments of a report that failed (a restarting worker): sent with the next scan. */
    let unsent = false;
    /** The page's comments (the brand's own left out), in the order first read. */
    const current = new Map<Element, SeenComment>();
    let lastSeen: Array<{ element: Element; comment: SeenComment }> = [];
    const changes = new ThreadChanges();
    /** What the background said of each comment of this page, kept up to date from the queue's storage events. */
    const states = new Map<string, EntryState>();
    /** The chips last shown, by comment: an unchanged comment keeps its object, so its chip is not drawn again. */
    let shown = new Map<Element, ChipState>();
    const showChips = () => {
      const next = new Map<Element, ChipState>();
      const chips: ChipState[] = [];
      for (const { element, comment } of lastSeen) {
        const state = states.get(comment.key);
        if (!state) continue;
        const since = state.postedAt ?? state.firstSeen;
        const before = shown.get(element);
        const chip =
          before?.key === comment.key &&
          before.state === state.state &&
          before.since === since &&
          before.tag === state.tag
            ? before
            : { element, key: comment.key, state: state.state, since, tag: state.tag };
        next.set(element, chip);
        chips.push(chip);
      }
      shown = next;
      replyChips.value = chips;
    };
    /**
     * Sends only the comments the background has not answered for on this page (new ones; each key once) and
     * applies the states it answers with. The other comments' states follow the queue's storage events.
     */
    const push = async () => {
      const fresh = new Map<string, SeenComment>();
      for (const { comment } of lastSeen) if (!states.has(comment.key)) fresh.set(comment.key, comment);
      if (fresh.size) {
        const result = await deps.sync({ platform: adapter.id, postUrl, comments: [...fresh.values()] });
        if (pageSignal.aborted) return;
        replyTargetMs.value = result.targetMs;
        for (const state of result.states) states.set(state.key, state);
      }
      showChips();
    };
    /** Brings `current` up to date with what changed; true when a comment came, went or now reads differently. */
    const update = async (): Promise<boolean> => {
      const changed = changes.take();
      if (changed.whole || !adapter.commentsIn) {
        const seen = await readThread(adapter, document, postUrl, own, cache, deps.sliceMs);
        const differs =
          seen.length !== current.size || seen.some((s) => current.get(s.element)?.key !== s.comment.key);
        current.clear();
        for (const { element, comment } of seen) current.set(element, comment);
        return differs;
      }
      let differs = false;
      if (changed.removed)
        for (const element of current.keys())
          if (!element.isConnected) differs = current.delete(element) || differs;
      if (!changed.nodes.length) return differs;
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
      )) {
        if (current.get(element)?.key === comment.key) continue;
        current.set(element, comment);
        differs = true;
      }
      return differs;
    };
    const scan = async () => {
      if (running) return void (again = true);
      running = true;
      try {
        const differs = await update();
        if (pageSignal.aborted) return;
        // Only a changed thread is reported, and only its new comments.
        if (differs || unsent) {
          lastSeen = [...current].map(([element, comment]) => ({ element, comment }));
          unsent = true;
          await push();
          unsent = false;
        }
      } catch {
        // A restarting worker: the next change scans again.
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
     * from the stored queue the storage event carries anyway. The echo of this page's own report changes nothing
     * and costs no message; a comment gone from the queue (deleted, capped out) is reported again.
     */
    deps.onQueueChanged?.((stored) => {
      const queue = readQueue(stored);
      let changed = false;
      let missing = false;
      for (const { comment } of lastSeen) {
        const known = states.get(comment.key);
        const entry = queue.entries[comment.key];
        if (!entry) {
          if (known) {
            states.delete(comment.key);
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
          const { key, state, firstSeen, postedAt, tag } = entry;
          states.set(key, { key, state, firstSeen, postedAt, tag });
          changed = true;
        }
      }
      if (missing) void push().catch(() => undefined);
      else if (changed) showChips();
    }, pageSignal);
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void scan(), deps.settleMs ?? 300);
    };
    const observer = new MutationObserver((records) => {
      changes.note(records);
      schedule();
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    pageSignal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
      replyChips.value = [];
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
