import { describe, expect, it } from 'vitest';
import { evidenceProblems, newestDate, SOURCES } from '@/lib/sites/evidence';
import { SITE_ADAPTERS } from '@/lib/sites/registry';

describe('selector evidence', () => {
  it('lists selectors with no, undated or stale evidence as of a day', () => {
    const adapter = {
      id: 't',
      selectors: { a: 'a', b: 'b', c: 'c', d: 'd' },
      evidence: { b: ['li-sdui'], c: ['MP'], d: ['CPFT'] } as const,
    };
    expect(evidenceProblems([adapter], new Date('2026-12-03T00:00:00Z'))).toEqual([
      { adapter: 't', selector: 'a', problem: 'none' },
      { adapter: 't', selector: 'b', problem: 'undated' },
      { adapter: 't', selector: 'c', problem: 'stale', date: '2026-05-22', ageDays: 195 },
    ]);
    expect(newestDate(['MP', 'CPFT', 'reddit'])).toBe('2026-08-17');
  });

  it('names only known sources and only selectors the adapter has', () => {
    for (const adapter of SITE_ADAPTERS) {
      for (const [name, keys] of Object.entries(adapter.evidence ?? {})) {
        expect(Object.keys(adapter.selectors), `${adapter.id}.${name}`).toContain(name);
        for (const key of keys ?? []) expect(SOURCES, key).toHaveProperty(key);
      }
    }
  });
});
