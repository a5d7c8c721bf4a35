import * as Y from 'yjs';
import { fnv1a } from '../fnv1a';
import { hash64 } from '../community/queue';
import { maskPersonalData } from '../records/mask';
import { memberId, type Interaction, type Member } from '../community/members/member';
import { MEMBER_DOCUMENTS, SharedMember, type MemberDocument } from './documents';

// The member book as the team shares it (issue 21). Each member is two ROOT types of its shard document, named
// after the member: `m:<id>`, a Y.Map of its identity, birthday, tags (`t:<tag>` → true) and activity (comment or
// reply key → time), and `n:<id>`, a Y.Text of its notes. Root types, not entries of one map: two managers who
// add the same member at once would each create a nested map under the same key and Yjs would keep only one of
// them; a root type is named, so both managers' writes land in the same one (notes merge character by character,
// tags and activity key by key). What is never shared: each manager's captures themselves (comment text, links,
// the reply queue), the last comment's link.

const MEMBER_ROOT = 'm:';
const NOTES_ROOT = 'n:';
const TAG = 't:';

/** The member a root type of a shard belongs to, or null for a name that is not a member's. */
export function memberOfRoot(name: string): string | null {
  return name.startsWith(MEMBER_ROOT) || name.startsWith(NOTES_ROOT) ? name.slice(2) : null;
}

/** The members a transaction on a shard changed (any of their root types, at any depth). */
export function membersChangedBy(transaction: Y.Transaction): string[] {
  type Type = { _item: Y.Item | null };
  const names = new Map<unknown, string>();
  for (const [name, type] of transaction.doc.share) names.set(type, name);
  const ids = new Set<string>();
  for (const changed of transaction.changed.keys()) {
    let type: Type = changed;
    // Members are root types; anything nested (not written by Onbrand) is judged as the member it sits in.
    while (type._item) type = type._item.parent as Type;
    const id = memberOfRoot(names.get(type) ?? '');
    if (id) ids.add(id);
  }
  return [...ids];
}

/** A member of a shard document as JSON (the shape the rulebook judges), or undefined when the shard has none. */
export function memberJson(doc: Y.Doc, id: string): SharedMember | undefined {
  // Only names the document already has: doc.getMap() would add an empty root to the server's document.
  if (!doc.share.has(MEMBER_ROOT + id)) return undefined;
  const json: Record<string, unknown> = {};
  const tags: Record<string, true> = {};
  const activity: Record<string, number> = {};
  for (const [key, raw] of doc.getMap<unknown>(MEMBER_ROOT + id).entries()) {
    const value = raw instanceof Y.AbstractType ? raw.toJSON() : raw;
    if (key.startsWith(TAG)) tags[key.slice(TAG.length)] = value as true;
    else if (key.startsWith('c:') || key.startsWith('r:')) activity[key] = value as number;
    else json[key] = value;
  }
  if (Object.keys(tags).length) json.tags = tags;
  if (Object.keys(activity).length) json.activity = activity;
  if (doc.share.has(NOTES_ROOT + id)) {
    const notes = doc.getText(NOTES_ROOT + id).toString();
    if (notes) json.notes = notes;
  }
  return json as SharedMember;
}

/** The shard document a member lives in (stable: a hash of the member id). */
export const shardOf = (id: string): MemberDocument => MEMBER_DOCUMENTS[fnv1a(id) % MEMBER_DOCUMENTS.length];

/** A comment seen (`c`) or a reply given to it (`r`), by the comment's queue key: the same for every manager. */
export const activityKey = (kind: 'c' | 'r', commentKey: string) => `${kind}:${hash64(commentKey)}`;

/** This manager's activity captured before the book was shared (no comment identity): their own keys only. */
const seedKey = (kind: 'c' | 'r', manager: string, n: number) => `${kind}:~${manager}:${n}`;

/** Notes leave the browser masked, whatever the log's own setting (the server refuses them otherwise). */
export const sharedNotes = (notes: string) => maskPersonalData(notes).text.slice(0, 4000);

type Shard = Y.Doc;

/** The member's root map, with its identity written when the team has none yet. */
function entryOf(doc: Shard, member: Pick<Member, 'id' | 'platform' | 'handle'>): Y.Map<unknown> {
  const entry = doc.getMap<unknown>(MEMBER_ROOT + member.id);
  if (entry.get('platform') !== member.platform) entry.set('platform', member.platform);
  if (entry.get('handle') === undefined) entry.set('handle', member.handle);
  return entry;
}

/** Replaces the notes by the smallest edit (common start and end kept), so a concurrent edit elsewhere survives. */
export function setNotes(doc: Shard, id: string, next: string): void {
  const text = doc.getText(NOTES_ROOT + id);
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let end = 0;
  while (
    end < current.length - start &&
    end < next.length - start &&
    current[current.length - 1 - end] === next[next.length - 1 - end]
  )
    end++;
  text.delete(start, current.length - start - end);
  text.insert(start, next.slice(start, next.length - end));
}

/** One interaction this manager captured (with its comment's queue key). */
function shareInteraction(entry: Y.Map<unknown>, interaction: Interaction): void {
  if (interaction.displayName && entry.get('displayName') !== interaction.displayName)
    entry.set('displayName', interaction.displayName);
  if (interaction.kind === 'tag') {
    if (interaction.tag) entry.set(TAG + interaction.tag, true);
    return;
  }
  if (!interaction.key) return;
  const key = activityKey(interaction.kind === 'comment' ? 'c' : 'r', interaction.key);
  if (!entry.has(key)) entry.set(key, Math.max(1, Math.round(interaction.at)));
}

/**
 * A member of this manager's book as it was before sharing began: its counts as this manager's own keys, its tags,
 * and its notes and birthday where the team has none yet (the team's own are never overwritten by a joiner).
 */
function seedMember(doc: Shard, member: Member, manager: string): void {
  const entry = entryOf(doc, member);
  if (member.displayName && !entry.has('displayName')) entry.set('displayName', member.displayName);
  for (let n = 0; n < Math.min(member.comments, 5_000); n++)
    entry.set(seedKey('c', manager, n), n === 0 ? member.firstSeen : member.lastSeen);
  for (let n = 0; n < Math.min(member.repliesReceived, 5_000); n++)
    entry.set(seedKey('r', manager, n), member.lastSeen);
  for (const tag of member.tags) entry.set(TAG + tag, true);
  if (member.notes && !doc.getText(NOTES_ROOT + member.id).length)
    setNotes(doc, member.id, sharedNotes(member.notes));
  if (member.birthday && !entry.has('birthday')) entry.set('birthday', member.birthday);
}

/**
 * The team's figures for a member, over this manager's local record (which keeps its last comment's link):
 * comments and replies are the distinct keys, first/last seen the earliest/latest comment (or reply).
 */
export function teamMember(id: string, shared: SharedMember, local?: Member): Member {
  let comments = 0;
  let replies = 0;
  let first = Infinity;
  let last = -Infinity;
  let anyFirst = Infinity;
  let anyLast = -Infinity;
  for (const [key, at] of Object.entries(shared.activity ?? {})) {
    if (key.startsWith('c:')) {
      comments++;
      first = Math.min(first, at);
      last = Math.max(last, at);
    } else replies++;
    anyFirst = Math.min(anyFirst, at);
    anyLast = Math.max(anyLast, at);
  }
  if (!comments) [first, last] = [anyFirst, anyLast];
  const member: Member = {
    id,
    platform: shared.platform,
    handle: shared.handle,
    firstSeen: Number.isFinite(first) ? first : (local?.firstSeen ?? Date.now()),
    lastSeen: Number.isFinite(last) ? last : (local?.lastSeen ?? Date.now()),
    comments,
    repliesReceived: replies,
    tags: Object.keys(shared.tags ?? {}).sort(),
    notes: shared.notes ?? '',
  };
  const displayName = shared.displayName ?? local?.displayName;
  if (displayName) member.displayName = displayName;
  if (shared.birthday) member.birthday = shared.birthday;
  // The birth year is never shared: kept while the team's birthday is still the one it was given with.
  if (shared.birthday && local?.birthYear && local.birthday === shared.birthday)
    member.birthYear = local.birthYear;
  if (local?.lastCommentUrl) member.lastCommentUrl = local.lastCommentUrl;
  return member;
}

/** The member book's side of a running sync (lib/team/sync.ts): Yjs stays inside the sync's lazily loaded part. */
export interface SharedBook {
  /** Writes the interactions (one transaction per shard); the ids of the members they touched. */
  share(interactions: readonly Interaction[]): string[];
  /** A manager's edit of notes (masked here), birthday and tags; `member` is the book's entry after the edit. */
  update(
    member: Pick<Member, 'id' | 'platform' | 'handle' | 'birthday' | 'tags'>,
    patch: { notes?: string; birthday?: string | null; tags?: readonly string[] },
  ): void;
  /** Seeds members from this manager's book from before sharing began (one transaction per shard). */
  seed(members: readonly Member[], manager: string): void;
  /** The team's entries for these ids, as JSON (absent or invalid ones left out). */
  read(ids: Iterable<string>): Map<string, SharedMember>;
}

export function sharedBook(shard: (doc: MemberDocument) => Y.Doc): SharedBook {
  const byShard = <T extends { id: string }>(items: readonly T[]) => {
    const groups = new Map<MemberDocument, T[]>();
    for (const item of items) {
      const doc = shardOf(item.id);
      groups.set(doc, [...(groups.get(doc) ?? []), item]);
    }
    return groups;
  };
  const inShard = (name: MemberDocument, write: (doc: Shard) => void) => {
    const doc = shard(name);
    doc.transact(() => write(doc));
  };
  return {
    share(interactions) {
      const withIds = interactions
        .filter((i) => i.handle.trim())
        .map((i) => ({ ...i, id: memberId(i.platform, i.handle) }));
      for (const [name, group] of byShard(withIds))
        inShard(name, (doc) => {
          for (const i of group) shareInteraction(entryOf(doc, i), i);
        });
      return [...new Set(withIds.map((i) => i.id))];
    },
    update(member, patch) {
      inShard(shardOf(member.id), (doc) => {
        const entry = entryOf(doc, member);
        if (patch.notes !== undefined) setNotes(doc, member.id, sharedNotes(patch.notes));
        // The stored MM-DD, whatever the manager typed: the birth year stays in this browser.
        if (patch.birthday !== undefined) {
          if (member.birthday) entry.set('birthday', member.birthday);
          else entry.delete('birthday');
        }
        if (patch.tags !== undefined) {
          const keep = new Set(patch.tags.map((tag) => TAG + tag));
          for (const key of [...entry.keys()]) if (key.startsWith(TAG) && !keep.has(key)) entry.delete(key);
          for (const key of keep) entry.set(key, true);
        }
      });
    },
    seed(members, manager) {
      for (const [name, group] of byShard(members))
        inShard(name, (doc) => {
          for (const m of group) seedMember(doc, m, manager);
        });
    },
    read(ids) {
      const out = new Map<string, SharedMember>();
      for (const id of ids) {
        const parsed = SharedMember.safeParse(memberJson(shard(shardOf(id)), id));
        if (parsed.success) out.set(id, parsed.data);
      }
      return out;
    },
  };
}
