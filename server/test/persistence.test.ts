import { afterAll, describe, expect, it } from 'vitest';
import { connect, freshDatabase, startInstance, tokenFor } from './harness';
import { slot } from './fixtures';
import type { TeamServer } from '../team-server';

// Shared documents live in PostgreSQL: a server that restarts serves what was written before.
let team: TeamServer | undefined;
afterAll(() => team?.stop());

describe('PostgreSQL persistence', () => {
  it('a slot written before a restart is served after it', async () => {
    const url = await freshDatabase();
    team = await startInstance(url);
    const planner = connect(team.port, 'calendar', tokenFor('pia', 'planner').token);
    await planner.synced;
    planner.entries.set('s1', slot('s1'));
    const stored = async () =>
      Number(
        (await team!.db.query("SELECT count(*) FROM team_documents WHERE name = 'calendar'")).rows[0].count,
      );
    const deadline = Date.now() + 5000;
    while ((await stored()) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    planner.destroy();
    await team.stop();

    team = await startInstance(url);
    const member = connect(team.port, 'calendar', tokenFor('mo', 'member').token);
    await member.synced;
    expect(member.entries.get('s1')).toEqual(slot('s1'));
    member.destroy();
  });
});
