import { afterEach, describe, expect, it } from 'vitest';
import { buildStarterKit, compileKit, type BrandKit } from '@/lib/engine';
import { compileTerms } from '@/lib/engine/compile-terms';
import { decodeCompiledTerms, encodeCompiledTerms, type CompiledForm } from '@/lib/engine/compiled-form';
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

function roundTrip(kit: BrandKit) {
  const form = JSON.parse(JSON.stringify(encodeCompiledTerms(compileTerms(kit)))) as CompiledForm;
  return decodeCompiledTerms(kit, form);
}

describe('compiled form (the kit compiled ahead, stored as JSON)', () => {
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

  describe('where Uint8Array.fromBase64 decodes (Chromium 140+; not in this Node)', () => {
    const typed = Uint8Array as { fromBase64?: (text: string) => Uint8Array };
    afterEach(() => delete typed.fromBase64);

    it('decodes to the same tables, and still refuses a byte count that is not whole int32s', () => {
      let calls = 0;
      typed.fromBase64 = (text) => {
        calls++;
        return new Uint8Array(Buffer.from(text, 'base64'));
      };
      expect(roundTrip(mixed)).toEqual(compileTerms(mixed));
      expect(calls).toBeGreaterThan(0);
      const form = encodeCompiledTerms(compileTerms(mixed));
      expect(() => decodeCompiledTerms(mixed, { ...form, patternInfo: btoa('abc') })).toThrow(RangeError);
    });
  });

  it('refuses a form of another version or one that does not fit the kit', () => {
    const form = encodeCompiledTerms(compileTerms(mixed));
    expect(() => decodeCompiledTerms(mixed, { ...form, version: COMPILED_FORM_VERSION + 1 })).toThrow();
    expect(() => decodeCompiledTerms(kitWith({}, []), form)).toThrow();
  });
});
