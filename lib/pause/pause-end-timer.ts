import { pauseEnd, type Pause } from './pause';

// The one timer at a timed pause's end, for the pages that show the pause (the in-page assistant, the popup, the
// dashboard): they look again then, and see it over. The worker uses its alarm instead (PAUSE_END_ALARM, set by
// lib/calendar/jobs.ts), which survives the worker stopping.

/** setTimeout's longest delay (~24.8 days); a longer pause calls back then, to be looked at again. */
const MAX_DELAY = 2 ** 31 - 1;

/** Calls `onEnd` once when the pause in force at `now` runs out (nothing for one until switched off); returns the cancel. */
export function whenPauseEnds(pause: Pause | undefined, now: number, onEnd: () => void): () => void {
  const end = pause ? pauseEnd(pause) : Infinity;
  if (!Number.isFinite(end)) return () => undefined;
  const timer = setTimeout(onEnd, Math.min(Math.max(0, end - now), MAX_DELAY));
  return () => clearTimeout(timer);
}
