import { useEffect, useReducer } from 'react';
import { activePause, readPauses, type Pause } from '@/lib/pause/pause';
import { whenPauseEnds } from '@/lib/pause/pause-end-timer';
import { pauseItem } from '@/lib/pause/pause-item';
import { useStorageItem } from './useStorageItem';

/**
 * The crisis pause in force as of this render (the clock now: one switched on a moment ago counts), followed as
 * any page switches it; a timed pause is seen to run out (the page re-renders at its end). `now`: a clock the
 * page re-renders with anyway (the popup's), never earlier than the real one.
 */
export function useActivePause(now = Date.now()): Pause | undefined {
  const at = Math.max(now, Date.now());
  const pause = activePause(readPauses(useStorageItem(pauseItem)), at);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => whenPauseEnds(pause, Date.now(), rerender), [pause]);
  return pause;
}
