import { describe, expect, it } from 'vitest';
import { buildStarterKit, type BrandKit } from '@/lib/engine';
import { diffKits, isEmptyDiff } from '@/lib/kits/kit-diff';

const base = (): BrandKit => ({
  version: 2,
  profile: { name: 'Acme', voice: 'calm' },
  bannedTerms: [
    { term: 'damn', category: 'profanity', severity: 'block' },
    { term: 'heck', category: 'profanity', severity: 'info' },
  ],
  preferredTerms: [{ term: 'users', replacement: 'customers' }],
  patterns: [{ id: 'coupon', pattern: 'SAVE[0-9]{2}', severity: 'warn', message: 'Expired coupon' }],
  tone: { maxExclamations: 2 },
  privacy: { email: true, custom: [{ id: 'order', label: 'order', pattern: 'ORD-[0-9]{6}' }] },
});

describe('kit diff', () => {
  it('an identical kit (keys in another order) is no change', () => {
    const kit = base();
    const reordered = JSON.parse(
      JSON.stringify({ ...kit, profile: { voice: 'calm', name: 'Acme' } }),
    ) as BrandKit;
    expect(isEmptyDiff(diffKits(kit, reordered))).toBe(true);
    expect(isEmptyDiff(diffKits(buildStarterKit(), buildStarterKit()))).toBe(true);
  });

  it('lists added, removed and changed rules by section and key', () => {
    const after = base();
    after.bannedTerms = [
      { term: 'damn', category: 'profanity', severity: 'warn' },
      { term: 'crap', category: 'profanity', severity: 'warn' },
    ];
    after.preferredTerms = [];
    after.patterns![0].pattern = 'SAVE[0-9]{3}';
    after.tone = { maxExclamations: 1, maxHedges: 2 };
    after.privacy = { email: false, custom: [] };
    after.gate = { mode: 'require-reason' };
    after.platforms = { x: { maxHashtags: 2 } };
    const diff = diffKits(base(), after);
    const keys = (list: typeof diff.added) => list.map((c) => `${c.section}:${c.key}`).sort();
    expect(keys(diff.added)).toEqual(['bannedTerms:crap', 'gate:mode', 'platforms:x', 'tone:maxHedges']);
    expect(keys(diff.removed)).toEqual(['bannedTerms:heck', 'preferredTerms:users', 'privacyCustom:order']);
    expect(keys(diff.changed)).toEqual([
      'bannedTerms:damn',
      'patterns:coupon',
      'privacy:email',
      'tone:maxExclamations',
    ]);
    expect(diff.changed.find((c) => c.key === 'damn')).toMatchObject({
      before: { severity: 'block' },
      after: { severity: 'warn' },
    });
  });

  it('a rule with an id is matched by id even when its text changed', () => {
    const before = base();
    before.bannedTerms[0].id = 'swear-1';
    const after = base();
    after.bannedTerms[0] = { ...after.bannedTerms[0], id: 'swear-1', term: 'dammit' };
    const diff = diffKits(before, after);
    expect(diff.changed.map((c) => c.key)).toEqual(['swear-1']);
    expect(diff.added).toEqual([]);
  });
});
