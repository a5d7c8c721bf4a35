import * as z from 'zod/mini';
import { brandKitSchema } from '../engine/schema';
import { Slot } from '../calendar/schema';
import { templateSchema } from '../templates/schema';
import { PlatformId } from '../platforms/schema';
import { MemberId } from './roles';
import { BIRTHDAY } from '../community/members/member';
import { PAUSE_TERMS_CAP } from '../pause/pause';

// The team's shared Yjs documents. Each is one Y.Map named ENTRIES_MAP whose values are plain JSON entries keyed
// by id: Yjs merges concurrent edits of different entries (two planners moving two slots offline), and a whole
// entry is what the server validates against the same zod schemas the extension uses locally.
export const ENTRIES_MAP = 'entries';

const BOOK_DOCUMENTS = ['kits', 'calendar', 'templates', 'reviews', 'pause'] as const;

/**
 * The member book is split over MEMBER_SHARDS documents by a hash of the member id (lib/team/member-share.ts), so a
 * change loads, judges and stores one shard (≈ 1/16 of the book), never a 100,000-entry map.
 */
export const MEMBER_SHARDS = 16;
export type MemberDocument = `members-${string}`;
export const MEMBER_DOCUMENTS: readonly MemberDocument[] = Array.from(
  { length: MEMBER_SHARDS },
  (_, i): MemberDocument => `members-${i.toString(16)}`,
);

export const TEAM_DOCUMENTS: readonly TeamDocument[] = [...BOOK_DOCUMENTS, ...MEMBER_DOCUMENTS];
export type TeamDocument = (typeof BOOK_DOCUMENTS)[number] | MemberDocument;
export const isTeamDocument = (name: string): name is TeamDocument =>
  TEAM_DOCUMENTS.includes(name as TeamDocument);

/** What a document holds: its rules and entry schema are the kind's. */
export type DocumentKind = (typeof BOOK_DOCUMENTS)[number] | 'members';
export const kindOf = (doc: TeamDocument): DocumentKind =>
  doc.startsWith('members-') ? 'members' : (doc as DocumentKind);

export const BOX_ROLES = ['post', 'reply', 'comment'] as const;
export const BoxRoleId = z.enum(BOX_ROLES);

/** Which boxes need a reviewer's approval before publishing: per platform, the box roles listed. */
export const ReviewPolicy = z.partialRecord(
  z.enum(PlatformId.options),
  z.array(BoxRoleId).check(z.maxLength(3)),
);
export type ReviewPolicy = z.infer<typeof ReviewPolicy>;

/**
 * One kit of the team library (admin-only), with its review policy beside it. `reviewOverride`: a member may publish
 * a box held for review without an approval by giving a reason (recorded as an override, counted in the reports).
 */
export const TeamKitEntry = z.object({
  kit: brandKitSchema(),
  review: z.optional(ReviewPolicy),
  reviewOverride: z.optional(z.boolean()),
});
export type TeamKitEntry = z.infer<typeof TeamKitEntry>;

export const ReviewDecision = z.object({
  id: z.string().check(z.minLength(8), z.maxLength(100)),
  by: MemberId,
  state: z.enum(['approved', 'changes-requested']),
  comment: z.optional(z.string().check(z.maxLength(2000))),
  at: z.number().check(z.int(), z.positive()),
});
export type ReviewDecision = z.infer<typeof ReviewDecision>;

/** A member's request; a reviewer's decision is added to it (requests themselves never change after sending). */
export const ReviewRequest = z.object({
  id: z.string().check(z.minLength(8), z.maxLength(100)),
  requester: MemberId,
  text: z.string().check(z.minLength(1), z.maxLength(100_000)),
  platform: PlatformId,
  boxRole: BoxRoleId,
  url: z.string().check(z.maxLength(4000)),
  at: z.number().check(z.int(), z.positive()),
  decision: z.optional(ReviewDecision),
});
export type ReviewRequest = z.infer<typeof ReviewRequest>;

/** Keys of a shared member's activity: `c:` a comment, `r:` a reply the brand gave, then a hash or `~manager:n`. */
export const ACTIVITY_KEY = /^[cr]:(?:[0-9a-f]{16}|~[A-Za-z0-9._@-]{1,100}:\d{1,6})$/;

/**
 * A member of the team's book, as its JSON reads (lib/team/member-share.ts writes it with Yjs types: `notes` a
 * Y.Text, `tags` and `activity` Y.Maps, so concurrent edits of one member merge key by key and character by
 * character). `activity` is a grow-only set of the member's comments and replies (key → time): the same comment
 * seen by two managers has the same key, so it counts once.
 */
export const SharedMember = z.strictObject({
  platform: PlatformId,
  handle: z.string().check(z.minLength(1), z.maxLength(300)),
  displayName: z.optional(z.string().check(z.maxLength(300))),
  notes: z.optional(z.string().check(z.maxLength(4000))),
  birthday: z.optional(z.string().check(z.regex(BIRTHDAY, 'birthday: MM-DD'))),
  tags: z.optional(z.record(z.string().check(z.minLength(1), z.maxLength(100)), z.literal(true))),
  activity: z.optional(
    z.record(
      z.string().check(z.regex(ACTIVITY_KEY, 'activity key')),
      z.number().check(z.int(), z.positive()),
    ),
  ),
});
export type SharedMember = z.infer<typeof SharedMember>;

/**
 * One crisis pause of the team (lib/pause/pause.ts's `Pause`, keyed by its id): switched on by a role that steers
 * publishing, named in `by`; switched off once, named in `endedBy`. Every member's mirror writes the team's pauses
 * into this browser's `crisisPause` key, which the page and the worker read.
 */
export const TeamPause = z.strictObject({
  id: z.string().check(z.minLength(8), z.maxLength(100)),
  startedAt: z.number().check(z.int(), z.positive()),
  until: z.optional(z.number().check(z.int(), z.positive())),
  endedAt: z.optional(z.number().check(z.int(), z.positive())),
  reason: z.string().check(z.minLength(1), z.maxLength(2000)),
  terms: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(PAUSE_TERMS_CAP)),
  by: MemberId,
  endedBy: z.optional(MemberId),
});
export type TeamPause = z.infer<typeof TeamPause>;

/** The schema every entry of a document must satisfy. */
export const ENTRY_SCHEMAS = {
  kits: TeamKitEntry,
  calendar: Slot,
  templates: templateSchema(),
  reviews: ReviewRequest,
  members: SharedMember,
  pause: TeamPause,
} as const satisfies Record<DocumentKind, z.ZodMiniType>;
