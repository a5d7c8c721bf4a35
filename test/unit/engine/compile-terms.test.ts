import { describe, expect, it } from 'vitest';
import { compileKit, type BannedTerm, type BrandKit } from '@/lib/engine';
import { bannedRanges, kitWith } from './helpers';

// What compileTerms records per pattern (lib/engine/compile-terms.ts), seen through what the checker finds.
const term = (t: string, extra: Partial<BannedTerm> = {}): BannedTerm => ({
  term: t,
  category: 'custom',
  severity: 'warn',
  ...extra,
});
const found = (terms: BannedTerm[], text: string) => bannedRanges(kitWith({}, terms), text);

describe('compileTerms: what each pattern records', () => {
  it('a term that starts or ends with a digit is a whole word there; a hanzi term may touch letters', () => {
    // 2 and 6, not 0 or 9: a term's other digits fold to their leet letters ("v0" is "vo").
    const terms = [term('v2'), term('6v'), term('傻逼')];
    expect(found(terms, 'v26 v2x 26v ok傻逼ok v2 6v')).toEqual([
      '傻逼@14-16:傻逼',
      'v2@19-21:v2',
      '6v@22-24:6v',
    ]);
  });

  it('a Chinese term never spans sentence punctuation', () => {
    expect(found([term('傻逼')], '你真傻。逼我干嘛')).toEqual([]);
    expect(found([term('傻逼')], '你真傻 逼我干嘛')).toEqual(['傻逼@2-5:傻 逼']);
  });

  it('the stem of an inflecting term keeps its double letters ("goosing", not "gosing")', () => {
    expect(found([term('goose', { inflect: true })], 'goosing gosing')).toEqual(['goose@0-7:goosing']);
  });

  it('a single hanzi is judged by the word it sits in, with no allow context', () => {
    expect(found([term('靠')], '这个产品很可靠')).toEqual([]);
    expect(found([term('靠')], '我靠，真的')).toEqual(['靠@1-2:靠']);
  });

  it('a term of one doubled hanzi (哈哈) is not judged by the segmenter as a single hanzi is', () => {
    expect(found([term('哈哈')], '哈哈大笑，王八八蛋')).toEqual(['哈哈@0-2:哈哈']);
    expect(found([term('八八')], '王八八蛋')).toEqual(['八八@1-3:八八']);
  });

  it('an allow context that does not hold the term is ignored', () => {
    expect(found([term('蛋', { allowContexts: ['鸡肉'] })], '蛋鸡肉')).toEqual(['蛋@0-1:蛋']);
    expect(found([term('肉松', { allowContexts: ['鸡肉'] })], '鸡肉松')).toEqual(['肉松@1-3:肉松']);
  });

  it('a claim word that folds to nothing (a punctuation mark) is dropped from claimWhen', () => {
    const claim = term('第一', { claimWhen: { precededBy: ['销量', '！'], followedBy: ['品牌', '…'] } });
    expect(found([claim], '第一次来 销量第一 第一品牌')).toEqual(['第一@7-9:第一', '第一@10-12:第一']);
  });

  it('only a term of two or more letters that ends in a letter inflects', () => {
    const terms = [term('v2', { inflect: true }), term('x', { inflect: true })];
    expect(found(terms, 'v2s xed xs x')).toEqual(['x@11-12:x']);
  });

  it('a last letter doubles where English doubles it, judged on the last word', () => {
    expect(found([term('bull shit', { inflect: true })], 'bull shitting')).toEqual([
      'bull shit@0-13:bull shitting',
    ]);
    // Not at the start too: the term's last run is read at the hit's own offset (checker.ts onHits).
    expect(found([term('bull shit', { inflect: true })], 'what bull shitting')).toEqual([
      'bull shit@5-18:bull shitting',
    ]);
    const terms = ['fuck', 'damn', 'poop'].map((t) => term(t, { inflect: true }));
    expect(found(terms, 'fuckking damnning poopping pooping')).toEqual(['poop@27-34:pooping']);
  });

  it('only a term longer than three letters drops its final e before -ing ("hoing" is not "hoe")', () => {
    const terms = [term('hoe', { inflect: true }), term('axe', { inflect: true })];
    expect(found(terms, 'hoing axing hoes axed')).toEqual(['hoe@12-16:hoes', 'axe@17-21:axed']);
  });

  it('a platform’s own tone list replaces the kit-wide one there', () => {
    const kit = kitWith({ tone: { hedges: ['maybe'] }, platforms: { x: { tone: { hedges: ['perhaps'] } } } });
    const hedges = (text: string, platform: 'x' | 'generic') =>
      compileKit(kit).analyze(text, { platform }).tone.hedges;
    expect([hedges('maybe', 'x'), hedges('perhaps', 'x'), hedges('maybe', 'generic')]).toEqual([0, 1, 1]);
  });

  it('a kit with no preferredTerms list compiles', () => {
    const { preferredTerms: _, ...kit } = kitWith({}, [term('damn')]);
    expect(compileKit(kit as BrandKit).check('damn', { platform: 'generic' })).toHaveLength(1);
  });
});
