import { test, expect } from '../support/test';
import { overlay } from '../support/overlay';
import { storedRecords } from '../support/records';
import { modelText } from '../support/site-pages';

// Issue 16: Xiaohongshu's note page has one comment box; a comment's 回复 makes the next send a reply to that
// comment. The record must say so — a reply naming the commenter, its response time from the comment's age label
// ("2小时前", the fixture's #comment-a2) — not a comment naming the note's author. After that publish the box
// answers the note again.

const NOTE = 'https://xiaohongshu.com/explore/abc';
const HOUR = 3_600_000;

test('xiaohongshu: a reply through a comment’s 回复 is recorded as a reply to that commenter', async ({
  openDashboardWithKit,
  openSite,
}) => {
  const dashboard = await openDashboardWithKit();
  const page = await openSite(NOTE);
  const publishes = async () => (await storedRecords(dashboard)).filter((r) => r.kind === 'publish');

  const before = Date.now();
  await page.locator('#comment-a2 .interactions .reply').click();
  await page.locator('#content-textarea').click();
  await page.keyboard.type('谢谢反馈，我们会认真改进');
  await overlay(page).getByTestId('badge-clean').waitFor('visible');
  await page.locator('.right-btn-area .submit').click();
  await expect.poll(() => modelText(page, 'comment')).toBe('');
  await expect.poll(async () => (await publishes()).length, { timeout: 15_000 }).toBe(1);
  const after = Date.now();

  const [reply] = await publishes();
  if (reply?.kind !== 'publish') throw new Error('no publish record');
  expect(reply).toMatchObject({
    platform: 'xiaohongshu',
    postKind: 'reply',
    text: '谢谢反馈，我们会认真改进',
    repliedTo: { author: '吐槽君', url: expect.stringContaining('/explore/abc') },
  });
  // "2小时前" read at the send: two hours before a moment inside this test.
  const answeredAt = reply.repliedTo!.at!;
  expect(answeredAt).toBeGreaterThanOrEqual(before - 2 * HOUR);
  expect(answeredAt).toBeLessThanOrEqual(after - 2 * HOUR);
  expect(reply.responseMs).toBe(reply.at - answeredAt);
  expect(reply.responseMs).toBeGreaterThanOrEqual(2 * HOUR);
  expect(reply.responseMs).toBeLessThanOrEqual(2 * HOUR + (after - before));

  // The next send without a 回复 comments on the note: a comment naming the note's author, no response time.
  await page.locator('#content-textarea').click();
  await page.keyboard.type('新品已上架，欢迎来看看');
  await overlay(page).getByTestId('badge-clean').waitFor('visible');
  await page.locator('.right-btn-area .submit').click();
  await expect.poll(async () => (await publishes()).length, { timeout: 15_000 }).toBe(2);
  const comment = (await publishes()).find((r) => r.kind === 'publish' && r.postKind !== 'reply');
  expect(comment).toMatchObject({ postKind: 'comment', repliedTo: { author: 'Onbrand' } });
  if (comment?.kind !== 'publish') throw new Error('no comment record');
  expect(comment.responseMs).toBeUndefined();
});
