import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connect,
  freshDatabase,
  serverEntries,
  sleep,
  startInstance,
  tokenFor,
  until,
  type Client,
} from './harness';
import { kitEntry, request, slot, template } from './fixtures';
import type { TeamServer } from '../team-server';
import type { TeamDocument } from '../../lib/team/documents';
import type { Role } from '../../lib/team/roles';

// Every role refusal, proven against the running server on PostgreSQL: the refused change never reaches the
// server's document, and the writer gets the reason.

let team: TeamServer;
const clients: Client[] = [];

beforeAll(async () => {
  team = await startInstance(await freshDatabase());
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await team.stop();
});

async function open(doc: TeamDocument, member: string, role: Role): Promise<Client> {
  const client = connect(team.port, doc, tokenFor(member, role).token);
  clients.push(client);
  await client.synced;
  return client;
}

/** Writes `value` at `key` and waits until the server either has it or refused it. */
async function write(client: Client, key: string, value: unknown): Promise<'stored' | string> {
  const doc = client.provider.configuration.name as TeamDocument;
  client.entries.set(key, value);
  return until(
    () =>
      client.refusals.length
        ? client.refusals.at(-1)!
        : JSON.stringify(serverEntries(team, doc)[key]) === JSON.stringify(value) && 'stored',
    5000,
    `${doc}/${key}`,
  );
}

describe('document rules per role', () => {
  it('kits: admin writes; member, planner and reviewer are refused and the change never spreads', async () => {
    const admin = await open('kits', 'ada', 'admin');
    expect(await write(admin, 'acme', kitEntry())).toBe('stored');
    for (const role of ['member', 'planner', 'reviewer'] as const) {
      const other = await open('kits', `${role}-1`, role);
      const outcome = await write(other, 'acme', kitEntry(`Hijacked by ${role}`));
      expect(outcome).toMatch(`kits: the ${role} role may not change this document`);
      await sleep(100);
      expect(serverEntries(team, 'kits').acme).toEqual(kitEntry());
      expect((admin.entries.get('acme') as { kit: { profile: { name: string } } }).kit.profile.name).toBe(
        'Acme',
      );
    }
  });

  it('kits: a schema-invalid kit from the admin is refused with the field named', async () => {
    const admin = await open('kits', 'ada2', 'admin');
    const bad = {
      kit: {
        version: 2,
        profile: { name: 'Bad' },
        bannedTerms: [{ term: 'x', category: 'custom', severity: 'loud' }],
      },
    };
    expect(await write(admin, 'bad', bad)).toMatch(
      /kits\/bad: invalid entry at kit\.bannedTerms\[0\]\.severity/,
    );
    expect(serverEntries(team, 'kits').bad).toBeUndefined();
  });

  it('calendar: planner writes; admin, reviewer and member are refused; an invalid slot is refused', async () => {
    const planner = await open('calendar', 'pia', 'planner');
    expect(await write(planner, 's1', slot('s1'))).toBe('stored');
    for (const role of ['admin', 'reviewer', 'member'] as const) {
      const other = await open('calendar', `${role}-c`, role);
      expect(await write(other, 's1', slot('s1', '2026-12-11T09:00'))).toMatch(
        `calendar: the ${role} role may not change`,
      );
    }
    const planner2 = await open('calendar', 'pia2', 'planner');
    expect(await write(planner2, 's2', { ...slot('s2'), start: 'tomorrow noon' })).toMatch(
      /calendar\/s2: invalid entry at start/,
    );
    expect(serverEntries(team, 'calendar')).toEqual({ s1: slot('s1') });
  });

  it('templates: planner writes; member is refused', async () => {
    const planner = await open('templates', 'pia3', 'planner');
    expect(await write(planner, 't1', template('t1'))).toBe('stored');
    const member = await open('templates', 'mo', 'member');
    expect(await write(member, 't1', { ...template('t1'), body: 'changed' })).toMatch(
      'templates: the member role may not change',
    );
  });

  it('pause: an admin switches the crisis pause on and off; a member is refused and it never spreads', async () => {
    const startedAt = Date.now();
    const on = { id: 'pause-0001', startedAt, reason: 'Product recall', terms: ['recall'], by: 'ada-p' };
    const admin = await open('pause', 'ada-p', 'admin');
    expect(await write(admin, on.id, on)).toBe('stored');
    const member = await open('pause', 'mo-p', 'member');
    await until(() => member.entries.get(on.id));
    const endedByMember = { ...on, endedAt: startedAt + 1000, endedBy: 'mo-p' };
    expect(await write(member, on.id, endedByMember)).toMatch(
      'pause: the member role may not change this document',
    );
    const own = { ...on, id: 'pause-0002', by: 'mo-p' };
    const member2 = await open('pause', 'mo-p', 'member');
    expect(await write(member2, own.id, own)).toMatch('pause: the member role may not change');
    await sleep(100);
    expect(serverEntries(team, 'pause')).toEqual({ [on.id]: on });
    const admin2 = await open('pause', 'ada-p', 'admin');
    await until(() => admin2.entries.get(on.id));
    const off = { ...on, endedAt: startedAt + 2000, endedBy: 'ada-p' };
    expect(await write(admin2, on.id, off)).toBe('stored');
    const reviewer = await open('pause', 'rey-p', 'reviewer');
    await until(() => reviewer.entries.get(on.id));
    expect(reviewer.entries.get(on.id)).toEqual(off);
  });

  it('reviews: a member requests as themself, never as someone else, and cannot decide', async () => {
    const mo = await open('reviews', 'mo', 'member');
    expect(await write(mo, 'r-mo-0001', request('r-mo-0001', 'mo'))).toBe('stored');
    const mo2 = await open('reviews', 'mo', 'member');
    expect(await write(mo2, 'r-fake-001', request('r-fake-001', 'someone-else'))).toMatch(
      'a request must name its sender',
    );
    const mo3 = await open('reviews', 'mo', 'member');
    await until(() => mo3.entries.get('r-mo-0001'));
    const decided = {
      ...request('r-mo-0001', 'mo'),
      ...{ at: (mo3.entries.get('r-mo-0001') as { at: number }).at },
    };
    const approval = { id: 'ap-000001', by: 'mo', state: 'approved', at: Date.now() };
    expect(await write(mo3, 'r-mo-0001', { ...decided, decision: approval })).toMatch(
      'only a reviewer may decide',
    );
  });

  it('reviews: a reviewer decides once, in their own name, not on their own request, and cannot edit the text', async () => {
    const mo = await open('reviews', 'mo-b', 'member');
    const sent = request('r-mob-001', 'mo-b');
    expect(await write(mo, sent.id, sent)).toBe('stored');
    const rex = await open('reviews', 'rex', 'reviewer');
    await until(() => rex.entries.get(sent.id));
    expect(await write(rex, sent.id, { ...sent, text: 'Edited by the reviewer' })).toMatch(
      'a sent request cannot be edited',
    );
    const rex2 = await open('reviews', 'rex', 'reviewer');
    await until(() => rex2.entries.get(sent.id));
    expect(
      await write(rex2, sent.id, {
        ...sent,
        decision: { id: 'ap-000002', by: 'not-rex', state: 'approved', at: Date.now() },
      }),
    ).toMatch('a decision must name its reviewer');
    const rex3 = await open('reviews', 'rex', 'reviewer');
    await until(() => rex3.entries.get(sent.id));
    const approved = {
      ...sent,
      decision: { id: 'ap-000003', by: 'rex', state: 'approved' as const, at: Date.now() },
    };
    expect(await write(rex3, sent.id, approved)).toBe('stored');
    const rex4 = await open('reviews', 'rex', 'reviewer');
    await until(() => (rex4.entries.get(sent.id) as { decision?: unknown })?.decision);
    expect(
      await write(rex4, sent.id, {
        ...sent,
        decision: { id: 'ap-000004', by: 'rex', state: 'changes-requested', at: Date.now() },
      }),
    ).toMatch('already decided');
    // A refused writer's copy keeps its refused change (lib/team drops it); a fresh copy goes on.
    const rex6 = await open('reviews', 'rex', 'reviewer');
    const own = request('r-rex-001', 'rex');
    expect(await write(rex6, own.id, own)).toBe('stored');
    const rex5 = await open('reviews', 'rex', 'reviewer');
    await until(() => rex5.entries.get(own.id));
    expect(
      await write(rex5, own.id, {
        ...own,
        decision: { id: 'ap-000005', by: 'rex', state: 'approved', at: Date.now() },
      }),
    ).toMatch('cannot approve their own request');
    expect(serverEntries(team, 'reviews')[sent.id]).toEqual(approved);
  });

  it('a refused update closes the document connection with the reason', async () => {
    const member = await open('kits', 'mo-close', 'member');
    await write(member, 'x', kitEntry());
    const close = await until(() => member.closes.find((c) => c.reason.startsWith('refused:')));
    expect(close.reason).toMatch(/^refused: kits: the member role/);
  });

  it('an unknown root type in an update is refused (only the entries map exists)', async () => {
    const planner = await open('calendar', 'pia-x', 'planner');
    planner.doc.getMap('sneaky').set('a', 1);
    expect(await until(() => planner.refusals.at(-1))).toMatch('calendar: unknown field sneaky');
  });
});
