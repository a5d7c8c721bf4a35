import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTeam } from '../../lib/team/connect';
import { TeamError } from '../../lib/team/problems';
import { freshDatabase, SECRET, startInstance, tokenFor } from './harness';
import { issueToken } from '../tokens';
import { revoke } from '../db';
import type { TeamServer } from '../team-server';

// The extension's connect step (lib/team/connect.ts) against the real server: each failure is its own problem.
let team: TeamServer;
let origin: string;
beforeAll(async () => {
  team = await startInstance(await freshDatabase());
  origin = `http://127.0.0.1:${team.port}`;
});
afterAll(() => team.stop());

const granted = { hasPermission: async () => true, fetch };
const problem = (run: Promise<unknown>) =>
  run.then(
    () => 'connected',
    (error) => (error instanceof TeamError ? error.problem : String(error)),
  );

describe('connecting from the extension', () => {
  it('a valid invitation gives the member and role', async () => {
    const connection = await connectTeam(origin, tokenFor('mo', 'member').token, granted);
    expect(connection).toMatchObject({ origin, member: 'mo', role: 'member' });
  });

  it('expired, revoked and foreign invitations are told apart', async () => {
    const expired = issueToken(SECRET, { sub: 'old', role: 'member', ttlMs: 1 }, Date.now() - 1000).token;
    expect(await problem(connectTeam(origin, expired, granted))).toBe('expired');
    const revoked = tokenFor('leaver', 'member');
    await revoke(team.db, revoked.claims.jti, 'ada');
    expect(await problem(connectTeam(origin, revoked.token, granted))).toBe('revoked');
    const foreign = issueToken('some-other-secret-0123456789-abcdefgh', {
      sub: 'x',
      role: 'admin',
      ttlMs: 60_000,
    }).token;
    expect(await problem(connectTeam(origin, foreign, granted))).toBe('invalid');
  });

  it('a server that is down, an address that is no team server, and a refused permission', async () => {
    expect(await problem(connectTeam('http://127.0.0.1:9', tokenFor('mo', 'member').token, granted))).toBe(
      'down',
    );
    expect(await problem(connectTeam('not a url at all', 'x', granted))).toBe('wrong-url');
    const notTeam = {
      hasPermission: async () => true,
      fetch: async () => new Response('<html>hello</html>', { status: 200 }),
    };
    expect(await problem(connectTeam(origin, 'x', notTeam))).toBe('wrong-url');
    expect(
      await problem(
        connectTeam(origin, tokenFor('mo', 'member').token, { hasPermission: async () => false, fetch }),
      ),
    ).toBe('permission-refused');
  });
});
