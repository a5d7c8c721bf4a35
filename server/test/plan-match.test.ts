import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, freshDatabase, sleep, startInstance, tokenFor, until, type Client } from './harness';
import { publishRecord, slot } from './fixtures';
import type { Slot } from '../../lib/calendar/schema';
import type { TeamServer } from '../team-server';

// Issue 20: "the calendar's plan-vs-actual matches any member's publish to the shared slot". The planner's slot
// is Weibo at 12:00 Shanghai (04:00 UTC); mo (a member, who did not plan it) posts on Weibo at 04:10 UTC; mei, in
// another browser, sees the shared slot published with mo's link.

const PLANNED_UTC = Date.UTC(2026, 11, 10, 4, 0);

let team: TeamServer;
let base: string;
let planner: Client;
let mei: Client;
beforeAll(async () => {
  team = await startInstance(await freshDatabase());
  base = `http://127.0.0.1:${team.port}`;
  planner = connect(team.port, 'calendar', tokenFor('pia', 'planner').token);
  mei = connect(team.port, 'calendar', tokenFor('mei', 'member').token);
  await Promise.all([planner.synced, mei.synced]);
  planner.entries.set('launch', slot('launch'));
  planner.entries.set('on-x', { ...slot('on-x'), platform: 'x' });
  await until(() => mei.entries.has('launch') && mei.entries.has('on-x'), 5000, 'the planned slots');
});
afterAll(async () => {
  planner?.destroy();
  mei?.destroy();
  await team.stop();
});

const post = (member: string, records: unknown[]) =>
  fetch(`${base}/records`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${tokenFor(member, 'member').token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ records }),
  }).then(async (r) => (await r.json()) as { stored: number });

const shared = (client: Client, id: string) => client.entries.get(id) as Slot;

describe('plan versus actual on the shared calendar', () => {
  it("any member's post marks the shared slot published, for every member", async () => {
    const at = PLANNED_UTC + 10 * 60_000;
    const records = [
      publishRecord('rec-mo-post', at, { url: 'https://weibo.com/mo/1' }),
      // A reply answers someone: never a planned post.
      publishRecord('rec-mo-reply', at, { postKind: 'reply', url: 'https://weibo.com/mo/2' }),
    ];
    expect((await post('mo', records)).stored).toBe(2);
    const launch = await until(
      () => shared(mei, 'launch').status === 'published' && shared(mei, 'launch'),
      5000,
      'the shared slot published',
    );
    expect(launch).toMatchObject({ url: 'https://weibo.com/mo/1', publishedAt: at });
    // Another platform's slot at the same time is not mo's post.
    expect(shared(mei, 'on-x').status).toBe('planned');
    expect(shared(planner, 'launch').status).toBe('published');
  });

  it('a retried upload, or a post far from any planned time, changes no slot', async () => {
    const before = JSON.stringify(mei.entries.toJSON());
    const at = PLANNED_UTC + 10 * 60_000;
    expect(
      (await post('mo', [publishRecord('rec-mo-post', at, { url: 'https://weibo.com/mo/1' })])).stored,
    ).toBe(0);
    expect(
      (await post('mei', [publishRecord('rec-mei-late', PLANNED_UTC + 6 * 3_600_000, { platform: 'x' })]))
        .stored,
    ).toBe(1);
    await sleep(500);
    expect(JSON.stringify(mei.entries.toJSON())).toBe(before);
  });
});
