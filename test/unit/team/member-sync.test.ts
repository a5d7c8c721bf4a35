import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openOnbrandDB } from '@/lib/db/schema';
import { getMember, recordInteractions } from '@/lib/community/members/store';
import { memberId, type Interaction, type Member } from '@/lib/community/members/member';
import { MEMBER_DOCUMENTS, type MemberDocument } from '@/lib/team/documents';
import { membersChangedBy, sharedBook } from '@/lib/team/member-share';
import { createMemberSharing, MEMBERS_SEEDED_KEY } from '@/lib/team/member-sync';
import { CONNECTION_KEY, type TeamConnection } from '@/lib/team/connection';
import type { TeamSync } from '@/lib/team/sync';
import type { Role } from '@/lib/team/roles';
import { memoryArea } from './memory-area';

// The member book's sharing in the background, on a real (fake-indexeddb) book and a shard set standing in for the
// sync loop: this browser's interactions go into the team's book and come back as the team's figures (a comment
// another manager already shared is not counted twice), the local book is seeded once per team, and a reviewer's
// edit is answered with the team's rule.

const T0 = Date.UTC(2026, 10, 1);
const FAN = memberId('weibo', '小赵');

async function setUp(role: Role, member = 'mo') {
  const db = await openOnbrandDB(`member-sync-${Math.random()}`);
  const area = memoryArea();
  const connection: TeamConnection = {
    origin: 'https://team.example.com',
    token: 'token-of-the-member-0000',
    member,
    role,
    exp: Date.now() + 86_400_000,
  };
  await area.set({ [CONNECTION_KEY]: connection });
  const docs = new Map<MemberDocument, Y.Doc>(MEMBER_DOCUMENTS.map((d) => [d, new Y.Doc()]));
  const sync = {
    members: sharedBook((doc) => docs.get(doc)!),
    membersSynced: Promise.resolve(),
  } as unknown as TeamSync;
  const sharing = createMemberSharing(
    async () => db,
    () => sync,
    area,
  );
  // What the sync loop does: every transaction on a shard tells the sharing which members changed.
  for (const doc of docs.values())
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      const ids = membersChangedBy(tr);
      if (ids.length) sharing.changed(ids);
    });
  return { db, area, docs, sync, sharing };
}

const comment = (key: string, at: number): Interaction => ({
  platform: 'weibo',
  handle: '小赵',
  at,
  kind: 'comment',
  key,
});

describe('member sharing in the background', () => {
  it('shares interactions and keeps the team’s count: a comment another manager shared counts once', async () => {
    const { db, docs, sharing } = await setUp('member');
    // Another manager's browser shared c1 already (what the server relayed into this browser's shards).
    const other = new Map<MemberDocument, Y.Doc>(MEMBER_DOCUMENTS.map((d) => [d, new Y.Doc()]));
    sharedBook((doc) => other.get(doc)!).share([comment('weibo:c1', T0)]);
    for (const [name, doc] of other) Y.applyUpdate(docs.get(name)!, Y.encodeStateAsUpdate(doc));
    await sharing.idle();
    expect(await getMember(db, FAN)).toMatchObject({ comments: 1 });

    // This browser then sees c1 itself and a new c2: the local book counts both, the team's book makes it 2.
    const list = [comment('weibo:c1', T0), comment('weibo:c2', T0 + 86_400_000)];
    await recordInteractions(db, list);
    expect((await getMember(db, FAN))!.comments).toBe(3);
    await sharing.shareInteractions(list);
    await sharing.idle();
    expect(await getMember(db, FAN)).toMatchObject({ comments: 2, lastSeen: T0 + 86_400_000 });
  });

  it('seeds this browser’s book into the team’s once, after the shards synced', async () => {
    const { db, area, sync, sharing } = await setUp('planner', 'pia');
    await recordInteractions(db, [comment('weibo:old-1', T0), comment('weibo:old-2', T0 + 1000)]);
    sharing.started(sync);
    await sharing.idle();
    expect(area.data[MEMBERS_SEEDED_KEY]).toBe('https://team.example.com');
    expect(Object.keys(sync.members.read([FAN]).get(FAN)!.activity!).sort()).toEqual([
      'c:~pia:0',
      'c:~pia:1',
    ]);
    sharing.started(sync);
    await sharing.idle();
    expect(await getMember(db, FAN)).toMatchObject({ comments: 2 });
  });

  it('writes a member’s notes to the team masked; a reviewer is answered with the rule and nothing is written', async () => {
    const writer = await setUp('member');
    await recordInteractions(writer.db, [comment('weibo:c1', T0)]);
    const local = (await getMember(writer.db, FAN)) as Member;
    await writer.sharing.checkUpdate();
    await writer.sharing.shareUpdate(
      { ...local, birthday: '03-14' },
      { notes: 'mail fan@example.com', birthday: '03-14' },
    );
    await writer.sharing.idle();
    expect(writer.sync.members.read([FAN]).get(FAN)).toMatchObject({
      notes: 'mail f***@example.com',
      birthday: '03-14',
    });
    expect(await getMember(writer.db, FAN)).toMatchObject({
      notes: 'mail f***@example.com',
      birthday: '03-14',
    });

    const reviewer = await setUp('reviewer', 'rex');
    await expect(reviewer.sharing.checkUpdate()).rejects.toThrow(
      'members: the reviewer role may not change this document',
    );
    await reviewer.sharing.shareInteractions([comment('weibo:c9', T0)]);
    expect(reviewer.sync.members.read([FAN]).size).toBe(0);
  });
});
