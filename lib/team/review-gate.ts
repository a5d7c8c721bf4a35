import type { ReviewPolicy, ReviewRequest } from './documents';
import type { BoxRole } from '../sites/types';
import type { PlatformId } from '../platforms';

// The review condition the publish gate asks about (the gate itself belongs to lib/assistant/gate.ts): a box the
// team's kit marks "review required" is held until a reviewer approved this member's EXACT text for that platform
// and box role. Any edit after the approval is another text and needs another approval.

/** Held states carry `overrideAllowed` when the team's kit lets a member post without approval, with a reason. */
export type ReviewState =
  | { kind: 'not-required' }
  | { kind: 'needed'; overrideAllowed?: boolean }
  | { kind: 'pending'; requestId: string; overrideAllowed?: boolean }
  | { kind: 'changes-requested'; requestId: string; comment?: string; overrideAllowed?: boolean }
  | { kind: 'approved'; requestId: string; approvalId: string };

export function reviewRequired(
  policy: ReviewPolicy | undefined,
  platform: PlatformId,
  boxRole: BoxRole,
): boolean {
  return policy?.[platform]?.includes(boxRole) ?? false;
}

/** The state of `text` in this box for `member`, from the shared review requests (newest request wins). */
export function reviewState(
  policy: ReviewPolicy | undefined,
  requests: Iterable<ReviewRequest>,
  box: { member: string; platform: PlatformId; boxRole: BoxRole; text: string },
  overrideAllowed = false,
): ReviewState {
  if (!reviewRequired(policy, box.platform, box.boxRole)) return { kind: 'not-required' };
  const held = overrideAllowed ? { overrideAllowed: true } : {};
  let newest: ReviewRequest | undefined;
  for (const request of requests) {
    if (
      request.requester !== box.member ||
      request.platform !== box.platform ||
      request.boxRole !== box.boxRole
    )
      continue;
    if (request.text !== box.text) continue;
    if (!newest || request.at > newest.at) newest = request;
  }
  if (!newest) return { kind: 'needed', ...held };
  if (!newest.decision) return { kind: 'pending', requestId: newest.id, ...held };
  if (newest.decision.state === 'approved')
    return { kind: 'approved', requestId: newest.id, approvalId: newest.decision.id };
  return { kind: 'changes-requested', requestId: newest.id, comment: newest.decision.comment, ...held };
}

/** What the gate does: hold unless approved; a publish that goes through carries the approval id. */
export function reviewGate(state: ReviewState): { hold: boolean; approvalId?: string } {
  if (state.kind === 'not-required') return { hold: false };
  if (state.kind === 'approved') return { hold: false, approvalId: state.approvalId };
  return { hold: true };
}
