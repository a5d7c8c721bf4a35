import * as z from 'zod/mini';
import { BrandKit } from '../engine/schema';
import { Slot } from '../calendar/schema';
import { Template } from '../templates/schema';
import { PlatformId } from '../platforms/schema';
import { MemberId } from './roles';

// The team's shared Yjs documents. Each is one Y.Map named ENTRIES_MAP whose values are plain JSON entries keyed
// by id: Yjs merges concurrent edits of different entries (two planners moving two slots offline), and a whole
// entry is what the server validates against the same zod schemas the extension uses locally.
export const ENTRIES_MAP = 'entries';

export const TEAM_DOCUMENTS = ['kits', 'calendar', 'templates', 'reviews'] as const;
export type TeamDocument = (typeof TEAM_DOCUMENTS)[number];
export const isTeamDocument = (name: string): name is TeamDocument =>
  (TEAM_DOCUMENTS as readonly string[]).includes(name);

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
  kit: BrandKit,
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

/** The schema every entry of a document must satisfy. */
export const ENTRY_SCHEMAS = {
  kits: TeamKitEntry,
  calendar: Slot,
  templates: Template,
  reviews: ReviewRequest,
} as const satisfies Record<TeamDocument, z.ZodMiniType>;
