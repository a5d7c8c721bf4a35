import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../../db/schema';
import { maskPersonalData } from '../../records/mask';
import { parseBirthday } from './birthday';
import { applyInteraction, memberId, type Interaction, type Member } from './member';
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

/**
 * Rewrites the given members from outside the book (the team's copy, lib/team/member-sync.ts): `next` gets the
 * stored member (or undefined) and returns what to store; counted per day like every write here.
 */
export async function rewriteMembers(
  db: IDBPDatabase<OnbrandDB>,
  ids: readonly string[],
  next: (id: string, stored: Member | undefined) => Member,
): Promise<void> {
  if (!ids.length) return;
  const tx = db.transaction(['members', 'meta'], 'readwrite');
  const store = tx.objectStore('members');
  const counts = await dayCountsForWrite(tx);
  const writes: Promise<unknown>[] = [];
  for (const id of ids) {
    const raw = await store.get(id);
    const before = raw && withoutSearchKeys(raw);
    const after = next(id, before);
    adjustDayCounts(counts, before, after);
    writes.push(store.put(withSearchKeys(after)));
  }
  await Promise.all([...writes, putDayCounts(tx, counts), tx.done]);
}

export async function getMember(db: IDBPDatabase<OnbrandDB>, id: string): Promise<Member | undefined> {
  const stored = await db.get('members', id);
  return stored && withoutSearchKeys(stored);
}

/** What the Members tab edits: notes, birthday ("MM-DD" or "YYYY-MM-DD"; null or "" clears it), feedback tags. */
export interface MemberPatch {
  notes?: string;
  birthday?: string | null;
  tags?: readonly string[];
}

/** The manager's edits (notes masked when the log masks); an unknown id or a bad birthday is an error. */
export async function updateMember(
  db: IDBPDatabase<OnbrandDB>,
  id: string,
  patch: MemberPatch,
  mask: boolean,
  now = Date.now(),
): Promise<Member> {
  const birthday = patch.birthday ? parseBirthday(patch.birthday, now) : undefined;
  if (birthday && 'error' in birthday)
    throw new Error(
      `Birthday must be MM-DD or YYYY-MM-DD, a real date (${birthday.error}: “${patch.birthday}”)`,
    );
  // The days a member was first/last seen do not change, nor their counts: no per-day count moves. The search
  // keys are written again from the stored names, and the multi-entry `tags` index follows the new tags.
  const tx = db.transaction('members', 'readwrite');
  const member = await tx.store.get(id);
  if (!member) throw new Error(`No member ${id}`);
  const next: Member = withoutSearchKeys(member);
  if (patch.notes !== undefined)
    next.notes = (mask ? maskPersonalData(patch.notes).text : patch.notes).slice(0, 4000);
  if (patch.birthday === null || patch.birthday === '') {
    delete next.birthday;
    delete next.birthYear;
  } else if (birthday) {
    next.birthday = birthday.birthday;
    if (birthday.birthYear) next.birthYear = birthday.birthYear;
    else delete next.birthYear;
  }
  if (patch.tags) next.tags = [...new Set(patch.tags)];
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
