import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { ENTRIES_MAP, isTeamDocument, kindOf, type TeamDocument } from '../lib/team/documents';
import { judgeChange, type Actor } from '../lib/team/policy';
import { memberJson, memberOfRoot, membersChangedBy } from '../lib/team/member-share';

// Judges one incoming WebSocket message before Hocuspocus applies it: a Yjs update (sync step 2 or an update) is
// applied to a copy of the document first, and the role rules and schemas of lib/team/policy.ts judge the result.
// A refused update is never applied, so it never reaches PostgreSQL or another member.

const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update inside a Hocuspocus message, or null when the message carries none (awareness, step 1, auth…). */
export function updateOf(message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder); // document name
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
  return decoding.readVarUint8Array(decoder);
}

/** The entries an update touches: the root map's keys it sets or deletes, and those whose nested types change. */
function touchedKeys(map: Y.Map<unknown>, apply: () => void): Set<string> {
  const keys = new Set<string>();
  const observe = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      if (event.target === map) for (const key of event.keys.keys()) keys.add(key);
      else if (typeof event.path[0] === 'string') keys.add(event.path[0]);
    }
  };
  map.observeDeep(observe);
  try {
    apply();
  } finally {
    map.unobserveDeep(observe);
  }
  return keys;
}

const pick = (map: Y.Map<unknown>, keys: Iterable<string>) => {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = map.get(key);
    if (value !== undefined) out[key] = value instanceof Y.AbstractType ? value.toJSON() : value;
  }
  return out;
};

/**
 * Why the update is refused, or null. Only the entries the update touches are read as JSON and judged (a member
 * book shard holds thousands; a change carries a few).
 */
export function judgeUpdate(
  documentName: string,
  document: Y.Doc,
  update: Uint8Array,
  actor: Actor,
): string | null {
  if (!isTeamDocument(documentName)) return `unknown document ${documentName}`;
  if (kindOf(documentName) === 'members') return judgeMemberUpdate(documentName, document, update, actor);
  const probe = new Y.Doc();
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(document));
  const entries = probe.getMap(ENTRIES_MAP);
  let touched: Set<string>;
  try {
    touched = touchedKeys(entries, () => Y.applyUpdate(probe, update));
  } catch {
    return 'malformed update';
  }
  // Content for any other root type would bypass the rules: only the entries map exists.
  for (const name of probe.share.keys())
    if (name !== ENTRIES_MAP) return `${documentName}: unknown field ${name}`;
  return judgeChange(
    documentName,
    actor,
    pick(document.getMap(ENTRIES_MAP), touched),
    pick(entries, touched),
  );
}

/** A member book shard: members are root types (lib/team/member-share.ts); only the members touched are judged. */
function judgeMemberUpdate(
  name: TeamDocument,
  document: Y.Doc,
  update: Uint8Array,
  actor: Actor,
): string | null {
  const probe = new Y.Doc();
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(document));
  let touched: string[] = [];
  const listen = (transaction: Y.Transaction) => (touched = membersChangedBy(transaction));
  probe.on('afterTransaction', listen);
  try {
    Y.applyUpdate(probe, update);
  } catch {
    return 'malformed update';
  } finally {
    probe.off('afterTransaction', listen);
  }
  for (const root of probe.share.keys()) if (!memberOfRoot(root)) return `${name}: unknown field ${root}`;
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const id of touched) {
    before[id] = memberJson(document, id);
    after[id] = memberJson(probe, id);
  }
  return judgeChange(name, actor, before, after);
}
