import type { HandlersOf } from '../message-table';
import type { ActivityRecord } from '../records/schema';
import { rankQueue, summarize } from './queue';
import type { QueueStore } from './queue-store';
import { queueReport } from './queue-report';
import { targetFor } from './targets';
import type { communityMessages } from './protocol';
import type { recordMessages } from '../records/protocol';

type CommunityHandlers = Omit<HandlersOf<typeof communityMessages>, `community.members${string}`>;
type PutHandler = HandlersOf<typeof recordMessages>['records.put'];

export function createCommunityHandlers(store: QueueStore, now: () => number = Date.now): CommunityHandlers {
  return {
    'community.thread': async (report) => {
      const [states, prefs] = await Promise.all([store.syncThread(report), store.prefs()]);
      return { states, targetMs: targetFor(report.platform, prefs.targets) };
    },
    'community.dismiss': async ({ key, reason }) => ({ dismissed: await store.dismiss(key, reason) }),
    'community.queue': async ({ limit = 50 }) => {
      const [queue, prefs] = await Promise.all([store.load(), store.prefs()]);
      const ranked = rankQueue(Object.values(queue.entries), now(), prefs.targets);
      return { entries: ranked.slice(0, limit), summary: summarize(ranked), backlog: queue.backlog };
    },
    'community.report': async (period) => {
      const [queue, prefs] = await Promise.all([store.load(), store.prefs()]);
      return queueReport(queue, prefs.targets, period, now());
    },
    'community.prefs.get': async () => store.prefs(),
    'community.prefs.set': async (prefs) => {
      await store.setPrefs(prefs);
      return { ok: true };
    },
  };
}

/**
 * Wraps the log's write: once replies are stored, the comments they answered leave the queue, and feedback tags
 * mark theirs urgent. After the write is acknowledged: a queue failure must not fail the log.
 */
export function withReplyClearing(put: PutHandler, store: QueueStore): PutHandler {
  return async (request, sender) => {
    const result = await put(request, sender);
    const records: ActivityRecord[] = request.records;
    const replies = records.flatMap((r) =>
      r.kind === 'publish' && r.repliedTo && r.postKind !== 'post'
        ? [{ ...r.repliedTo, answeredAt: r.at, platform: r.platform }]
        : [],
    );
    const tags = records.flatMap((r) =>
      r.kind === 'feedback'
        ? [{ platform: r.platform, url: r.url, author: r.commentAuthor, excerpt: r.commentText, tag: r.tag }]
        : [],
    );
    await Promise.all([store.answered(replies), tags.length ? store.tagged(tags) : 0]).catch(() => undefined);
    return result;
  };
}
