import * as z from 'zod/mini';

// The crisis pause's one message (composed into lib/messaging/protocol.ts). The pause itself is switched in the
// extension's pages through storage (pause-item.ts); a page only asks for the switch to be shown.
export const pauseMessages = {
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
