import { describe, expect, it } from 'vitest';
import { chineseTimeLabel } from '@/lib/sites/chinese-time-label';

const NOW = new Date(2026, 0, 5, 12, 0).getTime(); // 5 January 2026, 12:00 local

describe('chineseTimeLabel', () => {
  it('reads ages as their lower bound, with the region glued on', () => {
    expect(chineseTimeLabel('刚刚', NOW)).toBe(NOW);
    expect(chineseTimeLabel('5分钟前', NOW)).toBe(NOW - 5 * 60_000);
    expect(chineseTimeLabel('1小时前上海', NOW)).toBe(NOW - 3_600_000);
    expect(chineseTimeLabel('2天前浙江', NOW)).toBe(NOW - 2 * 86_400_000);
  });
  it('reads today, yesterday and the day before at a time', () => {
    expect(chineseTimeLabel('今天 08:05', NOW)).toBe(new Date(2026, 0, 5, 8, 5).getTime());
    expect(chineseTimeLabel('昨天 15:59湖北', NOW)).toBe(new Date(2026, 0, 4, 15, 59).getTime());
    expect(chineseTimeLabel('前天 00:30', NOW)).toBe(new Date(2026, 0, 3, 0, 30).getTime());
  });
  it('reads dates; a month-day still ahead is last year’s', () => {
    expect(chineseTimeLabel('2025-08-23', NOW)).toBe(new Date(2025, 7, 23).getTime());
    expect(chineseTimeLabel('01-02', NOW)).toBe(new Date(2026, 0, 2).getTime());
    expect(chineseTimeLabel('12-30 北京', NOW)).toBe(new Date(2025, 11, 30).getTime());
  });
  it('is undefined for what is not a time', () => {
    expect(chineseTimeLabel(undefined, NOW)).toBeUndefined();
    expect(chineseTimeLabel('置顶评论', NOW)).toBeUndefined();
    expect(chineseTimeLabel('', NOW)).toBeUndefined();
  });
});
