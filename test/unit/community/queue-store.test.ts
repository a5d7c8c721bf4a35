import { describe, expect, it } from 'vitest';
import { createQueueStore, QUEUE_CAP, QUEUE_KEY, type KeyValue } from '@/lib/community/queue-store';
import { createCommunityHandlers, withReplyClearing } from '@/lib/community/handlers';
import type { ActivityRecord } from '@/lib/records/schema';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 3, 12, 0);
const POST = 'https://x.com/onbrand/status/1';

function memoryArea(): KeyValue & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

const alice = {
  key: 'x:alice',
  author: '@alice',
  postedAt: NOW - 2 * HOUR,
  url: 'https://x.com/alice/status/2',
  excerpt: 'Call me on 13812345678',
};
const bob = { key: 'x:bob', author: '@bob', url: 'https://x.com/bob/status/3', excerpt: 'Nice' };

describe('the stored reply queue', () => {
  it('adds new comments once, keeps first-seen, masks personal data in excerpts and answers with states', async () => {
    const area = memoryArea();
    let now = NOW;
    const store = createQueueStore(area, () => now);
    const first = await store.syncThread({ platform: 'x', postUrl: POST, comments: [alice, bob] });
    expect(first).toEqual([
      { key: 'x:alice', state: 'waiting', firstSeen: NOW, postedAt: NOW - 2 * HOUR, tag: undefined },
      { key: 'x:bob', state: 'waiting', firstSeen: NOW, postedAt: undefined, tag: undefined },
    ]);
    now += HOUR;
    const again = await store.syncThread({ platform: 'x', postUrl: POST, comments: [bob] });
    expect(again[0].firstSeen).toBe(NOW);
    const stored = (await store.load()).entries['x:alice'];
    expect(stored.excerpt).not.toContain('13812345678');
    expect((await store.load()).backlog).toEqual([{ day: '2026-12-03', waiting: 2 }]);
  });

  it('a stored reply clears the comment it answered; a dismissal keeps its reason; delete everything empties it', async () => {
    const area = memoryArea();
    const store = createQueueStore(area, () => NOW);
    const handlers = createCommunityHandlers(store, () => NOW);
    await handlers['community.thread']({ platform: 'x', postUrl: POST, comments: [alice, bob] }, {});
    const put = withReplyClearing(async ({ records }) => ({ ids: records.map((r) => r.id) }), store);
    const reply: ActivityRecord = {
      id: 'reply-0001',
      at: NOW,
      platform: 'x',
      kind: 'publish',
      postKind: 'reply',
      url: 'https://x.com/alice/status/2',
      text: 'Sorry!',
      findings: [],
      templateIds: [],
      repliedTo: { author: '@alice', url: 'https://x.com/alice/status/2', at: NOW - 2 * HOUR },
      responseMs: 2 * HOUR,
    };
    // Each write names the entries it changed: a page following the queue looks at these only.
    expect((await store.load()).changed).toEqual(['x:alice', 'x:bob']);
    await put({ records: [reply] }, {});
    expect((await store.load()).changed).toEqual(['x:alice']);
    let queue = await handlers['community.queue']({}, {});
    expect(queue.entries.map((e) => e.key)).toEqual(['x:bob']);
    expect((await store.load()).entries['x:alice']).toMatchObject({ state: 'answered', answeredAt: NOW });

    expect((await handlers['community.dismiss']({ key: 'x:bob', reason: 'just praise' }, {})).dismissed).toBe(
      true,
    );
    expect((await handlers['community.dismiss']({ key: 'x:bob', reason: 'again' }, {})).dismissed).toBe(
      false,
    );
    expect((await store.load()).changed).toEqual(['x:bob']);
    queue = await handlers['community.queue']({}, {});
    expect(queue.summary.waiting).toBe(0);
    expect((await store.load()).entries['x:bob']).toMatchObject({
      state: 'dismissed',
      dismissReason: 'just praise',
    });

    await store.clear();
    expect(Object.keys((await store.load()).entries)).toEqual([]);
    expect(area.data[QUEUE_KEY]).toBeDefined();
  });

  it('a complaint tag moves the comment to the front', async () => {
    const store = createQueueStore(memoryArea(), () => NOW);
    const handlers = createCommunityHandlers(store, () => NOW);
    await handlers['community.thread']({ platform: 'x', postUrl: POST, comments: [alice, bob] }, {});
    const put = withReplyClearing(async ({ records }) => ({ ids: records.map((r) => r.id) }), store);
    await put(
      {
        records: [
          {
            id: 'fb-000001',
            at: NOW,
            platform: 'x',
            kind: 'feedback',
            tag: 'complaint',
            note: '',
            url: bob.url,
            commentAuthor: '@bob',
            commentText: 'Nice',
          },
        ],
      },
      {},
    );
    const queue = await handlers['community.queue']({}, {});
    expect(queue.entries.map((e) => [e.key, e.tag])).toEqual([
      ['x:bob', 'complaint'],
      ['x:alice', undefined],
    ]);
  });

  it('concurrent thread reports from two tabs both land; the queue stays within its cap', async () => {
    const store = createQueueStore(memoryArea(), () => NOW);
    await Promise.all([
      store.syncThread({ platform: 'x', postUrl: POST, comments: [alice] }),
      store.syncThread({ platform: 'x', postUrl: POST, comments: [bob] }),
    ]);
    expect(Object.keys((await store.load()).entries).sort()).toEqual(['x:alice', 'x:bob']);
    const many = Array.from({ length: QUEUE_CAP + 10 }, (_, i) => ({ key: `x:${i}`, author: `u${i}` }));
    await store.syncThread({ platform: 'x', postUrl: POST, comments: many });
    expect(Object.keys((await store.load()).entries)).toHaveLength(QUEUE_CAP);
  });

  it('reads a damaged stored value as an empty queue', async () => {
    const area = memoryArea();
    area.data[QUEUE_KEY] = { version: 7, entries: 'nope' };
    const store = createQueueStore(area, () => NOW);
    expect((await store.load()).entries).toEqual({});
  });
});
