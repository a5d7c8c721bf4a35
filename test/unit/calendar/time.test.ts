import { describe, expect, it } from 'vitest';
import {
  dayBounds,
  floatingToUtc,
  localToUtc,
  offsetAt,
  parseLocalDateTime,
  utcToLocal,
} from '@/lib/calendar/time';
import { utc } from './helpers';

describe('zone conversion', () => {
  it('reads Shanghai, New York and Berlin wall times', () => {
    expect(localToUtc('2026-03-08T12:00', 'Asia/Shanghai')).toBe(utc('2026-03-08T04:00:00Z'));
    expect(localToUtc('2026-03-07T12:00', 'America/New_York')).toBe(utc('2026-03-07T17:00:00Z'));
    expect(localToUtc('2026-03-09T12:00', 'America/New_York')).toBe(utc('2026-03-09T16:00:00Z'));
    expect(localToUtc('2026-03-28T12:00', 'Europe/Berlin')).toBe(utc('2026-03-28T11:00:00Z'));
    expect(localToUtc('2026-03-30T12:00', 'Europe/Berlin')).toBe(utc('2026-03-30T10:00:00Z'));
  });

  it('reads a wall time that does not exist with the offset before the gap (RFC 5545 3.3.5)', () => {
    // 2026-03-08 02:30 never happens in New York; it means 03:30 EDT.
    expect(localToUtc('2026-03-08T02:30', 'America/New_York')).toBe(utc('2026-03-08T07:30:00Z'));
    expect(utcToLocal(localToUtc('2026-03-08T02:30', 'America/New_York'), 'America/New_York')).toBe(
      '2026-03-08T03:30',
    );
    expect(localToUtc('2026-03-29T02:15', 'Europe/Berlin')).toBe(utc('2026-03-29T01:15:00Z'));
  });

  it('reads a repeated wall time as its first occurrence', () => {
    // 2026-11-01 01:30 happens twice in New York: EDT first.
    expect(localToUtc('2026-11-01T01:30', 'America/New_York')).toBe(utc('2026-11-01T05:30:00Z'));
    expect(localToUtc('2026-10-25T02:30', 'Europe/Berlin')).toBe(utc('2026-10-25T00:30:00Z'));
  });

  it('round-trips every hour of a DST year', () => {
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Asia/Shanghai', 'Australia/Lord_Howe']) {
      for (let t = utc('2026-01-01T00:00:00Z'); t < utc('2027-01-01T00:00:00Z'); t += 3_600_000) {
        const back = localToUtc(utcToLocal(t, zone), zone);
        // Times in a repeated hour map to the first of the two; all others come back exactly.
        expect(t - back === 0 || t - back === offsetAt(back, zone) - offsetAt(t, zone)).toBe(true);
      }
    }
  });

  it('gives 23- and 25-hour days on DST switches', () => {
    const spring = dayBounds('2026-03-08', 'America/New_York');
    const autumn = dayBounds('2026-11-01', 'America/New_York');
    expect((spring.endMs - spring.startMs) / 3_600_000).toBe(23);
    expect((autumn.endMs - autumn.startMs) / 3_600_000).toBe(25);
  });

  it('rejects impossible dates', () => {
    expect(parseLocalDateTime('2026-02-30T10:00')).toBeNaN();
    expect(parseLocalDateTime('2026-02-28 10:00')).toBeNaN();
    expect(floatingToUtc(parseLocalDateTime('2026-02-28T10:00'), 'UTC')).toBe(utc('2026-02-28T10:00:00Z'));
  });
});
