// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { activityRecordSchema, type ActivityRecord } from '@/lib/records/schema';
import {
  commentHolding,
  hoveredComment,
  openTagging,
  saveFeedback,
  startFeedbackTagging,
  taggedComments,
  taggingTarget,
} from '@/lib/assistant/feedback';
import { xAdapter } from '@/lib/sites/x';
import { youtubeAdapter } from '@/lib/sites/youtube';
import { loadSnapshot } from '../sites/snapshot';

// Feedback tagging's logic without the overlay: which comment the pointer is on, and the record a save makes.
let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
});

describe('feedback tagging', () => {
  it('finds the innermost comment holding a node', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="a"><p id="pa">x</p><div id="b"><p id="pb">y</p></div></div><p id="out">z</p>',
      'text/html',
    );
    const [a, b] = [doc.getElementById('a')!, doc.getElementById('b')!];
    expect(commentHolding(doc.getElementById('pb')!, new Set([a, b]))).toBe(b);
    expect(commentHolding(doc.getElementById('pb')!, new Set([b, a]))).toBe(b);
    expect(commentHolding(doc.getElementById('pa')!, new Set([a, b]))).toBe(a);
    expect(commentHolding(doc.getElementById('out')!, new Set([a, b]))).toBeNull();
  });

  it('tracks the hovered comment and saves one feedback record with its author and text', async () => {
    const doc = loadSnapshot('x-status');
    const stored: ActivityRecord[] = [];
    startFeedbackTagging(
      {
        adapter: xAdapter,
        document: doc,
        enqueue: async (r) => void stored.push(activityRecordSchema().parse(r)),
      },
      controller.signal,
    );
    const reply = xAdapter.comments!(doc)[0];
    reply
      .querySelector('[data-testid="tweetText"]')!
      .dispatchEvent(new Event('pointermove', { bubbles: true }));
    expect(hoveredComment.value).toBe(reply);
    doc.getElementById('conversation-heading')!.dispatchEvent(new Event('pointermove', { bubbles: true }));
    expect(hoveredComment.value).toBeNull();

    openTagging(reply);
    const id = taggingTarget.value!.recordId;
    await saveFeedback('complaint', '  Escalate to support  ', Date.UTC(2025, 2, 3));
    expect(stored).toEqual([
      {
        id,
        at: Date.UTC(2025, 2, 3),
        platform: 'x',
        kind: 'feedback',
        tag: 'complaint',
        note: 'Escalate to support',
        url: 'https://x.com/alice/status/2',
        postId: undefined,
        commentAuthor: '@alice',
        commentText: 'My order still has not arrived, this is the worst service ever',
      },
    ]);
    expect(taggingTarget.value).toBeNull();
    expect(taggedComments.value.has(reply)).toBe(true);
    // Nothing open: a second save writes nothing.
    await saveFeedback('praise', '');
    expect(stored).toHaveLength(1);
  });

  it('stays off on sites without a comment reader and stops on abort', async () => {
    const doc = loadSnapshot('youtube-watch');
    startFeedbackTagging(
      { adapter: { ...youtubeAdapter, comments: undefined }, document: doc, enqueue: async () => undefined },
      controller.signal,
    );
    doc.querySelector('#content-text')!.dispatchEvent(new Event('pointermove', { bubbles: true }));
    expect(hoveredComment.value).toBeNull();
    controller.abort();
    controller = new AbortController();
    startFeedbackTagging(
      { adapter: youtubeAdapter, document: doc, enqueue: async () => undefined },
      controller.signal,
    );
    doc.querySelector('#content-text')!.dispatchEvent(new Event('pointermove', { bubbles: true }));
    expect(hoveredComment.value?.tagName).toBe('YTD-COMMENT-VIEW-MODEL');
    controller.abort();
    expect(hoveredComment.value).toBeNull();
  });
});
