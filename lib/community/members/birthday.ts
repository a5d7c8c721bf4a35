// A member's birthday as the manager enters it: month-day ("03-14"), optionally with the year ("1990-03-14").
// The day is checked against the month (02-30 is refused; 02-29 only without a year or in a leap year), so a
// birthday reminder never waits for a day that does not come.

export interface Birthday {
  /** MM-DD, what reminders read. */
  birthday: string;
  birthYear?: number;
}

export type BirthdayError = 'format' | 'month' | 'day' | 'year';

export const MIN_BIRTH_YEAR = 1900;

const SHAPE = /^(?:(\d{4})-)?(\d{1,2})-(\d{1,2})$/;

function daysIn(month: number, year?: number): number {
  if (month === 2)
    return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses "MM-DD" or "YYYY-MM-DD" (full-width digits and separators accepted); `now` bounds the year. */
export function parseBirthday(text: string, now = Date.now()): Birthday | { error: BirthdayError } {
  const plain = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[／/.－—–]/g, '-');
  const match = SHAPE.exec(plain);
  if (!match) return { error: 'format' };
  const year = match[1] === undefined ? undefined : Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return { error: 'month' };
  if (year !== undefined && (year < MIN_BIRTH_YEAR || year > new Date(now).getUTCFullYear()))
    return { error: 'year' };
  if (day < 1 || day > daysIn(month, year)) return { error: 'day' };
  const birthday = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return year === undefined ? { birthday } : { birthday, birthYear: year };
}

/** How the tab shows a stored birthday (the form's own format, so it reads back as entered). */
export function formatBirthday(member: { birthday?: string; birthYear?: number }): string {
  if (!member.birthday) return '';
  return member.birthYear ? `${member.birthYear}-${member.birthday}` : member.birthday;
}

/** A stored birthday in the reader's locale ("March 14" / "3月14日", with the year when known). */
export function birthdayLabel(locale: string, member: { birthday?: string; birthYear?: number }): string {
  if (!member.birthday) return '';
  const [month, day] = member.birthday.split('-').map(Number);
  const date = new Date(Date.UTC(member.birthYear ?? 2000, month - 1, day));
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    day: 'numeric',
    ...(member.birthYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(date);
}
