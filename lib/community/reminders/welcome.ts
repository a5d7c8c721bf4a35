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

export interface WelcomeState {
  /** Member id → when they were queued for a welcome. */
  welcomed: Record<string, number>;
  /** Newcomers waiting for the next (batched) welcome notification. */
  pending: Newcomer[];
}

export const EMPTY_WELCOME: WelcomeState = { welcomed: {}, pending: [] };
/** Newcomers arriving within this window share one notification (one thread scan, or a few in a row). */
export const WELCOME_BATCH_MS = 30_000;
/** A member first seen longer ago than this is not a newcomer (the book's "new" segment). */
export const NEWCOMER_DAYS = 7;
/** The welcomed set keeps the most recent ids; far more than a community gains in a retention period. */
export const WELCOMED_CAP = 50_000;

export function queueNewcomers(state: WelcomeState, created: readonly Member[], now: number): WelcomeState {
  const fresh = created.filter(
    (m) => state.welcomed[m.id] === undefined && now - m.firstSeen <= NEWCOMER_DAYS * DAY_MS,
  );
  if (!fresh.length) return state;
  let welcomed = { ...state.welcomed };
  for (const m of fresh) welcomed[m.id] = now;
  const ids = Object.keys(welcomed);
  if (ids.length > WELCOMED_CAP)
    welcomed = Object.fromEntries(
      Object.entries(welcomed)
        .sort((a, b) => b[1] - a[1])
        .slice(0, WELCOMED_CAP),
    );
  const pending = [
    ...state.pending,
    ...fresh.map((m) => ({ id: m.id, platform: m.platform, handle: m.handle, url: m.lastCommentUrl })),
  ];
  return { welcomed, pending };
}

export function welcomeStateOf(stored: unknown): WelcomeState {
  const value = stored as Partial<WelcomeState> | undefined;
  return {
    welcomed: value?.welcomed && typeof value.welcomed === 'object' ? value.welcomed : {},
    pending: Array.isArray(value?.pending) ? value.pending : [],
  };
}
