import type { KeyValueArea } from './outbox';
import { createSerialQueue } from '../serial-queue';

// Findings caught in drafts not yet published, for the popup's "today" count: the log records them only when the
// draft is published (check-summary, publish), so "0 findings caught" showed right after three were. Each box session
// reports how many distinct findings it has shown (0 once published: the records then hold them). Kept in the
// browser's session storage (content scripts cannot read it), counts and platform only: no draft text.

export const DRAFT_FINDINGS_KEY = 'draftFindings';
/** The most drafts kept; the oldest go first (a day of work is far fewer). */
const MAX_DRAFTS = 500;

export interface DraftFindings {
  /** Findings shown in the draft so far. */
  count: number;
  /** When the count last changed (ms since epoch). */
  at: number;
}

type Tally = Record<string, DraftFindings>;

async function readTally(area: KeyValueArea): Promise<Tally> {
  const stored = (await area.get(DRAFT_FINDINGS_KEY))[DRAFT_FINDINGS_KEY];
  return stored && typeof stored === 'object' ? (stored as Tally) : {};
}

/** Notes a draft's count (0 removes it). Writes are serialised so two boxes reporting at once both land. */
const writing = createSerialQueue();
export function noteDraftFindings(
  area: KeyValueArea,
  draft: string,
  count: number,
  at: number,
): Promise<void> {
  return writing(async () => {
    const tally = await readTally(area);
    if (count > 0) tally[draft] = { count, at };
    else delete tally[draft];
    const kept = Object.entries(tally)
      .sort(([, a], [, b]) => b.at - a.at)
      .slice(0, MAX_DRAFTS);
    await area.set({ [DRAFT_FINDINGS_KEY]: Object.fromEntries(kept) });
  });
}

/** Findings shown in unpublished drafts whose count last changed in [from, to]. */
export async function draftFindingsIn(area: KeyValueArea, from: number, to: number): Promise<number> {
  const tally = await readTally(area);
  return Object.values(tally)
    .filter((draft) => draft.at >= from && draft.at <= to)
    .reduce((sum, draft) => sum + draft.count, 0);
}
