import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../db/schema';
import type { KeyValueArea } from '../records/outbox';
import type { Interaction, Member } from '../community/members/member';
import { rewriteMembers } from '../community/members/store';
import { loadConnection } from './connection';
import { MEMBER_DOCUMENTS } from './documents';
import { mayWrite, roleRefusal } from './policy';
import { teamMember } from './member-share';
import type { TeamSync } from './sync';
import { createSerialQueue } from '../serial-queue';

// Team mode's member book in the background (issue 21): this manager's interactions and edits go into the team's
// book (the shards of lib/team/member-share.ts), and what the team's book says of a member — its notes, tags,
// birthday and the activity of every manager, counted once — is written into this browser's own book, which the
// Members tab, reminders and the card read as before. Without a team nothing here runs.

/** storage.local: the team origin this browser's book was seeded into (once per team). */
export const MEMBERS_SEEDED_KEY = 'team.members.seeded';

/** Members seeded per step (one Yjs transaction per shard each). */
const SEED_BATCH = 1_000;

export interface MemberSharing {
  /** A sync started: once it has the team's copy, this browser's book from before sharing is added (once). */
  started(sync: TeamSync): void;
  /** Members of the team's book changed (here or elsewhere): this browser's book takes the team's figures. */
  changed(ids: readonly string[]): void;
  /** Interactions this browser recorded, shared when the role may write the book. */
  shareInteractions(interactions: readonly Interaction[]): Promise<void>;
  /** Throws the team's refusal when this role may not edit the team's book (before anything is written). */
  checkUpdate(): Promise<void>;
  /** A manager's edit (already stored locally) into the team's book. */
  shareUpdate(
    member: Member,
    patch: { notes?: string; birthday?: string | null; tags?: readonly string[] },
  ): Promise<void>;
  /** Resolves when every write this object queued is done (tests, and the e2e's settle). */
  idle(): Promise<void>;
}

export function createMemberSharing(
  openDb: () => Promise<IDBPDatabase<OnbrandDB>>,
  current: () => TeamSync | undefined,
  area: KeyValueArea,
): MemberSharing {
  const queue = createSerialQueue();
  // A failed write is reported, not thrown at the caller: the local book has the change already.
  const serial = (task: () => Promise<unknown>) =>
    queue(task).catch((error) => console.warn('Onbrand team members:', error));

  const mirror = async (ids: Iterable<string>) => {
    const sync = current();
    if (!sync) return;
    const shared = sync.members.read(ids);
    await rewriteMembers(await openDb(), [...shared.keys()], (id, local) =>
      teamMember(id, shared.get(id)!, local),
    );
  };

  const writer = async () => {
    const connection = await loadConnection(area);
    const sync = current();
    return connection && sync && mayWrite(MEMBER_DOCUMENTS[0], connection.role) ? { connection, sync } : null;
  };

  const seed = async (sync: TeamSync) => {
    await sync.membersSynced;
    const connection = await loadConnection(area);
    if (!connection || current() !== sync || !mayWrite(MEMBER_DOCUMENTS[0], connection.role)) return;
    if ((await area.get(MEMBERS_SEEDED_KEY))[MEMBERS_SEEDED_KEY] === connection.origin) return;
    const members = await (await openDb()).getAll('members');
    for (let i = 0; i < members.length; i += SEED_BATCH) {
      if (current() !== sync) return;
      sync.members.seed(members.slice(i, i + SEED_BATCH), connection.member);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await area.set({ [MEMBERS_SEEDED_KEY]: connection.origin });
  };

  return {
    started: (sync) => void serial(() => seed(sync)),
    changed: (ids) => void serial(() => mirror(ids)),
    async shareInteractions(interactions) {
      const can = await writer();
      if (!can || !interactions.length) return;
      // The local book counted them already; the team's count (each comment once) replaces it, even when the
      // comment was the team's already and so changed nothing there.
      const ids = can.sync.members.share(interactions);
      await serial(() => mirror(ids));
    },
    async checkUpdate() {
      const connection = await loadConnection(area);
      if (connection && !mayWrite(MEMBER_DOCUMENTS[0], connection.role))
        throw new Error(
          roleRefusal(MEMBER_DOCUMENTS[0], connection.role).replace(MEMBER_DOCUMENTS[0], 'members'),
        );
    },
    async shareUpdate(member, patch) {
      const can = await writer();
      if (can) can.sync.members.update(member, patch);
    },
    idle: () => queue(() => undefined),
  };
}
