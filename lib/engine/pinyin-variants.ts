/**
 * Pinyin spellings of a Chinese term, for terms that opt in (傻逼 → shabi, 傻b, sha逼 …). The table covers the
 * 3,755 most common hanzi (GB2312 level 1), primary reading, generated from pinyin-pro at build time.
 */
import { pinyinGroups } from './data/pinyin-groups';

let table: Map<string, string> | undefined;

function pinyinTable(): Map<string, string> {
  if (table) return table;
  const groups = pinyinGroups();
  table = new Map();
  for (const group of groups.split(',')) {
    const [syllable, chars] = group.split(':');
    for (const ch of chars) table.set(ch, syllable);
  }
  return table;
}

export function pinyinOf(ch: string): string | undefined {
  return pinyinTable().get(ch);
}

const MAX_VARIANTS = 64;

/**
 * Each character may stay hanzi, become its full syllable, or (in mixed spellings) its initial.
 * All-Latin variants must use full syllables only ("shabi", not the ambiguous "sb").
 */
export function pinyinVariants(term: string): string[] {
  const chars = [...term];
  if (chars.length < 2 || chars.length > 6) return [];
  const options = chars.map((ch) => {
    const syllable = pinyinOf(ch);
    if (!syllable) return [{ text: ch, latin: false, initial: false }];
    const initial = /^[zcs]h/.test(syllable) ? syllable.slice(0, 2) : syllable[0];
    const out = [
      { text: ch, latin: false, initial: false },
      { text: syllable, latin: true, initial: false },
    ];
    if (initial !== syllable) out.push({ text: initial, latin: true, initial: true });
    return out;
  });
  const variants = new Set<string>();
  const walk = (k: number, acc: string, anyHan: boolean, anyInitial: boolean, anyLatin: boolean) => {
    if (variants.size >= MAX_VARIANTS) return;
    if (k === options.length) {
      if (anyLatin && (anyHan || !anyInitial)) variants.add(acc);
      return;
    }
    for (const o of options[k])
      walk(k + 1, acc + o.text, anyHan || !o.latin, anyInitial || o.initial, anyLatin || o.latin);
  };
  walk(0, '', false, false, false);
  return [...variants];
}
