import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../../db/schema';
import { maskPersonalData } from '../../records/mask';
import { applyInteraction, BIRTHDAY, memberId, type Interaction, type Member } from './member';
import { withSearchKeys, withoutSearchKeys } from './search-keys';
import { adjustDayCounts, dayCountsForWrite, emptyDayCounts, putDayCounts } from './day-counts';

// The member book in the background's IndexedDB ('members', added in database version 3), beside the log.
// Every write here also adjusts the per-day counts (day-counts.ts) in the same transaction, so the segment
// counts can never disagree with the store.

/** Applies interactions in one transaction (each member read, updated and written back). */
export async function recordInteractions(
  db: IDBPDatabase<OnbrandDB>,
  interactions: readonly Interaction[],
): Promise<{ members: Member[]; created: Member[] }> {
  if (interactions.length === 0) return { members: [], created: [] };
  const tx = db.transaction(['members', 'meta'], 'readwrite');
  const store = tx.objectStore('members');
  const counts = await dayCountsForWrite(tx);
  const before = new Map<string, Member | undefined>();
  const touched = new Map<string, Member>();
  for (const interaction of interactions) {
    if (!interaction.handle.trim()) continue;
    const id = memberId(interaction.platform, interaction.handle);
    if (!before.has(id)) {
      const stored = await store.get(id);
      before.set(id, stored && withoutSearchKeys(stored));
    }
    touched.set(id, applyInteraction(touched.get(id) ?? before.get(id), interaction));
  }
  for (const [id, member] of touched) adjustDayCounts(counts, before.get(id), member);
  const members = [...touched.values()];
  await Promise.all([
    ...members.map((m) => store.put(withSearchKeys(m))),
    touched.size ? putDayCounts(tx, counts) : undefined,
    tx.done,
  ]);
  // Created here: the book had no such member (a welcome reminder's newcomer).
  return { members, created: members.filter((m) => before.get(m.id) === undefined) };
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
  // Notes and birthday only: the days a member was first/last seen do not change, nor their counts.
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
  const tx = db.transaction(['members', 'meta'], 'readwrite');
  const index = tx.objectStore('members').index('lastSeen');
  const range = IDBKeyRange.upperBound(cutoff, true);
  // Nothing to prune (the usual case, checked on every load of the tab): a one-key read, no write.
  if ((await index.getKey(range)) === undefined) {
    await tx.done;
    return 0;
  }
  const counts = await dayCountsForWrite(tx);
  let deleted = 0;
  for (let cursor = await index.openCursor(range); cursor; cursor = await cursor.continue()) {
    adjustDayCounts(counts, cursor.value, undefined);
    await cursor.delete();
    deleted++;
  }
  await Promise.all([putDayCounts(tx, counts), tx.done]);
  return deleted;
}

export async function deleteAllMembers(db: IDBPDatabase<OnbrandDB>): Promise<void> {
  const tx = db.transaction(['members', 'meta'], 'readwrite');
  await Promise.all([tx.objectStore('members').clear(), putDayCounts(tx, emptyDayCounts()), tx.done]);
}
