import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it("README's site table gives each site's evidence freshness as `npm run sites:evidence` computes it on the day it names", () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const section = readme.split('## Supported sites and editors')[1]!.split('\n## ')[0]!;
    const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Site'));
    const asOf = section.match(/as of (\d{4}-\d{2}-\d{2})/)?.[1];
    expect(asOf, 'the table header names the day its counts hold for').toBeDefined();
    const problems = evidenceProblems(SITE_ADAPTERS, new Date(`${asOf}T00:00:00Z`));
    const expected = SITE_ADAPTERS.map((adapter) => {
      const total = Object.keys(adapter.selectors).length;
      const confirmed = total - problems.filter((problem) => problem.adapter === adapter.id).length;
      const newest = newestDate(Object.values(adapter.evidence ?? {}).flatMap((keys) => keys ?? []));
      return `${confirmed} of ${total} (newest ${newest ?? 'none dated'})`;
    });
    // One row per adapter, in registry order; the last cell is the freshness.
    expect(rows.map((row) => row.split('|').at(-2)!.trim())).toEqual(expected);
  });
});
