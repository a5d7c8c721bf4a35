import { describe, expect, it } from 'vitest';
import { localToUtc } from '@/lib/calendar';
import { PAUSE_KEY, readPauses, startPause } from '@/lib/pause/pause';
import { CALENDAR_KEY, type CalendarStorageArea } from '@/lib/calendar/store';
import { QUEUE_KEY, PREFS_KEY } from '@/lib/community/queue-store';
import type { QueueEntry } from '@/lib/community/queue';
import {
  BADGE_SOURCES,
  badgeKeys,
  createToolbarBadge,
  type BadgeSource,
} from '@/lib/background/toolbar-badge';
import { CONNECTION_KEY } from '@/lib/team/connection';
import { TEAM_REVIEWS_KEY } from '@/lib/team/mirror';
import { calendarWith, slot } from '../calendar/helpers';

// The toolbar icon's one home: due posts + replies past/near their target, summed, with a title listing each.

const ZONE = 'Asia/Shanghai';
const NOW = localToUtc('2026-03-06T08:00', ZONE);
const MIN = 60_000;
const HOUR_MS = 60 * MIN;

function entry(key: string, platform: QueueEntry['platform'], ageMin: number): QueueEntry {
  return {
    key,
    platform,
    postUrl: `https://example.com/${key}`,
    author: key,
    firstSeen: NOW - ageMin * MIN,
    state: 'waiting',
  } as QueueEntry;
}

function harness(
  data: Record<string, unknown>,
  sources?: readonly BadgeSource[],
  locale: 'en' | 'zh-CN' = 'en',
) {
  const storage: CalendarStorageArea = {
    get: async (keys) =>
      Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])])),
    set: async (items) => void Object.assign(data, items),
  };
  const badge = { text: '', title: '', color: '' };
  const toolbar = createToolbarBadge({
    storage,
    badge: {
      setBadgeText: ({ text }) => void (badge.text = text),
      setBadgeBackgroundColor: ({ color }) => void (badge.color = color),
      setTitle: ({ title }) => void (badge.title = title),
    },
    locale: async () => locale,
    now: () => NOW,
    sources,
  });
  return { toolbar, badge };
}

const calendar = calendarWith(
  [
    slot({ id: 'a', start: '2026-03-06T09:00', platform: 'x' }),
    slot({ id: 'b', start: '2026-03-06T12:00', platform: 'weibo' }),
  ],
  ZONE,
);
// Weibo's target is 1 h: 70 min is past, 50 min near (≥ 75 %), 10 min fine; LinkedIn's 4 h: 5 h is past.
const queue = {
  version: 1,
  backlog: [],
  entries: Object.fromEntries(
    [
      entry('w1', 'weibo', 70),
      entry('w2', 'weibo', 50),
      entry('w3', 'weibo', 10),
      entry('l1', 'linkedin', 300),
    ].map((e) => [e.key, e]),
  ),
};

describe('the toolbar badge', () => {
  it('sums due posts and replies past or near their target; the title lists each (en, zh)', async () => {
    const h = harness({ [CALENDAR_KEY]: calendar, [QUEUE_KEY]: queue });
    await h.toolbar.refresh();
    expect(h.badge).toEqual({
      text: '5',
      color: '#4f46e5',
      title:
        '2 planned posts still due today\n2 replies waiting past their target\n1 reply waiting near its target',
    });
    const zh = harness({ [CALENDAR_KEY]: calendar, [QUEUE_KEY]: queue }, undefined, 'zh-CN');
    await zh.toolbar.refresh();
    expect(zh.badge.title).toBe(
      '今天还有 2 条计划内容待发布\n2 条评论等待回复已超过目标时间\n1 条评论等待回复接近目标时间',
    );
  });

  it('a crisis pause: the slots it holds are not counted as due; the ones after it are', async () => {
    // Paused 07:00–10:00 Shanghai: slot a (09:00) is held, slot b (12:00) still due.
    const pause = startPause(readPauses(undefined), {
      id: 'p',
      now: NOW - HOUR_MS,
      until: NOW + 2 * HOUR_MS,
      reason: 'recall',
      terms: [],
    });
    const h = harness({ [CALENDAR_KEY]: calendar, [PAUSE_KEY]: pause });
    await h.toolbar.refresh();
    expect(h.badge.text).toBe('1');
    expect(h.badge.title).toBe('1 planned post still due today');
  });

  it('follows the response targets in the prefs and shows nothing at rest', async () => {
    // A 2 h Weibo target: 70 min and 50 min are neither past nor near (90 min would be).
    const h = harness({ [QUEUE_KEY]: queue, [PREFS_KEY]: { targets: { weibo: 120 * MIN } } });
    await h.toolbar.refresh();
    expect([h.badge.text, h.badge.title]).toEqual(['1', '1 reply waiting past its target']);
    const empty = harness({});
    await empty.toolbar.refresh();
    expect(empty.badge).toEqual({ text: '', title: 'Onbrand', color: '#4f46e5' });
  });

  it('a new source is one more entry; a failing source counts nothing; beyond 99 shows 99+', async () => {
    const extra: BadgeSource = {
      id: 'extra',
      keys: ['extra.key'],
      count: async () => 120,
      title: 'badge.repliesNear',
    };
    const broken: BadgeSource = { ...extra, id: 'broken', count: async () => Promise.reject(new Error('x')) };
    const h = harness({ [CALENDAR_KEY]: calendar }, [...BADGE_SOURCES, extra, broken]);
    await h.toolbar.refresh();
    expect(h.badge.text).toBe('99+');
    expect(badgeKeys([...BADGE_SOURCES, extra])).toEqual(
      new Set([CALENDAR_KEY, PAUSE_KEY, QUEUE_KEY, PREFS_KEY, TEAM_REVIEWS_KEY, CONNECTION_KEY, 'extra.key']),
    );
  });

  it('team mode: a reviewer counts the drafts waiting for a decision that are not their own; others count none', async () => {
    const request = (id: string, requester: string, decided = false) => ({
      id: `request-${id}`,
      requester,
      text: 'Draft',
      platform: 'weibo',
      boxRole: 'post',
      url: 'https://weibo.com/',
      at: NOW,
      ...(decided ? { decision: { id: 'decision-1', by: 'rita', state: 'approved', at: NOW } } : {}),
    });
    const reviews = [
      request('a', 'mei'),
      request('b', 'rita'),
      request('c', 'mei', true),
      request('d', 'li'),
    ];
    const connection = (role: string) => ({
      origin: 'https://team.example.com',
      token: 'token-0123456789',
      member: 'rita',
      role,
      exp: NOW + 86_400_000,
    });
    const reviewer = harness({ [TEAM_REVIEWS_KEY]: reviews, [CONNECTION_KEY]: connection('reviewer') });
    await reviewer.toolbar.refresh();
    expect([reviewer.badge.text, reviewer.badge.title]).toEqual(['2', '2 drafts waiting for your review']);
    const member = harness({ [TEAM_REVIEWS_KEY]: reviews, [CONNECTION_KEY]: connection('member') });
    await member.toolbar.refresh();
    expect(member.badge.text).toBe('');
  });
});
