/** Pinyin initials of common hanzi, for "gx" → 感谢 search. Built lazily from the generated table (~12 KB). */
import { PINYIN_INITIALS } from './data/pinyin-initials';

let byChar: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (byChar) return byChar;
  byChar = new Map();
  for (const [letter, hanzi] of Object.entries(PINYIN_INITIALS)) {
    for (const ch of hanzi) byChar.set(ch, (byChar.get(ch) ?? '') + letter);
  }
  return byChar;
}

/** The initial letters a character can be read with ("行" → "xh"); "" for anything not in the table. */
export function pinyinInitials(ch: string): string {
  return table().get(ch) ?? '';
}
