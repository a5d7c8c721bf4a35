import { describe, expect, it } from 'vitest';
import { buildStarterKit, compileKit, type BrandKit } from '@/lib/engine';
import { compileTerms } from '@/lib/engine/compile-terms';
import { decodeCompiledTerms, encodeCompiledTerms } from '@/lib/engine/compiled-form';
import { COMPILED_FORM_VERSION } from '@/lib/engine/compiled-form-version';
import { kitWith } from './helpers';

// A kit that uses every part of the compiled tables: pinyin variants, allow contexts, claim rules, inflections
// (stems, doubled letters), word breaks, repeats, an astral term, preferred terms, tone lists and per-platform
// additions (a tone list replaced on one platform).
const mixed: BrandKit = kitWith(
  {
    preferredTerms: [{ term: 'sign up', replacement: 'join' }],
    tone: {
      aggressiveWords: ['destroy'],
      hedges: ['maybe'],
      sentimentWords: { great: 1, awful: -1 },
    },
    platforms: {
      x: {
        bannedTerms: [{ term: 'crypto', category: 'custom', severity: 'warn' }],
        tone: { hedges: ['perhaps'] },
      },
      weibo: { preferredTerms: [{ term: '亲', replacement: '您' }] },
    },
  },
  [
    { term: '傻逼', category: 'profanity', severity: 'block', pinyin: true },
    { term: '王八八蛋', category: 'profanity', severity: 'block' },
    { term: '靠', category: 'profanity', severity: 'warn', allowContexts: ['可靠', '靠谱'] },
    {
      term: '第一',
      category: 'advertising-law',
      severity: 'warn',
      claimWhen: { followedBy: ['品牌'], precededBy: ['销量'], closesPhrase: true },
    },
    { term: 'rape', category: 'profanity', severity: 'block', inflect: true },
    { term: 'shit', category: 'profanity', severity: 'block', inflect: true },
    { term: 'good', category: 'custom', severity: 'info' },
    { term: 'you people', category: 'custom', severity: 'warn' },
    { term: '𝒳mas', category: 'custom', severity: 'info' },
  ],
);

const TEXTS = [
  'what the shit, shitting and raping, you  people are good, goood 𝒳mas',
  '你这个傻逼 shabi 傻b，王八八蛋，可靠 靠谱 我靠，本品销量第一，第一品牌，第一次来',
  'Please sign up today, maybe we destroy it, great or awful? perhaps crypto',
  '亲，发财了 #话题# @someone fück ⓢⓗⓘⓣ s.h.i.t sh1t',
  '',
];
const PLATFORMS = ['x', 'weibo', 'generic'] as const;

/** Encoded, then decoded from a copy of the bytes (as read back from storage: nothing shared with the encoder). */
function roundTrip(kit: BrandKit) {
  return decodeCompiledTerms(kit, encodeCompiledTerms(compileTerms(kit)).slice());
}

describe('compiled form (the kit compiled ahead, stored as bytes)', () => {
  it.each([
    ['a mixed kit', mixed],
    ['the starter kit', buildStarterKit()],
  ])('%s: decodes to the tables compileTerms builds', (_name, kit) => {
    expect(roundTrip(kit)).toEqual(compileTerms(kit));
  });

  it.each([
    ['a mixed kit', mixed],
    ['the starter kit', buildStarterKit()],
  ])('%s: the checker from the decoded tables finds exactly what the compiled one finds', (_name, kit) => {
    const compiled = compileKit(kit);
    const decoded = compileKit(kit, roundTrip(kit));
    let findings = 0;
    for (const text of TEXTS) {
      for (const platform of PLATFORMS) {
        const expected = compiled.analyze(text, { platform });
        findings += expected.findings.length;
        expect(decoded.analyze(text, { platform })).toEqual(expected);
      }
    }
    expect(findings).toBeGreaterThan(20);
  });

  it('decodes bytes that start at any offset of their buffer (a view needs a multiple of 4)', () => {
    const form = encodeCompiledTerms(compileTerms(mixed));
    for (const offset of [1, 2, 3, 4]) {
      const shifted = new Uint8Array(form.length + offset);
      shifted.set(form, offset);
      expect(decodeCompiledTerms(mixed, shifted.subarray(offset))).toEqual(compileTerms(mixed));
    }
  });

  it('refuses a form of another version, a cut one, or one that does not fit the kit', () => {
    const form = encodeCompiledTerms(compileTerms(mixed));
    const otherVersion = form.slice();
    new Int32Array(otherVersion.buffer, 0, 1)[0] = COMPILED_FORM_VERSION + 1;
    expect(() => decodeCompiledTerms(mixed, otherVersion)).toThrow('another version');
    // Cut inside the tables (a table's length then reaches past the end), and inside the head.
    expect(() => decodeCompiledTerms(mixed, form.slice(0, 200))).toThrow('another version');
    expect(() => decodeCompiledTerms(mixed, form.slice(0, 8))).toThrow('another version');
    // Cut inside the sparse maps' JSON.
    expect(() => decodeCompiledTerms(mixed, form.slice(0, form.length - 3))).toThrow(SyntaxError);
    expect(() => decodeCompiledTerms(kitWith({}, []), form)).toThrow('another version');
    expect(decodeCompiledTerms(mixed, form)).toEqual(compileTerms(mixed));
  });
});

describe('compiled form: a form that does not fit the kit is refused', () => {
  const HEAD = 10; // the version, the automaton's seven table lengths, patternSource's and patternInfo's

  it('refuses a form compiled for a kit with one term more', () => {
    const form = encodeCompiledTerms(compileTerms(mixed));
    const fewer = { ...mixed, bannedTerms: mixed.bannedTerms.slice(0, -1) };
    expect(() => decodeCompiledTerms(fewer, form)).toThrow('another version');
  });

  it('refuses a form whose pattern points to no term, or whose tables disagree on the number of patterns', () => {
    const form = encodeCompiledTerms(compileTerms(mixed));
    const head = new Int32Array(form.buffer, 0, HEAD);
    const patternSourceAt = HEAD + head.subarray(1, 8).reduce((a, b) => a + b, 0);

    const negative = form.slice();
    new Int32Array(negative.buffer, 0, patternSourceAt + 1)[patternSourceAt] = -1;
    expect(() => decodeCompiledTerms(mixed, negative)).toThrow('another version');

    // One pattern moved from patternSource's count to patternInfo's: the bytes stay where they were.
    const shifted = form.slice();
    const shiftedHead = new Int32Array(shifted.buffer, 0, HEAD);
    shiftedHead[8] -= 1;
    shiftedHead[9] += 1;
    expect(() => decodeCompiledTerms(mixed, shifted)).toThrow('another version');
  });
});
