import { describe, expect, it } from 'vitest';
import { allMessages, translate, type MessageKey } from '@/lib/i18n';
import { IMPORT_ERROR_CODES } from '@/lib/calendar/import-result';
import { CONTENT_TYPES, SLOT_STATUSES } from '@/lib/calendar/schema';
import { describeRule, ruleFromParts, ruleParts, type RuleParts } from '@/lib/calendar/rule-builder';
import { composeUrl } from '@/lib/calendar/compose';
import { isSupportedHost } from '@/lib/sites/hosts';
import { PLATFORM_IDS } from '@/lib/platforms';
import { expandOccurrences } from '@/lib/calendar/occurrences';
import { calendarWith, slot, utc } from './helpers';

describe('calendar UI strings', () => {
  it('has an English and Chinese message for every import problem, type, status and state', () => {
    const { en, 'zh-CN': zh } = allMessages();
    const keys = [
      ...IMPORT_ERROR_CODES.map((code) => `calendar.error.${code}`),
      ...CONTENT_TYPES.map((type) => `calendar.contentType.${type}`),
      ...SLOT_STATUSES.map((status) => `calendar.status.${status}`),
      ...['done', 'skipped', 'overdue', 'next', 'upcoming'].map((state) => `calendar.state.${state}`),
    ];
    for (const key of keys) {
      expect(en[key], key).toBeTruthy();
      expect(zh[key], key).toBeTruthy();
    }
    expect(translate('zh-CN', 'calendar.error.import.badDate', { line: 7, value: '2026-02-30' })).toBe(
      '第 7 行：“2026-02-30”不是有效日期（请用 2026-03-06 格式）。',
    );
  });
});

describe('recurrence form', () => {
  const cases: [RuleParts, string][] = [
    [{ freq: 'daily', interval: 1 }, 'FREQ=DAILY'],
    [{ freq: 'weekly', interval: 2, weekdays: ['FR', 'MO'] }, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR'],
    [{ freq: 'monthly', interval: 1, nth: 1, weekday: 'SA' }, 'FREQ=MONTHLY;BYDAY=1SA'],
    [{ freq: 'monthly', interval: 1, monthDay: -1, end: { count: 6 } }, 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=6'],
    [{ freq: 'yearly', interval: 1, end: { untilDate: '2030-12-31' } }, 'FREQ=YEARLY;UNTIL=20301231'],
  ];

  it('converts form parts to RRULE values and back', () => {
    for (const [parts, rule] of cases) {
      expect(ruleFromParts(parts)).toBe(rule);
      const back = ruleParts(rule);
      expect(back).toEqual(parts.freq === 'weekly' ? { ...parts, weekdays: ['MO', 'FR'] } : parts);
    }
    expect(ruleParts('FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1')).toBeUndefined();
    expect(ruleParts('FREQ=NONSENSE')).toBeUndefined();
  });

  it('includes the whole UNTIL day in the slot zone', () => {
    const cal = calendarWith([
      slot({
        id: 'u',
        start: '2026-03-01T23:30',
        rrule: ruleFromParts({ freq: 'daily', interval: 1, end: { untilDate: '2026-03-03' } }),
      }),
    ]);
    expect(
      expandOccurrences(cal, utc('2026-02-01T00:00:00Z'), utc('2026-04-01T00:00:00Z')).map((o) =>
        o.start.slice(0, 10),
      ),
    ).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
  });

  it('words rules in both languages', () => {
    const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
    const zh = (key: MessageKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);
    expect(describeRule({ freq: 'weekly', interval: 1, weekdays: ['MO', 'FR'] }, en)).toBe(
      'Every week on Mon, Fri',
    );
    expect(describeRule({ freq: 'weekly', interval: 1, weekdays: ['MO', 'FR'] }, zh)).toBe('每周周一、周五');
    expect(describeRule({ freq: 'monthly', interval: 1, nth: 1, weekday: 'SA' }, en)).toBe(
      'Monthly on the first Sat',
    );
    expect(describeRule({ freq: 'monthly', interval: 1, nth: -1, weekday: 'FR' }, zh)).toBe(
      '每月最后一个周五',
    );
    expect(describeRule({ freq: 'daily', interval: 2, end: { count: 5 } }, en)).toBe('Every 2 days, 5 times');
    expect(describeRule({ freq: 'weekly', interval: 2, weekdays: [] }, zh)).toBe('每 2 周');
  });
});

describe('compose pages', () => {
  it('opens a page on a supported host for every platform but generic', () => {
    for (const platform of PLATFORM_IDS) {
      const url = composeUrl(platform);
      if (platform === 'generic') expect(url).toBeUndefined();
      else expect(isSupportedHost(new URL(url as string).hostname), platform).toBe(true);
    }
    expect(composeUrl('x')).toBe('https://x.com/compose/post');
    expect(composeUrl('xiaohongshu')).toBe('https://creator.xiaohongshu.com/publish/publish');
    expect(composeUrl('zhihu', 'article')).toBe('https://zhuanlan.zhihu.com/write');
    expect(composeUrl('bilibili', 'video')).toBe('https://member.bilibili.com/platform/upload/video/frame');
  });
});
