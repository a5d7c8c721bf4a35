// The period the reports cover, in the user's local days: a preset ("last N days", ending now) or a custom
// range of whole days. `#reports/<days>` in the URL picks a preset, so a link or a bookmark lands on it.

export const PERIOD_PRESETS = [7, 30, 90, 365] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const DEFAULT_PRESET: PeriodPreset = 30;

export type PeriodChoice = { preset: PeriodPreset } | { preset: 'custom'; fromDay: string; toDay: string };

/** YYYY-MM-DD of an instant in local time. */
export function localDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function startOfLocalDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
}

/** Inclusive epoch-ms bounds: a preset runs from the start of the first local day to now. */
export function periodBounds(choice: PeriodChoice, now: number): { from: number; to: number } {
  if (choice.preset === 'custom') {
    const [a, b] = choice.fromDay <= choice.toDay ? [choice.fromDay, choice.toDay] : [choice.toDay, choice.fromDay];
    const end = new Date(startOfLocalDay(b));
    end.setDate(end.getDate() + 1);
    return { from: startOfLocalDay(a), to: end.getTime() - 1 };
  }
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  start.setDate(start.getDate() - (choice.preset - 1));
  return { from: start.getTime(), to: now };
}

export function presetFromHash(hash: string): PeriodPreset {
  const days = Number(hash.replace(/^#/, '').split('/')[1]);
  return (PERIOD_PRESETS as readonly number[]).includes(days) ? (days as PeriodPreset) : DEFAULT_PRESET;
}

/** The user's offset from UTC at `at`, as the report's day keys need it (Beijing +480). */
export function utcOffsetMinutes(at: number): number {
  return -new Date(at).getTimezoneOffset();
}
