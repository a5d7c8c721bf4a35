import { activePause, readPauses, type Pause } from '@/lib/pause/pause';
import { pauseItem } from '@/lib/pause/pause-item';
import { useStorageItem } from './useStorageItem';

/**
 * The crisis pause in force as of this render (the clock now: one switched on a moment ago counts), followed as
 * any page switches it. `now`: a clock the page re-renders with, so a timed pause is seen to run out.
 */
export function useActivePause(now = Date.now()): Pause | undefined {
  return activePause(readPauses(useStorageItem(pauseItem)), Math.max(now, Date.now()));
}
