import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Automaton } from '@/lib/engine/automaton';

/** Every (pattern, last index) occurrence, found the slow way. */
function naiveMatches(patterns: number[][], text: number[]): string[] {
  const out: string[] = [];
  for (let last = 0; last < text.length; last++) {
    patterns.forEach((p, id) => {
      if (p.length === 0 || p.length > last + 1) return;
      for (let k = 0; k < p.length; k++) if (text[last - p.length + 1 + k] !== p[k]) return;
      out.push(`${id}@${last}`);
    });
  }
  return out.sort();
}

function scanAll(automaton: Automaton, text: number[]): string[] {
  const out: string[] = [];
  automaton.scan(Int32Array.from(text), text.length, (hits, count) => {
    for (let h = 0; h < count; h++) out.push(`${hits[2 * h]}@${hits[2 * h + 1]}`);
  });
  return out.sort();
}

// A mostly tiny alphabet forces shared prefixes (branching states) and suffix overlaps (fail and output
// chains); rarer symbols fill the branching states' 28-bit child filters (1–60 collide modulo 28) and
// cover hanzi and astral code points. 0 stands for a line break and never matches.
const letter = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 8 },
  { arbitrary: fc.integer({ min: 1, max: 60 }), weight: 2 },
  { arbitrary: fc.constantFrom(0x4e07, 0x2000b), weight: 1 },
);
const symbol = fc.oneof({ arbitrary: letter, weight: 12 }, { arbitrary: fc.constant(0), weight: 1 });
const pattern = fc.array(letter, { minLength: 1, maxLength: 6 });

describe('automaton', () => {
  it('finds exactly the occurrences a naive search finds', () => {
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 40 }),
        fc.array(symbol, { maxLength: 200 }),
        (patterns, text) => {
          expect(scanAll(new Automaton(patterns), text)).toEqual(naiveMatches(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports hits in order of end position, across more hits than one batch holds', () => {
    const patterns = [[1], [1, 1], [1, 1, 1]];
    const text = new Array<number>(2_000).fill(1);
    const lasts: number[] = [];
    new Automaton(patterns).scan(Int32Array.from(text), text.length, (hits, count) => {
      for (let h = 0; h < count; h++) lasts.push(hits[2 * h + 1]);
    });
    expect(lasts.length).toBe(3 * 2_000 - 3);
    for (let k = 1; k < lasts.length; k++) expect(lasts[k]).toBeGreaterThanOrEqual(lasts[k - 1]);
  });

  it('hands hits over in full batches of 512, and no empty batch after the last', () => {
    const batches = (length: number) => {
      const sizes: number[] = [];
      const text = Int32Array.from(new Array<number>(length).fill(1));
      new Automaton([[1], [1, 1], [1, 1, 1]]).scan(text, length, (_, count) => sizes.push(count));
      return sizes;
    };
    // 513 ones: 3 × 513 - 3 = 1,536 hits, three batches exactly; 600: 1,797.
    expect(batches(513)).toEqual([512, 512, 512]);
    expect(batches(600)).toEqual([512, 512, 512, 261]);
  });

  it('reads only the first `length` codes of a longer buffer', () => {
    const found: number[] = [];
    new Automaton([[1, 2, 3]]).scan(Int32Array.from([1, 2, 3, 1, 2, 3]), 5, (hits, count) => {
      for (let h = 0; h < count; h++) found.push(hits[2 * h + 1]);
    });
    expect(found).toEqual([2]);
  });

  it('finds terms over more distinct codes (2,000 hanzi) than the first array size (1,024 slots)', () => {
    const patterns = Array.from({ length: 2_000 }, (_, k) => [0x4e00 + k, ...(k % 3 === 0 ? [0x4e00] : [])]);
    const text = patterns.flatMap((p) => [...p, 0x3002]);
    expect(scanAll(new Automaton(patterns), text)).toEqual(naiveMatches(patterns, text));
  });

  it('a state with many children (one hanzi starting many terms) still finds each of them', () => {
    const patterns = Array.from({ length: 200 }, (_, k) => [0x4e00, 0x4e01 + k]);
    const text = patterns.flatMap((p) => [...p, 0x3002]);
    expect(scanAll(new Automaton(patterns), text)).toEqual(naiveMatches(patterns, text));
  });
});

describe('automaton symbols', () => {
  it('finds U+10000, the first astral code point, when built and when copied through arrays()', () => {
    const patterns = [[0x10000], [0xffff, 0x10000], [0x10000, 1]];
    const text = [0xffff, 0x10000, 0x10000, 1, 0, 0x10000];
    const built = new Automaton(patterns);
    expect(scanAll(built, text)).toEqual(naiveMatches(patterns, text));
    expect(scanAll(new Automaton(built.arrays()), text)).toEqual(naiveMatches(patterns, text));
  });

  it('arrays() numbers each code once: BMP codes first (the 16-bit table), each group most frequent first, ties by code, in any pattern order', () => {
    // 0x20001 and U+10000 (astral) are more frequent than any BMP code, yet come after every one of them.
    const patterns = [
      [0x10000, 0x10000, 0x10000, 9],
      [0x20001, 0x20001, 0x20001, 0x20001, 5],
      [5, 7],
      [7, 0x20000],
      [3],
    ];
    const symbols = (list: number[][]) => [...new Automaton(list).arrays().symbols];
    expect(symbols(patterns)).toEqual([5, 7, 3, 9, 0x20001, 0x10000, 0x20000]);
    expect(symbols([...patterns].reverse())).toEqual([5, 7, 3, 9, 0x20001, 0x10000, 0x20000]);
    expect(symbols([])).toEqual([]);
  });
});

describe('automaton layout', () => {
  /** Slots of the double array over the slots it cannot do without (one per state, the root's alphabet). */
  const spread = (patterns: number[][]) => {
    const { base, check, symbols } = new Automaton(patterns).arrays();
    expect(check.length).toBe(base.length);
    return base.length / (check.filter((owner) => owner !== -1).length + symbols.length + 1);
  };

  it('packs the double array densely, states with many far-apart children included', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const mixed = Array.from({ length: 3000 }, () =>
      Array.from({ length: 2 + Math.floor(random() * 6) }, () => 1 + Math.floor(random() ** 2 * 40)),
    );
    // 50 hanzi each followed by 30 of 600 others: wide states interleave (2.73 measured) instead of each
    // opening a block past the last one (10.3 measured).
    const syllables = Array.from({ length: 50 * 30 }, (_, n) => {
      const head = Math.floor(n / 30);
      return [0x4e00 + head, 0x5000 + ((head * 7 + (n % 30) * 37) % 600)];
    });
    expect(spread(mixed)).toBeLessThanOrEqual(1.02);
    expect(spread(Array.from({ length: 200 }, (_, k) => [1, 2 + k]))).toBeLessThanOrEqual(1.02);
    expect(spread(syllables)).toBeLessThanOrEqual(3);
    // Those wide states grow the arrays past their first size: every term is still found.
    const text = syllables.flatMap((p) => [...p, 0x3002]);
    expect(scanAll(new Automaton(syllables), text)).toEqual(naiveMatches(syllables, text));
  });
});
