import { describe, expect, it } from 'vitest';
import { emptyCalendar, type Slot } from '@/lib/calendar/schema';
import type { Template, TemplateLibrary } from '@/lib/templates/schema';
import {
  mergeTeamSlots,
  mergeTeamTemplates,
  reviewRequestsOf,
  reviewsWaitingCount,
  teamKitsOf,
} from '@/lib/team/mirror';

const slot = (id: string, start: string): Slot => ({
  id,
  start,
  timeZone: 'Asia/Shanghai',
  durationMinutes: 30,
  platform: 'weibo',
  contentType: 'text',
  title: id,
  owner: 'mei',
  status: 'planned',
  notes: '',
});

const template = (id: string, body: string): Template => ({
  id,
  name: id,
  body,
  language: 'en',
  tags: [],
  platforms: [],
  shortcut: '',
  createdAt: 1,
  updatedAt: 1,
});

describe('team slots in the local calendar', () => {
  it('adds the team slots and keeps the personal ones', () => {
    const calendar = { ...emptyCalendar('UTC'), slots: [slot('mine', '2026-12-01T09:00')] };
    const { calendar: merged, ids } = mergeTeamSlots(
      calendar,
      { launch: slot('launch', '2026-12-02T10:00') },
      [],
    );
    expect(merged.slots.map((s) => s.id)).toEqual(['mine', 'launch']);
    expect(ids).toEqual(['launch']);
  });

  it("a planner's move replaces the slot, a removal removes it, and nothing changed writes nothing", () => {
    const calendar = { ...emptyCalendar('UTC'), slots: [slot('mine', '2026-12-01T09:00')] };
    const first = mergeTeamSlots(calendar, { launch: slot('launch', '2026-12-02T10:00') }, []);
    const moved = mergeTeamSlots(first.calendar, { launch: slot('launch', '2026-12-03T15:30') }, first.ids);
    expect(moved.calendar.slots.find((s) => s.id === 'launch')?.start).toBe('2026-12-03T15:30');
    expect(moved.calendar.slots).toHaveLength(2);
    expect(
      mergeTeamSlots(moved.calendar, { launch: slot('launch', '2026-12-03T15:30') }, moved.ids).calendar,
    ).toBe(moved.calendar);
    const removed = mergeTeamSlots(moved.calendar, {}, moved.ids);
    expect(removed.calendar.slots.map((s) => s.id)).toEqual(['mine']);
    expect(removed.ids).toEqual([]);
  });

  it('ignores an entry that fails the slot schema', () => {
    const merged = mergeTeamSlots(emptyCalendar('UTC'), { bad: { id: 'bad', start: 'tomorrow' } }, []);
    expect(merged.calendar.slots).toEqual([]);
  });
});

describe('team templates in the picker library', () => {
  it('merges team templates by id, keeps personal ones and usage counts', () => {
    const library: TemplateLibrary = {
      version: 1,
      trigger: ';;',
      usage: { own: { count: 3, lastUsed: 5 } },
      templates: [template('own', 'Mine')],
    };
    const first = mergeTeamTemplates(library, { thanks: template('thanks', 'Thanks!') }, []);
    expect(first.library.templates.map((t) => t.id)).toEqual(['own', 'thanks']);
    const edited = mergeTeamTemplates(first.library, { thanks: template('thanks', 'Thank you!') }, first.ids);
    expect(edited.library.templates.find((t) => t.id === 'thanks')?.body).toBe('Thank you!');
    expect(edited.library.usage).toEqual(library.usage);
  });
});

describe('kits and reviews', () => {
  it("joins every team kit's review policy", () => {
    const STARTER_KIT = { version: 2, profile: { name: 'Acme' }, bannedTerms: [] };
    const kits = teamKitsOf({
      a: { kit: STARTER_KIT, review: { weibo: ['post'] } },
      b: { kit: STARTER_KIT, review: { weibo: ['reply', 'post'], wechat: ['post'] } },
      broken: { kit: { nope: true } },
    });
    expect(kits.kits.map((k) => k.id)).toEqual(['a', 'b']);
    expect(kits.review).toEqual({ weibo: ['post', 'reply'], wechat: ['post'] });
  });

  it('keeps valid review requests in time order', () => {
    const request = (id: string, at: number) => ({
      id,
      requester: 'mo',
      text: 'Hello',
      platform: 'weibo',
      boxRole: 'post',
      url: 'https://weibo.com/',
      at,
    });
    expect(
      reviewRequestsOf({ b: request('request-b', 20), a: request('request-a', 10), x: { id: 1 } }),
    ).toMatchObject([{ id: 'request-a' }, { id: 'request-b' }]);
  });
});

describe('reviews waiting', () => {
  it("counts undecided requests that are not the reviewer's own", () => {
    const base = { text: 'Hi', platform: 'weibo', boxRole: 'post', url: '', at: 1 } as const;
    const decision = { id: 'approval-1', by: 'rita', state: 'approved', at: 2 } as const;
    const requests = [
      { ...base, id: 'request-1', requester: 'mo' },
      { ...base, id: 'request-2', requester: 'rita' },
      { ...base, id: 'request-3', requester: 'mei', decision },
    ];
    expect(reviewsWaitingCount(requests, 'rita')).toBe(1);
  });
});
