import { describe, expect, it, vi } from 'vitest';
import { fetchTeamMembers } from '@/lib/team/members-client';
import { CONNECTION_KEY, type TeamConnection } from '@/lib/team/connection';

// The calendar's slot owner in a team: the members come from the team server; without a team nothing is asked.

const connection: TeamConnection = {
  origin: 'https://team.example.com',
  token: 'token-of-pia-the-planner',
  member: 'pia',
  role: 'planner',
  exp: Date.now() + 86_400_000,
};
const areaWith = (stored?: TeamConnection) => ({
  get: async () => (stored ? { [CONNECTION_KEY]: stored } : {}),
});

describe('fetchTeamMembers', () => {
  it('asks the team server with the member’s invitation and gives its member ids', async () => {
    const fetchFn = vi.fn(async () => new Response(JSON.stringify({ members: ['mo', 'pia'] })));
    expect(await fetchTeamMembers(areaWith(connection), fetchFn)).toEqual(['mo', 'pia']);
    expect(fetchFn).toHaveBeenCalledWith('https://team.example.com/members', {
      headers: { authorization: `Bearer ${connection.token}` },
    });
  });

  it('without a team, or with an answer that is not a member list, there is no list', async () => {
    const fetchFn = vi.fn(async () => new Response(JSON.stringify({ members: [1, 2] })));
    expect(await fetchTeamMembers(areaWith(), fetchFn)).toBeNull();
    expect(fetchFn).not.toHaveBeenCalled();
    expect(await fetchTeamMembers(areaWith(connection), fetchFn)).toBeNull();
    const down = vi.fn(async () => Promise.reject(new Error('ECONNREFUSED')));
    expect(await fetchTeamMembers(areaWith(connection), down)).toBeNull();
  });
});
