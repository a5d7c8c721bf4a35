import { describe, expect, it } from 'vitest';
import { formatUtcOffset, searchZones, timeZoneOptions, zoneOption } from '@/lib/calendar/time-zones';

// A winter instant: no daylight saving north of the equator, so offsets are the standard ones.
const AT = Date.UTC(2026, 0, 15, 12);

describe('time-zone picker options', () => {
  const en = timeZoneOptions('en-US', AT);

  it('lists the IANA zones west to east, never an Etc/GMT±N zone', () => {
    expect(en.length).toBeGreaterThan(300);
    expect(en.some((o) => o.id.startsWith('Etc/'))).toBe(false);
    expect(en.map((o) => o.offsetMinutes)).toEqual([...en.map((o) => o.offsetMinutes)].sort((a, b) => a - b));
    expect(en.find((o) => o.id === 'UTC')?.label).toBe('UTC+00:00');
  });

  it('shows offset, city and the zone name in the UI language', () => {
    expect(zoneOption('Asia/Kolkata', 'en-US', AT).label).toBe('UTC+05:30 · Kolkata · India Standard Time');
    expect(zoneOption('America/New_York', 'en-US', AT)).toMatchObject({
      offset: 'UTC-05:00',
      city: 'New York',
      name: 'Eastern Time',
    });
    expect(zoneOption('Asia/Shanghai', 'zh-CN', AT).name).toBe('中国标准时间');
  });

  it('shows a stored Etc zone as the offset it really means (Etc/GMT-4 is UTC+4)', () => {
    expect(zoneOption('Etc/GMT-4', 'en-US', AT).label).toBe('UTC+04:00');
    expect(zoneOption('Etc/GMT+10', 'en-US', AT).label).toBe('UTC-10:00');
  });

  it('searches by city, id words, local name and offset the way people write it', () => {
    // ICU may list Kolkata under its old id (Asia/Calcutta): the city is found by today's name either way.
    expect(searchZones(en, 'kolkata').map((o) => o.city)).toEqual(['Kolkata']);
    expect(searchZones(en, 'new york').map((o) => o.id)).toEqual(['America/New_York']);
    expect(searchZones(en, '+5:30').map((o) => o.city)).toContain('Kolkata');
    expect(searchZones(en, 'UTC+4').every((o) => o.offsetMinutes === 240)).toBe(true);
    expect(searchZones(en, 'UTC+4').map((o) => o.id)).toContain('Asia/Dubai');
    expect(searchZones(en, 'gmt-3').map((o) => o.id)).toContain('America/Sao_Paulo');
    expect(searchZones(timeZoneOptions('zh-CN', AT), '中国').map((o) => o.id)).toContain('Asia/Shanghai');
    expect(searchZones(en, 'atlantis')).toEqual([]);
  });

  it('formats offsets with sign, hours and minutes', () => {
    expect(formatUtcOffset(0)).toBe('UTC+00:00');
    expect(formatUtcOffset(-210)).toBe('UTC-03:30');
    expect(formatUtcOffset(345)).toBe('UTC+05:45');
  });
});
