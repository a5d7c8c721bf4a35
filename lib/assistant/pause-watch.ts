import { activePause, PAUSE_KEY, readPauses, type StoredPauses } from '@/lib/pause/pause';
import { whenPauseEnds } from '@/lib/pause/pause-end-timer';
import { readLocal, watchLocal } from '@/lib/storage/local-value';
import { currentPause } from './ui-state';

// The crisis pause in the page: read from extension storage (a page script can neither read nor write it) and
// followed as the popup or the dashboard switches it; a timed pause runs out here on its own (a timer at its end).

export function watchPause(signal: AbortSignal): void {
  let doc: StoredPauses = { version: 1, pauses: [] };
  let cancel = () => {};
  const apply = () => {
    cancel();
    const now = Date.now();
    const pause = activePause(doc, now);
    currentPause.value = pause;
    cancel = whenPauseEnds(pause, now, apply);
  };
  const set = (value: unknown) => {
    doc = readPauses(value);
    apply();
  };
  // A change seen before the first read answers is newer than that read.
  let changed = false;
  signal.addEventListener(
    'abort',
    watchLocal(PAUSE_KEY, (value) => {
      changed = true;
      set(value);
    }),
  );
  signal.addEventListener('abort', () => cancel());
  // Unreadable storage (the extension reloading under the page) leaves no pause in force and says why.
  void readLocal(PAUSE_KEY).then(
    (value) => changed || set(value),
    (error: unknown) => console.warn('Onbrand: crisis pause not read', error),
  );
}
