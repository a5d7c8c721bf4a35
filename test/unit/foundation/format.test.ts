import { describe, expect, it } from 'vitest';
import { formatHour, formatLocalDate, formatLocalTime, intlLocale } from '@/lib/i18n/format';

describe('dates and times in the UI language', () => {
  it('format floating dates with weekdays, never as ISO', () => {
    expect(formatLocalDate('en-US', '2026-12-03', 'long')).toBe('Thursday, December 3');
    expect(formatLocalDate('zh-CN', '2026-12-03', 'long')).toBe('12月3日星期四');
    expect(formatLocalDate('en-US', '2026-12-01', 'month')).toBe('December 2026');
    expect(formatLocalDate('zh-CN', '2026-12-01', 'month')).toBe('2026年12月');
    expect(formatLocalDate('en-US', '2026-11-30', 'weekdayShort')).toBe('Mon');
  });

  it('use one clock per language for times and hour labels', () => {
    expect(formatLocalTime('en-US', '14:30')).toBe('2:30 PM');
    expect(formatLocalTime('zh-CN', '14:30')).toBe('14:30');
    expect(formatHour('en-US', 9)).toBe('9 AM');
    expect(formatHour('zh-CN', 9)).toMatch(/^9/);
  });

  it("follow the browser's region when it speaks the UI language", () => {
    expect(intlLocale('en', 'en-GB')).toBe('en-GB');
    expect(intlLocale('en', 'zh-CN')).toBe('en');
    expect(intlLocale('zh-CN', 'zh-TW')).toBe('zh-CN');
  });
});
