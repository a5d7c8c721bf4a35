import type { Slot } from '../../lib/calendar/schema';
import type { Template } from '../../lib/templates/schema';
import type { ActivityRecord } from '../../lib/records/schema';
import type { ReviewRequest, TeamKitEntry } from '../../lib/team/documents';

export const kitEntry = (name = 'Acme'): TeamKitEntry => ({
  kit: {
    version: 2,
    profile: { name },
    bannedTerms: [{ term: 'cheap', category: 'custom', severity: 'block' }],
  },
  review: { weibo: ['post'] },
});

export const slot = (id: string, start = '2026-12-10T12:00'): Slot => ({
  id,
  start,
  timeZone: 'Asia/Shanghai',
  durationMinutes: 30,
  platform: 'weibo',
  contentType: 'text',
  title: 'Launch post',
  owner: 'mei',
  status: 'planned',
  notes: '',
});

export const template = (id: string): Template => ({
  id,
  name: 'Thanks',
  body: 'Thank you for writing to us!',
  language: 'en',
  tags: [],
  platforms: [],
  shortcut: 'thx',
  createdAt: 1,
  updatedAt: 1,
});

export const request = (
  id: string,
  requester: string,
  text = 'Our new season starts today.',
): ReviewRequest => ({
  id,
  requester,
  text,
  platform: 'weibo',
  boxRole: 'post',
  url: 'https://weibo.com/compose',
  at: Date.now(),
});

export const publishRecord = (id: string, at: number, extra: Partial<ActivityRecord> = {}): ActivityRecord =>
  ({
    id,
    at,
    platform: 'weibo',
    kind: 'publish',
    postKind: 'post',
    url: 'https://weibo.com/1',
    text: 'hello',
    findings: [],
    templateIds: [],
    ...extra,
  }) as ActivityRecord;
