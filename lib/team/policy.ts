import { parseBrandKit } from '../engine/schema';
import { formatPath } from '../field-path';
import { ENTRY_SCHEMAS, type TeamDocument } from './documents';
import type { Role } from './roles';

// The one rulebook of who may change what in the team documents. The server runs it on every incoming update
// (against the document as it would be after the update); the extension may run it first to explain a refusal.

export interface Actor {
  member: string;
  role: Role;
}

type Entries = Record<string, unknown>;

/** Which role may write a document at all; `reviews` is open to everyone and judged entry by entry. */
export const WRITERS: Record<TeamDocument, readonly Role[]> = {
  kits: ['admin'],
  calendar: ['planner'],
  templates: ['planner'],
  reviews: ['admin', 'planner', 'reviewer', 'member'],
};

export const mayWrite = (doc: TeamDocument, role: Role) => WRITERS[doc].includes(role);

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
  const result = ENTRY_SCHEMAS[doc].safeParse(value);
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
 * Why `actor` may not turn `before` into `after` (the first reason), or null when the change is allowed.
 * Removed entries are not schema-checked; added and changed ones always are.
 */
export function judgeChange(doc: TeamDocument, actor: Actor, before: Entries, after: Entries): string | null {
  const changes = changedEntries(before, after);
  if (!changes.length) return null;
  if (!mayWrite(doc, actor.role)) return `${doc}: the ${actor.role} role may not change this document`;
  for (const change of changes) {
    if (change.after !== undefined) {
      const invalid = schemaError(doc, change.key, change.after);
      if (invalid) return invalid;
    }
    if (doc === 'reviews') {
      const refused = judgeReview(actor, change);
      if (refused) return refused;
    }
  }
  return null;
}
