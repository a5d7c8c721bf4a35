import type { PlatformId } from '../platforms';
import { maskPersonalData } from '../records/mask';
import { replyAnswers, type QueueEntry, type ReplyTarget, type SeenComment } from './queue';
import type { ResponseTargets } from './targets';
import { createSerialQueue } from '../serial-queue';

// The reply queue as the background keeps it, in extension storage (never the site's): one key holding every
// comment seen on the brand's posts with its state, plus a daily backlog count for the report. The popup reads
// the same key directly and follows its changes. Writes are serialised: tabs report threads concurrently.

export const QUEUE_KEY = 'community.queue';
export const PREFS_KEY = 'community.prefs';
/** Past this many comments the longest-settled (answered/dismissed) ones go first, then the oldest waiting. */
export const QUEUE_CAP = 5000;
const BACKLOG_DAYS = 120;

export interface BacklogPoint {
  day: string;
  waiting: number;
}

export interface StoredQueue {
  version: 1;
  entries: Record<string, QueueEntry>;
  backlog: BacklogPoint[];
  /**
   * The entries the write that stored this value added, changed or removed; absent when any may have. A page
   * following the queue's storage events looks at these keys only, not at every comment of its thread.
   */
  changed?: string[];
}

export interface CommunityPrefs {
  targets: ResponseTargets;
}

export interface KeyValue {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const empty = (): StoredQueue => ({ version: 1, entries: {}, backlog: [] });

export function readQueue(value: unknown): StoredQueue {
  const stored = value as Partial<StoredQueue> | undefined;
  if (!stored || stored.version !== 1 || typeof stored.entries !== 'object' || !stored.entries)
    return empty();
  return {
    version: 1,
    entries: stored.entries,
    backlog: Array.isArray(stored.backlog) ? stored.backlog : [],
    ...(Array.isArray(stored.changed) ? { changed: stored.changed } : {}),
  };
}

function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

function recordBacklog(queue: StoredQueue, now: number): void {
  const waiting = Object.values(queue.entries).filter((e) => e.state === 'waiting').length;
  const day = dayOf(now);
  const last = queue.backlog.at(-1);
  if (last?.day === day) last.waiting = waiting;
  else queue.backlog.push({ day, waiting });
  if (queue.backlog.length > BACKLOG_DAYS) queue.backlog.splice(0, queue.backlog.length - BACKLOG_DAYS);
}

/** Drops the entries over the cap; returns their keys. */
function cap(queue: StoredQueue): string[] {
  const all = Object.values(queue.entries);
  if (all.length <= QUEUE_CAP) return [];
  const settled = (e: QueueEntry) => (e.state === 'waiting' ? 1 : 0);
  all.sort(
    (a, b) => settled(a) - settled(b) || (a.answeredAt ?? a.firstSeen) - (b.answeredAt ?? b.firstSeen),
  );
  const dropped = all.slice(0, all.length - QUEUE_CAP).map((entry) => entry.key);
  for (const key of dropped) delete queue.entries[key];
  return dropped;
}

export interface ThreadReport {
  platform: PlatformId;
  postUrl: string;
  comments: SeenComment[];
}

/** What the member book learns from the queue: a comment seen for the first time, a reply given, a tag. */
export interface QueueEvents {
  added?(entries: QueueEntry[]): Promise<void>;
  answered?(entries: QueueEntry[]): Promise<void>;
  tagged?(entries: QueueEntry[]): Promise<void>;
}

export function createQueueStore(
  area: KeyValue,
  now: () => number = Date.now,
  mask: () => Promise<boolean> = async () => true,
  events: QueueEvents = {},
) {
  const serial = createSerialQueue();
  const load = async () => readQueue((await area.get(QUEUE_KEY))[QUEUE_KEY]);
  const save = async (queue: StoredQueue, changed: string[]) => {
    queue.changed = [...changed, ...cap(queue)];
    recordBacklog(queue, now());
    await area.set({ [QUEUE_KEY]: queue });
  };

  return {
    load,
    async prefs(): Promise<CommunityPrefs> {
      const stored = (await area.get(PREFS_KEY))[PREFS_KEY] as Partial<CommunityPrefs> | undefined;
      return { targets: stored?.targets && typeof stored.targets === 'object' ? stored.targets : {} };
    },
    async setPrefs(prefs: CommunityPrefs): Promise<void> {
      await area.set({ [PREFS_KEY]: prefs });
    },
    /** A thread as the page shows it now: new comments join the queue; the states of all of them come back. */
    syncThread(
      report: ThreadReport,
    ): Promise<Array<Pick<QueueEntry, 'key' | 'state' | 'firstSeen' | 'postedAt' | 'tag'>>> {
      return serial(async () => {
        const queue = await load();
        const masking = await mask();
        const added: QueueEntry[] = [];
        const states = report.comments.map((comment) => {
          let entry = queue.entries[comment.key];
          if (!entry) {
            const excerpt =
              comment.excerpt && masking ? maskPersonalData(comment.excerpt).text : comment.excerpt;
            entry = {
              ...comment,
              excerpt,
              platform: report.platform,
              postUrl: report.postUrl,
              firstSeen: now(),
              state: 'waiting',
            };
            queue.entries[comment.key] = entry;
            added.push(entry);
          }
          return {
            key: entry.key,
            state: entry.state,
            firstSeen: entry.firstSeen,
            postedAt: entry.postedAt,
            tag: entry.tag,
          };
        });
        if (added.length) {
          await save(
            queue,
            added.map((entry) => entry.key),
          );
          await events.added?.(added).catch(() => undefined);
        }
        return states;
      });
    },
    /** Replies stored in the log clear the comments they answered (their thread context names them). */
    answered(replies: Array<ReplyTarget & { answeredAt: number; platform: PlatformId }>): Promise<string[]> {
      return serial(async () => {
        if (replies.length === 0) return [];
        const queue = await load();
        const cleared: QueueEntry[] = [];
        for (const entry of Object.values(queue.entries)) {
          if (entry.state === 'answered') continue;
          const reply = replies.find((r) => r.platform === entry.platform && replyAnswers(r, entry));
          if (!reply) continue;
          entry.state = 'answered';
          entry.answeredAt = reply.answeredAt;
          delete entry.dismissReason;
          cleared.push(entry);
        }
        if (cleared.length) {
          await save(
            queue,
            cleared.map((entry) => entry.key),
          );
          await events.answered?.(cleared).catch(() => undefined);
        }
        return cleared.map((entry) => entry.key);
      });
    },
    /** "No reply needed", with the manager's reason. */
    dismiss(key: string, reason: string): Promise<boolean> {
      return serial(async () => {
        const queue = await load();
        const entry = queue.entries[key];
        if (!entry || entry.state !== 'waiting') return false;
        entry.state = 'dismissed';
        entry.dismissReason = (await mask()) ? maskPersonalData(reason).text : reason;
        entry.answeredAt = now();
        await save(queue, [key]);
        return true;
      });
    },
    /** Feedback tags mark comments urgent (complaints and crises first). Matched by permalink or author and text. */
    tagged(
      tags: Array<{ platform: PlatformId; url?: string; author?: string; excerpt?: string; tag: string }>,
    ): Promise<number> {
      return serial(async () => {
        const queue = await load();
        const changed: QueueEntry[] = [];
        for (const entry of Object.values(queue.entries)) {
          const hit = tags.find(
            (t) =>
              t.platform === entry.platform &&
              ((entry.url !== undefined && entry.url !== entry.postUrl && t.url === entry.url) ||
                (t.author !== undefined &&
                  t.author === entry.author &&
                  t.excerpt !== undefined &&
                  entry.excerpt !== undefined &&
                  t.excerpt.startsWith(entry.excerpt.slice(0, 40)))),
          );
          if (hit && entry.tag !== hit.tag) {
            entry.tag = hit.tag;
            changed.push(entry);
          }
        }
        if (changed.length) {
          await save(
            queue,
            changed.map((entry) => entry.key),
          );
          await events.tagged?.(changed).catch(() => undefined);
        }
        return changed.length;
      });
    },
    /** "Delete everything" covers the queue too. */
    clear(): Promise<void> {
      return serial(async () => area.set({ [QUEUE_KEY]: empty() }));
    },
  };
}

export type QueueStore = ReturnType<typeof createQueueStore>;
