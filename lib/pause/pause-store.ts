import { createSerialQueue, type SerialQueue } from '../serial-queue';
import { PAUSE_KEY, readPauses, type StoredPauses } from './pause';

// The one writer of the `crisisPause` key, in the background worker: the pages' switch (lib/background/
// pause-handlers.ts) and the team's mirror (lib/team/background.ts) both change it through here, one change after
// the other, so two writers can never read the same document and write back over each other. The page and the
// other parts of the worker only read the key.

/** The part of storage.local the writer uses (the unit tests pass a map). */
export interface PauseArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const queues = new WeakMap<PauseArea, SerialQueue>();

/** Reads the stored document, applies `change`, writes the result (not when `change` returned it unchanged). */
export function writePauses(
  area: PauseArea,
  change: (doc: StoredPauses) => StoredPauses,
): Promise<StoredPauses> {
  let queue = queues.get(area);
  if (!queue) queues.set(area, (queue = createSerialQueue()));
  return queue(async () => {
    const current = readPauses((await area.get(PAUSE_KEY))[PAUSE_KEY]);
    const next = change(current);
    if (next !== current) await area.set({ [PAUSE_KEY]: next });
    return next;
  });
}
