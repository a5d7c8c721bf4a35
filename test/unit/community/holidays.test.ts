import { describe, expect, it } from 'vitest';
import { SHIPPED_HOLIDAYS } from '@/lib/community/reminders/holiday-list';
import { checkHolidays, holidaysOn } from '@/lib/community/reminders/holidays';

// The shipped list: every lunar festival's dates are that lunar month/day in ICU's Chinese calendar (so a typo in
// the data fails here), every year 2026–2028 is covered, and a kit's list is checked entry by entry.

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
    expect(checkHolidays(SHIPPED_HOLIDAYS)).toEqual({ ok: true, holidays: SHIPPED_HOLIDAYS });
    expect(holidaysOn(SHIPPED_HOLIDAYS, '2027-02-07').map((h) => h.id)).toEqual(['spring-festival']);
    expect(holidaysOn(SHIPPED_HOLIDAYS, '2028-10-01').map((h) => h.id)).toEqual(['national-day']);
    expect(holidaysOn(SHIPPED_HOLIDAYS, '2026-10-01')).toHaveLength(1);
  });

  it('a malformed kit entry is named', () => {
    expect(checkHolidays([{ id: 'ok', name: { en: 'A', zh: '甲' }, date: '13-01' }])).toEqual({
      ok: false,
      error: 'holidays[0] (“ok”): date must be MM-DD (got “13-01”)',
    });
    expect(checkHolidays([{ id: 'b', name: { en: 'B' }, date: '01-01' }])).toMatchObject({
      ok: false,
      error: 'holidays[0] (“b”): name needs both en and zh',
    });
    expect(checkHolidays([{ id: 'c', name: { en: 'C', zh: '丙' }, dates: ['2026-1-1'] }])).toMatchObject({
      ok: false,
      error: 'holidays[0] (“c”): dates must be YYYY-MM-DD (got “2026-1-1”)',
    });
    expect(checkHolidays({})).toEqual({ ok: false, error: 'holidays must be a list' });
  });
});
