import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../../db/schema';
import { maskPersonalData } from '../../records/mask';
import { applyInteraction, BIRTHDAY, memberId, type Interaction, type Member } from './member';
import { withSearchKeys, withoutSearchKeys } from './search-keys';

// The member book in the background's IndexedDB ('members', added in database version 3), beside the log.

/** Applies interactions in one transaction (each member read, updated and written back). */
export async function recordInteractions(
  db: IDBPDatabase<OnbrandDB>,
  interactions: readonly Interaction[],
): Promise<Member[]> {
  if (interactions.length === 0) return [];
  const tx = db.transaction('members', 'readwrite');
  const touched = new Map<string, Member | undefined>();
  for (const interaction of interactions) {
    if (!interaction.handle.trim()) continue;
    const id = memberId(interaction.platform, interaction.handle);
    const stored = touched.has(id) ? touched.get(id) : await tx.store.get(id);
    const current = stored && withoutSearchKeys(stored);
    touched.set(id, applyInteraction(current, interaction));
  }
  const members = [...touched.values()].filter((m): m is Member => Boolean(m));
  await Promise.all([...members.map((m) => tx.store.put(withSearchKeys(m))), tx.done]);
  return members;
}

export async function getMember(db: IDBPDatabase<OnbrandDB>, id: string): Promise<Member | undefined> {
  const stored = await db.get('members', id);
  return stored && withoutSearchKeys(stored);
}

/** The manager's notes (masked when the log masks) and birthday; an unknown id or a bad birthday is an error. */
export async function updateMember(
  db: IDBPDatabase<OnbrandDB>,
  id: string,
  patch: { notes?: string; birthday?: string | null },
  mask: boolean,
): Promise<Member> {
  if (patch.birthday && !BIRTHDAY.test(patch.birthday))
    throw new Error(`Birthday must be MM-DD (got “${patch.birthday}”)`);
  const tx = db.transaction('members', 'readwrite');
  const member = await tx.store.get(id);
  if (!member) throw new Error(`No member ${id}`);
  const next: Member = withoutSearchKeys(member);
  if (patch.notes !== undefined)
    next.notes = (mask ? maskPersonalData(patch.notes).text : patch.notes).slice(0, 4000);
  if (patch.birthday === null || patch.birthday === '') delete next.birthday;
  else if (patch.birthday) next.birthday = patch.birthday;
  await Promise.all([tx.store.put(withSearchKeys(next)), tx.done]);
  return next;
}

/** Retention: members not seen since `cutoff` go, like records older than it. */
export async function pruneMembersBefore(db: IDBPDatabase<OnbrandDB>, cutoff: number): Promise<number> {
  const tx = db.transaction('members', 'readwrite');
  let deleted = 0;
  for (
    let cursor = await tx.store.index('lastSeen').openCursor(IDBKeyRange.upperBound(cutoff, true));
    cursor;
    cursor = await cursor.continue()
  ) {
    await cursor.delete();
    deleted++;
  }
  await tx.done;
  return deleted;
}

export async function deleteAllMembers(db: IDBPDatabase<OnbrandDB>): Promise<void> {
  await db.clear('members');
}
