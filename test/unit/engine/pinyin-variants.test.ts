import { describe, expect, it } from 'vitest';
import { PINYIN_GROUPS } from '@/lib/engine/data/pinyin';
import { pinyinOf, pinyinVariants } from '@/lib/engine/pinyin-variants';

describe('pinyinOf', () => {
  it('reads every hanzi of the table as the plain reading of its groups does, and nothing else', () => {
    const reference = new Map<string, string>();
    for (const group of PINYIN_GROUPS.split(',')) {
      const [syllable, chars] = group.split(':');
      for (const ch of chars) reference.set(ch, syllable);
    }
    expect(reference.size).toBe(3755);
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (pinyinOf(ch) !== reference.get(ch)) differing.push(ch);
    }
    expect(differing).toEqual([]);
    expect(pinyinOf('傻')).toBe('sha');
    expect(pinyinOf('傻逼')).toBeUndefined();
    expect(pinyinOf('𠀀')).toBeUndefined();
  });

  it('spells a term out with it', () => {
    expect(pinyinVariants('傻逼')).toEqual(expect.arrayContaining(['shabi', '傻bi', '傻b', 'sha逼']));
  });
});
