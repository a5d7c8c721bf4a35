import * as z from 'zod/mini';
import { PAUSE_TERMS_CAP } from './pause';

// The crisis pause's messages (composed into lib/messaging/protocol.ts): the popup's and the dashboard's switch ask
// the background worker, the key's one writer (lib/pause/pause-store.ts); in team mode it writes the team's
// document instead, judged by the team's rulebook first. Never from a web page — a page may only ask for the switch
// to be shown (`pause.offer`): nothing is switched there.

const Outcome = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);

export const pauseMessages = {
  /** Switches a pause on (ending the one in force): `until` absent means until switched off. */
  'pause.on': {
    fromPages: false,
    request: z.object({
      reason: z.string().check(z.minLength(1), z.maxLength(2000)),
      until: z.optional(z.number()),
      terms: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(PAUSE_TERMS_CAP)),
    }),
    response: Outcome,
  },
  /** Switches the pause in force off. */
  'pause.off': { fromPages: false, request: z.object({}), response: Outcome },
  /**
   * A page's offer (the feedback tagger, on a trusted click): the dashboard opens with its pause switch open.
   * Nothing is switched: the person gives the reason and switches there.
   */
  'pause.offer': {
    fromPages: true,
    request: z.object({}),
    response: z.object({ opened: z.boolean() }),
  },
} as const;
