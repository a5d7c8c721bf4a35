import type { HandlersOf } from '../message-table';
import type { KeyValueArea } from '../records/outbox';
import type { TeamBackground } from './background';
import { loadConnection } from './connection';
import { ReviewRequest, type ReviewDecision } from './documents';
import { TEAM_KITS_KEY, TEAM_REVIEWS_KEY, type TeamKits } from './mirror';
import { judgeChange } from './policy';
import { reviewState } from './review-gate';
import { teamMessages } from './protocol';

// Review before publishing, in the background: the badge asks a draft's state and sends requests, the dashboard's
// queue sends decisions. Requests and decisions go into the shared `reviews` document, so they queue offline in
// IndexedDB and reach the server on reconnect; the server judges them again (lib/team/policy.ts).

type ReviewHandlers = Pick<
  HandlersOf<typeof teamMessages>,
  'team.review.state' | 'team.review.request' | 'team.review.decide'
>;

export function createReviewHandlers(team: TeamBackground, area: KeyValueArea): ReviewHandlers {
  return {
    'team.review.state': async (box) => {
      const connection = await loadConnection(area);
      if (!connection) return { kind: 'not-required' as const };
      const stored = await area.get([TEAM_KITS_KEY, TEAM_REVIEWS_KEY]);
      const kits = stored[TEAM_KITS_KEY] as TeamKits | undefined;
      const requests = (stored[TEAM_REVIEWS_KEY] as ReviewRequest[] | undefined) ?? [];
      return reviewState(
        kits?.review,
        requests,
        { ...box, member: connection.member },
        kits?.reviewOverride === true,
      );
    },
    'team.review.request': async (box) => {
      const connection = await loadConnection(area);
      const sync = team.current();
      if (!connection || !sync) return { ok: false as const, reason: 'not connected to a team server' };
      const request: ReviewRequest = {
        id: `review-${crypto.randomUUID()}`,
        requester: connection.member,
        at: Date.now(),
        ...box,
      };
      const refused = judgeChange('reviews', connection, {}, { [request.id]: request });
      if (refused) return { ok: false as const, reason: refused };
      sync.entries('reviews').set(request.id, request);
      return { ok: true as const, id: request.id };
    },
    'team.review.decide': async ({ id, state, comment }) => {
      const connection = await loadConnection(area);
      const sync = team.current();
      if (!connection || !sync) return { ok: false as const, reason: 'not connected to a team server' };
      const entries = sync.entries('reviews');
      const before = ReviewRequest.safeParse(entries.get(id));
      if (!before.success) return { ok: false as const, reason: `reviews/${id}: no such request` };
      const decision: ReviewDecision = {
        id: `approval-${crypto.randomUUID()}`,
        by: connection.member,
        state,
        at: Date.now(),
        ...(comment ? { comment } : {}),
      };
      const after = { ...before.data, decision };
      // Told here already (own request, wrong role, decided twice); the server refuses the same for anyone.
      const refused = judgeChange('reviews', connection, { [id]: before.data }, { [id]: after });
      if (refused) return { ok: false as const, reason: refused };
      entries.set(id, after);
      return { ok: true as const };
    },
  };
}
