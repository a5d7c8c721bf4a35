import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { serverAddress, type TeamConnection } from './connection';
import { ENTRIES_MAP, TEAM_DOCUMENTS, type TeamDocument } from './documents';
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
export type Persist = (name: string, doc: Y.Doc) => { whenSynced: Promise<unknown>; destroy(): unknown };

export interface TeamSyncOptions {
  connection: TeamConnection;
  /** Called with a document's entries after it loaded from IndexedDB and on every change (local or remote). */
  onEntries(doc: TeamDocument, entries: Record<string, unknown>): void;
  onStatus(status: SyncStatus): void;
  persist?: Persist;
  /** Node's `ws` in tests; the browser's WebSocket otherwise. */
  WebSocketPolyfill?: unknown;
}

export interface TeamSync {
  docs: Record<TeamDocument, Y.Doc>;
  entries(doc: TeamDocument): Y.Map<unknown>;
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
  const providers: HocuspocusProvider[] = [];
  const persisted: { destroy(): unknown }[] = [];
  const loading: Promise<unknown>[] = [];
  let stopped = false;
  let status: SyncStatus = { state: 'connecting' };
  const setStatus = (next: SyncStatus) => {
    if (stopped) return;
    // A problem (refusal, revoked invitation) stays shown until the connection state really changes.
    status = next.problem || next.state !== status.state ? next : { ...status, state: next.state };
    options.onStatus(status);
  };

  for (const name of TEAM_DOCUMENTS) {
    const doc = new Y.Doc();
    docs[name] = doc;
    const map = doc.getMap(ENTRIES_MAP);
    const publish = () => {
      if (!stopped) options.onEntries(name, map.toJSON());
    };
    map.observe(publish);
    if (options.persist) {
      const persistence = options.persist(persistenceName(connection.origin, name), doc);
      persisted.push(persistence);
      loading.push(persistence.whenSynced.then(publish));
    } else publish();
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token: connection.token,
      document: doc,
      onAuthenticationFailed: ({ reason }) =>
        setStatus({ state: 'disconnected', problem: problemOfReason(reason), detail: reason }),
      onStateless: ({ payload }) => {
        try {
          const message = JSON.parse(payload) as { type?: string; reason?: string };
          if (message.type === 'refused')
            setStatus({ state: status.state, problem: 'refused', detail: message.reason });
        } catch {
          // Not ours.
        }
      },
    });
    provider.attach();
    providers.push(provider);
  }
  socket.on('status', ({ status: state }: { status: SyncState }) =>
    setStatus(state === 'connected' ? { state } : { state, problem: status.problem, detail: status.detail }),
  );

  return {
    docs,
    entries: (doc) => docs[doc].getMap(ENTRIES_MAP),
    loaded: Promise.all(loading).then(() => undefined),
    stop() {
      stopped = true;
      for (const provider of providers) provider.destroy();
      socket.destroy();
      for (const p of persisted) void p.destroy();
    },
  };
}
