import type { KeyValue } from '../queue-store';
import type { Newcomer, WelcomedChunk, WelcomeState } from './welcome';
import { WELCOMED_CHUNK } from './welcome';

// The welcome state in extension storage: the pending newcomers and the order of the welcomed set's chunks under
// one small key, each chunk under a key of its own (reused round the ring when the set reaches its cap). A write
// sets the index and only the chunks that changed: storage.local's onChanged reaches every tab with the old and
// new value of each key written, and the whole set (up to 50,000 ids, ≈2 MB) used to be one key.

export const WELCOME_KEY = 'community.reminders.welcome';
export const WELCOMED_PREFIX = 'community.reminders.welcomed.';

interface StoredIndex {
  pending?: Newcomer[];
  /** Chunk key numbers, oldest first. */
  chunks?: number[];
  /** The first form: the whole set under this key (moved into chunks on the next read). */
  welcomed?: Record<string, number>;
}

const record = (value: unknown): Record<string, number> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, number>) : {};

export async function readWelcome(storage: KeyValue): Promise<WelcomeState> {
  const index = ((await storage.get(WELCOME_KEY))[WELCOME_KEY] ?? {}) as StoredIndex;
  const pending = Array.isArray(index.pending) ? index.pending : [];
  if (index.welcomed && typeof index.welcomed === 'object') {
    // The first form, oldest first into chunks, written once.
    const entries = Object.entries(record(index.welcomed)).sort((a, b) => a[1] - b[1]);
    const chunks: WelcomedChunk[] = [];
    for (let i = 0; i < entries.length; i += WELCOMED_CHUNK)
      chunks.push({ seq: chunks.length, ids: Object.fromEntries(entries.slice(i, i + WELCOMED_CHUNK)) });
    const state = { chunks, pending };
    await writeWelcome(storage, { chunks: [], pending: [] }, state);
    return state;
  }
  const seqs = Array.isArray(index.chunks) ? index.chunks.filter((n) => Number.isInteger(n)) : [];
  const chunks = await Promise.all(
    seqs.map(async (seq) => ({
      seq,
      ids: record((await storage.get(WELCOMED_PREFIX + seq))[WELCOMED_PREFIX + seq]),
    })),
  );
  return { chunks, pending };
}

/** Writes `after` over `before` (as read): the index, and the chunks `queueNewcomers` replaced. */
export async function writeWelcome(
  storage: KeyValue,
  before: WelcomeState,
  after: WelcomeState,
): Promise<void> {
  const changed = after.chunks.filter((chunk) => !before.chunks.includes(chunk));
  await storage.set({
    ...Object.fromEntries(changed.map((chunk) => [WELCOMED_PREFIX + chunk.seq, chunk.ids])),
    [WELCOME_KEY]: { pending: after.pending, chunks: after.chunks.map((chunk) => chunk.seq) },
  });
}
