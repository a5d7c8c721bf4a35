// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchReplyQueue, type ScanDeps, type ThreadSync } from '@/lib/community/thread-scan';
import { replyChips } from '@/lib/community/reply-chips';
import type { SeenComment } from '@/lib/community/queue';
import type { SiteAdapter } from '@/lib/sites/types';
import { matchesAround } from '@/lib/sites/dom';

// The reply queue's in-page scan after the first one reads only what a mutation touched: a site-like thread of
// `.comment` elements, an adapter that counts what it is asked, and a background that answers every comment waiting.

const COMMENT = '#thread .comment';

function commentEl(author: string, text: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'comment';
  el.innerHTML = `<b class="author"></b><span class="text"></span>`;
  el.querySelector('.author')!.textContent = author;
  el.querySelector('.text')!.textContent = text;
  return el;
}

function setUp(comments: Array<[string, string]>) {
  document.body.innerHTML = '<main><h1>Launch day</h1><section id="thread"></section></main>';
  const thread = document.getElementById('thread')!;
  thread.append(...comments.map(([author, text]) => commentEl(author, text)));
  const calls = { comments: 0, contexts: 0 };
  const adapter = {
    id: 'weibo',
    pageKind: () => 'post',
    postAuthor: () => '@brand',
    comments: (doc: Document) => (calls.comments++, [...doc.querySelectorAll(COMMENT)]),
    commentsIn: (nodes: readonly Element[]) => matchesAround(nodes, COMMENT),
    commentContext: (el: Element) => (
      calls.contexts++,
      {
        author: el.querySelector('.author')?.textContent ?? '',
        text: el.querySelector('.text')?.textContent ?? '',
      }
    ),
  } as unknown as SiteAdapter;
  const sent: SeenComment[][] = [];
  let onQueue: ((stored: unknown) => void) | undefined;
  const deps: ScanDeps = {
    adapter,
    document,
    ownHandles: async () => ['@brand'],
    knownPost: async () => true,
    settleMs: 0,
    sync: async ({ comments }): Promise<ThreadSync> => {
      sent.push(comments);
      return {
        targetMs: 3_600_000,
        states: comments.map((c) => ({ key: c.key, state: 'waiting', firstSeen: 1 })),
      };
    },
    onQueueChanged: (listener) => (onQueue = listener),
  };
  const controller = new AbortController();
  watchReplyQueue(deps, controller.signal);
  return { thread, calls, sent, controller, queue: (stored: unknown) => onQueue!(stored) };
}

const settle = async () => {
  // Mutation callbacks are microtasks; the scan waits settleMs (0) and yields once per slice.
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 5));
};
const chipTexts = () => replyChips.all().map((chip) => chip.element.querySelector('.text')?.textContent);

let stop: AbortController | undefined;
afterEach(() => {
  stop?.abort();
  document.body.innerHTML = '';
});

describe('reply-queue scan: incremental after the first', () => {
  it('reads the thread once, then only the comment a change added; the brand’s own reply is never sent', async () => {
    const page = setUp([
      ['@ann', 'Where is my order?'],
      ['@ben', 'Love it'],
      ['@brand', 'Thanks Ben!'],
    ]);
    stop = page.controller;
    await vi.waitFor(() => expect(page.sent).toHaveLength(1));
    expect(page.sent[0].map((c) => c.author)).toEqual(['@ann', '@ben']);
    expect(page.calls).toEqual({ comments: 1, contexts: 3 });
    expect(chipTexts()).toEqual(['Where is my order?', 'Love it']);
    const before = replyChips.all();

    page.thread.append(commentEl('@cat', 'When is the sale?'));
    await vi.waitFor(() => expect(page.sent).toHaveLength(2));
    expect(page.sent[1].map((c) => c.author)).toEqual(['@cat']);
    // No second read of the whole thread, one context read: the new comment's.
    expect(page.calls).toEqual({ comments: 1, contexts: 4 });
    await vi.waitFor(() =>
      expect(chipTexts()).toEqual(['Where is my order?', 'Love it', 'When is the sale?']),
    );
    // The unchanged comments keep their chip objects, so their (memoised) chips are not drawn again.
    expect(replyChips.all()[0]).toBe(before[0]);
    expect(replyChips.all()[1]).toBe(before[1]);
  });

  it('a change outside the thread reads nothing and sends nothing', async () => {
    const page = setUp([['@ann', 'Where is my order?']]);
    stop = page.controller;
    await vi.waitFor(() => expect(page.sent).toHaveLength(1));
    const toast = document.createElement('div');
    toast.textContent = 'Saved';
    document.body.append(toast);
    document.querySelector('h1')!.textContent = 'Launch day!';
    await settle();
    expect(page.calls).toEqual({ comments: 1, contexts: 1 });
    expect(page.sent).toHaveLength(1);
  });

  it('a removed comment loses its chip; a re-rendered one (same comment, new element) is read once and not re-sent', async () => {
    const page = setUp([
      ['@ann', 'Where is my order?'],
      ['@ben', 'Love it'],
    ]);
    stop = page.controller;
    await vi.waitFor(() => expect(chipTexts()).toHaveLength(2));

    const [ann, ben] = page.thread.querySelectorAll('.comment');
    ann.remove();
    await vi.waitFor(() => expect(chipTexts()).toEqual(['Love it']));

    const again = commentEl('@ben', 'Love it');
    ben.replaceWith(again);
    await vi.waitFor(() => {
      expect(replyChips.all()).toHaveLength(1);
      expect(replyChips.all()[0].element).toBe(again); // toEqual would match the old element too
    });
    expect(page.sent).toHaveLength(1);
    expect(page.calls).toEqual({ comments: 1, contexts: 3 });

    // Its text edited in place: the comment it sits in is read again, and reported as the comment it now is.
    again.querySelector('.text')!.textContent = 'Love it, but the price…';
    await vi.waitFor(() => expect(page.sent).toHaveLength(2));
    expect(page.sent[1].map((c) => c.excerpt)).toEqual(['Love it, but the price…']);
  });

  it('an answered comment takes its state from the stored queue, with no message and no read', async () => {
    const page = setUp([
      ['@ann', 'Where is my order?'],
      ['@ben', 'Love it'],
    ]);
    stop = page.controller;
    await vi.waitFor(() => expect(page.sent).toHaveLength(1));
    const [ann, ben] = page.sent[0];
    page.queue({
      version: 1,
      entries: {
        [ann.key]: { ...ann, state: 'answered', firstSeen: 1 },
        [ben.key]: { ...ben, state: 'waiting', firstSeen: 1 },
      },
      backlog: [],
    });
    await vi.waitFor(() =>
      expect(replyChips.all().map((chip) => chip.state)).toEqual(['answered', 'waiting']),
    );
    expect(page.sent).toHaveLength(1);
    expect(page.calls).toEqual({ comments: 1, contexts: 2 });
  });

  it('a write that names its changed keys redraws only those comments’ chips', async () => {
    const page = setUp([
      ['@ann', 'Where is my order?'],
      ['@ben', 'Love it'],
    ]);
    stop = page.controller;
    await vi.waitFor(() => expect(replyChips.size).toBe(2));
    const [ann, ben] = page.sent[0];
    const annChip = replyChips.all()[0];
    const moved: string[] = [];
    const unsubscribe = replyChips.subscribe((set) => moved.push(...set.map((chip) => chip.key)));
    // Ann's entry reads differently too, but the write names only Ben's: Ann's chip is not looked at.
    page.queue({
      version: 1,
      entries: {
        [ann.key]: { ...ann, state: 'answered', firstSeen: 1 },
        [ben.key]: { ...ben, state: 'dismissed', firstSeen: 1 },
      },
      backlog: [],
      changed: [ben.key],
    });
    unsubscribe();
    expect(moved).toEqual([ben.key]);
    expect(replyChips.all().map((chip) => chip.state)).toEqual(['waiting', 'dismissed']);
    expect(replyChips.all()[0]).toBe(annChip);
    expect(page.sent).toHaveLength(1);
  });
});
