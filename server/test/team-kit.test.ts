import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTeamSync, type SyncStatus, type TeamSync } from '../../lib/team/sync';
import type { TeamDocument } from '../../lib/team/documents';
import type { Role } from '../../lib/team/roles';
import { CONNECTION_KEY, type TeamConnection } from '../../lib/team/connection';
import { createTeamKitHandlers } from '../../lib/team/kit-handlers';
import { teamKitsOf } from '../../lib/team/mirror';
import { teamKitInForce } from '../../lib/team/team-kit';
import { resolveKit } from '../../lib/kits/kit-library';
import { compileKit } from '../../lib/engine';
import type { KeyValueArea } from '../../lib/records/outbox';
import { connect, freshDatabase, serverEntries, sleep, startInstance, tokenFor, until } from './harness';
import { kitEntry } from './fixtures';
import type { TeamServer } from '../team-server';

// The team's kit becomes every member's kit in force, through the extension's own code against the real server:
// the admin's "Publish to the team" (lib/team/kit-handlers.ts) → the server → a member's sync loop → the mirror
// (lib/team/mirror.ts) → the kit in force (lib/team/team-kit.ts, lib/kits resolveKit) → the checker. Only the
// admin may change it, and a kit the schemas refuse is refused at the server with its reason and never spreads.

let team: TeamServer;
let origin: string;
const running: TeamSync[] = [];
beforeAll(async () => {
  team = await startInstance(await freshDatabase());
  origin = `http://127.0.0.1:${team.port}`;
});
afterAll(async () => {
  running.forEach((s) => s.stop());
  await team.stop();
});

function browserOf(member: string, role: Role) {
  const connection: TeamConnection = {
    origin,
    token: tokenFor(member, role).token,
    member,
    role,
    exp: Date.now() + 3_600_000,
  };
  const seen: Partial<Record<TeamDocument, Record<string, unknown>>> = {};
  const statuses: SyncStatus[] = [];
  const sync = startTeamSync({
    connection,
    onEntries: (doc, entries) => (seen[doc] = entries),
    onStatus: (status) => statuses.push(status),
    WebSocketPolyfill: WebSocket,
  });
  running.push(sync);
  const stored: Record<string, unknown> = { [CONNECTION_KEY]: connection };
  const area = {
    get: async (keys: string | string[]) =>
      Object.fromEntries([keys].flat().map((k) => [k, stored[k]])) as Record<string, unknown>,
    set: async (items: Record<string, unknown>) => void Object.assign(stored, items),
    remove: async (keys: string | string[]) => [keys].flat().forEach((k) => delete stored[k]),
  } as unknown as KeyValueArea;
  const handlers = createTeamKitHandlers({ current: () => sync }, area);
  /** What this browser's checker would use: the mirrored team kit resolved as the pages resolve it. */
  const kitInForce = () => {
    const team = teamKitInForce(teamKitsOf(seen.kits ?? {}));
    const local = { version: 2 as const, profile: { name: 'Own kit' }, bannedTerms: [] };
    return resolveKit({
      library: { version: 1, activeId: 'own', kits: [{ id: 'own', kit: local, updatedAt: 1 }] },
      prefs: { version: 1, siteKits: {} },
      managed: { kit: null, gateMode: null, problems: [] },
      team,
      hostname: 'weibo.com',
    });
  };
  const connected = until(() => statuses.some((s) => s.state === 'connected'), 10_000, `${member} connected`);
  return { sync, seen, statuses, handlers, kitInForce, connected };
}

const kitWith = (name: string, term: string) => ({
  version: 2 as const,
  profile: { name },
  bannedTerms: [{ term, category: 'custom' as const, severity: 'block' as const }],
});

describe("the team's kit in force", () => {
  it("the admin's published kit reaches a member's checker; an edit follows; the review policy is kept", async () => {
    // A kit the admin set up earlier, with its review policy (Weibo posts need review).
    const seed = connect(team.port, 'kits', tokenFor('ada', 'admin').token);
    await seed.synced;
    seed.entries.set('acme', kitEntry('Acme'));
    await until(() => serverEntries(team, 'kits').acme, 5000, 'the seed kit');
    seed.destroy();

    const admin = browserOf('ada', 'admin');
    const mo = browserOf('mo', 'member');
    await Promise.all([admin.connected, mo.connected]);
    await until(() => admin.seen.kits?.acme, 5000, "the admin's copy");
    await until(() => mo.kitInForce().origin === 'team', 5000, "the member's copy");
    expect(mo.kitInForce()).toMatchObject({ origin: 'team', id: 'acme', kit: { profile: { name: 'Acme' } } });

    expect(
      await admin.handlers['team.kits.publish']({ kit: kitWith('Acme 2027', 'cheapest') }, {} as never),
    ).toEqual({ ok: true, id: 'acme' });
    await until(() => mo.kitInForce().kit.profile.name === 'Acme 2027', 5000, "the member's kit in force");
    const checker = compileKit(mo.kitInForce().kit);
    expect(checker.check('The cheapest deal in town', { platform: 'weibo' }).map((f) => f.text)).toEqual([
      'cheapest',
    ]);
    expect(serverEntries(team, 'kits').acme).toEqual({
      kit: kitWith('Acme 2027', 'cheapest'),
      review: { weibo: ['post'] },
    });
    expect(teamKitsOf(mo.seen.kits ?? {}).review).toEqual({ weibo: ['post'] });

    await admin.handlers['team.kits.publish']({ kit: kitWith('Acme 2027', 'guaranteed') }, {} as never);
    await until(
      () => compileKit(mo.kitInForce().kit).check('Guaranteed results', { platform: 'weibo' }).length === 1,
      5000,
      'the edited kit',
    );
  });

  it('a member, a planner and a reviewer may not change it: told locally, refused by the server, never spread', async () => {
    const admin = browserOf('ada2', 'admin');
    await admin.connected;
    await until(() => admin.seen.kits?.acme, 5000, "the admin's copy");
    const before = serverEntries(team, 'kits');
    for (const role of ['member', 'planner', 'reviewer'] as const) {
      const other = browserOf(`${role}-k`, role);
      await other.connected;
      await until(() => other.seen.kits?.acme, 5000, `${role}'s copy`);
      // The extension's own path says no before anything is sent...
      expect(await other.handlers['team.kits.publish']({ kit: kitWith('Mine', 'x') }, {} as never)).toEqual({
        ok: false,
        reason: `kits: the ${role} role may not change this document`,
      });
      // ...and a hand-made edit of the browser's copy is refused by the server with the reason.
      other.sync.entries('kits').set('acme', { kit: kitWith(`Hijacked by ${role}`, 'x') });
      const refusal = await until(() => other.statuses.find((s) => s.problem), 5000, `${role}'s refusal`);
      expect(refusal).toMatchObject({
        problem: 'refused',
        detail: `kits: the ${role} role may not change this document`,
      });
      await sleep(200);
      expect(serverEntries(team, 'kits')).toEqual(before);
      expect(admin.kitInForce().kit.profile.name).toBe('Acme 2027');
    }
  });

  it("the admin's review rules go beside the team kit and reach members; anyone else is told no and refused", async () => {
    const admin = browserOf('ada4', 'admin');
    const mo = browserOf('mo4', 'member');
    const rita = browserOf('rita4', 'reviewer');
    await Promise.all([admin.connected, mo.connected, rita.connected]);
    await until(() => mo.seen.kits?.acme && rita.seen.kits?.acme, 5000, 'the copies');
    const kitBefore = (serverEntries(team, 'kits').acme as { kit: unknown }).kit;
    // An empty list for a platform is no rule at all.
    expect(
      await admin.handlers['team.kits.review']({ review: { weibo: ['post', 'reply'], x: [] } }, {} as never),
    ).toEqual({ ok: true, id: 'acme' });
    await until(() => teamKitsOf(mo.seen.kits ?? {}).review.weibo?.length === 2, 5000, "the member's rules");
    expect(teamKitsOf(mo.seen.kits ?? {}).review).toEqual({ weibo: ['post', 'reply'] });
    // The kit itself is untouched.
    expect(serverEntries(team, 'kits').acme).toEqual({
      kit: kitBefore,
      review: { weibo: ['post', 'reply'] },
    });

    // A reviewer may not change who needs review: told locally, and a hand-made edit is refused by the server.
    expect(await rita.handlers['team.kits.review']({ review: {} }, {} as never)).toEqual({
      ok: false,
      reason: 'kits: the reviewer role may not change this document',
    });
    rita.sync.entries('kits').set('acme', { kit: kitBefore, review: {} });
    await until(() => rita.statuses.find((s) => s.problem), 5000, "the reviewer's refusal");
    await sleep(300);
    expect((serverEntries(team, 'kits').acme as { review: unknown }).review).toEqual({
      weibo: ['post', 'reply'],
    });
    // The refused edit does not linger in the reviewer's copy (shown as the team's, sent again on reconnect):
    // their copy starts over from the server's.
    await until(
      () =>
        (rita.sync.entries('kits').get('acme') as { review?: { weibo?: unknown[] } })?.review?.weibo
          ?.length === 2,
      5000,
      "the reviewer's copy back to the server's",
    );
    expect(rita.seen.kits?.acme).toEqual(serverEntries(team, 'kits').acme);

    // Back to the rules the other tests expect.
    expect(await admin.handlers['team.kits.review']({ review: { weibo: ['post'] } }, {} as never)).toEqual({
      ok: true,
      id: 'acme',
    });
    await until(() => teamKitsOf(mo.seen.kits ?? {}).review.weibo?.length === 1, 5000, 'the rules restored');
  });

  it('a schema-invalid kit from the admin is refused at the server with the field named and never reaches a member', async () => {
    const admin = browserOf('ada3', 'admin');
    const mo = browserOf('mo3', 'member');
    await Promise.all([admin.connected, mo.connected]);
    await until(() => mo.seen.kits?.acme, 5000, "the member's copy");
    const bad = {
      ...kitWith('Broken', 'x'),
      bannedTerms: [{ term: 'x', category: 'custom', severity: 'loud' }],
    };
    // The dashboard's path refuses it with the reason before sending.
    const told = await admin.handlers['team.kits.publish']({ kit: bad }, {} as never);
    expect(told).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^kits\/acme: invalid entry at kit\.bannedTerms\[0\]\.severity/),
    });
    // Written into the admin's copy by hand (as a modified client would): the server refuses it, with the field.
    admin.sync.entries('kits').set('acme', { kit: bad });
    const refusal = await until(() => admin.statuses.find((s) => s.problem), 5000, 'the refusal');
    expect(refusal).toMatchObject({
      problem: 'refused',
      detail: expect.stringContaining('kit.bannedTerms[0].severity'),
    });
    await sleep(500);
    expect(
      (serverEntries(team, 'kits').acme as { kit: { profile: { name: string } } }).kit.profile.name,
    ).toBe('Acme 2027');
    expect(mo.kitInForce()).toMatchObject({ origin: 'team', kit: { profile: { name: 'Acme 2027' } } });
  });
});
