import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openOnbrandDB } from '@/lib/db/schema';
import { communityBackground } from '@/lib/community/background';
import { memberId } from '@/lib/community/members/member';
import { formatBirthday, parseBirthday } from '@/lib/community/members/birthday';
import { DAY_COUNTS_KEY } from '@/lib/community/members/day-counts';
import type { KeyValue } from '@/lib/community/queue-store';

// Editing a member from the Members tab (community.members.update), the in-page card's read
// (community.members.card) and its "Open in Members".

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 3, 12);
let n = 0;

function memoryArea(): KeyValue {
  const data: Record<string, unknown> = {};
  return {
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

async function book() {
  const db = await openOnbrandDB(`member-edit-${n++}-${Math.random()}`);
  const opened: string[] = [];
  const community = communityBackground(
    async () => db,
    memoryArea(),
    () => NOW,
    { openTab: async (url) => opened.push(url) },
  );
  await community.handlers['community.thread'](
    {
      platform: 'weibo',
      postUrl: 'https://weibo.com/1/A',
      comments: [
        { key: 'weibo:1', author: '小李', postedAt: NOW - 60 * DAY },
        { key: 'weibo:2', author: 'Ann Lee', postedAt: NOW - 2 * DAY },
      ],
    },
    {},
  );
  return { db, community, opened, h: community.handlers };
}

describe('birthdays as entered', () => {
  it('take month-day or year-month-day, full-width too, and refuse days the month does not have', () => {
    expect(parseBirthday('3-14', NOW)).toEqual({ birthday: '03-14' });
    expect(parseBirthday('1990-03-14', NOW)).toEqual({ birthday: '03-14', birthYear: 1990 });
    expect(parseBirthday('１９９０／０３／１４', NOW)).toEqual({ birthday: '03-14', birthYear: 1990 });
    expect(parseBirthday('02-29', NOW)).toEqual({ birthday: '02-29' });
    expect(parseBirthday('2000-02-29', NOW)).toEqual({ birthday: '02-29', birthYear: 2000 });
    expect(parseBirthday('1900-02-29', NOW)).toEqual({ error: 'day' });
    expect(parseBirthday('02-30', NOW)).toEqual({ error: 'day' });
    expect(parseBirthday('04-31', NOW)).toEqual({ error: 'day' });
    expect(parseBirthday('13-01', NOW)).toEqual({ error: 'month' });
    expect(parseBirthday('2030-01-01', NOW)).toEqual({ error: 'year' });
    expect(parseBirthday('1850-01-01', NOW)).toEqual({ error: 'year' });
    expect(parseBirthday('March 14', NOW)).toEqual({ error: 'format' });
    expect(formatBirthday({ birthday: '03-14', birthYear: 1990 })).toBe('1990-03-14');
    expect(formatBirthday({ birthday: '03-14' })).toBe('03-14');
    expect(formatBirthday({})).toBe('');
  });
});

describe('editing a member', () => {
  it('masks personal data in notes like the log, keeps birthday and year, sets tags', async () => {
    const { h } = await book();
    const id = memberId('weibo', '小李');
    const row = await h['community.members.update'](
      {
        id,
        notes: 'VIP, call 13812345678 or mail li@example.com',
        birthday: '1990-03-14',
        tags: ['praise', 'question', 'praise'],
      },
      {},
    );
    expect(row.notes).toContain('VIP');
    expect(row.notes).not.toContain('13812345678');
    expect(row.notes).not.toContain('li@example.com');
    expect(row).toMatchObject({ birthday: '03-14', birthYear: 1990, tags: ['praise', 'question'] });
    expect(row.segment).toBe('silent');

    // Without a year the year goes; null clears the birthday; omitted fields stay as they were.
    expect(await h['community.members.update']({ id, birthday: '12-01' }, {})).toMatchObject({
      birthday: '12-01',
      tags: ['praise', 'question'],
    });
    expect((await h['community.members.update']({ id, birthday: '12-01' }, {})).birthYear).toBeUndefined();
    const cleared = await h['community.members.update']({ id, birthday: null, tags: [] }, {});
    expect(cleared.birthday).toBeUndefined();
    expect(cleared.tags).toEqual([]);
    expect(cleared.notes).toContain('VIP');
  });

  it('refuses a bad date or an unknown member with a reason, changing nothing', async () => {
    const { h } = await book();
    const id = memberId('weibo', '小李');
    await h['community.members.update']({ id, birthday: '03-14' }, {});
    await expect(h['community.members.update']({ id, birthday: '02-30' }, {})).rejects.toThrow(
      /MM-DD or YYYY-MM-DD.*day/,
    );
    await expect(
      h['community.members.update']({ id, notes: 'x', birthday: '1990-13-01' }, {}),
    ).rejects.toThrow(/month/);
    await expect(h['community.members.update']({ id: 'weibo:nobody', notes: 'x' }, {})).rejects.toThrow(
      /No member/,
    );
    const card = await h['community.members.card']({ platform: 'weibo', handle: '小李' }, {});
    expect(card).toMatchObject({ birthday: '03-14', notes: '' });
  });

  it('keeps the search, the tag filter and the segment counts working after edits', async () => {
    const { db, h } = await book();
    const before = await db.get('meta', DAY_COUNTS_KEY);
    await h['community.members.update'](
      { id: memberId('weibo', 'Ann Lee'), notes: 'likes the blue one', tags: ['complaint'] },
      {},
    );
    expect(await db.get('meta', DAY_COUNTS_KEY)).toEqual(before);
    const stored = await db.get('members', memberId('weibo', 'Ann Lee'));
    expect(stored?.search).toEqual(expect.arrayContaining(['ann lee', 'lee']));
    expect((await h['community.members']({ search: 'lee' }, {})).rows.map((r) => r.handle)).toEqual([
      'Ann Lee',
    ]);
    expect((await h['community.members']({ search: '李' }, {})).rows.map((r) => r.handle)).toEqual(['小李']);
    expect((await h['community.members']({ tag: 'complaint' }, {})).rows.map((r) => r.handle)).toEqual([
      'Ann Lee',
    ]);
    const all = await h['community.members']({}, {});
    expect(all.segments).toMatchObject({ new: 1, silent: 1 });
    // Notes are not a search key: a word only in the notes finds nobody.
    expect((await h['community.members']({ search: 'blue' }, {})).matched).toBe(0);
  });
});

describe('the member card', () => {
  it('answers the hovered commenter by platform and handle, null for a stranger', async () => {
    const { h } = await book();
    const card = await h['community.members.card']({ platform: 'weibo', handle: 'Ann Lee' }, {});
    expect(card).toMatchObject({ handle: 'Ann Lee', segment: 'new', comments: 1, repliesReceived: 0 });
    expect(await h['community.members.card']({ platform: 'weibo', handle: 'stranger' }, {})).toBeNull();
    expect(await h['community.members.card']({ platform: 'x', handle: 'Ann Lee' }, {})).toBeNull();
  });

  it('"Open in Members" opens the dashboard on the member', async () => {
    const { h, opened } = await book();
    expect(await h['community.members.open']({ platform: 'weibo', handle: '小李' }, {})).toEqual({
      opened: true,
    });
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/options\.html#members\//);
    expect(decodeURIComponent(opened[0].split('#members/')[1])).toBe(memberId('weibo', '小李'));
  });
});
