import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTeamSync, type SyncStatus } from '../../lib/team/sync';
import type { TeamDocument } from '../../lib/team/documents';
import { connect, freshDatabase, startInstance, tokenFor, until } from './harness';
import { slot, template } from './fixtures';
import type { TeamServer } from '../team-server';

// The extension's sync loop (lib/team/sync.ts, the code the background runs) against the real server: what a
// planner changes reaches a member's loop; a member's refused edit is reported with the server's reason.
let team: TeamServer;
let origin: string;
beforeAll(async () => {
  team = await startInstance(await freshDatabase());
  origin = `http://127.0.0.1:${team.port}`;
});
afterAll(() => team.stop());

function memberLoop(member: string, role: 'member' | 'planner' = 'member') {
  const seen: Partial<Record<TeamDocument, Record<string, unknown>>> = {};
  const statuses: SyncStatus[] = [];
  const sync = startTeamSync({
    connection: { origin, token: tokenFor(member, role).token, member, role, exp: Date.now() + 3_600_000 },
    onEntries: (doc, entries) => (seen[doc] = entries),
    onStatus: (status) => statuses.push(status),
    WebSocketPolyfill: WebSocket,
  });
  return { sync, seen, statuses };
}

describe('the sync loop', () => {
  it("a planner's slot move and template edit reach a member's loop", async () => {
    const planner = connect(team.port, 'calendar', tokenFor('pia', 'planner').token);
    const templates = connect(team.port, 'templates', tokenFor('pia', 'planner').token);
    await Promise.all([planner.synced, templates.synced]);
    const mo = memberLoop('mo');
    await until(() => mo.statuses.some((s) => s.state === 'connected'), 5000, 'connected');
    planner.entries.set('launch', slot('launch', '2026-12-10T12:00'));
    templates.entries.set('thanks', template('thanks'));
    await until(() => mo.seen.calendar?.launch, 5000, 'the slot');
    await until(() => mo.seen.templates?.thanks, 5000, 'the template');
    planner.entries.set('launch', slot('launch', '2026-12-11T09:30'));
    await until(
      () => (mo.seen.calendar?.launch as { start?: string } | undefined)?.start === '2026-12-11T09:30',
      5000,
      'the moved slot',
    );
    mo.sync.stop();
    planner.destroy();
    templates.destroy();
  });

  it("a member's edit of the calendar is refused and never spreads", async () => {
    const mo = memberLoop('mo2');
    await until(() => mo.statuses.some((s) => s.state === 'connected'), 5000, 'connected');
    mo.sync.entries('calendar').set('sneaky', slot('sneaky'));
    const refusal = await until(() => mo.statuses.find((s) => s.problem), 5000, 'the refusal');
    expect(refusal).toMatchObject({ problem: 'refused', detail: expect.stringContaining('member role') });
    const reader = connect(team.port, 'calendar', tokenFor('pia', 'planner').token);
    await reader.synced;
    await new Promise((r) => setTimeout(r, 500));
    expect(reader.entries.has('sneaky')).toBe(false);
    mo.sync.stop();
    reader.destroy();
  });

  it('a revoked or expired invitation is reported as its problem', async () => {
    const expired = startTeamSync({
      connection: {
        origin,
        token: tokenFor('old', 'member', -1000).token,
        member: 'old',
        role: 'member',
        exp: 1,
      },
      onEntries: () => undefined,
      onStatus: (s) => statuses.push(s),
      WebSocketPolyfill: WebSocket,
    });
    const statuses: SyncStatus[] = [];
    await until(() => statuses.find((s) => s.problem), 5000, 'a problem');
    expect(statuses.find((s) => s.problem)?.problem).toBe('expired');
    expect(statuses.find((s) => s.problem)?.state).toBe('disconnected');
    expired.stop();
  });
});
