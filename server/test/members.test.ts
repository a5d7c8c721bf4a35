import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect, freshDatabase, sleep, startInstance, tokenFor, until, type Client } from './harness';
import type { TeamServer } from '../team-server';
import { MEMBER_DOCUMENTS, type MemberDocument } from '../../lib/team/documents';
import { memberJson, sharedBook, shardOf, teamMember, type SharedBook } from '../../lib/team/member-share';
import { memberId, type Member } from '../../lib/community/members/member';
import type { Role } from '../../lib/team/roles';

// The team's member book on the real server (PostgreSQL): two managers' edits of one member merge, activity is
// counted once, a reviewer's edit and unmasked notes are refused by the server, and the first sync of 10,000
// members is measured (the figure goes in lib/team/README.md).

let team: TeamServer;
const clients: Client[] = [];

beforeAll(async () => {
  // Its own database: other server tests of this machine may be running on the default one.
  team = await startInstance(await freshDatabase('onbrand_team_members_test'));
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await team.stop();
});

interface Manager {
  docs: Map<MemberDocument, Y.Doc>;
  shards: Map<MemberDocument, Client>;
  book: SharedBook;
  synced: Promise<void>;
}

/** A manager's browser as the sync loop has it: one connection per shard, the shared book over them. */
function manager(member: string, role: Role): Manager {
  const token = tokenFor(member, role).token;
  const docs = new Map<MemberDocument, Y.Doc>();
  const shards = new Map<MemberDocument, Client>();
  for (const name of MEMBER_DOCUMENTS) {
    const client = connect(team.port, name, token);
    clients.push(client);
    docs.set(name, client.doc);
    shards.set(name, client);
  }
  return {
    docs,
    shards,
    book: sharedBook((name) => docs.get(name)!),
    synced: Promise.all([...shards.values()].map((c) => c.synced)).then(() => undefined),
  };
}

/** The server's own copy of a member (what PostgreSQL stores and every other manager receives). */
const onServer = (id: string) => {
  const doc = team.server.hocuspocus.documents.get(shardOf(id));
  return doc ? memberJson(doc, id) : undefined;
};

const member = (handle: string): Member => ({
  id: memberId('weibo', handle),
  platform: 'weibo',
  handle,
  firstSeen: Date.UTC(2026, 10, 1),
  lastSeen: Date.UTC(2026, 10, 20),
  comments: 2,
  repliesReceived: 0,
  tags: [],
  notes: '',
});

describe('the team’s member book on the server', () => {
  it('merges two managers’ concurrent notes and counts a comment both saw once', async () => {
    const [mo, pia] = [manager('mo', 'member'), manager('pia', 'planner')];
    await Promise.all([mo.synced, pia.synced]);
    const fan = member('xiaozhao');
    // Both capture the same comment, each one of their own, and write notes at the same moment.
    const seen = { platform: 'weibo' as const, handle: 'xiaozhao', kind: 'comment' as const };
    mo.book.share([
      { ...seen, at: Date.UTC(2026, 10, 2), key: 'weibo:c1' },
      { ...seen, at: Date.UTC(2026, 10, 3), key: 'weibo:c2' },
    ]);
    pia.book.share([
      { ...seen, at: Date.UTC(2026, 10, 2), key: 'weibo:c1' },
      { ...seen, at: Date.UTC(2026, 10, 9), key: 'weibo:c3' },
    ]);
    mo.book.update(fan, { notes: 'Prefers DMs.' });
    pia.book.update(fan, { notes: 'Won the spring contest.' });
    const both = (notes?: string) =>
      notes?.includes('Prefers DMs.') && notes.includes('Won the spring contest.');
    await until(() => both(onServer(fan.id)?.notes), 10_000, 'both notes on the server');
    for (const side of [mo, pia]) {
      const shared = await until(() => {
        const read = side.book.read([fan.id]).get(fan.id);
        return both(read?.notes) && Object.keys(read!.activity ?? {}).length === 3 && read;
      }, 10_000);
      expect(shared.notes).toBe(onServer(fan.id)!.notes);
      expect(teamMember(fan.id, shared)).toMatchObject({ comments: 3, lastSeen: Date.UTC(2026, 10, 9) });
    }
  });

  it('refuses a reviewer’s edit, and notes with personal data not masked; neither reaches the server', async () => {
    const mo = manager('mo2', 'member');
    await mo.synced;
    const fan = member('laowang');
    mo.book.update(fan, { notes: 'Regular.' });
    await until(() => onServer(fan.id)?.notes === 'Regular.', 10_000, 'the member’s note');

    const rex = manager('rex', 'reviewer');
    await rex.synced;
    await until(
      () => rex.book.read([fan.id]).get(fan.id)?.notes === 'Regular.',
      10_000,
      'the reviewer reads it',
    );
    rex.book.update(fan, { notes: 'Rewritten by a reviewer' });
    const shard = rex.shards.get(shardOf(fan.id))!;
    const refusal = await until(() => shard.refusals[0], 10_000, 'the refusal');
    expect(refusal).toBe(`${shardOf(fan.id)}: the reviewer role may not change this document`);

    // A hand-made client that skips the extension's masking: the server masks-checks notes itself.
    const raw = mo.shards.get(shardOf(fan.id))!;
    raw.doc.getText(`n:${fan.id}`).insert(0, 'call 13812345678 ');
    expect(await until(() => raw.refusals[0], 10_000, 'the refusal')).toMatch(
      `${shardOf(fan.id)}/${fan.id}: notes must have personal data masked`,
    );
    await sleep(300);
    expect(onServer(fan.id)?.notes).toBe('Regular.');
    // Refused clients would keep offering the refused edit on every reconnect (the extension starts over instead).
    for (const c of [...rex.shards.values(), ...mo.shards.values()]) c.destroy();
  });

  it('first sync of 10,000 members: one manager seeds them, a second manager receives all of them', async () => {
    const seeder = manager('ada', 'admin');
    await seeder.synced;
    const members = Array.from({ length: Number(process.env.MEMBERS_N ?? 10_000) }, (_, i) => ({
      ...member(`fan${i}`),
      tags: i % 7 ? [] : ['praise'],
      notes: i % 5 ? '' : `Note for fan ${i}`,
    }));
    const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const loadBefore = load();
    const t0 = performance.now();
    for (let i = 0; i < members.length; i += 1000) seeder.book.seed(members.slice(i, i + 1000), 'ada');
    const seeded = performance.now() - t0;
    const onServerCount = () =>
      MEMBER_DOCUMENTS.reduce((n, name) => {
        const doc = team.server.hocuspocus.documents.get(name);
        return n + (doc ? [...doc.share.keys()].filter((k) => k.startsWith('m:weibo:fan')).length : 0);
      }, 0);
    await until(() => onServerCount() === members.length, 180_000, 'all on the server').catch((error) => {
      throw new Error(`${error} (${onServerCount()} of ${members.length})`);
    });
    const stored = performance.now() - t0;

    const t1 = performance.now();
    const reader = manager('mo3', 'member');
    await reader.synced;
    const firstSync = performance.now() - t1;
    const ids = members.map((m) => m.id);
    const t2 = performance.now();
    const read = reader.book.read(ids);
    const readMs = performance.now() - t2;
    expect(read.size).toBe(members.length);
    expect(teamMember(ids[5], read.get(ids[5])!)).toMatchObject({ comments: 2, notes: 'Note for fan 5' });
    const bytes = MEMBER_DOCUMENTS.reduce(
      (n, name) => n + Y.encodeStateAsUpdate(reader.docs.get(name)!).byteLength,
      0,
    );
    console.log(
      `members sync ${members.length}: seed ${seeded.toFixed(0)} ms, on the server ${stored.toFixed(0)} ms, ` +
        `a second manager's first sync ${firstSync.toFixed(0)} ms (${(bytes / 1024).toFixed(0)} KiB over 16 shards), ` +
        `read as the team's figures ${readMs.toFixed(0)} ms; load average ${loadBefore} → ${load()}`,
    );
    // One member's change after that: the update carries that member only.
    const t3 = performance.now();
    reader.book.update(members[42], { notes: 'Changed once' });
    await until(
      () => seeder.book.read([members[42].id]).get(members[42].id)?.notes === 'Changed once',
      10_000,
    );
    console.log(
      `one member's note to the other manager: ${(performance.now() - t3).toFixed(0)} ms (load ${load()})`,
    );
  }, 240_000);
});
