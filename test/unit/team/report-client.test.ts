import { describe, expect, it, vi } from 'vitest';
import { fetchTeamReport } from '@/lib/team/report-client';
import { CONNECTION_KEY, type TeamConnection } from '@/lib/team/connection';

// The Reports tab's team scope asks the server only with a connection and a role that may read the report, and
// narrows the report to the members the reader chose.

const connection: TeamConnection = {
  origin: 'https://team.example.com',
  token: 'token-of-rita-the-reviewer',
  member: 'rita',
  role: 'reviewer',
  exp: Date.now() + 86_400_000,
};
const areaWith = (stored?: TeamConnection) => ({
  get: async () => (stored ? { [CONNECTION_KEY]: stored } : {}),
});
const report = {
  members: ['mo'],
  byMember: { mo: { posts: 1 } },
  team: { posts: 1 },
  reviews: { decided: 0, pending: 0, medianTurnaroundMs: null },
};
const answering = () =>
  vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(report), { status: 200 }));

describe('fetchTeamReport', () => {
  it('asks for the whole team when no member was chosen, with the member’s token', async () => {
    const fetchFn = answering();
    const answer = await fetchTeamReport(areaWith(connection), { from: 1000, to: 2000 }, fetchFn);
    expect(answer.ok).toBe(true);
    const [url, init] = fetchFn.mock.calls[0];
    expect(new URL(url).searchParams.get('members')).toBeNull();
    expect(new URL(url).origin).toBe('https://team.example.com');
    expect((init?.headers as Record<string, string>).authorization).toBe(`Bearer ${connection.token}`);
  });

  it('narrows the report to the chosen members', async () => {
    const fetchFn = answering();
    await fetchTeamReport(areaWith(connection), { from: 1000, to: 2000, members: ['mo', 'rita'] }, fetchFn);
    const url = new URL(fetchFn.mock.calls[0][0]);
    expect(url.pathname).toBe('/report');
    expect(Object.fromEntries(url.searchParams)).toEqual({ from: '1000', to: '2000', members: 'mo,rita' });
  });

  it('asks nothing without a team, or for a role the report is not for', async () => {
    const fetchFn = answering();
    expect(await fetchTeamReport(areaWith(), { from: 1000, to: 2000 }, fetchFn)).toEqual({
      ok: false,
      problem: 'not-connected',
    });
    expect(
      await fetchTeamReport(areaWith({ ...connection, role: 'member' }), { from: 1000, to: 2000 }, fetchFn),
    ).toEqual({ ok: false, problem: 'forbidden' });
    expect(fetchFn).not.toHaveBeenCalled();
  });
});
