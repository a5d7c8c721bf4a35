import * as z from 'zod/mini';
import { Role } from './roles';
import { TEAM_PROBLEMS } from './problems';
import { BoxRoleId, ReviewPolicy } from './documents';
import { PlatformId } from '../platforms/schema';

// Team messages (spread into lib/messaging/protocol.ts). Only the extension's own pages send them: a web page
// must never learn the team, the member or the invitation, nor connect the browser anywhere.

const Status = z.object({
  connected: z.boolean(),
  origin: z.optional(z.string()),
  member: z.optional(z.string()),
  role: z.optional(Role),
  exp: z.optional(z.number()),
  /** The connection is the organisation's (managed policy): the person cannot leave it. */
  managed: z.optional(z.boolean()),
  /** The organisation's policy names a team server (its origin), or names one that cannot be used. */
  policy: z.optional(
    z.object({
      origin: z.optional(z.string()),
      problem: z.optional(z.enum(['wrong-url', 'incomplete'])),
    }),
  ),
});

const WriteOutcome = z.union([
  z.object({ ok: z.literal(true), id: z.string() }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);

const ConnectAnswer = z.union([
  z.object({ ok: z.literal(true), status: Status }),
  z.object({ ok: z.literal(false), problem: z.enum(TEAM_PROBLEMS), detail: z.string() }),
]);

const ReviewStateSchema = z.union([
  z.object({ kind: z.literal('not-required') }),
  z.object({ kind: z.literal('needed'), overrideAllowed: z.optional(z.boolean()) }),
  z.object({ kind: z.literal('pending'), requestId: z.string(), overrideAllowed: z.optional(z.boolean()) }),
  z.object({
    kind: z.literal('changes-requested'),
    requestId: z.string(),
    comment: z.optional(z.string()),
    overrideAllowed: z.optional(z.boolean()),
  }),
  z.object({ kind: z.literal('approved'), requestId: z.string(), approvalId: z.string() }),
]);

export const teamMessages = {
  /** Whether a team server is configured (no network request: read from storage.local). */
  'team.status': { fromPages: false, request: z.object({}), response: Status },
  /**
   * Joins with an invitation. The dashboard asks the host permission for that one origin first (it holds the
   * user's click); the background checks it was granted and presents the invitation to the server.
   */
  'team.connect': {
    fromPages: false,
    request: z.object({
      server: z.string().check(z.maxLength(2000)),
      token: z.string().check(z.maxLength(4000)),
    }),
    response: ConnectAnswer,
  },
  /**
   * Joins the team the organisation's policy names, with the policy's invitation (the dashboard holds the
   * person's click and asks the host permission first; the invitation never passes through a page).
   */
  'team.joinManaged': { fromPages: false, request: z.object({}), response: ConnectAnswer },
  /**
   * Leaves the team on this browser: the invitation is deleted; local work stays. A connection the organisation's
   * policy made stays (the answer says so): only the policy can end it.
   */
  'team.disconnect': { fromPages: false, request: z.object({}), response: Status },
  /**
   * The review state of a draft in a box (the badge and the publish gate ask). Content scripts may ask: the
   * answer names only this member's own request for this exact text; no team, member list or other text.
   */
  'team.review.state': {
    fromPages: true,
    request: z.object({
      platform: PlatformId,
      boxRole: BoxRoleId,
      text: z.string().check(z.maxLength(100_000)),
    }),
    response: ReviewStateSchema,
  },
  /** "Request review" on the badge: the draft, platform, box role and page go to the team's reviewers. */
  'team.review.request': {
    fromPages: true,
    request: z.object({
      platform: PlatformId,
      boxRole: BoxRoleId,
      text: z.string().check(z.minLength(1), z.maxLength(100_000)),
      url: z.string().check(z.maxLength(4000)),
    }),
    response: z.union([
      z.object({ ok: z.literal(true), id: z.string() }),
      z.object({ ok: z.literal(false), reason: z.string() }),
    ]),
  },
  /**
   * The admin's "Publish to the team" (the Team tab): `kit` becomes the team's kit in force for every member. Written
   * into the shared `kits` document (the first team kit by id, keeping its review policy), so it queues offline;
   * the server refuses it for any other role and refuses a kit its schemas reject, with the reason.
   */
  'team.kits.publish': {
    fromPages: false,
    request: z.object({ kit: z.unknown() }),
    response: WriteOutcome,
  },
  /**
   * The admin's review rules: which box roles of which platforms need a reviewer's approval before publishing.
   * Written beside the team kit in force; the server refuses it for any other role, as for the kit itself.
   */
  'team.kits.review': {
    fromPages: false,
    request: z.object({ review: ReviewPolicy, allowOverride: z.optional(z.boolean()) }),
    response: WriteOutcome,
  },
  /**
   * A planner's "Share with the team": a slot of their calendar or a template of their library becomes (or updates)
   * the team's, for every member's calendar and picker. Judged by the server's rulebook here and again at the server
   * (only a planner; only an entry its schema accepts).
   */
  'team.shared.put': {
    fromPages: false,
    request: z.object({
      doc: z.enum(['calendar', 'templates']),
      entry: z.record(z.string(), z.unknown()),
    }),
    response: WriteOutcome,
  },
  /** A planner takes a slot or template out of the team's (every member's mirror removes it too). */
  'team.shared.remove': {
    fromPages: false,
    request: z.object({ doc: z.enum(['calendar', 'templates']), id: z.string().check(z.maxLength(200)) }),
    response: WriteOutcome,
  },
  /** A reviewer's decision (the dashboard's queue). The server refuses it too for any other role or one's own. */
  'team.review.decide': {
    fromPages: false,
    request: z.object({
      id: z.string().check(z.maxLength(100)),
      state: z.enum(['approved', 'changes-requested']),
      comment: z.optional(z.string().check(z.maxLength(2000))),
    }),
    response: z.union([
      z.object({ ok: z.literal(true) }),
      z.object({ ok: z.literal(false), reason: z.string() }),
    ]),
  },
} as const;
