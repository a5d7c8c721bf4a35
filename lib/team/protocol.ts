import * as z from 'zod/mini';
import { Role } from './roles';
import { TEAM_PROBLEMS } from './problems';

// Team messages (spread into lib/messaging/protocol.ts). Only the extension's own pages send them: a web page
// must never learn the team, the member or the invitation, nor connect the browser anywhere.

const Status = z.object({
  connected: z.boolean(),
  origin: z.optional(z.string()),
  member: z.optional(z.string()),
  role: z.optional(Role),
  exp: z.optional(z.number()),
});

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
    response: z.union([
      z.object({ ok: z.literal(true), status: Status }),
      z.object({ ok: z.literal(false), problem: z.enum(TEAM_PROBLEMS), detail: z.string() }),
    ]),
  },
  /** Leaves the team on this browser: the invitation is deleted; local work stays. */
  'team.disconnect': {
    fromPages: false,
    request: z.object({}),
    response: z.object({ connected: z.literal(false) }),
  },
} as const;
