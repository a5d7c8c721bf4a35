import { activityRecordSchema, type ActivityRecord } from './schema';

// The sender side of the activity log. A content script (or any page) hands records to the outbox, which
// keeps them until the background acknowledges their ids: batches of at most `batchSize`, retried with
// exponential backoff while the worker is asleep, restarting or failing. A record is keyed by its
// sender-made id, so enqueueing it twice or re-sending an acknowledged batch never duplicates it.

/** Sends one batch; resolves with the ids the receiver committed. `send('records.put', …)` in production. */
export type OutboxTransport = (records: ActivityRecord[]) => Promise<{ ids: string[] }>;

/** Where pending records survive a closed tab or reloaded page. */
export interface OutboxStore {
  load(): Promise<ActivityRecord[]>;
  save(pending: ActivityRecord[]): Promise<void>;
}

export function memoryOutboxStore(initial: ActivityRecord[] = []): OutboxStore & { saved: ActivityRecord[] } {
  const store = {
    saved: [...initial],
    load: async () => [...store.saved],
    save: async (pending: ActivityRecord[]) => {
      store.saved = [...pending];
    },
  };
  return store;
}

export interface OutboxOptions {
  transport: OutboxTransport;
  store?: OutboxStore;
  /** Records per message (the protocol accepts up to 1,000). */
  batchSize?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Called after each failed attempt, for diagnostics. */
  onError?: (error: unknown, attempt: number) => void;
  /** Applied to each record before it is persisted (masking personal data: nothing unmasked waits in storage). */
  prepare?: (record: ActivityRecord) => ActivityRecord | Promise<ActivityRecord>;
}

export interface Outbox {
  /** Queues records (persisted before this resolves) and starts delivering them. */
  enqueue(records: ActivityRecord | ActivityRecord[]): Promise<void>;
  /** Resolves once everything queued so far is acknowledged (it keeps retrying until then). */
  flush(): Promise<void>;
  pending(): number;
  /** Stops retrying; pending records stay in the store for the next outbox. */
  stop(): void;
}

export function createOutbox(options: OutboxOptions): Outbox {
  const {
    transport,
    store = memoryOutboxStore(),
    batchSize = 200,
    baseDelayMs = 250,
    maxDelayMs = 30_000,
  } = options;
  const queue = new Map<string, ActivityRecord>();
  let loaded: Promise<void> | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let attempt = 0;
  let wake: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Persist a snapshot; writes are chained so an older snapshot never lands after a newer one.
  let saving: Promise<void> = Promise.resolve();
  const persist = () => (saving = saving.then(() => store.save([...queue.values()])));

  const load = () =>
    (loaded ??= store.load().then((records) => {
      for (const r of records) if (!queue.has(r.id)) queue.set(r.id, r);
    }));

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });

  async function deliver(): Promise<void> {
    await load();
    while (queue.size > 0 && !stopped) {
      const batch = [...queue.values()].slice(0, batchSize);
      try {
        const { ids } = await transport(batch);
        const acknowledged = new Set(ids);
        for (const r of batch) if (acknowledged.has(r.id) && queue.get(r.id) === r) queue.delete(r.id);
        await persist();
        if (ids.length === 0) throw new Error('receiver acknowledged nothing');
        attempt = 0;
      } catch (error) {
        attempt++;
        options.onError?.(error, attempt);
        await sleep(Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
      }
    }
  }

  function run(): Promise<void> {
    running ??= deliver().finally(() => {
      running = undefined;
      // Records enqueued while the last batch was in flight start a new run.
      if (queue.size > 0 && !stopped) void run();
    });
    return running;
  }

  return {
    async enqueue(records) {
      // Validated here, not at the receiver only: one malformed record would fail its whole batch forever.
      const parsed = (Array.isArray(records) ? records : [records]).map((r) =>
        activityRecordSchema().parse(r),
      );
      const valid = options.prepare ? await Promise.all(parsed.map(options.prepare)) : parsed;
      await load();
      for (const r of valid) queue.set(r.id, r);
      await persist();
      if (!stopped) void run();
    },
    async flush() {
      await load();
      while (queue.size > 0 && !stopped) {
        // A flush is a request to try now, not after the current backoff.
        if (timer !== undefined) clearTimeout(timer);
        wake?.();
        await run();
      }
    },
    pending: () => queue.size,
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      wake?.();
    },
  };
}

/** The slice of `browser.storage.local` the outbox needs. */
export interface KeyValueArea {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

interface StoredOutbox {
  updatedAt: number;
  records: ActivityRecord[];
}

export const OUTBOX_KEY_PREFIX = 'outbox:';

/**
 * Keeps one sender's pending records under `outbox:<instanceId>` in a storage area (content scripts may use
 * storage.local). On load it also adopts outboxes no one has written for `staleMs` — left by a tab that
 * closed before its records were acknowledged — so they are delivered by the next page that loads. Two
 * senders delivering the same record is harmless: the receiver writes by id.
 */
export function storageAreaOutboxStore(
  area: KeyValueArea,
  instanceId: string,
  staleMs = 60_000,
  now = Date.now,
): OutboxStore {
  const ownKey = OUTBOX_KEY_PREFIX + instanceId;
  return {
    async load() {
      const all = await area.get(null);
      const adopted: string[] = [];
      const records: ActivityRecord[] = [];
      for (const [key, value] of Object.entries(all)) {
        if (!key.startsWith(OUTBOX_KEY_PREFIX)) continue;
        const stored = value as StoredOutbox | undefined;
        if (key !== ownKey && (stored?.updatedAt ?? 0) > now() - staleMs) continue;
        for (const r of stored?.records ?? []) {
          const parsed = activityRecordSchema().safeParse(r);
          if (parsed.success) records.push(parsed.data);
        }
        if (key !== ownKey) adopted.push(key);
      }
      if (adopted.length > 0) {
        await area.set({ [ownKey]: { updatedAt: now(), records } satisfies StoredOutbox });
        await area.remove(adopted);
      }
      return records;
    },
    async save(pending) {
      if (pending.length === 0) await area.remove(ownKey);
      else await area.set({ [ownKey]: { updatedAt: now(), records: pending } satisfies StoredOutbox });
    },
  };
}
