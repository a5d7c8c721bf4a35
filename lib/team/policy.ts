import { parseBrandKit } from '../engine/schema';
import { formatPath } from '../field-path';
import { maskPersonalData } from '../records/mask';
import { memberId } from '../community/members/member';
import {
  ENTRY_SCHEMAS,
  kindOf,
  type DocumentKind,
  type SharedMember,
  type TeamDocument,
  type TeamPause,
} from './documents';
import { roleRefusal as refusal, STEERING_ROLES, type Role } from './roles';

// The one rulebook of who may change what in the team documents. The server runs it on every incoming update
// (against the document as it would be after the update); the extension may run it first to explain a refusal.

export interface Actor {
  member: string;
  role: Role;
}

type Entries = Record<string, unknown>;

/**
 * Which role may write a document at all; `reviews` is open to everyone and judged entry by entry. The member
 * book (`members-*`) is the community managers' (admin, planner, member); a reviewer reads it only. Every role
 * reads every document.
 */
export const WRITERS: Record<DocumentKind, readonly Role[]> = {
  kits: ['admin'],
  calendar: ['planner'],
  templates: ['planner'],
  reviews: ['admin', 'planner', 'reviewer', 'member'],
  members: ['admin', 'planner', 'member'],
  // The crisis pause: the roles that steer publishing (issue 21 point 4); a member sees it and cannot switch it.
  pause: STEERING_ROLES,
};

export const mayWrite = (doc: TeamDocument, role: Role) => WRITERS[kindOf(doc)].includes(role);

/** The refusal of a role that may not write a document at all (its words live beside the roles). */
export const roleRefusal = (doc: TeamDocument, role: Role) => refusal(doc, role);

/** A member's activity in the team's book: at most this many comments and replies each. */
export const MAX_ACTIVITY = 10_000;

/** JSON with sorted keys, so two equal entries compare equal whatever order their fields were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Entries)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface Change {
  key: string;
  before: unknown;
  after: unknown;
}

export function changedEntries(before: Entries, after: Entries): Change[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: Change[] = [];
  for (const key of keys) {
    if (canonical(before[key]) !== canonical(after[key]))
      changes.push({ key, before: before[key], after: after[key] });
  }
  return changes;
}

function schemaError(doc: TeamDocument, key: string, value: unknown): string | null {
  const result = ENTRY_SCHEMAS[kindOf(doc)].safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    return `${doc}/${key}: invalid entry at ${formatPath(issue.path) || '(root)'}: ${issue.message}`;
  }
  if (doc === 'kits') {
    const kit = parseBrandKit((value as { kit: unknown }).kit);
    if (!kit.ok) return `${doc}/${key}: invalid kit at ${kit.errors[0].path}: ${kit.errors[0].message}`;
  }
  if ((value as { id?: unknown }).id !== undefined && (value as { id?: unknown }).id !== key) {
    return `${doc}/${key}: entry id does not match its key`;
  }
  return null;
}

function judgeReview(actor: Actor, { key, before, after }: Change): string | null {
  if (after === undefined) {
    const request = before as { requester?: string; decision?: unknown };
    if (request.requester === actor.member && !request.decision) return null;
    return `reviews/${key}: only the requester may withdraw a request, and only before a decision`;
  }
  const next = after as { requester: string; decision?: { by: string } };
  if (before === undefined) {
    if (next.requester !== actor.member) return `reviews/${key}: a request must name its sender as requester`;
    if (next.decision) return `reviews/${key}: a new request cannot carry a decision`;
    return null;
  }
  const previous = before as { decision?: unknown };
  const { decision: _old, ...requestBefore } = previous as Entries;
  const { decision: _new, ...requestAfter } = next as unknown as Entries;
  if (canonical(requestBefore) !== canonical(requestAfter))
    return `reviews/${key}: a sent request cannot be edited`;
  if (actor.role !== 'reviewer') return `reviews/${key}: only a reviewer may decide on a request`;
  if (previous.decision) return `reviews/${key}: this request was already decided`;
  if (!next.decision) return `reviews/${key}: a decision cannot be removed`;
  if (next.decision.by !== actor.member) return `reviews/${key}: a decision must name its reviewer`;
  if (next.requester === actor.member) return `reviews/${key}: a reviewer cannot approve their own request`;
  return null;
}

/**
 * A member of the team's book: keyed by its own id; its activity only grows (a recorded comment is never rewritten
 * or taken back) and a `~manager:n` key (activity from before the book was shared) is only its manager's to add;
 * notes arrive masked (the log's masking, built-in detectors); only an admin removes a member.
 */
function judgeMember(doc: TeamDocument, actor: Actor, { key, before, after }: Change): string | null {
  if (after === undefined)
    return actor.role === 'admin'
      ? null
      : `${doc}/${key}: only an admin may remove a member from the team's book`;
  const next = after as SharedMember;
  if (memberId(next.platform, next.handle) !== key) return `${doc}/${key}: entry id does not match its key`;
  const was = (before as SharedMember | undefined)?.activity ?? {};
  const now = next.activity ?? {};
  for (const [k, at] of Object.entries(was))
    if (now[k] !== at) return `${doc}/${key}: recorded activity cannot be changed or removed (${k})`;
  const mine = `~${actor.member}:`;
  for (const k of Object.keys(now))
    if (!(k in was) && k.includes('~') && !k.slice(2).startsWith(mine))
      return `${doc}/${key}: ${k} is another manager's activity`;
  if (Object.keys(now).length > MAX_ACTIVITY) return `${doc}/${key}: more than ${MAX_ACTIVITY} activities`;
  if (next.notes && maskPersonalData(next.notes).text !== next.notes)
    return `${doc}/${key}: notes must have personal data masked`;
  return null;
}

/**
 * A team pause: switched on in the switcher's own name; afterwards only switched off, once, in the switcher-off's
 * own name (`endedAt`, `endedBy` added, nothing else changed). The history stays: the reports show who and when.
 */
function judgePause(actor: Actor, { key, before, after }: Change): string | null {
  if (after === undefined) return `pause/${key}: a pause stays in the team's history`;
  const next = after as TeamPause;
  if (before === undefined) {
    if (next.by !== actor.member) return `pause/${key}: a pause must name its switcher in by`;
    if (next.endedAt !== undefined || next.endedBy !== undefined)
      return `pause/${key}: a new pause cannot be switched off already`;
    return null;
  }
  const was = before as TeamPause;
  if (was.endedAt !== undefined) return `pause/${key}: this pause was already switched off`;
  const { endedAt, endedBy, ...rest } = next;
  if (canonical(rest) !== canonical(was)) return `pause/${key}: only switching it off may change a pause`;
  if (endedAt === undefined || endedBy !== actor.member)
    return `pause/${key}: switching off must name its switcher in endedBy`;
  return null;
}

/**
 * Why `actor` may not turn `before` into `after` (the first reason), or null when the change is allowed.
 * Removed entries are not schema-checked; added and changed ones always are.
 */
export function judgeChange(doc: TeamDocument, actor: Actor, before: Entries, after: Entries): string | null {
  const changes = changedEntries(before, after);
  if (!changes.length) return null;
  if (!mayWrite(doc, actor.role)) return roleRefusal(doc, actor.role);
  for (const change of changes) {
    if (change.after !== undefined) {
      const invalid = schemaError(doc, change.key, change.after);
      if (invalid) return invalid;
    }
    const kind = kindOf(doc);
    const refused =
      kind === 'reviews'
        ? judgeReview(actor, change)
        : kind === 'members'
          ? judgeMember(doc, actor, change)
          : kind === 'pause'
            ? judgePause(actor, change)
            : null;
    if (refused) return refused;
  }
  return null;
}
