import { signal } from '@preact/signals-react';
import { send } from '@/lib/messaging/client';
import type { ReviewState } from '@/lib/team/review-gate';
import type { BoxSession } from './box-session';

// Review before publishing, in the page (issue 20). Whether a box needs a reviewer's approval is asked when it
// becomes the active box (the team kit's policy, per platform and box role; without a team the answer is
// always "not required" and nothing else happens), so the gate knows it synchronously at submit time. The
// draft's own state is asked only when a submit is held or the badge's "Request review" is used.

/** Per platform and box role, whether review is required (a signal: the badge shows its button when known). */
const required = signal<Record<string, boolean>>({});
const setRequired = (session: BoxSession, value: boolean) => {
  if (required.peek()[keyOf(session)] !== value)
    required.value = { ...required.peek(), [keyOf(session)]: value };
};
const keyOf = (session: BoxSession) => `${session.platform}|${session.box.role}`;

/**
 * The review state of the active box's last asked draft, shown beside the badge; after a held submit, where the
 * team allows it, the way to post it without review with a reason.
 */
export const reviewNotice = signal<{
  session: BoxSession;
  state: ReviewState;
  postWithoutReview?: (reason: string, via: Event) => void;
} | null>(null);

export const reviewRequiredFor = (session: BoxSession): boolean => required.value[keyOf(session)] ?? false;

const ask = (session: BoxSession, text: string) =>
  send('team.review.state', { platform: session.platform, boxRole: session.box.role, text });

/** Called when a box becomes active. */
export async function refreshReviewRequired(session: BoxSession): Promise<void> {
  const state = await ask(session, '');
  setRequired(session, state.kind !== 'not-required');
}

export async function reviewStateOf(session: BoxSession, text: string): Promise<ReviewState> {
  const state = await ask(session, text);
  setRequired(session, state.kind !== 'not-required');
  reviewNotice.value = { session, state };
  return state;
}

/** "Request review": this exact draft goes to the team's reviewers. */
export async function requestReview(session: BoxSession): Promise<void> {
  const text = session.snapshot().text;
  if (!text.trim()) return;
  const result = await send('team.review.request', {
    platform: session.platform,
    boxRole: session.box.role,
    text,
    url: location.href,
  });
  if (result.ok) reviewNotice.value = { session, state: { kind: 'pending', requestId: result.id } };
}
