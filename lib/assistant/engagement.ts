import { send } from '@/lib/messaging/client';
import type { PlatformId } from '@/lib/platforms';
import type { ActivityRecord } from '@/lib/records/schema';
import type { EngagementCounts, SiteAdapter } from '@/lib/sites/types';
import { fnv1a } from '@/lib/fnv1a';
import { isOwnHandle } from '@/lib/platforms/handles';
import { loadSettings } from '@/lib/storage/page-settings';

// Engagement snapshots: when the manager opens one of the brand's own posts, the counts the page shows are
// stored with a timestamp, so reports show growth over time without any platform API. One snapshot per post
// per hour: the record id is the post plus the hour bucket, so a reload, a retry or a second tab overwrites
// the same record instead of adding one.

export const SNAPSHOT_BUCKET_MS = 3_600_000;
const ID_MAX = 100;

/** FNV-1a, hex: keeps ids of very long post ids within the schema's 100 characters. */
const shortHash = (text: string) => fnv1a(text).toString(16).padStart(8, '0');

/** `eng:<platform>:<postId>:<hour since epoch>`, the same for every snapshot of that post in that hour. */
export function engagementSnapshotId(platform: PlatformId, postId: string, at: number): string {
  const bucket = Math.floor(at / SNAPSHOT_BUCKET_MS);
  const id = `eng:${platform}:${postId}:${bucket}`;
  return id.length <= ID_MAX ? id : `eng:${platform}:${shortHash(postId)}:${bucket}`;
}

export function engagementRecord(
  platform: PlatformId,
  postId: string,
  counts: EngagementCounts,
  url: string,
  at: number,
): ActivityRecord {
  return {
    id: engagementSnapshotId(platform, postId, at),
    at,
    platform,
    kind: 'engagement',
    postId,
    url,
    counts: { ...counts },
  };
}

export interface EngagementDeps {
  adapter: SiteAdapter;
  document: Document;
  /** The brand's handles on this platform (settings.ownAccounts). */
  ownHandles(): Promise<readonly string[]>;
  /** True when the log holds a publish of this post by the manager (asked of the background). */
  knownPost(postId: string, url: string): Promise<boolean>;
  enqueue(record: ActivityRecord): Promise<void>;
  now?: () => number;
  /** Site health: whether this post page's counts were found (false once every attempt found none). */
  onReading?(found: boolean): void;
  /** Whether the person brought this URL up (see createVisitGuard): a page script's navigation records nothing. */
  userVisit(href: string): boolean;
}

export type SnapshotOutcome =
  'stored' | 'already-taken' | 'not-own' | 'not-ready' | 'not-a-post' | 'not-visited';

/** How long before an in-app navigation the person's click or key may come (the route renders after it). */
export const VISIT_GESTURE_MS = 5_000;

/**
 * A snapshot is the user's input to the log, so it needs the user: the post must be the page they loaded in the
 * top frame, or a page an in-app navigation reached within VISIT_GESTURE_MS of their trusted click, key or touch
 * (or while they are using it since). A page script that pushState()s to a post, renders counts or loads it in
 * a frame creates no record; neither does a tab nobody is looking at.
 */
export function createVisitGuard(
  win: Window,
  signal: AbortSignal,
  now: () => number = () => performance.now(),
): (href: string) => boolean {
  const navigation = win.performance.getEntriesByType?.('navigation')[0];
  const loaded = stripHash(navigation?.name ?? win.location.href);
  let lastGesture = -Infinity;
  const note = (event: Event) => {
    if (event.isTrusted) lastGesture = now();
  };
  for (const type of ['pointerdown', 'keydown', 'touchstart'])
    win.addEventListener(type, note, { capture: true, passive: true, signal });
  let seenHref = '';
  let seenAt = 0;
  return (href) => {
    if (win.top !== win || win.document.visibilityState !== 'visible') return false;
    if (stripHash(href) === loaded) return true;
    if (href !== seenHref) {
      seenHref = href;
      seenAt = now();
    }
    return lastGesture >= seenAt - VISIT_GESTURE_MS;
  };
}

const stripHash = (href: string) => href.split('#')[0];

/**
 * One attempt on the current page. 'not-ready' means the page has not rendered the post or its counts yet
 * (sites render after load); the watcher tries again. `taken` holds the ids stored during this page's life.
 */
export async function snapshotOnce(
  deps: EngagementDeps,
  href: string,
  taken: Set<string>,
): Promise<SnapshotOutcome> {
  const { adapter, document } = deps;
  const url = new URL(href);
  if (!adapter.engagement || adapter.pageKind(url) !== 'post') return 'not-a-post';
  if (!deps.userVisit(href)) return 'not-visited';
  const reading = adapter.engagement(document, url);
  if (!reading || Object.keys(reading.counts).length === 0) return 'not-ready';
  const at = (deps.now ?? Date.now)();
  const id = engagementSnapshotId(adapter.id, reading.postId, at);
  if (taken.has(id)) return 'already-taken';
  const own =
    isOwnHandle(adapter.postAuthor?.(document, url), await deps.ownHandles()) ||
    (await deps.knownPost(reading.postId, href));
  if (!own) return 'not-own';
  await deps.enqueue(engagementRecord(adapter.id, reading.postId, reading.counts, href, at));
  taken.add(id);
  return 'stored';
}

export interface WatchOptions {
  /** How often the URL is compared (single-page sites navigate without a reload) and a not-ready page retried. */
  intervalMs?: number;
  /** How many attempts one URL gets before the watcher waits for the next navigation. */
  attemptsPerUrl?: number;
}

/** Takes a snapshot on the current post page and again after each in-app navigation to another post. */
export function watchEngagement(deps: EngagementDeps, signal: AbortSignal, options: WatchOptions = {}): void {
  const { intervalMs = 1000, attemptsPerUrl = 20 } = options;
  if (!deps.adapter.engagement) return;
  const taken = new Set<string>();
  let href = '';
  let attemptsLeft = 0;
  let busy = false;
  const tick = async () => {
    const current = deps.document.location?.href ?? deps.document.URL;
    if (current !== href) {
      href = current;
      attemptsLeft = attemptsPerUrl;
    }
    if (attemptsLeft <= 0 || busy) return;
    attemptsLeft--;
    busy = true;
    try {
      const outcome = await snapshotOnce(deps, href, taken);
      // Not visited (yet): costs no attempt, the person may still show the tab or click into the page.
      if (outcome === 'not-visited') {
        attemptsLeft++;
        return;
      }
      if (outcome !== 'not-ready') attemptsLeft = 0;
      // Site health: a post page whose counts never showed up means the engagement selectors changed.
      if (outcome !== 'not-a-post' && (outcome !== 'not-ready' || attemptsLeft === 0))
        deps.onReading?.(outcome !== 'not-ready');
    } catch {
      // A message to a restarting worker failed: the next tick retries.
    } finally {
      busy = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMs);
  signal.addEventListener('abort', () => clearInterval(timer));
}

/** The assistant's wiring: own handles from the settings, "published by the manager" from the background's log. */
export function startEngagementSnapshots(
  adapter: SiteAdapter,
  enqueue: (record: ActivityRecord) => Promise<void>,
  signal: AbortSignal,
  onReading?: (found: boolean) => void,
): void {
  watchEngagement(
    {
      adapter,
      document,
      ownHandles: async () => (await loadSettings()).ownAccounts[adapter.id] ?? [],
      knownPost: async (postId, url) =>
        (await send('engagement.known', { platform: adapter.id, postId, url })).published,
      enqueue,
      onReading,
      userVisit: createVisitGuard(window, signal),
    },
    signal,
  );
}
