import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Issue 17: `npm ci` on a supported Node prints no EBADENGINE. npm warns when a locked package's `engines.node`
// does not admit the running Node, so every locked package must admit the lowest release of each line our own
// `engines.node` names (listr2 10 needed Node ≥ 22.13 while the README said 20.19).
const root = new URL('../../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8'));

type Version = [number, number, number];
const version = (text: string): Version => {
  const [major = 0, minor = 0, patch = 0] = text
    .replace(/^v/, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : 0));
  return [major, minor, patch];
};
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** npm's range rules for the forms `engines.node` uses in this lockfile: `*`, `^`, comparators, `x`/`*` parts. */
function satisfies(node: string, range: string): boolean {
  const v = version(node);
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/([<>]=?)\s+/g, '$1')
      .split(/\s+/)
      .every((comparator) => {
        const [, op = '', rest = ''] = comparator.match(/^(\^|[<>]=?|=)?(.*)$/) ?? [];
        if (rest === '*' || rest === '') return true;
        const bound = version(rest);
        const parts = rest.split('.').filter((part) => /^\d+$/.test(part)).length;
        if (op === '^') return v[0] === bound[0] && compare(v, bound) >= 0;
        if (op === '>=') return compare(v, bound) >= 0;
        if (op === '>') return compare(v, bound) > 0;
        if (op === '<=') return compare(v, bound) <= 0;
        if (op === '<') return compare(v, bound) < 0;
        // A bare version: the parts it names must match (`20` is any 20.x, `4.x` any 4.x).
        return v.slice(0, parts).every((n, i) => n === bound[i]);
      }),
  );
}

/** The lowest release of each line our range allows: ^20.19.0 → 20.19.0, >=24 → 24.0.0. */
const supported: string[] = String(pkg.engines.node)
  .split('||')
  .map((part) => part.trim().replace(/^[\^>=~]+/, ''))
  .map((part) => version(part).join('.'));

describe('one supported Node range', () => {
  it('the range matcher reads npm ranges as npm does', () => {
    expect(satisfies('20.19.0', '>=22.13.0')).toBe(false); // listr2 10: the EBADENGINE of issue 17
    expect(satisfies('20.19.0', '>=23.5.0 || ^22.13.0 || ^20.17.0')).toBe(true);
    expect(satisfies('22.13.0', '^20.19.0 || >=24')).toBe(false);
    expect(satisfies('20.19.0', '6.* || 8.* || >= 10.*')).toBe(true);
    expect(satisfies('20.19.0', '18 || 20 || >=22')).toBe(true);
    expect(satisfies('21.0.0', '18 || 20 || >=22')).toBe(false);
    expect(satisfies('0.7.1', '>=0.6.11 <=0.7.0 || >=0.7.3')).toBe(false);
  });

  it('the README names the same range as package.json', () => {
    expect(supported).toEqual(['20.19.0', '22.13.0', '24.0.0']);
    expect(readFileSync(new URL('README.md', root), 'utf8')).toContain('`^20.19 || ^22.13 || >=24`');
  });

  it.each(supported)('every locked package admits Node %s (no EBADENGINE)', (node) => {
    const refused = Object.entries(lock.packages as Record<string, { engines?: { node?: string } }>)
      .filter(([, meta]) => meta.engines?.node && !satisfies(node, meta.engines.node))
      .map(([name, meta]) => `${name} ${meta.engines?.node}`);
    expect(refused).toEqual([]);
  });
});
