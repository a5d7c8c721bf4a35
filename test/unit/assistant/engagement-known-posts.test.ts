import { describe, expect, it } from 'vitest';
import { isKnownPublishedPost, samePostUrl } from '@/lib/background/known-posts';
import { putRecords } from '@/lib/records/store';
import { NOW, openFreshDb, publish, reply } from '../records/helpers';

// The background's answer to 'engagement.known': a post the log shows the manager published counts as own.
describe('known published posts', () => {
  it('matches a publish of the post by post id or by URL, on the same platform, posts only', async () => {
    const db = await openFreshDb();
    await putRecords(db, [
      publish(NOW - 5000, 'x', { postId: '42', url: 'https://x.com/home' }),
      publish(NOW - 4000, 'youtube', { url: 'https://www.youtube.com/post/UgkxDemo' }),
      // A reply written on someone else's status page does not make that post the brand's.
      reply(NOW - 3000, 'x', 1000, { url: 'https://x.com/alice/status/7' }),
    ]);
    expect(
      await isKnownPublishedPost(db, { platform: 'x', postId: '42', url: 'https://x.com/onbrand/status/42' }),
    ).toBe(true);
    expect(
      await isKnownPublishedPost(db, { platform: 'weibo', postId: '42', url: 'https://weibo.com/1/42' }),
    ).toBe(false);
    expect(
      await isKnownPublishedPost(db, {
        platform: 'youtube',
        postId: 'UgkxDemo',
        url: 'https://youtube.com/post/UgkxDemo/?si=abc',
      }),
    ).toBe(true);
    expect(
      await isKnownPublishedPost(db, { platform: 'x', postId: '7', url: 'https://x.com/alice/status/7' }),
    ).toBe(false);
    db.close();
  });

  it('compares URLs without www, query, fragment or trailing slash', () => {
    expect(
      samePostUrl('https://www.reddit.com/r/a/comments/b/c/', 'https://reddit.com/r/a/comments/b/c?utm=1#x'),
    ).toBe(true);
    expect(samePostUrl('https://x.com/a/status/1', 'https://x.com/a/status/12')).toBe(false);
  });
});
