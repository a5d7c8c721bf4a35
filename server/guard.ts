import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { ENTRIES_MAP, isTeamDocument } from '../lib/team/documents';
import { judgeChange, type Actor } from '../lib/team/policy';

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

/** Why the update is refused, or null. */
export function judgeUpdate(
  documentName: string,
  document: Y.Doc,
  update: Uint8Array,
  actor: Actor,
): string | null {
  if (!isTeamDocument(documentName)) return `unknown document ${documentName}`;
  const probe = new Y.Doc();
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(document));
  const before = probe.getMap(ENTRIES_MAP).toJSON();
  try {
    Y.applyUpdate(probe, update);
  } catch {
    return 'malformed update';
  }
  // Content for any other root type would bypass the rules: only the entries map exists.
  for (const name of probe.share.keys())
    if (name !== ENTRIES_MAP) return `${documentName}: unknown field ${name}`;
  return judgeChange(documentName, actor, before, probe.getMap(ENTRIES_MAP).toJSON());
}
