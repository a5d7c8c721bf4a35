import { describe, expect, it } from 'vitest';
import { followManagedTeam, parseManagedTeam } from '@/lib/team/managed-team';
import { CONNECTION_KEY, loadConnection, saveConnection } from '@/lib/team/connection';
import { createTeamHandlers } from '@/lib/team/handlers';
import type { ConnectDeps } from '@/lib/team/connect';
import type { ManagedSource } from '@/lib/storage/managed-source';
import { memoryArea } from './memory-area';

// A team for a whole fleet: the organisation's policy names the server and the invitation; the background joins
// once the person granted that one origin, follows a new invitation and leaves when the policy drops the team.
// A connection the person made is never replaced behind their back, and nothing is sent without a policy team.

const policy = (values: Record<string, unknown>): ManagedSource => ({
  read: async () => values,
  watch: () => () => {},
});
const INVITATION = 'invitation-of-mo-'.padEnd(40, 'x');
const FLEET = { teamServer: 'team.example.com', teamInvitation: INVITATION };

/** A team server that knows the invitations it is given; counts every request. */
function server(permission: boolean, members: Record<string, string> = { [INVITATION]: 'mo' }) {
  const seen: string[] = [];
  const deps: ConnectDeps = {
    hasPermission: async () => permission,
    fetch: async (input, init) => {
      seen.push(String(input));
      const token = String((init?.headers as Record<string, string>).authorization).slice('Bearer '.length);
      const member = members[token];
      return member
        ? new Response(JSON.stringify({ member, role: 'member', exp: Date.now() + 86_400_000 }))
        : new Response(JSON.stringify({ error: 'invitation-revoked' }), { status: 401 });
    },
  };
  return { deps, seen };
}

describe('the organisation’s team (managed policy)', () => {
  it('reads the server and the invitation, and says what is wrong with a half or unusable setting', () => {
    expect(parseManagedTeam({})).toEqual({ team: null });
    expect(parseManagedTeam(FLEET)).toEqual({
      team: {
        server: 'team.example.com',
        invitation: INVITATION,
        origin: 'https://team.example.com',
        permission: 'https://team.example.com/*',
      },
    });
    expect(parseManagedTeam({ teamServer: 'team.example.com' })).toEqual({
      team: null,
      problem: 'incomplete',
    });
    expect(parseManagedTeam({ teamInvitation: INVITATION })).toEqual({ team: null, problem: 'incomplete' });
    expect(parseManagedTeam({ ...FLEET, teamServer: 'http://team.example.com' })).toEqual({
      team: null,
      problem: 'wrong-url',
    });
  });

  it('without a policy team nothing is asked of any server', async () => {
    const { deps, seen } = server(true);
    expect(await followManagedTeam(memoryArea(), deps, policy({ brandKit: '{}' }))).toBe('none');
    expect(seen).toEqual([]);
  });

  it('waits for the person’s permission, then joins as the invitation’s member, marked managed', async () => {
    const area = memoryArea();
    const refused = server(false);
    expect(await followManagedTeam(area, refused.deps, policy(FLEET))).toBe('needs-permission');
    expect(refused.seen).toEqual([]);
    expect(await loadConnection(area)).toBeNull();

    const granted = server(true);
    expect(await followManagedTeam(area, granted.deps, policy(FLEET))).toBe('joined');
    expect(granted.seen).toEqual(['https://team.example.com/whoami']);
    expect(await loadConnection(area)).toMatchObject({
      origin: 'https://team.example.com',
      member: 'mo',
      token: INVITATION,
      managed: true,
    });
    // The same policy again: nothing to do, nothing sent.
    expect(await followManagedTeam(area, granted.deps, policy(FLEET))).toBe('unchanged');
    expect(granted.seen).toHaveLength(1);
  });

  it('follows a new invitation, reports a revoked one, and leaves when the policy drops the team', async () => {
    const area = memoryArea();
    const rotated = 'rotated-invitation-of-mo-'.padEnd(40, 'y');
    await followManagedTeam(area, server(true).deps, policy(FLEET));
    const next = server(true, { [rotated]: 'mo' });
    expect(await followManagedTeam(area, next.deps, policy({ ...FLEET, teamInvitation: rotated }))).toBe(
      'joined',
    );
    expect((await loadConnection(area))?.token).toBe(rotated);

    const revoked = 'revoked-invitation'.padEnd(40, 'z');
    expect(
      await followManagedTeam(area, next.deps, policy({ ...FLEET, teamInvitation: revoked })),
    ).toMatchObject({ problem: 'revoked' });
    expect((await loadConnection(area))?.token).toBe(rotated);

    expect(await followManagedTeam(area, next.deps, policy({}))).toBe('left');
    expect(area.data[CONNECTION_KEY]).toBeUndefined();
  });

  it('never replaces or ends a connection the person made themselves', async () => {
    const area = memoryArea();
    const own = {
      origin: 'https://own.example',
      token: 'o'.repeat(20),
      member: 'mo',
      role: 'admin' as const,
      exp: 1,
    };
    await saveConnection(area, own);
    const { deps, seen } = server(true);
    expect(await followManagedTeam(area, deps, policy(FLEET))).toBe('personal-connection');
    expect(await followManagedTeam(area, deps, policy({}))).toBe('none');
    expect(seen).toEqual([]);
    expect(await loadConnection(area)).toEqual(own);
  });

  it('the person cannot leave the organisation’s team; the Team tab is told whose it is', async () => {
    const area = memoryArea();
    const { deps } = server(true);
    const handlers = createTeamHandlers(area, deps, policy(FLEET));
    expect(await handlers['team.status']({}, {})).toEqual({
      connected: false,
      policy: { origin: 'https://team.example.com' },
    });
    expect(await handlers['team.joinManaged']({}, {})).toMatchObject({
      ok: true,
      status: { connected: true, member: 'mo', managed: true },
    });
    expect(await handlers['team.disconnect']({}, {})).toMatchObject({ connected: true, managed: true });
    expect((await loadConnection(area))?.managed).toBe(true);
    expect(
      await createTeamHandlers(area, deps, policy({ teamServer: 'x.example' }))['team.status']({}, {}),
    ).toMatchObject({ policy: { problem: 'incomplete' } });
  });
});
