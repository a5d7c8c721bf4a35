import type { Member } from './member';

// What the Members tab's search looks up in the `search` index: lowercased suffixes of the handle and the display
// name that start a word, or start at a Chinese/Japanese/Korean character (names there have no spaces: "赵" finds
// "小赵"). A search is then one index range, [needle, needle + U+FFFF], instead of reading the whole book.

export interface StoredMember extends Member {
  search?: string[];
}

const MAX_KEYS = 24;
const MAX_LENGTH = 40;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const WORD = /[\p{L}\p{N}]/u;

export function normalizeSearch(text: string): string {
  return text.trim().replace(/^@+/, '').toLowerCase().slice(0, MAX_LENGTH);
}

export function searchKeys(member: Pick<Member, 'handle' | 'displayName'>): string[] {
  const keys = new Set<string>();
  for (const name of [normalizeSearch(member.handle), normalizeSearch(member.displayName ?? '')]) {
    const chars = [...name.slice(0, MAX_LENGTH)];
    chars.forEach((char, i) => {
      if (!WORD.test(char)) return;
      if (i === 0 || CJK.test(char) || !WORD.test(chars[i - 1])) keys.add(chars.slice(i).join(''));
    });
  }
  return [...keys].slice(0, MAX_KEYS);
}

export function withSearchKeys(member: Member): StoredMember {
  return { ...member, search: searchKeys(member) };
}

/** A stored member as the tab and the exports show it (without the index keys). */
export function withoutSearchKeys(member: StoredMember): Member {
  const { search: _search, ...rest } = member;
  return rest;
}
