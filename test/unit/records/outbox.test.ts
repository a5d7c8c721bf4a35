import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createOutbox,
  memoryOutboxStore,
  storageAreaOutboxStore,
  type KeyValueArea,
  type OutboxTransport,
} from '../../../lib/records/outbox';
import type { ActivityRecord } from '../../../lib/records/schema';
import { NOW, publish } from './helpers';

/** A receiver that stores by id, optionally failing the first `failures` calls. */
function fakeReceiver(failures = 0) {
  const stored = new Map<string, ActivityRecord>();
  const batches: number[] = [];
  let calls = 0;
  const transport: OutboxTransport = async (records) => {
    calls++;
    if (calls <= failures) throw new Error('Could not establish connection. Receiving end does not exist.');
    batches.push(records.length);
    for (const r of records) stored.set(r.id, r);
    return { ids: records.map((r) => r.id) };
  };
  return { transport, stored, batches, calls: () => calls };
}

function memoryArea(): KeyValueArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (keys) =>
      keys === null
        ? { ...data }
        : Object.fromEntries(
            [keys]
              .flat()
              .filter((k) => k in data)
              .map((k) => [k, data[k]]),
          ),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (keys) => {
      for (const k of [keys].flat()) delete data[k];
    },
  };
}

describe('outbox', () => {
  it('delivers in batches and forgets only what was acknowledged', async () => {
    const receiver = fakeReceiver();
    const store = memoryOutboxStore();
    const outbox = createOutbox({ transport: receiver.transport, store, batchSize: 40 });
    await outbox.enqueue(Array.from({ length: 100 }, (_, i) => publish(NOW + i, 'x')));
    await outbox.flush();
    expect(receiver.stored.size).toBe(100);
    expect(receiver.batches).toEqual([40, 40, 20]);
    expect(outbox.pending()).toBe(0);
    expect(store.saved).toEqual([]);
  });

  it('retries with backoff while the worker is unreachable, losing nothing', async () => {
    const receiver = fakeReceiver(3);
    const errors: number[] = [];
    const outbox = createOutbox({
      transport: receiver.transport,
      baseDelayMs: 1,
      onError: (_, attempt) => errors.push(attempt),
    });
    await outbox.enqueue([publish(NOW, 'x'), publish(NOW, 'weibo')]);
    await outbox.flush();
    expect(errors).toEqual([1, 2, 3]);
    expect(receiver.stored.size).toBe(2);
  });

  it('de-duplicates by id and keeps the latest version of a record', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const seen: ActivityRecord[][] = [];
    const outbox = createOutbox({
      transport: async (records) => {
        await gate;
        seen.push(records);
        return { ids: records.map((r) => r.id) };
      },
    });
    const record = publish(NOW, 'x', { text: 'first' });
    await outbox.enqueue([record, record]);
    expect(outbox.pending()).toBe(1);
    // Re-enqueued with new content while the first version is in flight: the new version is sent too.
    await outbox.enqueue({ ...record, text: 'second' });
    release();
    await outbox.flush();
    expect(seen.flat().map((r) => (r.kind === 'publish' ? r.text : ''))).toEqual(['first', 'second']);
  });

  it('keeps records a receiver did not acknowledge', async () => {
    const a = publish(NOW, 'x');
    const b = publish(NOW, 'x');
    let call = 0;
    const outbox = createOutbox({
      transport: async (records) => ({ ids: call++ === 0 ? [a.id] : records.map((r) => r.id) }),
      baseDelayMs: 1,
    });
    await outbox.enqueue([a, b]);
    await outbox.flush();
    expect(call).toBe(2);
    expect(outbox.pending()).toBe(0);
  });

  it('rejects malformed records at enqueue instead of blocking the queue', async () => {
    const outbox = createOutbox({ transport: fakeReceiver().transport });
    await expect(outbox.enqueue({ ...publish(NOW, 'x'), id: 'short' })).rejects.toThrow();
    expect(outbox.pending()).toBe(0);
  });

  it('survives a reload: a new outbox on the same store delivers what the old one could not', async () => {
    const store = memoryOutboxStore();
    const down = createOutbox({
      transport: async () => Promise.reject(new Error('worker stopped')),
      store,
      baseDelayMs: 5,
    });
    await down.enqueue([publish(NOW, 'x'), publish(NOW, 'zhihu')]);
    down.stop();
    expect(store.saved).toHaveLength(2);
    const receiver = fakeReceiver();
    const next = createOutbox({ transport: receiver.transport, store });
    await next.flush();
    expect(receiver.stored.size).toBe(2);
    expect(store.saved).toEqual([]);
  });

  it('persists to a storage area and adopts outboxes abandoned by closed tabs', async () => {
    const area = memoryArea();
    let clock = NOW;
    const now = () => clock;
    const closedTab = createOutbox({
      transport: async () => Promise.reject(new Error('down')),
      store: storageAreaOutboxStore(area, 'tab-a', 60_000, now),
      baseDelayMs: 5,
    });
    const orphan = publish(NOW, 'x');
    await closedTab.enqueue(orphan);
    closedTab.stop();
    expect(Object.keys(area.data)).toEqual(['outbox:tab-a']);

    // A fresh outbox within a minute leaves the other tab's records alone...
    const early = fakeReceiver();
    await createOutbox({
      transport: early.transport,
      store: storageAreaOutboxStore(area, 'tab-b', 60_000, now),
    }).flush();
    expect(early.stored.size).toBe(0);
    // ...and adopts them once they are stale.
    clock += 120_000;
    const late = fakeReceiver();
    await createOutbox({
      transport: late.transport,
      store: storageAreaOutboxStore(area, 'tab-c', 60_000, now),
    }).flush();
    expect([...late.stored.keys()]).toEqual([orphan.id]);
    expect(area.data).toEqual({});
  });

  describe('what the mutation run found untested (issue 22)', () => {
    afterEach(() => vi.useRealTimers());

    it('delivers the records a memory store starts with', async () => {
      const receiver = fakeReceiver();
      const record = publish(NOW, 'x');
      await createOutbox({ transport: receiver.transport, store: memoryOutboxStore([record]) }).flush();
      expect([...receiver.stored.keys()]).toEqual([record.id]);
    });

    it('waits between attempts: base, then doubling, capped at maxDelayMs', async () => {
      vi.useFakeTimers();
      const receiver = fakeReceiver(Infinity);
      const outbox = createOutbox({ transport: receiver.transport, baseDelayMs: 100, maxDelayMs: 300 });
      await outbox.enqueue(publish(NOW, 'x'));
      const callsAt = async (ms: number) => (await vi.advanceTimersByTimeAsync(ms), receiver.calls());
      // Attempts at 0, 100, 300 (100 + 200) and 600 (300 + the 300 cap, not 400).
      expect(await callsAt(50)).toBe(1);
      expect(await callsAt(100)).toBe(2); // t = 150
      expect(await callsAt(140)).toBe(2); // t = 290
      expect(await callsAt(20)).toBe(3); // t = 310
      expect(await callsAt(280)).toBe(3); // t = 590
      expect(await callsAt(20)).toBe(4); // t = 610
      outbox.stop();
      expect(await callsAt(10_000)).toBe(4);
    });

    it('a receiver that acknowledges nothing counts as a failure and is retried after a pause', async () => {
      const errors: string[] = [];
      let call = 0;
      const outbox = createOutbox({
        transport: async (records) => ({ ids: call++ === 0 ? [] : records.map((r) => r.id) }),
        baseDelayMs: 1,
        onError: (error) => errors.push((error as Error).message),
      });
      await outbox.enqueue(publish(NOW, 'x'));
      await outbox.flush();
      expect(errors).toEqual(['receiver acknowledged nothing']);
      expect(outbox.pending()).toBe(0);
    });

    it('records queued while a batch is in flight are delivered without a flush', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const delivered: string[] = [];
      const outbox = createOutbox({
        transport: async (records) => {
          await gate;
          delivered.push(...records.map((r) => r.id));
          return { ids: records.map((r) => r.id) };
        },
      });
      const first = publish(NOW, 'x');
      const second = publish(NOW, 'x');
      await outbox.enqueue(first);
      await outbox.enqueue(second);
      release();
      await vi.waitFor(() => expect(delivered).toEqual([first.id, second.id]));
      expect(outbox.pending()).toBe(0);
    });

    it('a record enqueued after a delivery finished is delivered too (each run ends and a new one starts)', async () => {
      const receiver = fakeReceiver();
      const outbox = createOutbox({ transport: receiver.transport });
      const first = publish(NOW, 'x');
      const second = publish(NOW + 1, 'x');
      await outbox.enqueue(first);
      await vi.waitFor(() => expect([...receiver.stored.keys()]).toEqual([first.id]));
      await new Promise((resolve) => setTimeout(resolve, 10));
      await outbox.enqueue(second);
      await vi.waitFor(() => expect([...receiver.stored.keys()]).toEqual([first.id, second.id]));
      expect(outbox.pending()).toBe(0);
    });

    it('a stopped outbox keeps new records in its store and sends nothing', async () => {
      const receiver = fakeReceiver();
      const store = memoryOutboxStore();
      const outbox = createOutbox({ transport: receiver.transport, store });
      outbox.stop();
      const record = publish(NOW, 'x');
      await outbox.enqueue(record);
      await new Promise((r) => setTimeout(r, 20));
      expect(receiver.calls()).toBe(0);
      expect(store.saved.map((r) => r.id)).toEqual([record.id]);
    });

    it('loading a storage area leaves other keys alone, keeps its own outbox and skips malformed records', async () => {
      const area = memoryArea();
      const own = publish(NOW, 'x');
      const stale = publish(NOW, 'weibo');
      area.data['settings'] = { theme: 'dark' };
      area.data['outbox:tab-a'] = { updatedAt: NOW, records: [own] };
      area.data['outbox:tab-old'] = {
        updatedAt: NOW - 60_000,
        records: [{ kind: 'publish', id: 'bad' }, stale],
      };
      const records = await storageAreaOutboxStore(area, 'tab-a', 60_000, () => NOW).load();
      // Exactly staleMs old is stale: adopted, and written under this sender's key before the old one goes.
      expect(records.map((r) => r.id)).toEqual([own.id, stale.id]);
      expect(area.data['settings']).toEqual({ theme: 'dark' });
      expect(area.data['outbox:tab-old']).toBeUndefined();
      expect(area.data['outbox:tab-a']).toEqual({ updatedAt: NOW, records: [own, stale] });
    });

    it('loading an area with no outbox writes nothing', async () => {
      const area = memoryArea();
      expect(await storageAreaOutboxStore(area, 'tab-a', 60_000, () => NOW).load()).toEqual([]);
      expect(area.data).toEqual({});
    });
  });
});
