import type { Member } from '../members/member';
import { DAY_MS } from '../../durations';

// Who to welcome: a member the book has just created, whose first interaction is recent (a thread from last year
// read for the first time brings no "welcome" for people who joined long ago). Each member once, ever: the
// welcomed set outlives the member (retention or "delete everything" recreating them does not welcome again).

export interface Newcomer {
  id: string;
  platform: Member['platform'];
  handle: string;
  /** Their comment's permalink, or the post it sits on. */
  url?: string;
}

/** A chunk of the welcomed set: member id → when they were queued for a welcome; `seq` names its storage key. */
export interface WelcomedChunk {
  seq: number;
  ids: Record<string, number>;
}

export interface WelcomeState {
  /**
   * The welcomed set in chunks of at most WELCOMED_CHUNK ids, oldest first, each under a key of its own
   * (welcome-store.ts): a batch changes the last chunk only, so a write (and every tab's storage.onChanged)
   * carries a few KB, not the whole set.
   */
  chunks: WelcomedChunk[];
  /** Newcomers waiting for the next (batched) welcome notification. */
  pending: Newcomer[];
}

export const EMPTY_WELCOME: WelcomeState = { chunks: [], pending: [] };
/** Newcomers arriving within this window share one notification (one thread scan, or a few in a row). */
export const WELCOME_BATCH_MS = 30_000;
/** A member first seen longer ago than this is not a newcomer (the book's "new" segment). */
export const NEWCOMER_DAYS = 7;
/** The welcomed set keeps the most recent ids; far more than a community gains in a retention period. */
export const WELCOMED_CAP = 50_000;
export const WELCOMED_CHUNK = 1_000;
/** Chunks kept; the oldest goes (its key reused) when a new one would pass the cap. */
export const WELCOMED_CHUNKS = WELCOMED_CAP / WELCOMED_CHUNK;

export const isWelcomed = (state: WelcomeState, id: string) =>
  state.chunks.some((chunk) => chunk.ids[id] !== undefined);

/** The state with the fresh newcomers queued; unchanged chunks keep their identity (welcome-store writes the others). */
export function queueNewcomers(state: WelcomeState, created: readonly Member[], now: number): WelcomeState {
  const seen = new Set<string>();
  const fresh = created.filter(
    (m) =>
      !seen.has(m.id) &&
      seen.add(m.id) &&
      !isWelcomed(state, m.id) &&
      now - m.firstSeen <= NEWCOMER_DAYS * DAY_MS,
  );
  if (!fresh.length) return state;
  const chunks = [...state.chunks];
  let last: WelcomedChunk | undefined;
  for (const m of fresh) {
    if (!last || Object.keys(last.ids).length >= WELCOMED_CHUNK) {
      const previous = chunks.at(-1);
      if (previous && Object.keys(previous.ids).length < WELCOMED_CHUNK)
        last = { ...previous, ids: { ...previous.ids } };
      else last = { seq: previous ? (previous.seq + 1) % WELCOMED_CHUNKS : 0, ids: {} };
      if (previous && last.seq === previous.seq) chunks[chunks.length - 1] = last;
      else chunks.push(last);
    }
    last.ids[m.id] = now;
  }
  const pending = [
    ...state.pending,
    ...fresh.map((m) => ({ id: m.id, platform: m.platform, handle: m.handle, url: m.lastCommentUrl })),
  ];
  return { chunks: chunks.slice(-WELCOMED_CHUNKS), pending };
}
