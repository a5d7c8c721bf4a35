import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../../db/schema';
import type { Member } from './member';
import { withoutSearchKeys } from './search-keys';

// Members whose birthday (MM-DD) is one of the given days: read once a day by the birthday reminder. Few members
// carry a birthday, so a walk of the store without an index (no database upgrade for one morning read) is enough.

export async function membersWithBirthday(
  db: IDBPDatabase<OnbrandDB>,
  monthDays: readonly string[],
): Promise<Member[]> {
  const found: Member[] = [];
  let cursor = await db.transaction('members').store.openCursor();
  while (cursor) {
    if (cursor.value.birthday && monthDays.includes(cursor.value.birthday))
      found.push(withoutSearchKeys(cursor.value));
    cursor = await cursor.continue();
  }
  return found;
}

/** The MM-DD days celebrated on a date: 29 February birthdays fall on 28 February in other years. */
export function birthdayDays(date: string): string[] {
  const monthDay = date.slice(5);
  const year = Number(date.slice(0, 4));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return monthDay === '02-28' && !leap ? ['02-28', '02-29'] : [monthDay];
}
