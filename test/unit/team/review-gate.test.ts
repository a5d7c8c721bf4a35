import { describe, expect, it } from 'vitest';
import { reviewGate, reviewRequired, reviewState } from '@/lib/team/review-gate';
import type { ReviewPolicy, ReviewRequest } from '@/lib/team/documents';

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
});
