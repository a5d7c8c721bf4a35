import { describe, expect, it } from 'vitest';
import { SHIPPED_HOLIDAYS } from '@/lib/community/reminders/holiday-list';
import { holidaysInForce, holidaysOn } from '@/lib/community/reminders/holidays';
import { holidaySchemas, SHIPPED_HOLIDAY_IDS } from '@/lib/engine/kit-holidays';
import { KIT_VERSION, parseBrandKit } from '@/lib/engine/schema';
import { readKitText } from '@/lib/kits/kit-file';

// The shipped list: every lunar festival's dates are that lunar month/day in ICU's Chinese calendar (so a typo in
// the data fails here), every year 2026–2028 is covered; a kit's holidays section is validated field by field
// (through the kit import's path too) and merged with the shipped list.

const LUNAR: Record<string, string> = {
  'spring-festival': '1-1',
  lantern: '1-15',
  'dragon-boat': '5-5',
  qixi: '7-7',
  'mid-autumn': '8-15',
  'double-ninth': '9-9',
};
const chinese = new Intl.DateTimeFormat('zh-u-ca-chinese', {
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});
const lunarOf = (date: string) => {
  const parts = chinese.formatToParts(new Date(`${date}T00:00Z`));
  return `${parts.find((p) => p.type === 'month')?.value}-${parts.find((p) => p.type === 'day')?.value}`;
};

describe('shipped holidays', () => {
  it('the lunar festivals fall on their lunar day, once in each of 2026, 2027 and 2028', () => {
    for (const [id, lunar] of Object.entries(LUNAR)) {
      const holiday = SHIPPED_HOLIDAYS.find((h) => h.id === id)!;
      expect(holiday.dates?.map((d) => d.slice(0, 4))).toEqual(['2026', '2027', '2028']);
      for (const date of holiday.dates!) expect([id, date, lunarOf(date)]).toEqual([id, date, lunar]);
    }
  });

  it('has the Chinese and international days, each named in both languages, and passes its own check', () => {
    const zh = SHIPPED_HOLIDAYS.map((h) => h.name.zh);
    for (const name of [
      '春节',
      '元宵节',
      '清明节',
      '端午节',
      '七夕',
      '中秋节',
      '国庆节',
      '元旦',
      '圣诞节',
      '情人节',
    ])
      expect(zh).toContain(name);
    expect(
      holidaySchemas().KitHolidays.safeParse({
        add: SHIPPED_HOLIDAYS.map((h) => ({ ...h, id: `own-${h.id}` })),
      }).success,
    ).toBe(true);
    expect(SHIPPED_HOLIDAYS.map((h) => h.id)).toEqual([...SHIPPED_HOLIDAY_IDS]);
    expect(holidaysOn(SHIPPED_HOLIDAYS, '2027-02-07').map((h) => h.id)).toEqual(['spring-festival']);
    expect(holidaysOn(SHIPPED_HOLIDAYS, '2028-10-01').map((h) => h.id)).toEqual(['national-day']);
    expect(holidaysOn(SHIPPED_HOLIDAYS, '2026-10-01')).toHaveLength(1);
  });
});

const KIT = { version: KIT_VERSION, profile: { name: 'Acme' }, bannedTerms: [] };
const ANNIVERSARY = {
  id: 'acme-day',
  name: { en: 'Acme Day', zh: 'Acme 日' },
  date: '06-18',
  template: 'acme-tpl',
};
const errorsOf = (holidays: unknown) => {
  const result = parseBrandKit({ ...KIT, holidays });
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
};

describe("the kit's holidays", () => {
  it('in force: the shipped ones minus those switched off, plus the kit’s own (with its template)', () => {
    const parsed = parseBrandKit({
      ...KIT,
      holidays: {
        add: [ANNIVERSARY, { id: 'launch', name: { en: 'Launch', zh: '发布日' }, dates: ['2027-03-09'] }],
        off: ['valentines'],
      },
    });
    expect(parsed.ok).toBe(true);
    const list = holidaysInForce(SHIPPED_HOLIDAYS, parsed.ok ? parsed.kit.holidays : undefined);
    expect(list.map((h) => h.id)).toEqual([
      ...SHIPPED_HOLIDAY_IDS.filter((id) => id !== 'valentines'),
      'acme-day',
      'launch',
    ]);
    expect(holidaysOn(list, '2027-06-18')).toEqual([ANNIVERSARY]);
    expect(holidaysOn(list, '2027-03-09').map((h) => h.id)).toEqual(['launch']);
    expect(holidaysOn(list, '2027-02-14')).toEqual([]);
    // No section (or an empty one): the shipped list as it is.
    expect(holidaysInForce(SHIPPED_HOLIDAYS, undefined)).toEqual(SHIPPED_HOLIDAYS);
    expect(holidaysInForce(SHIPPED_HOLIDAYS, {})).toEqual(SHIPPED_HOLIDAYS);
  });

  it('a bad date is named by its field', () => {
    expect(errorsOf({ add: [{ ...ANNIVERSARY, date: '13-01' }] })).toEqual([
      'holidays.add[0].date: must be a day of the year as MM-DD, e.g. 12-25',
    ]);
    expect(errorsOf({ add: [{ ...ANNIVERSARY, date: '02-30' }] })).toHaveLength(1);
    // 29 February is a yearly day (it falls only in leap years); 2027-02-29 is not a date.
    expect(errorsOf({ add: [{ ...ANNIVERSARY, date: '02-29' }] })).toEqual([]);
    const { date: _date, ...moving } = ANNIVERSARY;
    expect(errorsOf({ add: [{ ...moving, dates: ['2026-02-17', '2027-02-29'] }] })).toEqual([
      'holidays.add[0].dates[1]: must be a date as YYYY-MM-DD, e.g. 2027-02-07',
    ]);
    expect(errorsOf({ add: [{ ...moving, dates: ['2026-1-1'] }] })).toHaveLength(1);
    expect(errorsOf({ add: [moving] })).toEqual([
      'holidays.add[0].date: needs either a date (MM-DD) or dates (YYYY-MM-DD), not both',
    ]);
    expect(errorsOf({ add: [{ ...ANNIVERSARY, dates: ['2027-06-18'] }] })).toHaveLength(1);
    expect(errorsOf({ add: [{ ...ANNIVERSARY, name: { en: 'Acme Day', zh: ' ' } }] })).toEqual([
      'holidays.add[0].name.zh: must not be empty',
    ]);
  });

  it('an unknown shipped id to switch off, and an id used twice, are named', () => {
    expect(errorsOf({ off: ['christmas', 'xmas'] })).toEqual([
      `holidays.off[1]: is not a shipped holiday (known: ${SHIPPED_HOLIDAY_IDS.join(', ')})`,
    ]);
    expect(errorsOf({ add: [ANNIVERSARY, ANNIVERSARY] })).toEqual([
      "holidays.add[1].id: “acme-day” is used twice (shipped ids and the kit's own must differ)",
    ]);
    expect(errorsOf({ add: [{ ...ANNIVERSARY, id: 'christmas' }] })).toEqual([
      "holidays.add[0].id: “christmas” is used twice (shipped ids and the kit's own must differ)",
    ]);
    expect(errorsOf({ add: [{ ...ANNIVERSARY, id: 'Acme Day' }] })).toEqual([
      'holidays.add[0].id: must be lowercase letters, digits and -, at most 50',
    ]);
  });

  it('a kit file with a bad holiday is refused naming the field and its line (the import path), nothing applied', () => {
    const text = JSON.stringify({ ...KIT, holidays: { add: [{ ...ANNIVERSARY, date: '6-18' }] } }, null, 2);
    const read = readKitText(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toEqual([
      expect.objectContaining({
        code: 'invalid',
        path: 'holidays.add[0].date',
        line: text.split('\n').findIndex((line) => line.includes('"6-18"')) + 1,
        message: 'must be a day of the year as MM-DD, e.g. 12-25 ("6-18")',
      }),
    ]);
    const good = readKitText(JSON.stringify({ ...KIT, holidays: { add: [ANNIVERSARY], off: ['qixi'] } }));
    expect(good.ok && good.kit.holidays).toEqual({ add: [ANNIVERSARY], off: ['qixi'] });
  });
});
