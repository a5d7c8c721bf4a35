import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MEMBER_DOCUMENTS, SharedMember, type MemberDocument } from '@/lib/team/documents';
import { activityKey, sharedBook, shardOf, teamMember } from '@/lib/team/member-share';
import { judgeChange, roleRefusal } from '@/lib/team/policy';
import { refusedRole } from '@/lib/team/roles';
import { memberId, type Interaction, type Member } from '@/lib/community/members/member';

// The member book as the team shares it: the mapping (shards, Yjs types, the team's figures) and the rulebook the
// server runs on every update of a shard.

/** One manager's copy of the team's book: its 16 shard documents. */
function book() {
  const docs = new Map<MemberDocument, Y.Doc>(MEMBER_DOCUMENTS.map((d) => [d, new Y.Doc()]));
  return { docs, members: sharedBook((doc) => docs.get(doc)!) };
}

/** Both ways, every shard: what two managers' browsers end up with once the server relayed their updates. */
function exchange(a: ReturnType<typeof book>, b: ReturnType<typeof book>) {
  for (const doc of MEMBER_DOCUMENTS) {
    const [x, y] = [a.docs.get(doc)!, b.docs.get(doc)!];
    const toY = Y.encodeStateAsUpdate(x, Y.encodeStateVector(y));
    const toX = Y.encodeStateAsUpdate(y, Y.encodeStateVector(x));
    Y.applyUpdate(y, toY);
    Y.applyUpdate(x, toX);
  }
}

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);
const comment = (handle: string, key: string, at: number): Interaction & { key: string } => ({
  platform: 'weibo',
  handle,
  at,
  kind: 'comment',
  key,
});

const local = (over: Partial<Member> = {}): Member => ({
  id: memberId('weibo', 'xiaozhao'),
  platform: 'weibo',
  handle: 'xiaozhao',
  firstSeen: T0,
  lastSeen: T0 + 10 * DAY,
  comments: 3,
  repliesReceived: 1,
  tags: ['praise'],
  notes: 'VIP since 2024',
  ...over,
});

describe('the shared member book (mapping)', () => {
  it('spreads 10,000 members over the 16 shards, none with more than twice its share', () => {
    const sizes = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      const doc = shardOf(memberId('weibo', `fan${i}`));
      sizes.set(doc, (sizes.get(doc) ?? 0) + 1);
    }
    expect(sizes.size).toBe(16);
    expect(Math.max(...sizes.values())).toBeLessThan((2 * 10_000) / 16);
  });

  it('counts a comment both managers saw once, and each one only one of them saw', () => {
    const [a, b] = [book(), book()];
    const id = memberId('weibo', 'xiaozhao');
    a.members.share([comment('xiaozhao', 'weibo:both', T0), comment('xiaozhao', 'weibo:only-a', T0 + DAY)]);
    b.members.share([
      comment('xiaozhao', 'weibo:both', T0),
      comment('xiaozhao', 'weibo:only-b', T0 + 5 * DAY),
      { platform: 'weibo', handle: 'xiaozhao', at: T0 + 6 * DAY, kind: 'reply', key: 'weibo:only-b' },
      { platform: 'weibo', handle: 'xiaozhao', at: T0, kind: 'tag', tag: 'complaint' },
    ]);
    exchange(a, b);
    for (const side of [a, b]) {
      const view = teamMember(id, side.members.read([id]).get(id)!);
      expect(view).toMatchObject({
        comments: 3,
        repliesReceived: 1,
        firstSeen: T0,
        lastSeen: T0 + 5 * DAY,
        tags: ['complaint'],
      });
    }
    expect(Object.keys(a.members.read([id]).get(id)!.activity!)).toContain(activityKey('c', 'weibo:both'));
  });

  it('merges two managers editing one member’s notes at once: neither edit is lost', () => {
    const [a, b] = [book(), book()];
    const member = local();
    a.members.update(member, { notes: 'Likes the tea series.' });
    exchange(a, b);
    a.members.update(member, { notes: 'Likes the tea series. Asked for a discount.' });
    b.members.update(member, { notes: 'Always polite. Likes the tea series.' });
    exchange(a, b);
    const [x, y] = [a, b].map((side) => side.members.read([member.id]).get(member.id)!.notes);
    expect(x).toBe(y);
    expect(x).toBe('Always polite. Likes the tea series. Asked for a discount.');
  });

  it('masks personal data in notes before they go into the team’s book', () => {
    const a = book();
    // The member as the book stores it after the edit: the year the manager typed stays in this browser.
    a.members.update(
      { ...local(), birthday: '03-14' },
      { notes: 'call 13812345678, mail fan@example.com', birthday: '1990-03-14' },
    );
    expect(a.members.read([local().id]).get(local().id)).toMatchObject({
      notes: 'call *******5678, mail f***@example.com',
      birthday: '03-14',
    });
  });

  it('writes the tags a manager set in the Members tab, removing the ones taken off', () => {
    const a = book();
    a.members.update(local(), { tags: ['praise', 'question'] });
    a.members.update(local(), { tags: ['question'] });
    expect(a.members.read([local().id]).get(local().id)!.tags).toEqual({ question: true });
  });

  it('seeds a manager’s book from before sharing as their own keys, once, keeping the team’s notes', () => {
    const [a, b] = [book(), book()];
    b.members.update(local(), { notes: 'The team’s note' });
    exchange(a, b);
    a.members.seed([local()], 'mo');
    a.members.seed([local()], 'mo'); // the same keys: seeding twice adds nothing
    const shared = a.members.read([local().id]).get(local().id)!;
    expect(Object.keys(shared.activity!).sort()).toEqual(['c:~mo:0', 'c:~mo:1', 'c:~mo:2', 'r:~mo:0']);
    expect(shared.notes).toBe('The team’s note');
    expect(teamMember(local().id, shared, local({ lastCommentUrl: 'https://weibo.com/1/2' }))).toMatchObject({
      comments: 3,
      repliesReceived: 1,
      firstSeen: T0,
      lastSeen: T0 + 10 * DAY,
      tags: ['praise'],
      lastCommentUrl: 'https://weibo.com/1/2',
    });
    expect(SharedMember.safeParse(shared).success).toBe(true);
  });
});

describe('the member book’s rulebook', () => {
  const id = memberId('weibo', 'xiaozhao');
  const doc = shardOf(id);
  const entry = (over: Partial<SharedMember> = {}): SharedMember => ({
    platform: 'weibo',
    handle: 'xiaozhao',
    notes: 'VIP',
    activity: { [activityKey('c', 'weibo:1')]: T0 },
    ...over,
  });
  const as = (role: 'admin' | 'planner' | 'reviewer' | 'member', member = 'mo') => ({ member, role });

  it('admins, planners and members write; a reviewer only reads', () => {
    for (const role of ['admin', 'planner', 'member'] as const)
      expect(judgeChange(doc, as(role), {}, { [id]: entry() })).toBeNull();
    expect(judgeChange(doc, as('reviewer'), { [id]: entry() }, { [id]: entry({ notes: 'changed' }) })).toBe(
      `${doc}: the reviewer role may not change this document`,
    );
  });

  it('names the refused role in its words, so the Members tab says it in the UI language', () => {
    expect(refusedRole(roleRefusal(MEMBER_DOCUMENTS[0], 'reviewer'))).toBe('reviewer');
    // As the worker rethrows it (the document named as "members") and inside a longer error.
    expect(refusedRole('Error: members: the member role may not change this document')).toBe('member');
    expect(refusedRole('No member weibo:fan')).toBeUndefined();
    expect(refusedRole('x: the owner role may not change this document')).toBeUndefined();
  });

  it('keeps recorded activity: no rewrite, no removal, no other manager’s seed keys', () => {
    const before = { [id]: entry() };
    expect(judgeChange(doc, as('member'), before, { [id]: entry({ activity: {} }) })).toMatch(
      'recorded activity cannot be changed or removed',
    );
    expect(
      judgeChange(doc, as('member'), before, {
        [id]: entry({ activity: { ...entry().activity, 'c:~ada:0': T0 } }),
      }),
    ).toMatch("c:~ada:0 is another manager's activity");
    expect(
      judgeChange(doc, as('member', 'ada'), before, {
        [id]: entry({ activity: { ...entry().activity, 'c:~ada:0': T0 } }),
      }),
    ).toBeNull();
  });

  it('refuses unmasked notes, a key that is not the member’s id, and a removal by anyone but an admin', () => {
    expect(judgeChange(doc, as('member'), {}, { [id]: entry({ notes: 'call 13812345678' }) })).toMatch(
      'notes must have personal data masked',
    );
    expect(judgeChange(doc, as('member'), {}, { 'weibo:someone-else': entry() })).toMatch(
      'entry id does not match its key',
    );
    expect(judgeChange(doc, as('planner'), { [id]: entry() }, {})).toMatch('only an admin may remove');
    expect(judgeChange(doc, as('admin'), { [id]: entry() }, {})).toBeNull();
  });
});
