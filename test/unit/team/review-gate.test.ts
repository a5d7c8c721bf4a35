import { describe, expect, it } from 'vitest';
import { reviewGate, reviewRequired, reviewState } from '@/lib/team/review-gate';
import type { ReviewPolicy, ReviewRequest } from '@/lib/team/documents';
import { teamKitsOf } from '@/lib/team/mirror';

const policy: ReviewPolicy = { weibo: ['post'], wechat: ['post', 'reply'] };
const box = {
  member: 'mo',
  platform: 'weibo' as const,
  boxRole: 'post' as const,
  text: 'Our new season starts today.',
};
const request = (id: string, extra: Partial<ReviewRequest> = {}): ReviewRequest => ({
  id,
  requester: 'mo',
  text: box.text,
  platform: 'weibo',
  boxRole: 'post',
  url: 'https://weibo.com/compose',
  at: 1000,
  ...extra,
});
const approval = (id: string) => ({ id, by: 'rex', state: 'approved' as const, at: 2000 });

describe('review before publishing', () => {
  it('applies per platform and box role', () => {
    expect(reviewRequired(policy, 'weibo', 'post')).toBe(true);
    expect(reviewRequired(policy, 'weibo', 'reply')).toBe(false);
    expect(reviewRequired(policy, 'x', 'post')).toBe(false);
    expect(reviewRequired(undefined, 'weibo', 'post')).toBe(false);
    expect(reviewGate(reviewState(policy, [], { ...box, boxRole: 'reply' }))).toEqual({ hold: false });
  });

  it('holds until the exact text is approved, then lets it through with the approval id', () => {
    expect(reviewGate(reviewState(policy, [], box))).toEqual({ hold: true });
    expect(reviewState(policy, [request('req-00001')], box)).toEqual({
      kind: 'pending',
      requestId: 'req-00001',
    });
    const approved = [request('req-00001', { decision: approval('apv-00001') })];
    expect(reviewGate(reviewState(policy, approved, box))).toEqual({ hold: false, approvalId: 'apv-00001' });
  });

  it('an edit after approval is another text: held again', () => {
    const approved = [request('req-00001', { decision: approval('apv-00001') })];
    expect(reviewGate(reviewState(policy, approved, { ...box, text: `${box.text} ` }))).toEqual({
      hold: true,
    });
    expect(reviewState(policy, approved, { ...box, text: 'Our new season starts today!' }).kind).toBe(
      'needed',
    );
  });

  it("another member's approval, another platform or box role never counts", () => {
    const others = [
      request('req-00002', { requester: 'mei', decision: approval('apv-00002') }),
      request('req-00003', { platform: 'wechat', decision: approval('apv-00003') }),
      request('req-00004', { boxRole: 'reply', decision: approval('apv-00004') }),
    ];
    expect(reviewGate(reviewState(policy, others, box))).toEqual({ hold: true });
  });

  it('changes requested holds, with the comment; the newest request for the text wins', () => {
    const changes = request('req-00005', {
      at: 3000,
      decision: { id: 'dec-00005', by: 'rex', state: 'changes-requested', comment: 'Add the date', at: 3500 },
    });
    expect(reviewState(policy, [changes], box)).toEqual({
      kind: 'changes-requested',
      requestId: 'req-00005',
      comment: 'Add the date',
    });
    const later = request('req-00006', { at: 4000, decision: approval('apv-00006') });
    expect(reviewGate(reviewState(policy, [changes, later], box))).toEqual({
      hold: false,
      approvalId: 'apv-00006',
    });
  });

  it("held states say when the team's kit allows posting without review with a reason; approval never needs it", () => {
    expect(reviewState(policy, [], box, true)).toEqual({ kind: 'needed', overrideAllowed: true });
    expect(reviewState(policy, [], box)).toEqual({ kind: 'needed' });
    expect(reviewState(policy, [request('r1')], box, true)).toEqual({
      kind: 'pending',
      requestId: 'r1',
      overrideAllowed: true,
    });
    expect(reviewState(policy, [request('r1', { decision: approval('a1') })], box, true)).toEqual({
      kind: 'approved',
      requestId: 'r1',
      approvalId: 'a1',
    });
    expect(reviewState(policy, [], { ...box, platform: 'x' }, true)).toEqual({ kind: 'not-required' });
  });

  it('the override is in force only when every team kit with review rules allows it', () => {
    const kit = (name: string) => ({ version: 2, profile: { name }, bannedTerms: [] });
    expect(
      teamKitsOf({ a: { kit: kit('A'), review: { weibo: ['post'] }, reviewOverride: true } }).reviewOverride,
    ).toBe(true);
    expect(
      teamKitsOf({
        a: { kit: kit('A'), review: { weibo: ['post'] }, reviewOverride: true },
        b: { kit: kit('B'), review: { wechat: ['post'] } },
      }).reviewOverride,
    ).toBe(false);
    // A kit without rules has nothing to override and does not veto.
    expect(
      teamKitsOf({
        a: { kit: kit('A'), review: { weibo: ['post'] }, reviewOverride: true },
        b: { kit: kit('B') },
      }).reviewOverride,
    ).toBe(true);
    expect(teamKitsOf({ a: { kit: kit('A'), reviewOverride: true } }).reviewOverride).toBe(false);
  });
});
