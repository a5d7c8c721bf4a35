import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../lib/records/schema';
import { teamFiguresOf } from '../../lib/team/team-report';
import { generateRecords } from '../../test/bench/seed-records';
import { insertRecords, migrate } from '../db';
import { teamReport } from '../report';
import { freshDatabase, startInstance } from './harness';
import type { TeamServer } from '../team-server';

// The team report from PostgreSQL's daily totals equals the dashboard's report functions over the same records,
// for periods that cut days in the middle; retried batches never count twice; an older database gets its totals
// built from the stored records.
let team: TeamServer;
const now = Date.UTC(2026, 11, 3, 15, 47, 12);
const DAY = 86_400_000;
const records: Record<string, ActivityRecord[]> = {
  mei: generateRecords({ count: 3000, seed: 7, now, days: 20 }),
  mo: generateRecords({ count: 2000, seed: 8, now, days: 20 }),
};
beforeAll(async () => {
  team = await startInstance(await freshDatabase());
  for (const [member, list] of Object.entries(records)) {
    for (let i = 0; i < list.length; i += 700) await insertRecords(team.db, member, list.slice(i, i + 700));
    // A retry of a batch already stored (an answer lost on the way back) changes nothing.
    expect(await insertRecords(team.db, member, list.slice(0, 700))).toEqual([]);
  }
});
afterAll(() => team.stop());

const periods = [
  { from: now - 14 * DAY - 3_600_123, to: now },
  { from: now - 5 * DAY, to: now - 2 * DAY + 17 },
  { from: now - 3 * 3_600_000, to: now - 1_800_000 },
];

describe('the team report from daily totals', () => {
  it.each(periods)('equals the dashboard report code per member and for the team (%o)', async (period) => {
    const options = { ...period, now };
    const report = await teamReport(team.db, options);
    expect(report.members).toEqual(['mei', 'mo']);
    for (const member of ['mei', 'mo'])
      expect(report.byMember[member]).toEqual(teamFiguresOf(records[member], options));
    expect(report.team).toEqual(teamFiguresOf([...records.mei, ...records.mo], options));
    expect(report.team.posts).toBeGreaterThan(0);
    expect(report.team.responses.timed).toBeGreaterThan(0);
  });

  it('filters by member', async () => {
    const options = { ...periods[0], now, members: ['mo'] };
    const report = await teamReport(team.db, options);
    expect(report.members).toEqual(['mo']);
    expect(report.team).toEqual(teamFiguresOf(records.mo, options));
  });

  it('a database from before the totals gets them built from its records', async () => {
    await team.db.query('DROP TABLE team_daily, team_response_times');
    await migrate(team.db);
    const options = { ...periods[0], now };
    expect((await teamReport(team.db, options)).team).toEqual(
      teamFiguresOf([...records.mei, ...records.mo], options),
    );
  });
});
