// The crisis pause: the plan's emergency step ("for topics that may cause controversy, immediately pause the
// related content"). One document in extension storage holds every pause, newest last, so the reports can show
// past ones; the pause in force is the newest one not switched off whose time has not run out. Pure functions
// over that document: the popup, the dashboard, the worker (reminders, the end alarm) and the page all use them.
// Dependency-free: the in-page assistant reads the key too (lib/assistant/pause-watch.ts).

export const PAUSE_KEY = 'crisisPause';
/** The worker's alarm at a timed pause's end: reminders resume, the icon recounts. */
export const PAUSE_END_ALARM = 'onbrand-pause-end';
/** The rule id a post confirmed during a pause is recorded under (an override, with the person's reason). */
export const PAUSE_RULE_ID = 'crisis-pause';
/** Banned-term ids of the pause's topic terms (`banned:crisis-pause:<term>` findings). */
export const PAUSE_TERM_PREFIX = 'crisis-pause:';
/** Past pauses kept for the reports; the oldest go first. */
export const PAUSE_HISTORY_CAP = 200;
export const PAUSE_TERMS_CAP = 50;

export interface Pause {
  id: string;
  startedAt: number;
  /** When a timed pause runs out; absent: until switched off. */
  until?: number;
  /** When someone switched it off (before `until`, if any). */
  endedAt?: number;
  reason: string;
  /** Topic terms: any draft touching one gets a warning while the pause lasts. */
  terms: string[];
  /** Who switched it on (team mode: the member's name; alone: absent). */
  by?: string;
  endedBy?: string;
}

export interface StoredPauses {
  version: 1;
  pauses: Pause[];
}

export const PAUSE_DURATIONS = ['off', '1h', '4h', 'tomorrow', 'custom'] as const;
/** How long a new pause lasts: until switched off, 1 h, 4 h, until tomorrow (local midnight) or a chosen time. */
export type PauseDuration = (typeof PAUSE_DURATIONS)[number];

const HOUR = 3_600_000;

const isPause = (p: unknown): p is Pause => {
  const v = p as Partial<Pause> | null;
  return (
    !!v &&
    typeof v.id === 'string' &&
    typeof v.startedAt === 'number' &&
    typeof v.reason === 'string' &&
    Array.isArray(v.terms) &&
    v.terms.every((t) => typeof t === 'string') &&
    (v.until === undefined || typeof v.until === 'number') &&
    (v.endedAt === undefined || typeof v.endedAt === 'number')
  );
};

/** The stored document, or an empty one for anything unreadable (errs towards "not paused"). */
export function readPauses(value: unknown): StoredPauses {
  const stored = value as Partial<StoredPauses> | undefined;
  if (!stored || stored.version !== 1 || !Array.isArray(stored.pauses)) return { version: 1, pauses: [] };
  return { version: 1, pauses: stored.pauses.filter(isPause) };
}

/** When a pause stops (switched off, or its time ran out); Infinity while neither. */
export function pauseEnd(pause: Pause): number {
  return Math.min(pause.endedAt ?? Infinity, pause.until ?? Infinity);
}

/** The pause in force at `now`, if any. */
export function activePause(doc: StoredPauses, now: number): Pause | undefined {
  const last = doc.pauses.at(-1);
  return last && last.startedAt <= now && now < pauseEnd(last) ? last : undefined;
}

/** Whether a slot starting at `startMs` lies in the window of the pause in force (its reminder stays silent). */
export function slotPaused(pause: Pause | undefined, startMs: number): boolean {
  return !!pause && startMs >= pause.startedAt && startMs < pauseEnd(pause);
}

/** The next local midnight after `now` in `timeZone` (an IANA name): "until tomorrow". */
export function nextMidnight(now: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(now));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const intoDay = ((part('hour') * 60 + part('minute')) * 60 + part('second')) * 1000 + (now % 1000);
  // A DST change between now and midnight moves it by an hour: check the local hour there and correct once.
  const guess = now - intoDay + 24 * HOUR;
  const hourThere = Number(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric' }).format(new Date(guess)),
  );
  return hourThere === 0 ? guess : hourThere === 23 ? guess + HOUR : guess - hourThere * HOUR;
}

/** The end of a new pause, or undefined for "until switched off". `custom` must lie in the future. */
export function untilFor(
  duration: PauseDuration,
  now: number,
  timeZone: string,
  custom?: number,
): number | undefined {
  switch (duration) {
    case 'off':
      return undefined;
    case '1h':
      return now + HOUR;
    case '4h':
      return now + 4 * HOUR;
    case 'tomorrow':
      return nextMidnight(now, timeZone);
    case 'custom':
      if (custom === undefined || !(custom > now))
        throw new RangeError('A custom end must lie in the future');
      return custom;
  }
}

/** Topic terms as typed (one per line or comma-separated, EN or Chinese): trimmed, deduplicated, capped. */
export function parseTerms(text: string): string[] {
  const terms = text
    .split(/[\n,，、;；]/)
    .map((t) => t.trim().slice(0, 100))
    .filter(Boolean);
  return [...new Set(terms)].slice(0, PAUSE_TERMS_CAP);
}

/** Switches a pause on (ending the one in force first, if any). */
export function startPause(
  doc: StoredPauses,
  input: { id: string; now: number; until?: number; reason: string; terms: string[]; by?: string },
): StoredPauses {
  const ended = endPause(doc, input.now, input.by);
  const pause: Pause = {
    id: input.id,
    startedAt: input.now,
    ...(input.until !== undefined ? { until: input.until } : {}),
    reason: input.reason.trim().slice(0, 2000),
    terms: input.terms.slice(0, PAUSE_TERMS_CAP),
    ...(input.by ? { by: input.by } : {}),
  };
  return { version: 1, pauses: [...ended.pauses, pause].slice(-PAUSE_HISTORY_CAP) };
}

/** Switches the pause in force off; the document unchanged when none is. */
export function endPause(doc: StoredPauses, now: number, by?: string): StoredPauses {
  const current = activePause(doc, now);
  if (!current) return doc;
  const ended: Pause = { ...current, endedAt: now, ...(by ? { endedBy: by } : {}) };
  return { version: 1, pauses: [...doc.pauses.slice(0, -1), ended] };
}

/** The pauses overlapping [from, to) (the report's period), oldest first. */
export function pausesIn(doc: StoredPauses, from: number, to: number): Pause[] {
  return doc.pauses.filter((p) => p.startedAt < to && pauseEnd(p) > from);
}
