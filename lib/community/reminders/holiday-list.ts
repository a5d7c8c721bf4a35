// The shipped holiday list (a kit may switch some off and add its own: holidays.ts). A fixed-date holiday has `date` (MM-DD, every
// year); a lunar one or a solar term has its real dates per year in `dates` (YYYY-MM-DD).
// Sources of the lunar dates (2026–2028): the Chinese calendar of the Hong Kong Observatory
// (https://www.hko.gov.hk/en/gts/time/conversion.htm) and the State Council's public-holiday notices; the
// lunar month/day of each date is checked against ICU's Chinese calendar in test/unit/community/holidays.test.ts.
// 清明 is the solar term 清明 (the sun at 15° ecliptic longitude), from the same HKO tables.

import type { ShippedHolidayId } from '../../engine/kit-holidays';

export interface Holiday {
  /** Stable id, [a-z0-9-]. */
  id: string;
  name: { en: string; zh: string };
  /** Every year on this day (MM-DD)… */
  date?: string;
  /** …or on these days (YYYY-MM-DD), for holidays that move. */
  dates?: string[];
  /** The template the reminder offers first (a kit's own holiday may name one). */
  template?: string;
}

export const SHIPPED_HOLIDAYS: Array<Holiday & { id: ShippedHolidayId }> = [
  { id: 'new-year', name: { en: 'New Year’s Day', zh: '元旦' }, date: '01-01' },
  {
    id: 'spring-festival',
    name: { en: 'Spring Festival (Chinese New Year)', zh: '春节' },
    dates: ['2026-02-17', '2027-02-07', '2028-01-26'],
  },
  {
    id: 'lantern',
    name: { en: 'Lantern Festival', zh: '元宵节' },
    dates: ['2026-03-03', '2027-02-21', '2028-02-09'],
  },
  { id: 'valentines', name: { en: 'Valentine’s Day', zh: '情人节' }, date: '02-14' },
  { id: 'womens-day', name: { en: 'International Women’s Day', zh: '妇女节' }, date: '03-08' },
  {
    id: 'qingming',
    name: { en: 'Qingming Festival', zh: '清明节' },
    dates: ['2026-04-05', '2027-04-05', '2028-04-04'],
  },
  { id: 'labour-day', name: { en: 'Labour Day', zh: '劳动节' }, date: '05-01' },
  { id: 'childrens-day', name: { en: 'Children’s Day', zh: '儿童节' }, date: '06-01' },
  {
    id: 'dragon-boat',
    name: { en: 'Dragon Boat Festival', zh: '端午节' },
    dates: ['2026-06-19', '2027-06-09', '2028-05-28'],
  },
  {
    id: 'qixi',
    name: { en: 'Qixi Festival', zh: '七夕' },
    dates: ['2026-08-19', '2027-08-08', '2028-08-26'],
  },
  {
    id: 'mid-autumn',
    name: { en: 'Mid-Autumn Festival', zh: '中秋节' },
    dates: ['2026-09-25', '2027-09-15', '2028-10-03'],
  },
  { id: 'national-day', name: { en: 'National Day', zh: '国庆节' }, date: '10-01' },
  {
    id: 'double-ninth',
    name: { en: 'Double Ninth Festival', zh: '重阳节' },
    dates: ['2026-10-18', '2027-10-08', '2028-10-26'],
  },
  { id: 'christmas', name: { en: 'Christmas', zh: '圣诞节' }, date: '12-25' },
];
