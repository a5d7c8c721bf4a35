// Prefix-search keys for an IndexedDB multi-entry index: lowercased suffixes of each name that start a word, or
// start at a Chinese/Japanese/Korean character (names there have no spaces: "赵" finds "小赵"). A search is then
// one index range, [needle, needle + U+FFFF], instead of reading a whole store. Kept outside any domain because
// the database's upgrade step computes them for rows stored before the index existed.

const MAX_KEYS = 24;
const MAX_LENGTH = 40;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const WORD = /[\p{L}\p{N}]/u;

export function normalizeSearch(text: string): string {
  return text.trim().replace(/^@+/, '').toLowerCase().slice(0, MAX_LENGTH);
}

export function nameSearchKeys(...names: (string | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const name of names.map((n) => normalizeSearch(n ?? ''))) {
    const chars = [...name.slice(0, MAX_LENGTH)];
    chars.forEach((char, i) => {
      if (!WORD.test(char)) return;
      if (i === 0 || CJK.test(char) || !WORD.test(chars[i - 1])) keys.add(chars.slice(i).join(''));
    });
  }
  return [...keys].slice(0, MAX_KEYS);
}
