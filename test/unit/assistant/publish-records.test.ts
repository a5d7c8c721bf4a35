import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/engine';
import type { BoxSession, PublishEvent } from '@/lib/assistant/box-session';
import { overrideRecord, recordsForPublish } from '@/lib/assistant/publish-records';
import { textHash } from '@/lib/assistant/publish-detector';
import { activityRecordSchema } from '@/lib/records/schema';
import type { BoxRole } from '@/lib/sites/types';

// The records one publish writes. Timestamps are those of the X fixture's focal post (2025-03-01T08:00:00Z).
const ANSWERED_AT = Date.parse('2025-03-01T08:00:00.000Z');
const PUBLISHED_AT = ANSWERED_AT + 95 * 60_000;

const session = (role: BoxRole) => ({ platform: 'x', box: { role, field: 'body' } }) as unknown as BoxSession;

const finding = (ruleId: string, severity: Finding['severity'], category = 'profanity'): Finding => ({
  ruleId,
  severity,
  category,
  kind: 'term',
  list: 'banned',
  start: 0,
  end: 1,
  text: 'x',
  message: { en: '', zh: '' },
  explanation: { en: '', zh: '' },
  suggestions: [],
});

function event(patch: Partial<PublishEvent> = {}): PublishEvent {
  return {
    intent: { text: 'Thanks for waiting!', hash: textHash('Thanks for waiting!'), at: PUBLISHED_AT },
    findings: [],
    templateIds: [],
    thread: null,
    caught: [],
    confirmedBySite: false,
    ...patch,
  };
}

describe('records for a publish', () => {
  it('a reply carries who and when it answered, and the response time from that timestamp', () => {
    const thread = {
      author: '@onbrand',
      at: ANSWERED_AT,
      url: 'https://x.com/onbrand/status/1',
      text: 'We just shipped v2',
    };
    const [record, ...rest] = recordsForPublish(
      session('reply'),
      event({ thread }),
      'https://x.com/onbrand/status/1',
    );
    expect(rest).toEqual([]);
    expect(record).toMatchObject({
      kind: 'publish',
      postKind: 'reply',
      platform: 'x',
      at: PUBLISHED_AT,
      url: 'https://x.com/onbrand/status/1',
      repliedTo: { author: '@onbrand', at: ANSWERED_AT, url: 'https://x.com/onbrand/status/1' },
      responseMs: 95 * 60_000,
    });
    // The answered text stays on the page: it is someone else's words.
    expect(JSON.stringify(record)).not.toContain('We just shipped');
    expect(activityRecordSchema().safeParse(record).success).toBe(true);
  });

  it('no response time when the thread has no time, or a time after the publish (clock skew, a wrong parse)', () => {
    const [noTime] = recordsForPublish(session('reply'), event({ thread: { author: 'a' } }), 'u');
    expect(noTime).toMatchObject({ repliedTo: { author: 'a' } });
    expect(noTime.kind === 'publish' && noTime.responseMs).toBeUndefined();
    const [future] = recordsForPublish(session('reply'), event({ thread: { at: PUBLISHED_AT + 1 } }), 'u');
    expect(future.kind === 'publish' && future.responseMs).toBeUndefined();
    const [same] = recordsForPublish(session('reply'), event({ thread: { at: PUBLISHED_AT } }), 'u');
    expect(same.kind === 'publish' && same.responseMs).toBe(0);
  });

  it('a post has neither', () => {
    const [post] = recordsForPublish(session('post'), event(), 'https://x.com/home');
    expect(post).toMatchObject({ kind: 'publish', postKind: 'post' });
    expect(post.kind === 'publish' && [post.repliedTo, post.responseMs]).toEqual([undefined, undefined]);
  });

  it('counts findings per rule, sorted, and adds a check summary of what was caught on the way', () => {
    const records = recordsForPublish(
      session('post'),
      event({
        findings: [finding('banned:b', 'warn'), finding('banned:a', 'block'), finding('banned:b', 'warn')],
        caught: [finding('tone:caps', 'info', 'tone')],
        overrideReason: 'Quoting the customer',
        templateIds: ['tpl-1'],
      }),
      'u',
    );
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      findings: [
        { ruleId: 'banned:a', severity: 'block', category: 'profanity', count: 1 },
        { ruleId: 'banned:b', severity: 'warn', category: 'profanity', count: 2 },
      ],
      overrideReason: 'Quoting the customer',
      templateIds: ['tpl-1'],
      text: 'Thanks for waiting!',
    });
    expect(records[1]).toMatchObject({
      kind: 'check-summary',
      at: PUBLISHED_AT,
      platform: 'x',
      findings: [{ ruleId: 'tone:caps', severity: 'info', category: 'tone', count: 1 }],
    });
    expect(records[0].id).not.toBe(records[1].id);
  });

  it('an override record names the reason and the rules', () => {
    const record = overrideRecord(
      session('reply'),
      'Legal approved',
      ['banned:a'],
      'https://x.com/onbrand/status/1',
    );
    expect(record).toMatchObject({
      kind: 'gate-override',
      platform: 'x',
      reason: 'Legal approved',
      ruleIds: ['banned:a'],
      url: 'https://x.com/onbrand/status/1',
    });
    expect(Math.abs(record.at - Date.now())).toBeLessThan(5_000);
  });
});
