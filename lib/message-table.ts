import type * as z from 'zod/mini';

// The shape every domain's message table and handlers follow. Domains (records, calendar, community, team)
// type their handlers against their own table from here, so they never import lib/messaging, which composes
// their tables into the one protocol (a folder cycle otherwise: test/unit/conventions/folder-cycles.test.ts).

/** One message: who may send it, what it carries, what it answers. */
export interface MessageSpec {
  /** A content script (running inside a web page) may send it; all others come only from the extension's pages. */
  fromPages: boolean;
  request: z.ZodMiniType;
  response: z.ZodMiniType;
}

/** What the receiver needs to know of `runtime.MessageSender`. */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** Present when the message came from a content script in a tab. */
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** One handler per message of a table: validated request in, response out. */
export type HandlersOf<Table extends Record<string, MessageSpec>> = {
  [T in keyof Table]: (
    payload: z.infer<Table[T]['request']>,
    sender: SenderInfo,
  ) => Promise<z.infer<Table[T]['response']>>;
};
