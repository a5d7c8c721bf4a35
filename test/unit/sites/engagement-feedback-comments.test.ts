// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SiteAdapter } from '@/lib/sites/types';
import { xAdapter } from '@/lib/sites/x';
import { youtubeAdapter } from '@/lib/sites/youtube';
import { weiboAdapter } from '@/lib/sites/weibo';
import { bilibiliAdapter } from '@/lib/sites/bilibili';
import { redditAdapter } from '@/lib/sites/reddit';
import { zhihuAdapter } from '@/lib/sites/zhihu';
import { loadSnapshot } from './snapshot';

// Feedback tagging reads the comments of a thread through the adapters; these are the saved fixture pages.
function read(adapter: SiteAdapter, snapshot: string) {
  const doc = loadSnapshot(snapshot);
  return adapter.comments!(doc).map((comment) => adapter.commentContext!(comment));
}

describe('comment reading for feedback tagging', () => {
  it('X: the replies under the focal post, not the focal post itself', () => {
    expect(read(xAdapter, 'x-status')).toEqual([
      {
        author: '@alice',
        at: Date.parse('2025-03-01T09:12:00.000Z'),
        url: 'https://x.com/alice/status/2',
        text: 'My order still has not arrived, this is the worst service ever',
      },
      {
        author: '@carlos_dev',
        at: Date.parse('2025-03-01T10:45:00.000Z'),
        url: 'https://x.com/carlos_dev/status/3',
        text: 'Congrats team!Love the new dashboard.',
      },
      {
        author: '@lihua',
        at: Date.parse('2025-03-02T01:20:00.000Z'),
        url: 'https://x.com/lihua/status/4',
        text: '请问什么时候支持中文？',
      },
    ]);
    // The home timeline is not a thread.
    expect(xAdapter.comments!(loadSnapshot('x-home'))).toEqual([]);
  });

  it('YouTube: each comment with its author, lc= permalink and text', () => {
    expect(read(youtubeAdapter, 'youtube-watch')).toEqual([
      {
        author: '@gadgetfan',
        url: 'https://www.youtube.com/watch?v=demo&lc=Ugx1',
        text: 'First! This update is amazing',
      },
      {
        author: '@grumpycat',
        url: 'https://www.youtube.com/watch?v=demo&lc=Ugx2',
        text: 'Another useless update. Unsubscribed.',
      },
    ]);
  });

  it('Weibo: "author：text" split into author and text, with the post as the permalink', () => {
    expect(read(weiboAdapter, 'weibo-home')).toEqual([
      {
        author: '小明同学',
        url: 'https://weibo.com/Onbrand%E5%AE%98%E6%96%B9/2025-03-01T00:00:00.000Z',
        text: '已转发，求中奖！',
      },
      {
        author: '路人甲',
        url: 'https://weibo.com/Onbrand%E5%AE%98%E6%96%B9/2025-03-01T00:00:00.000Z',
        text: '质量太差了，再也不买了',
      },
    ]);
  });

  it('Bilibili: reply items with author, local time, space link and text', () => {
    expect(read(bilibiliAdapter, 'bilibili-video')).toEqual([
      {
        author: '一只小可爱',
        at: new Date(2025, 2, 1, 20, 11).getTime(),
        url: 'https://space.bilibili.com/10001',
        text: '前排！UP主辛苦了',
      },
      {
        author: '硬核评测',
        at: new Date(2025, 2, 2, 9, 30).getTime(),
        url: 'https://space.bilibili.com/10002',
        text: '恰饭视频，取关了',
      },
    ]);
  });

  it('Reddit: shreddit-comment attributes and its own body (not a nested reply’s)', () => {
    const doc = loadSnapshot('reddit-post');
    const first = doc.querySelector('shreddit-comment')!;
    first.insertAdjacentHTML(
      'beforeend',
      '<shreddit-comment author="nested_ned" permalink="/r/onbrand/comments/abc123/comment/c3/" created="2025-03-01T11:00:00.000Z"><div slot="comment"><p>Same here.</p></div></shreddit-comment>',
    );
    const comments = redditAdapter.comments!(doc);
    expect(comments.map((c) => redditAdapter.commentContext!(c))).toEqual([
      {
        author: 'throwaway_42',
        at: Date.parse('2025-03-01T09:00:00.000Z'),
        url: 'https://www.reddit.com/r/onbrand/comments/abc123/comment/c1/',
        text: 'Why is the app so slow lately? Honestly garbage.',
      },
      {
        author: 'nested_ned',
        at: Date.parse('2025-03-01T11:00:00.000Z'),
        url: 'https://www.reddit.com/r/onbrand/comments/abc123/comment/c3/',
        text: 'Same here.',
      },
      {
        author: 'helpful_hannah',
        at: Date.parse('2025-03-01T10:30:00.000Z'),
        url: 'https://www.reddit.com/r/onbrand/comments/abc123/comment/c2/',
        text: 'Works great for me, thanks for the update!',
      },
    ]);
  });
});

// The reply queue reads only what a mutation touched (`commentsIn`); it must find what `comments()` finds.
describe('comments a change touches (commentsIn)', () => {
  const cases: Array<[string, SiteAdapter, string]> = [
    ['X', xAdapter, 'x-status'],
    ['YouTube', youtubeAdapter, 'youtube-watch'],
    ['Weibo', weiboAdapter, 'weibo-home'],
    ['Reddit', redditAdapter, 'reddit-post'],
    ['Zhihu', zhihuAdapter, 'zhihu-hashed'],
  ];
  it.each(cases)(
    '%s: the whole page, one comment, a part of one, and a node outside the thread',
    (_label, adapter, name) => {
      const doc = loadSnapshot(name);
      const all = adapter.comments!(doc);
      expect(all.length).toBeGreaterThan(0);
      expect(new Set(adapter.commentsIn!([doc.body], doc))).toEqual(new Set(all));
      const last = all[all.length - 1];
      expect(adapter.commentsIn!([last], doc)).toContain(last);
      const part = last.querySelector('*:not(:has(*))') ?? last;
      expect(adapter.commentsIn!([part], doc)).toContain(last);
      const outside = doc.createElement('div');
      outside.textContent = 'a toast';
      doc.body.append(outside);
      expect(adapter.commentsIn!([outside], doc)).toEqual([]);
    },
  );
});
