import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { pinyinInitials } from '@/lib/templates';
import { gb2312Level1, initialsOf } from '@/lib/templates/data/generate-pinyin-initials';

describe('pinyin initials table', () => {
  const chars = gb2312Level1();

  it('covers the 3,755 level-1 GB2312 characters', () => {
    expect(chars).toHaveLength(3755);
    expect(chars.filter((ch) => pinyinInitials(ch) === '')).toEqual([]);
  });

  it('agrees with pinyin-pro for every character, including polyphones', () => {
    const mismatches = chars.filter((ch) => {
      const expected = [...new Set(initialsOf(ch))].sort().join('');
      return [...pinyinInitials(ch)].sort().join('') !== expected;
    });
    expect(mismatches).toEqual([]);
  });

  it("always includes pinyin-pro's primary reading", () => {
    const missing = chars.filter((ch) => {
      const [first] = pinyin(ch, { pattern: 'first', toneType: 'none', type: 'array' }) as string[];
      return !pinyinInitials(ch).includes(first.replace('ü', 'v'));
    });
    expect(missing).toEqual([]);
  });

  it('knows common examples', () => {
    expect(pinyinInitials('感')).toBe('g');
    expect(pinyinInitials('谢')).toBe('x');
    expect([...pinyinInitials('行')].sort()).toEqual(['h', 'x']);
    expect(pinyinInitials('a')).toBe('');
  });
});
