import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordsUpload, TEAM_OUTBOX_KEY, type Fetch } from '../../lib/team/records-upload';
import type { TeamConnection } from '../../lib/team/connection';
import type { KeyValueArea } from '../../lib/records/outbox';
import type { Role } from '../../lib/team/roles';
import { freshDatabase, startInstance, tokenFor, until } from './harness';
import { publishRecord } from './fixtures';
import type { TeamServer } from '../team-server';

// Members' records reach the team through the extension's own upload (lib/team/records-upload.ts: the records'
// outbox with POST /records as its transport) against the real server: kept while the server is unreachable,
// sent once it answers, never duplicated by a retry (counted in PostgreSQL), and in the team report per member.

let team: TeamServer;
let origin: string;
beforeAll(async () => {
  team = await startInstance(await freshDatabase());
  origin = `http://127.0.0.1:${team.port}`;
});
afterAll(() => team.stop());

function memoryArea(): KeyValueArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (keys) =>
      Object.fromEntries([keys ?? Object.keys(data)].flat().map((k) => [k as string, data[k as string]])),
    set: async (items) => void Object.assign(data, items),
    remove: async (keys) => [keys].flat().forEach((k) => delete data[k]),
  };
}

const connection = (member: string, role: Role = 'member'): TeamConnection => ({
  origin,
  token: tokenFor(member, role).token,
  member,
  role,
  exp: Date.now() + 3_600_000,
});

const count = async (member: string) =>
  Number(
    (await team.db.query('SELECT count(*) FROM team_records WHERE member = $1', [member])).rows[0].count,
  );

describe("members' records to the team server", () => {
  it('wait while the server cannot be reached, then arrive once each, even when a batch is sent twice', async () => {
    const area = memoryArea();
    let down = true;
    let calls = 0;
    // The first answers fail (server down); one acknowledgement is lost after the server committed the batch.
    const flaky: Fetch = async (input, init) => {
      calls++;
      if (down) throw new TypeError('Failed to fetch');
      const response = await fetch(input, init);
      if (calls === 4) throw new TypeError('connection reset after the server answered');
      return response;
    };
    const upload = createRecordsUpload(connection('mo'), area, flaky);
    const now = Date.now();
    const records = Array.from({ length: 1200 }, (_, i) =>
      publishRecord(`mo-rec-${String(i).padStart(6, '0')}`, now - i * 1000),
    );
    await upload.enqueue(records);
    await until(() => calls >= 2, 5000, 'two failed attempts');
    expect((area.data[TEAM_OUTBOX_KEY] as unknown[]).length).toBe(1200);
    expect(await count('mo')).toBe(0);
    down = false;
    await upload.flush();
    expect(await count('mo')).toBe(1200);
    expect(area.data[TEAM_OUTBOX_KEY]).toBeUndefined();
    // Queued again (a worker that restarted before it forgot them): still 1,200.
    await upload.enqueue(records.slice(0, 10));
    await upload.flush();
    expect(await count('mo')).toBe(1200);
    upload.stop();
  });

  it('a second member’s records join; the team report shows both members', async () => {
    const area = memoryArea();
    const upload = createRecordsUpload(connection('rita', 'reviewer'), area);
    await upload.enqueue([publishRecord('rita-rec-000001', Date.now() - 5000)]);
    await upload.flush();
    const now = Date.now();
    const response = await fetch(`${origin}/report?from=${now - 2 * 86_400_000}&to=${now + 1000}`, {
      headers: { authorization: `Bearer ${tokenFor('ada', 'admin').token}` },
    });
    const report = (await response.json()) as {
      members: string[];
      byMember: Record<string, { posts: number }>;
    };
    expect(report.members).toEqual(['mo', 'rita']);
    expect(report.byMember.rita.posts).toBe(1);
    expect(report.byMember.mo.posts).toBeGreaterThan(0);
    upload.stop();
  });
});
