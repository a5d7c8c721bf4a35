import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, freshDatabase, SECRET, startInstance, tokenFor } from './harness';
import type { TeamServer } from '../team-server';
import { issueToken } from '../tokens';

let team: TeamServer;
let base: string;
beforeAll(async () => {
  team = await startInstance(await freshDatabase());
  base = `http://127.0.0.1:${team.port}`;
});
afterAll(() => team.stop());

const api = (path: string, token: string, body?: unknown) =>
  fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));

describe('invitations', () => {
  it('an admin invites; the invitation connects with its role', async () => {
    const admin = tokenFor('ada', 'admin').token;
    const invited = await api('/invitations', admin, { member: 'mei', role: 'planner', ttlHours: 1 });
    expect(invited.status).toBe(200);
    const me = await api('/whoami', invited.body.token as string);
    expect(me.body).toMatchObject({ member: 'mei', role: 'planner' });
  });

  it('only an admin may invite or revoke', async () => {
    const member = tokenFor('mo', 'member').token;
    expect((await api('/invitations', member, { member: 'x', role: 'admin', ttlHours: 1 })).status).toBe(403);
    expect((await api('/invitations/revoke', member, { jti: '12345678' })).status).toBe(403);
  });

  it('an expired invitation is refused on HTTP and on the WebSocket', async () => {
    const expired = issueToken(
      SECRET,
      { sub: 'old', role: 'member', ttlMs: 1000 },
      Date.now() - 10_000,
    ).token;
    expect(await api('/whoami', expired)).toEqual({ status: 401, body: { error: 'invitation-expired' } });
    const client = connect(team.port, 'kits', expired);
    expect(await client.authFailure).toBe('invitation-expired');
    client.destroy();
  });

  it('a revoked invitation is refused on HTTP and on the WebSocket', async () => {
    const admin = tokenFor('ada', 'admin').token;
    const invited = await api('/invitations', admin, { member: 'leaver', role: 'member', ttlHours: 24 });
    const token = invited.body.token as string;
    expect((await api('/whoami', token)).status).toBe(200);
    // An invited member is one of the team's members (a slot's owner can be them) until revoked.
    const members = async () => (await api('/members', admin)).body.members as string[];
    expect(await members()).toContain('leaver');
    expect((await api('/invitations/revoke', admin, { jti: invited.body.jti })).status).toBe(200);
    expect(await api('/whoami', token)).toEqual({ status: 401, body: { error: 'invitation-revoked' } });
    expect(await members()).not.toContain('leaver');
    const client = connect(team.port, 'calendar', token);
    expect(await client.authFailure).toBe('invitation-revoked');
    client.destroy();
  });

  it('a token signed with another secret or tampered with is refused', async () => {
    const forged = issueToken('another-secret-0123456789-0123456789', {
      sub: 'evil',
      role: 'admin',
      ttlMs: 60_000,
    }).token;
    expect(await api('/whoami', forged)).toEqual({ status: 401, body: { error: 'invitation-invalid' } });
    const real = tokenFor('mo', 'member').token;
    const [body, signature] = real.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    const promoted = `${Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url')}.${signature}`;
    expect(await api('/whoami', promoted)).toEqual({ status: 401, body: { error: 'invitation-invalid' } });
    const client = connect(team.port, 'kits', promoted);
    expect(await client.authFailure).toBe('invitation-invalid');
    client.destroy();
  });
});
