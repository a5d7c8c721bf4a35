import { describe, expect, it } from 'vitest';
import {
  ageOf,
  commentKey,
  openUrl,
  rankQueue,
  replyAnswers,
  summarize,
  type QueueEntry,
} from '@/lib/community/queue';
import { ageState, DEFAULT_RESPONSE_TARGETS_MS, targetFor } from '@/lib/community/targets';
import { ageLabel } from '@/lib/community/age-label';
import { translate } from '@/lib/i18n';

const MIN = 60_000;
const HOUR = 60 * MIN;
const NOW = Date.UTC(2026, 11, 3, 12, 0);

const entry = (overrides: Partial<QueueEntry>): QueueEntry => ({
  key: 'x:1',
  platform: 'x',
  postUrl: 'https://x.com/onbrand/status/1',
  firstSeen: NOW,
  state: 'waiting',
  ...overrides,
});

describe('response targets', () => {
  it('default to 1 h on Weibo and 4 h on LinkedIn; the team’s own figure wins', () => {
    expect(targetFor('weibo')).toBe(HOUR);
    expect(targetFor('linkedin')).toBe(4 * HOUR);
    expect(targetFor('weibo', { weibo: 30 * MIN })).toBe(30 * MIN);
    expect(Object.keys(DEFAULT_RESPONSE_TARGETS_MS)).toHaveLength(14);
  });
  it('is amber from three quarters of the target and red from the target on', () => {
    expect(ageState(44 * MIN, HOUR)).toBe('ok');
    expect(ageState(45 * MIN, HOUR)).toBe('near');
    expect(ageState(HOUR - 1, HOUR)).toBe('near');
    expect(ageState(HOUR, HOUR)).toBe('past');
  });
});

describe('comment keys', () => {
  it('use the permalink when the comment has its own', () => {
    const a = commentKey('x', 'https://x.com/onbrand/status/1', {
      author: '@alice',
      url: 'https://x.com/alice/status/2',
      text: 'a',
    });
    const b = commentKey('x', 'https://x.com/onbrand/status/1', {
      author: '@alice',
      url: 'https://x.com/alice/status/2',
      text: 'edited',
    });
    expect(a).toBe(b);
    expect(a).toMatch(/^x:[0-9a-f]{16}$/);
  });
  it('fall back to post, author, time and text where comments have no link (Weibo) or a profile link (Bilibili)', () => {
    const post = 'https://weibo.com/1234567890/Abc';
    const one = commentKey('weibo', post, { author: '小王', url: post, text: '什么时候发货？' });
    expect(commentKey('weibo', post, { author: '小王', url: post, text: '什么时候发货？' })).toBe(one);
    expect(commentKey('weibo', post, { author: '小李', url: post, text: '什么时候发货？' })).not.toBe(one);
    const space = 'https://space.bilibili.com/42';
    expect(commentKey('bilibili', post, { author: 'u', url: space, text: 'one' })).not.toBe(
      commentKey('bilibili', post, { author: 'u', url: space, text: 'two' }),
    );
  });
});

describe('ranking and summary', () => {
  it('puts complaints and crises first, then the most overdue share of target; answered and dismissed are gone', () => {
    const ranked = rankQueue(
      [
        entry({ key: 'old-x', postedAt: NOW - 50 * MIN }),
        entry({ key: 'weibo', platform: 'weibo', postedAt: NOW - 2 * HOUR - 10 * MIN }),
        entry({ key: 'linkedin', platform: 'linkedin', postedAt: NOW - 3 * HOUR }),
        entry({ key: 'complaint', postedAt: NOW - MIN, tag: 'complaint' }),
        entry({ key: 'done', postedAt: NOW - 9 * HOUR, state: 'answered' }),
        entry({ key: 'dismissed', postedAt: NOW - 9 * HOUR, state: 'dismissed' }),
      ],
      NOW,
    );
    expect(ranked.map((e) => e.key)).toEqual(['complaint', 'weibo', 'old-x', 'linkedin']);
    expect(ranked.map((e) => e.age)).toEqual(['ok', 'past', 'near', 'near']);
    expect(summarize(ranked)).toEqual({
      waiting: 4,
      pastTarget: 1,
      oldest: { ageMs: 3 * HOUR, platform: 'linkedin' },
    });
    expect(summarize([])).toEqual({ waiting: 0, pastTarget: 0, oldest: undefined });
  });
  it('counts age from the time the page shows, else from first seen', () => {
    expect(ageOf({ postedAt: NOW - HOUR, firstSeen: NOW - MIN }, NOW)).toBe(HOUR);
    expect(ageOf({ firstSeen: NOW - MIN }, NOW)).toBe(MIN);
    expect(ageOf({ firstSeen: NOW + MIN }, NOW)).toBe(0);
  });
  it('prints ages in both languages', () => {
    const en = (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
      translate('en', key, p);
    const zh = (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
      translate('zh-CN', key, p);
    expect(ageLabel(en, 2 * HOUR + 10 * MIN + 59_000)).toBe('2 h 10 min');
    expect(ageLabel(zh, 2 * HOUR + 10 * MIN)).toBe('2 小时 10 分钟');
    expect(ageLabel(en, 45 * MIN)).toBe('45 min');
    expect(ageLabel(en, 27 * HOUR)).toBe('1 d 3 h');
    expect(
      translate('en', 'community.popup.summary', { count: 5, age: '2 h 10 min', platform: 'Weibo' }),
    ).toBe('5 waiting · oldest 2 h 10 min (Weibo)');
    expect(translate('en', 'community.popup.past', { count: 1 })).toBe('1 past its target');
    expect(
      translate('zh-CN', 'community.popup.summary', { count: 5, age: '2 小时 10 分钟', platform: '微博' }),
    ).toBe('5 条待回复 · 最久 2 小时 10 分钟（微博）');
  });
});

describe('which reply answers which comment', () => {
  it('by permalink when the comment has one', () => {
    const e = entry({ url: 'https://x.com/alice/status/2', author: '@alice' });
    expect(replyAnswers({ author: '@alice', url: 'https://x.com/alice/status/2' }, e)).toBe(true);
    expect(replyAnswers({ author: '@alice', url: 'https://x.com/alice/status/9' }, e)).toBe(false);
    expect(openUrl(e)).toBe('https://x.com/alice/status/2');
  });
  it('by author and time (or the link the page gave) otherwise', () => {
    const space = 'https://space.bilibili.com/42';
    const e = entry({
      platform: 'bilibili',
      postUrl: 'https://www.bilibili.com/video/BV1demo',
      url: space,
      author: '路人甲',
      postedAt: NOW - HOUR,
    });
    expect(replyAnswers({ author: '路人甲', at: NOW - HOUR, url: space }, e)).toBe(true);
    expect(replyAnswers({ author: '路人甲', at: NOW - 2 * HOUR, url: space }, e)).toBe(false);
    expect(replyAnswers({ author: '路人乙', at: NOW - HOUR, url: space }, e)).toBe(false);
    expect(openUrl(e)).toBe('https://www.bilibili.com/video/BV1demo');
    const weibo = entry({
      platform: 'weibo',
      postUrl: 'https://weibo.com/1/A',
      url: 'https://weibo.com/1/A',
      author: '小王',
    });
    expect(replyAnswers({ author: '小王', url: 'https://weibo.com/1/A' }, weibo)).toBe(true);
    expect(replyAnswers({ author: '小王' }, weibo)).toBe(false);
  });
});
