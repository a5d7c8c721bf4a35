import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { IndexeddbPersistence } from 'y-indexeddb';
import { startTeamSync, type TeamSync } from '../../lib/team/sync';
import { createReviewHandlers } from '../../lib/team/review-handlers';
import { CONNECTION_KEY, type TeamConnection } from '../../lib/team/connection';
import type { KeyValueArea } from '../../lib/records/outbox';
import type { ReviewRequest } from '../../lib/team/documents';
import { connect, freshDatabase, serverEntries, sleep, startInstance, tokenFor, until } from './harness';
import { request } from './fixtures';
import type { TeamServer } from '../team-server';

// Review decisions made offline (the background's own decide handler and sync loop, each document kept in
// IndexedDB by y-indexeddb — fake-indexeddb here): a decision made while the server is down survives the worker
// stopping, reaches the server when it is back, and is applied once; a second reviewer's concurrent offline
// decision never replaces it.

let team: TeamServer | undefined;
const loops: TeamSync[] = [];
afterAll(async () => {
  loops.forEach((l) => l.stop());
  await team?.stop();
});

function reviewerBrowser(member: string, origin: string) {
  const connection: TeamConnection = {
    origin,
    token: tokenFor(member, 'reviewer').token,
    member,
    role: 'reviewer',
    exp: Date.now() + 3_600_000,
  };
  const area = {
    get: async () => ({ [CONNECTION_KEY]: connection }),
    set: async () => undefined,
    remove: async () => undefined,
  } as unknown as KeyValueArea;
  /** One worker's life: a sync loop on this browser's IndexedDB copy. */
  const start = () => {
    const seen: { reviews?: Record<string, unknown> } = {};
    const sync = startTeamSync({
      connection,
      onEntries: (doc, entries) => doc === 'reviews' && (seen.reviews = entries),
      onStatus: () => undefined,
      persist: (name, doc) => new IndexeddbPersistence(`${member}:${name}`, doc),
      WebSocketPolyfill: WebSocket,
    });
    loops.push(sync);
    const handlers = createReviewHandlers({ current: () => sync } as never, area);
    return { sync, seen, decide: handlers['team.review.decide'] };
  };
  return { start };
}

const decisionOf = (entries: Record<string, unknown> | undefined, id: string) =>
  (entries?.[id] as ReviewRequest | undefined)?.decision;

describe('offline review decisions', () => {
  it('survive the worker stopping, reach the server once it is back, and are applied once', async () => {
    const url = await freshDatabase();
    team = await startInstance(url);
    const port = team.port;
    const origin = `http://127.0.0.1:${port}`;
    const mo = connect(port, 'reviews', tokenFor('mo', 'member').token);
    await mo.synced;
    mo.entries.set('r-offline-01', request('r-offline-01', 'mo'));
    mo.destroy();

    const rita = reviewerBrowser('rita', origin);
    const rex = reviewerBrowser('rex', origin);
    const first = rita.start();
    const other = rex.start();
    await until(() => first.seen.reviews?.['r-offline-01'], 10_000, "rita's copy");
    await until(() => other.seen.reviews?.['r-offline-01'], 10_000, "rex's copy");

    // The server goes down; both reviewers decide while it is away.
    await team.stop();
    team = undefined;
    expect(await first.decide({ id: 'r-offline-01', state: 'approved' }, {} as never)).toEqual({ ok: true });
    expect(
      await other.decide({ id: 'r-offline-01', state: 'changes-requested', comment: 'No' }, {} as never),
    ).toEqual({ ok: true });
    const ritaDecision = decisionOf(first.seen.reviews, 'r-offline-01')!;
    expect(ritaDecision).toMatchObject({ by: 'rita', state: 'approved' });
    // Rita's worker stops (its copy is in IndexedDB); a new worker starts from it, still offline.
    await sleep(300);
    first.sync.stop();
    const second = rita.start();
    await second.sync.loaded;
    expect(decisionOf(second.seen.reviews, 'r-offline-01')).toEqual(ritaDecision);

    // The server is back on the same port: the queued decisions arrive; exactly one decision holds.
    team = await startInstance(url, { port });
    const onServer = await until(
      () => decisionOf(serverEntries(team!, 'reviews'), 'r-offline-01'),
      30_000,
      'a decision on the server',
    );
    await sleep(3000);
    const settled = decisionOf(serverEntries(team, 'reviews'), 'r-offline-01');
    expect(settled).toEqual(onServer);
    expect([ritaDecision.id, decisionOf(other.seen.reviews, 'r-offline-01')?.id]).toContain(settled?.id);
    // It is in PostgreSQL too, and a later decision is refused (never applied twice).
    const reader = connect(port, 'reviews', tokenFor('ada', 'admin').token);
    await reader.synced;
    expect(decisionOf(reader.entries.toJSON(), 'r-offline-01')).toEqual(settled);
    reader.destroy();
    const late = reviewerBrowser('rob', origin).start();
    await until(() => decisionOf(late.seen.reviews, 'r-offline-01'), 10_000, "rob's copy");
    expect(await late.decide({ id: 'r-offline-01', state: 'approved' }, {} as never)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('already decided'),
    });
  });
});
