import type { Holiday } from './holiday-list';

// Holidays falling on a local date, and the check of a list the kit supplies (a malformed entry names itself and
// the old list stays).

const ID = /^[a-z0-9][a-z0-9-]{0,49}$/;
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The holidays on a local date ('YYYY-MM-DD'). */
export function holidaysOn(list: readonly Holiday[], date: string): Holiday[] {
  const monthDay = date.slice(5);
  return list.filter((h) => h.date === monthDay || h.dates?.includes(date));
}

export type HolidayCheck = { ok: true; holidays: Holiday[] } | { ok: false; error: string };

/** A list from the kit: each entry an id, both names and a date or dates; the first problem is named. */
export function checkHolidays(value: unknown): HolidayCheck {
  if (!Array.isArray(value)) return { ok: false, error: 'holidays must be a list' };
  const seen = new Set<string>();
  const holidays: Holiday[] = [];
  for (const [index, raw] of value.entries()) {
    const entry = (raw ?? {}) as Partial<Holiday>;
    const label = `holidays[${index}]${typeof entry.id === 'string' ? ` (“${entry.id}”)` : ''}`;
    const fail = (why: string): HolidayCheck => ({ ok: false, error: `${label}: ${why}` });
    if (typeof entry.id !== 'string' || !ID.test(entry.id))
      return fail('id must be lowercase letters, digits, -');
    if (seen.has(entry.id)) return fail('id is used twice');
    seen.add(entry.id);
    const name = entry.name as Partial<Holiday['name']> | undefined;
    if (typeof name?.en !== 'string' || !name.en.trim() || typeof name.zh !== 'string' || !name.zh.trim())
      return fail('name needs both en and zh');
    if (entry.date !== undefined && (typeof entry.date !== 'string' || !MONTH_DAY.test(entry.date)))
      return fail(`date must be MM-DD (got “${String(entry.date)}”)`);
    if (entry.dates !== undefined) {
      if (!Array.isArray(entry.dates)) return fail('dates must be a list of YYYY-MM-DD');
      const bad = entry.dates.find((d) => typeof d !== 'string' || !DATE.test(d));
      if (bad !== undefined) return fail(`dates must be YYYY-MM-DD (got “${String(bad)}”)`);
    }
    if (entry.date === undefined && !entry.dates?.length) return fail('needs a date (MM-DD) or dates');
    holidays.push({
      id: entry.id,
      name: { en: name.en.trim(), zh: name.zh.trim() },
      ...(entry.date ? { date: entry.date } : {}),
      ...(entry.dates?.length ? { dates: [...entry.dates] } : {}),
    });
  }
  return { ok: true, holidays };
}
