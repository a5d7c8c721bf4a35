/** Pinyin initials of common hanzi, for "gx" → 感谢 search. Built lazily from the generated table (~12 KB). */
import { pinyinInitialsTable } from './data/initials-table';

let byChar: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (byChar) return byChar;
  // Read before anything is cached: in the page the table is a part that may be missing, and that must throw
  // every time rather than leave an empty table behind.
  const initials = pinyinInitialsTable();
  const built = new Map<string, string>();
  for (const [letter, hanzi] of Object.entries(initials)) {
    for (const ch of hanzi) built.set(ch, (built.get(ch) ?? '') + letter);
  }
  return (byChar = built);
}

/** The initial letters a character can be read with ("行" → "xh"); "" for anything not in the table. */
export function pinyinInitials(ch: string): string {
  return table().get(ch) ?? '';
}
