import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connect,
  freshDatabase,
  startInstance,
  startRedis,
  tokenFor,
  until,
  type ChildProcess,
} from './harness';
import { slot } from './fixtures';
import type { TeamServer } from '../team-server';

// The scale-out path: two instances share one Redis; a planner on instance A moves a slot, a member connected to
// instance B sees it.
const REDIS_PORT = Number(process.env.ONBRAND_TEAM_TEST_REDIS_PORT ?? 6391);
let redis: ChildProcess;
let a: TeamServer;
let b: TeamServer;

beforeAll(async () => {
  const url = await freshDatabase();
  redis = await startRedis(REDIS_PORT);
  a = await startInstance(url, { redisPort: REDIS_PORT, name: 'instance-a' });
  b = await startInstance(url, { redisPort: REDIS_PORT, name: 'instance-b' });
});
afterAll(async () => {
  await a.stop();
  await b.stop();
  redis.kill();
});

describe('two instances over Redis', () => {
  it('deliver a change made on one instance to a member on the other', async () => {
    const planner = connect(a.port, 'calendar', tokenFor('pia', 'planner').token);
    const member = connect(b.port, 'calendar', tokenFor('mo', 'member').token);
    await Promise.all([planner.synced, member.synced]);
    planner.entries.set('s1', slot('s1', '2026-12-10T12:00'));
    await until(
      () => (member.entries.get('s1') as { start?: string })?.start === '2026-12-10T12:00',
      5000,
      'first slot on b',
    );
    planner.entries.set('s1', slot('s1', '2026-12-10T15:30'));
    await until(
      () => (member.entries.get('s1') as { start?: string })?.start === '2026-12-10T15:30',
      5000,
      'moved slot on b',
    );
    expect(member.refusals).toEqual([]);
    planner.destroy();
    member.destroy();
  });
});
