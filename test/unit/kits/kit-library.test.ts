import { describe, expect, it } from 'vitest';
import { buildStarterKit, type BrandKit } from '@/lib/engine';
import { addKit, removeKit, replaceKit, resolveKit, setActiveKit } from '@/lib/kits/kit-library';
import {
  DEFAULT_KIT_PREFS,
  fitsSyncQuota,
  kitIdForHost,
  normalizeHostname,
  parseKitPrefs,
  syncItemBytes,
  type KitPrefs,
} from '@/lib/kits/kit-prefs';
import { NO_POLICY, parseManagedPolicy } from '@/lib/kits/managed-kit';
import { activeKit, readLibrary } from '@/lib/kits/kit-library-schema';
import { defaultLibrary } from '@/lib/kits/starter-library';

const parseLibrary = (stored: unknown) => readLibrary(stored) ?? defaultLibrary(0);

const named = (name: string): BrandKit => buildStarterKit({ name, packs: [] });

describe('kit library', () => {
  it('adds, activates, replaces and removes kits; the last one stays', () => {
    let library = defaultLibrary(1);
    library = addKit(library, named('Client A'), { id: 'a', activate: true, now: 2 });
    library = addKit(library, named('Client B'), { id: 'b', now: 3 });
    expect(activeKit(library).profile.name).toBe('Client A');
    library = setActiveKit(library, 'b');
    expect(activeKit(library).profile.name).toBe('Client B');
    expect(setActiveKit(library, 'nope')).toBe(library);
    library = replaceKit(library, 'b', named('Client B2'), 9);
    expect(library.kits.find((k) => k.id === 'b')).toMatchObject({
      updatedAt: 9,
      kit: { profile: { name: 'Client B2' } },
    });
    library = removeKit(library, 'b');
    expect(library.activeId).toBe('starter');
    library = removeKit(removeKit(library, 'a'), 'starter');
    expect(library.kits.map((k) => k.id)).toEqual(['starter']);
  });

  it('an unreadable stored library falls back to the starter kit; invalid kits are dropped', () => {
    expect(parseLibrary({ nonsense: true }).kits[0].id).toBe('starter');
    const mixed = {
      version: 1,
      activeId: 'good',
      kits: [
        {
          id: 'bad',
          kit: {
            version: 2,
            profile: { name: 'x' },
            bannedTerms: [],
            patterns: [{ id: 'p', pattern: '(', severity: 'warn', message: 'm' }],
          },
          updatedAt: 1,
        },
        { id: 'good', kit: named('Good'), updatedAt: 1 },
      ],
    };
    expect(parseLibrary(mixed).kits.map((k) => k.id)).toEqual(['good']);
  });
});

describe('which kit applies on a page', () => {
  let library = addKit(addKit(defaultLibrary(1), named('Client A'), { id: 'a' }), named('Client B'), {
    id: 'b',
    activate: true,
  });
  const prefs: KitPrefs = { version: 1, siteKits: { 'x.com': 'a', 'weibo.com': 'gone' } };

  it('per-site assignment, subdomains included; else the active kit', () => {
    expect(resolveKit({ library, prefs, managed: NO_POLICY, hostname: 'x.com' })).toMatchObject({
      origin: 'site',
      id: 'a',
    });
    expect(resolveKit({ library, prefs, managed: NO_POLICY, hostname: 'mobile.x.com' })).toMatchObject({
      origin: 'site',
      id: 'a',
    });
    expect(resolveKit({ library, prefs, managed: NO_POLICY, hostname: 'www.x.com' })).toMatchObject({
      origin: 'site',
      id: 'a',
    });
    expect(resolveKit({ library, prefs, managed: NO_POLICY, hostname: 'notx.com' })).toMatchObject({
      origin: 'active',
      id: 'b',
    });
    // An assignment to a kit that does not exist on this browser (synced from another) falls back to the active kit.
    expect(resolveKit({ library, prefs, managed: NO_POLICY, hostname: 'weibo.com' })).toMatchObject({
      origin: 'active',
      id: 'b',
    });
  });

  it('a managed kit wins everywhere, and the policy gate mode wins over the kit and the preference', () => {
    const managed = parseManagedPolicy({
      brandKit: JSON.stringify(named('Org')),
      gateMode: 'require-reason',
    });
    const resolved = resolveKit({ library, prefs, managed, hostname: 'x.com' });
    expect(resolved.origin).toBe('managed');
    expect(resolved.kit.profile.name).toBe('Org');
    expect(resolved.kit.gate).toEqual({ mode: 'require-reason' });
  });

  it("the team's kit wins over site and active kits everywhere; a managed kit wins over it", () => {
    const team = { id: 'acme', kit: named('Team') };
    for (const hostname of ['x.com', 'weibo.com', undefined]) {
      expect(resolveKit({ library, prefs, managed: NO_POLICY, team, hostname })).toMatchObject({
        origin: 'team',
        id: 'acme',
        kit: { profile: { name: 'Team' } },
      });
    }
    const managed = parseManagedPolicy({ brandKit: JSON.stringify(named('Org')) });
    expect(resolveKit({ library, prefs, managed, team, hostname: 'x.com' }).origin).toBe('managed');
    expect(resolveKit({ library, prefs, managed: NO_POLICY, team: null, hostname: 'x.com' }).origin).toBe(
      'site',
    );
  });

  it('gate mode: the kit’s own setting, else the user preference', () => {
    library = replaceKit(library, 'b', { ...named('Client B'), gate: { mode: 'off' } });
    expect(
      resolveKit({ library, prefs: { ...prefs, gateMode: 'require-reason' }, managed: NO_POLICY }).kit.gate,
    ).toEqual({ mode: 'off' });
    expect(
      resolveKit({
        library,
        prefs: { ...prefs, gateMode: 'require-reason' },
        managed: NO_POLICY,
        hostname: 'x.com',
      }).kit.gate,
    ).toEqual({ mode: 'require-reason' });
    expect(resolveKit({ library, prefs, managed: NO_POLICY, hostname: 'x.com' }).kit.gate).toBeUndefined();
  });
});

describe('managed policy parsing', () => {
  it('a bad pushed kit or gate mode is reported and ignored', () => {
    const policy = parseManagedPolicy({ brandKit: '{"version": 2, "profile": {}}', gateMode: 'sometimes' });
    expect(policy.kit).toBeNull();
    expect(policy.gateMode).toBeNull();
    expect(policy.problems[0]).toMatchObject({
      field: 'brandKit',
      errors: expect.arrayContaining([expect.objectContaining({ path: 'profile.name', line: 1 })]),
    });
    expect(policy.problems[1]).toEqual({ field: 'gateMode', value: 'sometimes' });
  });
  it('accepts the kit inline as an object as well as a string', () => {
    expect(parseManagedPolicy({ brandKit: named('Inline') }).kit?.profile.name).toBe('Inline');
    expect(parseManagedPolicy({})).toEqual(NO_POLICY);
  });
});

describe('synced kit preferences', () => {
  it('hostnames are normalised from what users paste', () => {
    expect(normalizeHostname('https://www.X.com/home')).toBe('x.com');
    expect(normalizeHostname(' weibo.com ')).toBe('weibo.com');
    expect(normalizeHostname('not a host')).toBeNull();
    expect(kitIdForHost({ version: 1, siteKits: { com: 'tld' } }, 'a.b.com')).toBe('tld');
  });
  it('quota: a few hundred site assignments fit, thousands do not', () => {
    const many = (n: number): KitPrefs => ({
      version: 1,
      siteKits: Object.fromEntries(Array.from({ length: n }, (_, i) => [`site${i}.example.com`, `kit-${i}`])),
    });
    expect(fitsSyncQuota(many(100))).toBe(true);
    expect(fitsSyncQuota(many(1000))).toBe(false);
    expect(syncItemBytes(DEFAULT_KIT_PREFS)).toBeLessThan(60);
    expect(parseKitPrefs({ version: 1, siteKits: { 'x.com': 3 } })).toEqual(DEFAULT_KIT_PREFS);
  });
});
