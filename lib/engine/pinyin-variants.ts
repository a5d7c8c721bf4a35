/**
 * Pinyin spellings of a Chinese term, for terms that opt in (傻逼 → shabi, 傻b, sha逼 …). The table covers the
 * 3,755 most common hanzi (GB2312 level 1), primary reading, generated from pinyin-pro at build time.
 */
import { pinyinGroups } from './data/pinyin-groups';

/** Syllables in table order; syllableOf[hanzi code] = index + 1 (0 = none). Every hanzi in the table is BMP. */
interface PinyinTable {
  syllables: string[];
  syllableOf: Uint16Array;
}

let table: PinyinTable | undefined;

/**
 * Read once per page, as codes into a typed array: a Map of 3,755 one-character strings cost ~20 ms of the first
 * focus in the page (interpreted, profiled at load 8), this costs a fraction of one.
 */
function pinyinTable(): PinyinTable {
  if (table) return table;
  const groups = pinyinGroups();
  const names: string[] = [];
  const index = new Uint16Array(0x10000);
  for (let from = 0; from < groups.length;) {
    const colon = groups.indexOf(':', from);
    let end = groups.indexOf(',', colon);
    if (end < 0) end = groups.length;
    names.push(groups.slice(from, colon));
    for (let k = colon + 1; k < end; k++) index[groups.charCodeAt(k)] = names.length;
    from = end + 1;
  }
  table = { syllables: names, syllableOf: index };
  return table;
}

export function pinyinOf(ch: string): string | undefined {
  if (ch.length !== 1) return undefined;
  const { syllables, syllableOf } = pinyinTable();
  const id = syllableOf[ch.charCodeAt(0)];
  return id === 0 ? undefined : syllables[id - 1];
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
