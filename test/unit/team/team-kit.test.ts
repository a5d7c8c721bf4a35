import { describe, expect, it } from 'vitest';
import { teamKitsOf } from '@/lib/team/mirror';
import { teamKitInForce } from '@/lib/team/team-kit';
import { teamKitTarget } from '@/lib/team/kit-handlers';

const kit = (name: string, extra: object = {}) => ({
  version: 2,
  profile: { name },
  bannedTerms: [],
  ...extra,
});

describe("the team's kit in force", () => {
  it('is the first team kit by id that the kit parser accepts; none without a team or a kit', () => {
    expect(teamKitInForce(undefined)).toBeNull();
    expect(teamKitInForce({ kits: [], review: {} })).toBeNull();
    const mirrored = teamKitsOf({ zeta: { kit: kit('Zeta') }, acme: { kit: kit('Acme') } });
    expect(teamKitInForce(mirrored)).toMatchObject({ id: 'acme', kit: { profile: { name: 'Acme' } } });
  });

  it('skips a kit the parser refuses (an invalid pattern the schema alone lets through)', () => {
    const badPattern = kit('Broken', { patterns: [{ id: 'p', pattern: '(', severity: 'warn' }] });
    expect(teamKitsOf({ a: { kit: badPattern }, b: { kit: kit('Good') } }).kits.map((k) => k.id)).toEqual([
      'b',
    ]);
    expect(
      teamKitInForce({
        kits: [
          { id: 'a', kit: badPattern },
          { id: 'b', kit: kit('Good') },
        ],
      }),
    ).toMatchObject({
      id: 'b',
    });
  });

  it("the admin's publish goes to the team kit in force, or to a new team's first kit", () => {
    expect(teamKitTarget({})).toBe('brand');
    expect(teamKitTarget({ zeta: {}, acme: {} })).toBe('acme');
  });
});
