// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import { postPagePlatform } from '@/lib/sites/post-urls';
import { xAdapter } from '@/lib/sites/x';
import { loadSnapshot } from './snapshot';

// The page-load script decides "post page" from this small table instead of the adapters; the two must agree.
const EXTRA_URLS = [
  'https://twitter.com/someone/status/12345',
  'https://x.com/onbrand',
  'https://x.com/home',
  'https://www.facebook.com/onbrand/posts/pfbid02abc',
  'https://www.facebook.com/permalink.php?story_fbid=123&id=4',
  'https://www.facebook.com/onbrand',
  'https://www.instagram.com/p/ABC123/',
  'https://www.instagram.com/onbrand/reel/XYZ/',
  'https://www.linkedin.com/feed/update/urn:li:activity:1/',
  'https://www.linkedin.com/feed/',
  'https://www.youtube.com/watch?v=demo',
  'https://www.youtube.com/watch',
  'https://www.youtube.com/shorts/abc',
  'https://www.youtube.com/@onbrand/community',
  'https://www.youtube.com/results?search_query=x',
  'https://www.tiktok.com/@onbrand/video/1',
  'https://weibo.com/1234567890/Abc123xyz',
  'https://weibo.com/detail/4999',
  'https://weibo.com/u/1234567890',
  'https://www.xiaohongshu.com/explore/abc',
  'https://www.douyin.com/video/7',
  'https://www.zhihu.com/question/1/answer/2',
  'https://zhuanlan.zhihu.com/p/123',
  'https://zhuanlan.zhihu.com/p/123/edit',
  'https://www.bilibili.com/video/BV1demo',
  'https://www.bilibili.com/opus/9',
  'https://t.bilibili.com/9',
  'https://member.bilibili.com/platform/upload/video/frame',
  'https://www.reddit.com/r/onbrand/comments/abc123/hello/',
  'https://www.reddit.com/r/onbrand/submit/',
  'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit',
];

describe('post page URL table', () => {
  const urls = [...SITE_ADAPTERS.flatMap((adapter) => adapter.testUrls), ...EXTRA_URLS];

  it.each(urls)('agrees with the adapter on %s', (href) => {
    const url = new URL(href);
    const adapter = SITE_ADAPTERS.find((a) =>
      a.hosts.some((h) => url.hostname.replace(/^www\./, '') === h || url.hostname.endsWith(`.${h}`)),
    )!;
    expect(postPagePlatform(href)).toBe(adapter.pageKind(url) === 'post' ? adapter.id : null);
  });

  it('covers a post page of every adapter with an engagement reader', () => {
    const withReader = SITE_ADAPTERS.filter((a) => a.engagement).map((a) => a.id);
    const covered = new Set(urls.map((href) => postPagePlatform(href)));
    for (const id of withReader) expect(covered.has(id)).toBe(true);
  });

  it('says null for other sites and for text that is not a URL', () => {
    expect(postPagePlatform('https://example.org/alice/status/1')).toBeNull();
    expect(postPagePlatform('https://notx.com/alice/status/1')).toBeNull();
    expect(postPagePlatform('not a url')).toBeNull();
  });
});

describe('X post author', () => {
  it('reads the focal post handle on a status page, falling back to the URL before the post renders', () => {
    const doc = loadSnapshot('x-status');
    expect(xAdapter.postAuthor!(doc, new URL('https://x.com/onbrand/status/1'))).toBe('@onbrand');
    // A reply's own status page: the reply's author, read from the page.
    expect(xAdapter.postAuthor!(doc, new URL('https://x.com/i/status/2'))).toBe('@alice');
    expect(
      xAdapter.postAuthor!(
        new DOMParser().parseFromString('<main></main>', 'text/html'),
        new URL('https://x.com/Someone/status/77'),
      ),
    ).toBe('@Someone');
    expect(xAdapter.postAuthor!(doc, new URL('https://x.com/home'))).toBeNull();
  });
});
