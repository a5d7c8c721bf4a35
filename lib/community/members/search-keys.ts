import { nameSearchKeys } from '../../search-keys';
import type { Member } from './member';

// A member as the `members` store holds it: with the keys of the Members tab's search (its handle and display
// name, lib/search-keys.ts).

export { normalizeSearch } from '../../search-keys';

export interface StoredMember extends Member {
  search?: string[];
}

export function searchKeys(member: Pick<Member, 'handle' | 'displayName'>): string[] {
  return nameSearchKeys(member.handle, member.displayName);
}

export function withSearchKeys(member: Member): StoredMember {
  return { ...member, search: searchKeys(member) };
}

/** A stored member as the tab and the exports show it (without the index keys). */
export function withoutSearchKeys(member: StoredMember): Member {
  const { search: _search, ...rest } = member;
  return rest;
}
