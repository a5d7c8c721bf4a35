import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { serverAddress, type TeamConnection } from './connection';
import { ENTRIES_MAP, kindOf, TEAM_DOCUMENTS, type MemberDocument, type TeamDocument } from './documents';
import { membersChangedBy, sharedBook, type SharedBook } from './member-share';
import { problemOfReason, type TeamProblem } from './problems';

// The sync loop: one WebSocket to the team server, one Hocuspocus provider per shared document, each Y.Doc kept
// offline in IndexedDB (y-indexeddb) so the team's copy survives the worker sleeping and the browser going
// offline; edits made offline merge when the socket is back (Yjs). Only ever started with a stored connection.

export type SyncState = 'connecting' | 'connected' | 'disconnected';

export interface SyncStatus {
  state: SyncState;
  problem?: TeamProblem;
  /** The server's own words for a refusal or a failed authentication. */
  detail?: string;
}

/** What keeps a Y.Doc offline: y-indexeddb in the extension, nothing in Node tests. */
export type Persist = (
  name: string,
  doc: Y.Doc,
) => { whenSynced: Promise<unknown>; destroy(): unknown; clearData?(): Promise<unknown> };

export interface TeamSyncOptions {
  connection: TeamConnection;
  /** Called with a document's entries after it loaded from IndexedDB and on every change (local or remote). */
  onEntries(doc: TeamDocument, entries: Record<string, unknown>): void;
  /**
   * The member book's shards instead (thousands of entries each): the ids that changed, local or remote; not what
   * loading the offline copy brings back (it was taken in when it first arrived).
   */
  onMemberChanges?(doc: MemberDocument, ids: string[]): void;
  onStatus(status: SyncStatus): void;
  persist?: Persist;
  /** Node's `ws` in tests; the browser's WebSocket otherwise. */
  WebSocketPolyfill?: unknown;
}

export interface TeamSync {
  docs: Record<TeamDocument, Y.Doc>;
  entries(doc: TeamDocument): Y.Map<unknown>;
  /** The team's member book (lib/team/member-share.ts). */
  members: SharedBook;
  /** Resolves once every member book shard has synced with the server (seeding waits for the team's copy). */
  membersSynced: Promise<void>;
  /** Resolves when every document has loaded its offline copy (not when the server answered). */
  loaded: Promise<void>;
  stop(): void;
}

/** The IndexedDB database name of one document of one team (two teams on one browser never mix). */
export const persistenceName = (origin: string, doc: TeamDocument) => `onbrand-team:${origin}:${doc}`;

export function startTeamSync(options: TeamSyncOptions): TeamSync {
  const { connection } = options;
  const address = serverAddress(connection.origin);
  if (!address) throw new Error(`not a team server address: ${connection.origin}`);
  const socket = new HocuspocusProviderWebsocket({
    url: address.ws,
    WebSocketPolyfill: options.WebSocketPolyfill,
    // Back off to a minute while the server is down; never give up (local work continues meanwhile).
    maxDelay: 60_000,
  });
  const docs = {} as Record<TeamDocument, Y.Doc>;
  const providers = {} as Record<TeamDocument, HocuspocusProvider>;
  const persisted = {} as Record<TeamDocument, ReturnType<Persist> | undefined>;
  const loading: Promise<unknown>[] = [];
  const shardsSynced: Promise<void>[] = [];
  let stopped = false;
  let status: SyncStatus = { state: 'connecting' };
  const setStatus = (next: SyncStatus) => {
    if (stopped) return;
    // A problem (refusal, revoked invitation) stays shown until the connection state really changes.
    status = next.problem || next.state !== status.state ? next : { ...status, state: next.state };
    options.onStatus(status);
  };

  const open = (name: TeamDocument): Promise<unknown> => {
    const doc = new Y.Doc();
    docs[name] = doc;
    const map = doc.getMap(ENTRIES_MAP);
    const members = kindOf(name) === 'members';
    const publish = () => {
      if (!stopped && docs[name] === doc && !members) options.onEntries(name, map.toJSON());
    };
    const changed = (transaction: Y.Transaction) => {
      // What the offline copy held was taken in when it first arrived: a wake-up does not rewrite the book.
      if (stopped || docs[name] !== doc || transaction.origin === persisted[name]) return;
      const ids = membersChangedBy(transaction);
      if (ids.length) options.onMemberChanges?.(name as MemberDocument, ids);
    };
    if (members) doc.on('afterTransaction', changed);
    else map.observe(publish);
    let loaded: Promise<unknown> = Promise.resolve();
    if (options.persist) {
      const persistence = options.persist(persistenceName(connection.origin, name), doc);
      persisted[name] = persistence;
      loaded = persistence.whenSynced.then(publish);
    } else publish();
    let synced!: () => void;
    if (members) shardsSynced.push(new Promise<void>((resolve) => (synced = resolve)));
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token: connection.token,
      document: doc,
      onSynced: () => synced?.(),
      onAuthenticationFailed: ({ reason }) =>
        setStatus({ state: 'disconnected', problem: problemOfReason(reason), detail: reason }),
      onStateless: ({ payload }) => {
        try {
          const message = JSON.parse(payload) as { type?: string; reason?: string };
          if (message.type !== 'refused') return;
          setStatus({ state: status.state, problem: 'refused', detail: message.reason });
          // The server never applied the refused edit; kept here it would be shown as the team's and sent again
          // on every reconnect (and refused again). This browser's copy starts over from the server's.
          if (docs[name] === doc) queueMicrotask(() => void reopen(name, doc));
        } catch {
          // Not ours.
        }
      },
    });
    provider.attach();
    providers[name] = provider;
    return loaded;
  };

  const reopen = async (name: TeamDocument, refused: Y.Doc) => {
    if (stopped || docs[name] !== refused) return;
    providers[name].destroy();
    const persistence = persisted[name];
    persisted[name] = undefined;
    if (persistence?.clearData) await persistence.clearData();
    else await persistence?.destroy();
    refused.destroy();
    if (!stopped) await open(name);
  };

  for (const name of TEAM_DOCUMENTS) loading.push(open(name));
  socket.on('status', ({ status: state }: { status: SyncState }) =>
    setStatus(state === 'connected' ? { state } : { state, problem: status.problem, detail: status.detail }),
  );

  return {
    docs,
    entries: (doc) => docs[doc].getMap(ENTRIES_MAP),
    members: sharedBook((doc) => docs[doc]),
    membersSynced: Promise.all(shardsSynced).then(() => undefined),
    loaded: Promise.all(loading).then(() => undefined),
    stop() {
      stopped = true;
      for (const provider of Object.values(providers)) provider.destroy();
      socket.destroy();
      for (const p of Object.values(persisted)) void p?.destroy();
    },
  };
}
