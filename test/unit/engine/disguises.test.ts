import { describe, expect, it } from 'vitest';
import { buildStarterKit, compileKit } from '@/lib/engine';
import { bannedRanges, kitWith } from './helpers';

const en = kitWith({}, [
  { term: 'fuck', category: 'profanity', severity: 'block' },
  { term: 'shit', category: 'profanity', severity: 'block' },
  { term: 'ass', category: 'profanity', severity: 'warn' },
  { term: 'cunt', category: 'profanity', severity: 'block' },
  { term: 'penis', category: 'profanity', severity: 'warn' },
  { term: 'secure', category: 'custom', severity: 'warn' },
  { term: 'good', category: 'custom', severity: 'info' },
]);
const zh = kitWith({}, [
  { term: '傻逼', category: 'profanity', severity: 'block', pinyin: true },
  { term: '王八蛋', category: 'profanity', severity: 'block' },
  { term: '发财', category: 'custom', severity: 'warn' },
  { term: '靠', category: 'profanity', severity: 'warn', allowContexts: ['可靠', '靠谱'] },
  { term: '第一', category: 'advertising-law', severity: 'warn', allowContexts: ['第一次'] },
]);

describe('disguises (English)', () => {
  it.each([
    ['plain', 'what the fuck', 'what the fuck'.indexOf('fuck'), 'fuck'],
    ['case', 'what the FuCk', 9, 'FuCk'],
    ['full-width', 'what the ｆｕｃｋ', 9, 'ｆｕｃｋ'],
    ['circled', 'what the ⓕⓤⓒⓚ', 9, 'ⓕⓤⓒⓚ'],
    ['mathematical bold', 'what the 𝐟𝐮𝐜𝐤', 9, '𝐟𝐮𝐜𝐤'],
    ['diacritics', 'what the fück', 9, 'fück'],
    ['combining diacritic', 'what the fu\u0308ck', 9, 'fu\u0308ck'],
    ['Cyrillic homoglyph', 'what the fuсk', 9, 'fuсk'],
    ['Greek homoglyph', 'what the fυck', 9, 'fυck'],
    ['dots', 'what the f.u.c.k', 9, 'f.u.c.k'],
    ['spaces', 'what the f u c k', 9, 'f u c k'],
    ['zero-width', 'what the fu\u200bck', 9, 'fu\u200bck'],
    ['repeated letters', 'what the fuuuuuck', 9, 'fuuuuuck'],
  ])('%s', (_name, text, start, seen) => {
    const found = compileKit(en).check(text, { platform: 'generic' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      term: 'fuck',
      start,
      end: start + seen.length,
      text: seen,
      list: 'banned',
      category: 'profanity',
    });
  });

  it('leetspeak with digits and symbols', () => {
    expect(bannedRanges(en, 'oh sh1t')).toEqual(['shit@3-7:sh1t']);
    expect(bannedRanges(en, 'oh $h!t!!!')).toEqual(['shit@3-7:$h!t']);
    expect(bannedRanges(en, 'a$$')).toEqual(['ass@0-3:a$$']);
  });

  it('leetspeak never fires inside numbers or phone numbers', () => {
    const digits = kitWith({}, [
      { term: 'ieooieiooo', category: 'custom', severity: 'warn' },
      { term: 'bog', category: 'custom', severity: 'warn' },
    ]);
    expect(bannedRanges(digits, 'call 13800138000 now')).toEqual([]);
    expect(bannedRanges(digits, 'in 2024: 809 units')).toEqual([]);
  });

  it('whole words only: class, passage, secure(ly), Scunthorpe, pen is', () => {
    expect(bannedRanges(en, 'first class passage, a bass')).toEqual([]);
    expect(bannedRanges(en, 'Scunthorpe United')).toEqual([]);
    expect(bannedRanges(en, 'the pen is mightier')).toEqual([]);
    expect(bannedRanges(en, 'insecure and securely')).toEqual([]);
    expect(bannedRanges(en, 'it is secure.')).toEqual(['secure@6-12:secure']);
  });

  it('repeat collapse keeps real double letters', () => {
    expect(bannedRanges(en, 'as good as it gets')).toEqual(['good@3-7:good']);
    expect(bannedRanges(en, 'oh my god')).toEqual([]); // "god" lacks the double o of "good"
    expect(bannedRanges(en, 'soooo gooood')).toEqual(['good@6-12:gooood']);
    expect(bannedRanges(en, 'as')).toEqual([]);
    expect(bannedRanges(en, 'asssss')).toEqual(['ass@0-6:asssss']);
  });
});

describe('disguises (Chinese)', () => {
  it.each([
    ['plain', '你这个傻逼', '傻逼'],
    ['symbol inside', '你这个傻@逼', '傻@逼'],
    ['space inside', '你这个傻 逼', '傻 逼'],
    ['emoji inside', '你这个傻😀逼', '傻😀逼'],
    ['zero-width inside', '你这个傻\u200d逼', '傻\u200d逼'],
    ['full-width space', '你这个傻\u3000逼', '傻\u3000逼'],
    ['traditional', '你這個傻逼', '傻逼'],
  ])('%s', (_name, text, seen) => {
    const found = compileKit(zh).check(text, { platform: 'generic', lists: ['banned'] });
    expect(found.map((f) => f.text)).toEqual([seen]);
    expect(found[0].term).toBe('傻逼');
    expect(text.slice(found[0].start, found[0].end)).toBe(seen);
  });

  it('repeated characters and traditional characters', () => {
    expect(bannedRanges(zh, '你个王八八蛋')).toEqual(['王八蛋@2-6:王八八蛋']);
    expect(bannedRanges(zh, '恭喜發財')).toEqual(['发财@2-4:發財']);
  });

  it('pinyin spellings, only for terms that opt in', () => {
    expect(bannedRanges(zh, 'ni shi shabi')).toEqual(['傻逼@7-12:shabi']);
    expect(bannedRanges(zh, '你是傻b吧')).toEqual(['傻逼@2-4:傻b']);
    expect(bannedRanges(zh, 'SHA逼')).toEqual(['傻逼@0-4:SHA逼']);
    expect(bannedRanges(zh, 'shabby chic')).toEqual([]);
    expect(bannedRanges(zh, 'wangbadan')).toEqual([]); // 王八蛋 did not opt in
    const explained = compileKit(zh).check('shabi', { platform: 'generic' })[0];
    expect(explained.explanation.en).toMatch(/pinyin/);
    expect(explained.explanation.zh).toMatch(/拼音/);
  });

  it('single-character terms respect allow-contexts and word boundaries', () => {
    expect(bannedRanges(zh, '这个产品很可靠')).toEqual([]);
    expect(bannedRanges(zh, '这人很靠谱')).toEqual([]);
    expect(bannedRanges(zh, '靠，又坏了')).toEqual(['靠@0-1:靠']);
    const starter = buildStarterKit({ packs: ['profanity-zh'] });
    expect(bannedRanges(starter, '请先操作一下，逼近目标')).toEqual([]);
    // The starter pack lists 操 only inside its coarse words (操你妈, 我操); 屄 has no innocent reading.
    expect(bannedRanges(starter, '屄！')).toEqual(['屄@0-1:屄']);
  });

  it('ad-law terms keep their context (第一次 is ordinary Chinese)', () => {
    expect(bannedRanges(zh, '第一次来这家店')).toEqual([]);
    expect(bannedRanges(zh, '销量全国第一')).toEqual(['第一@4-6:第一']);
    const adLaw = compileKit(buildStarterKit({ packs: ['ad-law-cn'] }));
    const findings = adLaw.check('全网最低价，100%纯天然，国家级品质', { platform: 'weibo' });
    expect(findings.map((f) => f.term)).toEqual(['全网最低', '最低价', '100%', '国家级']);
    expect(findings.every((f) => f.severity === 'warn' && f.category === 'advertising-law')).toBe(true);
    expect(adLaw.check('第一次购买请先阅读说明', { platform: 'weibo' })).toEqual([]);
  });
});

describe('explanations', () => {
  it('say which term, which list and category, why, and what to write instead', () => {
    const kit = kitWith({}, [
      {
        term: '最佳',
        category: 'advertising-law',
        severity: 'warn',
        suggestions: ['优质'],
        message: { en: 'Absolute claim', zh: '绝对化用语' },
      },
    ]);
    const [finding] = compileKit(kit).check('本店最佳', { platform: 'weibo' });
    expect(finding).toMatchObject({
      ruleId: 'banned:最佳',
      kind: 'term',
      list: 'banned',
      category: 'advertising-law',
      severity: 'warn',
      start: 2,
      end: 4,
      text: '最佳',
      term: '最佳',
      suggestions: ['优质'],
      message: { en: 'Absolute claim', zh: '绝对化用语' },
    });
    expect(finding.explanation.en).toMatch(/advertising law/);
    expect(finding.explanation.zh).toMatch(/广告法/);
    const [disguised] = compileKit(en).check('ＦＵＣＫ', { platform: 'x' });
    expect(disguised.explanation.en).toMatch(/disguised/);
    expect(disguised.message.zh).toMatch(/禁用词/);
  });
});
