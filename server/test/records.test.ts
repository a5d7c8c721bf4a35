import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, startInstance, tokenFor } from './harness';
import { publishRecord, request } from './fixtures';
import type { TeamServer } from '../team-server';

let team: TeamServer;
let base: string;
beforeAll(async () => {
  team = await startInstance(await freshDatabase());
  base = `http://127.0.0.1:${team.port}`;
});
afterAll(() => team.stop());

const post = (token: string, records: unknown[]) =>
  fetch(`${base}/records`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ records }),
  }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));

const count = async (member: string) =>
  Number(
    (await team.db.query('SELECT count(*) FROM team_records WHERE member = $1', [member])).rows[0].count,
  );

describe('activity records', () => {
  it('are stored once per sender id: a retried batch never duplicates', async () => {
    const mo = tokenFor('mo', 'member').token;
    const batch = [
      publishRecord('rec-00000001', Date.now() - 1000),
      publishRecord('rec-00000002', Date.now()),
    ];
    expect((await post(mo, batch)).body).toEqual({ received: 2, stored: 2 });
    expect((await post(mo, batch)).body).toEqual({ received: 2, stored: 0 });
    expect(await count('mo')).toBe(2);
  });

  it("are always the token holder's: the same ids from another member are that member's own", async () => {
    const mei = tokenFor('mei', 'member').token;
    await post(mei, [publishRecord('rec-00000001', Date.now())]);
    expect(await count('mei')).toBe(1);
    expect(await count('mo')).toBe(2);
  });

  it('an invalid record is refused with a reason and nothing of the batch is stored', async () => {
    const mo = tokenFor('mo', 'member').token;
    const result = await post(mo, [
      publishRecord('rec-00000003', Date.now()),
      { id: 'short', kind: 'publish' },
    ]);
    expect(result.status).toBe(400);
    expect(result.body.error).toMatch(/^invalid-body/);
    expect(await count('mo')).toBe(2);
  });

  it("the team report covers every member with the dashboard's report code; a member may not read it", async () => {
    const admin = tokenFor('ada', 'admin').token;
    const now = Date.now();
    const get = (token: string, members = '') =>
      fetch(`${base}/report?from=${now - 86_400_000}&to=${now + 1000}${members && `&members=${members}`}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    const report = (await (await get(admin)).json()) as {
      members: string[];
      team: { publishedWithoutReview: number };
      byMember: Record<string, unknown>;
    };
    expect(report.members).toEqual(['mei', 'mo']);
    expect(Object.keys(report.byMember)).toEqual(['mei', 'mo']);
    expect(report.team.publishedWithoutReview).toBe(3);
    // The Reports tab's member filter: the report of the chosen members only, the team's figures theirs.
    const mos = (await (await get(admin, 'mo')).json()) as typeof report;
    expect(mos.members).toEqual(['mo']);
    expect(mos.team.publishedWithoutReview).toBe(2);
    expect((await get(tokenFor('mo', 'member').token)).status).toBe(403);
    // The team's members (a slot's owner is one of them), to any member: here, those whose records arrived.
    const members = await fetch(`${base}/members`, {
      headers: { authorization: `Bearer ${tokenFor('mo', 'member').token}` },
    });
    expect(await members.json()).toEqual({ members: ['mei', 'mo'] });
    void request;
  });
});
