import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { judgeChange, mayWrite } from '@/lib/team/policy';
import { mergeTeamPauses, teamPausesOf } from '@/lib/team/mirror';
import { ENTRIES_MAP, type TeamDocument, type TeamPause } from '@/lib/team/documents';
import { ROLES, type Role } from '@/lib/team/roles';
import { CONNECTION_KEY, type TeamConnection } from '@/lib/team/connection';
import type { TeamSync } from '@/lib/team/sync';
import { activePause, PAUSE_KEY, readPauses, type StoredPauses } from '@/lib/pause/pause';
import { createPauseHandlers } from '@/lib/background/pause-handlers';
import { memoryArea } from './memory-area';

// The crisis pause in team mode (issue 21 point 4): the team's `pause` document, switched only by the roles that
// steer publishing, in the switcher's own name; every member's browser mirrors it into `crisisPause`.

const T0 = Date.UTC(2026, 11, 5, 9);
const pause = (id: string, by: string, extra: Partial<TeamPause> = {}): TeamPause => ({
  id,
  startedAt: T0,
  reason: 'Product recall',
  terms: ['recall'],
  by,
  ...extra,
});

describe('the pause rule, for every role', () => {
  const steering: Record<Role, boolean> = { admin: true, planner: true, reviewer: true, member: false };
  for (const role of ROLES) {
    it(`${role}: ${steering[role] ? 'switches the pause on and off' : 'is refused'}`, () => {
      const actor = { member: `${role}-1`, role };
      expect(mayWrite('pause', role)).toBe(steering[role]);
      const on = pause('pause-0001', actor.member);
      const switchedOn = judgeChange('pause', actor, {}, { [on.id]: on });
      const off = { ...on, endedAt: T0 + 60_000, endedBy: actor.member };
      const switchedOff = judgeChange('pause', actor, { [on.id]: on }, { [on.id]: off });
      if (steering[role]) {
        expect(switchedOn).toBeNull();
        expect(switchedOff).toBeNull();
      } else {
        expect(switchedOn).toBe('pause: the member role may not change this document');
        expect(switchedOff).toBe('pause: the member role may not change this document');
      }
    });
  }

  it('a pause names its switcher; switching off names who, once, and changes nothing else', () => {
    const ada = { member: 'ada', role: 'admin' as const };
    const on = pause('pause-0001', 'pia');
    expect(judgeChange('pause', ada, {}, { [on.id]: on })).toMatch('must name its switcher in by');
    const mine = pause('pause-0001', 'ada');
    expect(
      judgeChange('pause', ada, {}, { [mine.id]: { ...mine, endedAt: T0 + 1, endedBy: 'ada' } }),
    ).toMatch('cannot be switched off already');
    const off = { ...on, endedAt: T0 + 1, endedBy: 'ada' };
    expect(judgeChange('pause', ada, { [on.id]: on }, { [on.id]: off })).toBeNull();
    expect(
      judgeChange('pause', ada, { [on.id]: on }, { [on.id]: { ...off, endedBy: 'someone-else' } }),
    ).toMatch('must name its switcher in endedBy');
    expect(judgeChange('pause', ada, { [on.id]: on }, { [on.id]: { ...off, reason: 'rewritten' } })).toMatch(
      'only switching it off may change a pause',
    );
    expect(judgeChange('pause', ada, { [on.id]: off }, { [on.id]: { ...off, endedAt: T0 + 2 } })).toMatch(
      'already switched off',
    );
    expect(judgeChange('pause', ada, { [on.id]: off }, {})).toMatch("stays in the team's history");
    expect(
      judgeChange('pause', ada, {}, { 'pause-0002': { ...pause('pause-0002', 'ada'), reason: '' } }),
    ).toMatch(/pause\/pause-0002: invalid entry at reason/);
  });
});

describe("the team's pauses mirrored into crisisPause", () => {
  const local = (...pauses: StoredPauses['pauses']): StoredPauses => ({ version: 1, pauses });

  it('brings the team pause in force, oldest first, and the team copy wins', () => {
    const old = pause('pause-0001', 'ada', {
      startedAt: T0 - 3_600_000,
      endedAt: T0 - 60_000,
      endedBy: 'ada',
    });
    const now = pause('pause-0002', 'pia');
    const merged = mergeTeamPauses(local(), { [now.id]: now, [old.id]: old }, T0 + 1000);
    expect(merged.pauses.map((p) => p.id)).toEqual(['pause-0001', 'pause-0002']);
    expect(activePause(merged, T0 + 1000)).toEqual(now);
    // Switched off in another browser: the team's copy replaces this one's.
    const ended = { ...now, endedAt: T0 + 2000, endedBy: 'pia' };
    const next = mergeTeamPauses(merged, { [now.id]: ended, [old.id]: old }, T0 + 3000);
    expect(activePause(next, T0 + 3000)).toBeUndefined();
    expect(next.pauses.at(-1)).toEqual(ended);
    // Nothing changed: the same object (no write, no listener woken).
    expect(mergeTeamPauses(next, { [now.id]: ended, [old.id]: old }, T0 + 4000)).toBe(next);
  });

  it("ends this browser's own pause in force (the team's is the one in force) and keeps it in the history", () => {
    const own = { id: 'own-0001', startedAt: T0 - 1000, reason: 'alone', terms: [] };
    const merged = mergeTeamPauses(local(own), {}, T0);
    expect(merged.pauses).toEqual([{ ...own, endedAt: T0 }]);
    expect(activePause(merged, T0)).toBeUndefined();
  });

  it('skips an entry its schema refuses', () => {
    expect(teamPausesOf({ bad: { id: 'bad', startedAt: 'soon' } }).pauses).toEqual([]);
  });
});

function teamAs(role: Role | null) {
  const doc = new Y.Doc();
  const docs = { pause: doc } as Record<TeamDocument, Y.Doc>;
  const sync = {
    docs,
    entries: (name: TeamDocument) => docs[name].getMap(ENTRIES_MAP),
  } as unknown as TeamSync;
  const area = memoryArea();
  if (role) {
    const connection: TeamConnection = {
      origin: 'https://team.example.com',
      token: 'token-of-the-member-0000',
      member: `${role}-1`,
      role,
      exp: T0 + 86_400_000,
    };
    area.data[CONNECTION_KEY] = connection;
  }
  let clock = T0;
  let n = 0;
  const handlers = createPauseHandlers(
    { current: () => (role ? sync : undefined), refresh: async () => undefined },
    area,
    () => clock,
    () => `pause-000${++n}`,
  );
  return { handlers, sync, area, tick: (ms: number) => (clock += ms) };
}

describe('the switch in the background', () => {
  it("a planner's switch goes into the team's document in their name, and off again", async () => {
    const { handlers, sync, tick } = teamAs('planner');
    const on = await handlers['pause.on']({ reason: 'Recall', terms: ['recall'] }, {});
    expect(on).toEqual({ ok: true });
    expect(sync.entries('pause').toJSON()).toEqual({
      'pause-0001': { id: 'pause-0001', startedAt: T0, reason: 'Recall', terms: ['recall'], by: 'planner-1' },
    });
    tick(60_000);
    expect(await handlers['pause.off']({}, {})).toEqual({ ok: true });
    expect(sync.entries('pause').get('pause-0001')).toMatchObject({
      endedAt: T0 + 60_000,
      endedBy: 'planner-1',
    });
  });

  it("a member's switch is refused with the server's reason and writes nothing", async () => {
    const { handlers, sync, area } = teamAs('member');
    expect(await handlers['pause.on']({ reason: 'Recall', terms: [] }, {})).toEqual({
      ok: false,
      reason: 'pause: the member role may not change this document',
    });
    expect(sync.entries('pause').size).toBe(0);
    expect(area.data[PAUSE_KEY]).toBeUndefined();
  });

  it('alone: two switches at once both land (one writer, one change after the other)', async () => {
    const { handlers, area } = teamAs(null);
    const [a, b] = await Promise.all([
      handlers['pause.on']({ reason: 'first', terms: [] }, {}),
      handlers['pause.on']({ reason: 'second', terms: [] }, {}),
    ]);
    expect([a, b]).toEqual([{ ok: true }, { ok: true }]);
    const stored = readPauses(area.data[PAUSE_KEY]);
    // Read-modify-write by two writers would have kept one pause; one writer keeps both, the first ended.
    expect(stored.pauses.map((p) => [p.reason, p.endedAt !== undefined])).toEqual([
      ['first', true],
      ['second', false],
    ]);
    expect(stored.pauses.every((p) => p.by === undefined)).toBe(true);
  });

  it('refuses an end in the past', async () => {
    const { handlers } = teamAs(null);
    expect(await handlers['pause.on']({ reason: 'x', until: T0 - 1, terms: [] }, {})).toEqual({
      ok: false,
      reason: 'the end must lie in the future',
    });
  });
});
