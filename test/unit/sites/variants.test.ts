// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import { wechatAdapter } from '@/lib/sites/wechat';
import { redditAdapter } from '@/lib/sites/reddit';
import { bilibiliAdapter } from '@/lib/sites/bilibili';
import { facebookAdapter } from '@/lib/sites/facebook';
import { instagramAdapter } from '@/lib/sites/instagram';
import { xAdapter } from '@/lib/sites/x';
import { douyinAdapter } from '@/lib/sites/douyin';
import { zhihuAdapter } from '@/lib/sites/zhihu';
import { xiaohongshuAdapter } from '@/lib/sites/xiaohongshu';
import { tiktokAdapter } from '@/lib/sites/tiktok';
import { deepQuery } from '@/lib/sites/dom';
import type { SiteAdapter } from '@/lib/sites/types';
import { loadSnapshot } from './snapshot';

// The 2025–26 variants (lib/sites/evidence.ts) on snapshots rendered from their fixture pages; editors inside open
// shadow roots are found through them, as the focus watcher's composedPath() finds them in the browser.
function box(adapter: SiteAdapter, snapshot: string, editor: string) {
  const doc = loadSnapshot(snapshot);
  const editable = deepQuery<HTMLElement>(doc, `[data-fixture-editor="${editor}"]`)!;
  const match = adapter.matchBox(editable)!;
  return { doc, editable, match, submit: match && adapter.submitControl(match, editable) };
}

describe('site variants from the evidence', () => {
  it('LinkedIn SDUI: TipTap comment and reply boxes without a form, their own buttons, the answered author', () => {
    const comment = box(linkedinAdapter, 'linkedin-sdui', 'comment');
    expect(comment.match).toMatchObject({ role: 'comment', field: 'comment' });
    expect(comment.submit?.getAttribute('data-view-name')).toBe('comment-post');
    const reply = box(linkedinAdapter, 'linkedin-sdui', 'reply');
    expect(reply.match.role).toBe('reply');
    expect(reply.submit?.getAttribute('data-view-name')).toBe('comment-reply-post');
    expect(linkedinAdapter.threadContext(reply.match, reply.editable)).toMatchObject({
      author: 'Priya Nair',
      text: 'Is this role remote-friendly?',
    });
    // The panels keep clear of Priya's text, not the reply box it holds.
    expect(linkedinAdapter.answeredElement!(reply.match, reply.editable)?.textContent).toBe(
      'Is this role remote-friendly?',
    );
    expect(linkedinAdapter.answeredElement!(comment.match, comment.editable)).toBeNull();
    const share = box(linkedinAdapter, 'linkedin-sdui', 'share');
    expect(share.match).toMatchObject({ role: 'post', field: 'body' });
    expect(share.submit?.classList.contains('share-actions__primary-action')).toBe(true);
  });

  it('LinkedIn SDUI share composer: a role-less <dialog> in an open shadow root, componentkey on the editable', () => {
    const share = box(linkedinAdapter, 'linkedin-share-sdui', 'share');
    expect(share.editable.getRootNode()).toBeInstanceOf(ShadowRoot);
    expect(share.editable.getAttribute('componentkey')).toBe('ShareBox_textEditor');
    expect(share.match).toMatchObject({ role: 'post', field: 'body' });
    expect(share.match.container.localName).toBe('dialog');
    // The text-only Post, not the icon buttons (Media, Schedule) beside it.
    expect(share.submit?.textContent).toBe('Post');
    expect(linkedinAdapter.threadContext(share.match, share.editable)).toBeNull();
  });

  it('WeChat ProseMirror editor: title overlay, digest and the shadow-root body, published by #js_send', () => {
    expect(box(wechatAdapter, 'wechat-prosemirror', 'title').match.field).toBe('title');
    expect(box(wechatAdapter, 'wechat-prosemirror', 'digest').match.field).toBe('digest');
    expect(box(wechatAdapter, 'wechat-prosemirror', 'shareText').match.field).toBe('digest');
    const body = box(wechatAdapter, 'wechat-prosemirror', 'body');
    expect(body.editable.getRootNode()).toBeInstanceOf(ShadowRoot);
    expect(body.match).toMatchObject({ role: 'post', field: 'body' });
    expect(body.submit?.id).toBe('js_send');
  });

  it('Xiaohongshu: the <xhs-publish-btn> host is the control; /publish/success confirms', () => {
    const body = box(xiaohongshuAdapter, 'xiaohongshu-creator-v2', 'body');
    expect(body.submit?.localName).toBe('xhs-publish-btn');
    expect(xiaohongshuAdapter.confirmsPublish('anything', body.doc)).toBe(false);
    history.replaceState({}, '', '/publish/success?noteId=1');
    expect(xiaohongshuAdapter.confirmsPublish('anything', document)).toBe(true);
  });

  it('Reddit: editor and submit inside the simple composers’ shadow roots; a reply knows its comment', () => {
    const comment = box(redditAdapter, 'reddit-simple', 'comment');
    expect(comment.match.role).toBe('comment');
    expect(comment.submit?.textContent).toBe('Comment');
    expect(comment.submit?.getRootNode()).toBe(comment.match.container.shadowRoot);
    const reply = box(redditAdapter, 'reddit-simple', 'reply');
    expect(reply.match.role).toBe('reply');
    expect(redditAdapter.threadContext(reply.match, reply.editable)).toMatchObject({
      author: 'throwaway_42',
    });
  });

  it('Bilibili: #pub button, not the toolbar button before it; comments and confirmation through the shadow roots', () => {
    const comment = box(bilibiliAdapter, 'bilibili-shadow', 'comment');
    expect(comment.match.role).toBe('comment');
    expect(comment.submit?.parentElement?.id).toBe('pub');
    const reply = box(bilibiliAdapter, 'bilibili-shadow', 'reply');
    expect(reply.match.role).toBe('reply');
    expect(bilibiliAdapter.threadContext(reply.match, reply.editable)).toMatchObject({
      author: '哔友小王',
      text: '什么时候上架？',
    });
    const comments = bilibiliAdapter.comments!(comment.doc);
    expect(comments.map((c) => bilibiliAdapter.commentContext!(c).author)).toEqual(['哔友小王']);
    expect(bilibiliAdapter.confirmsPublish('什么时候上架？', comment.doc)).toBe(true);
    expect(bilibiliAdapter.confirmsPublish('还没发出的评论', comment.doc)).toBe(false);
  });

  it('Facebook in Chinese: 发帖, the 评论/回复 buttons by label, a reply by structure with its author', () => {
    expect(box(facebookAdapter, 'facebook-zh', 'composer').submit?.getAttribute('aria-label')).toBe('发帖');
    const comment = box(facebookAdapter, 'facebook-zh', 'comment');
    expect(comment.match.role).toBe('comment');
    expect(comment.submit?.getAttribute('aria-label')).toBe('评论');
    const reply = box(facebookAdapter, 'facebook-zh', 'reply');
    expect(reply.match.role).toBe('reply');
    expect(reply.submit?.getAttribute('aria-label')).toBe('回复');
    expect(facebookAdapter.threadContext(reply.match, reply.editable)?.author).toBe('李雷');
  });

  it('Instagram in Traditional Chinese: the 發佈 button, not the emoji one', () => {
    const comment = box(instagramAdapter, 'instagram-zhtw', 'comment');
    expect(comment.match.role).toBe('comment');
    expect(comment.submit?.textContent).toBe('發佈');
  });

  it('X: the mobile textarea; a Chinese-UI conversation read by its label', () => {
    const mobile = box(xAdapter, 'x-mobile', 'compose');
    expect(mobile.match.role).toBe('post');
    expect(mobile.submit?.getAttribute('data-testid')).toBe('tweetButton');
    const doc = loadSnapshot('x-status-zh');
    expect(xAdapter.comments!(doc).map((tweet) => xAdapter.commentContext!(tweet).author)).toEqual([
      '@wangfang',
    ]);
  });

  it('TikTok: a reply inside comment-item knows its author; Studio confirms on /tiktokstudio/content', () => {
    const reply = box(tiktokAdapter, 'tiktok-video-items', 'reply');
    expect(reply.match.role).toBe('reply');
    expect(tiktokAdapter.threadContext(reply.match, reply.editable)?.author).toBe('Dance Queen');
  });

  it('TikTok Studio 2026-07: a plaintext-only caption in [data-e2e="caption-input"] (or "caption", Draft.js too) with Post', () => {
    const caption = box(tiktokAdapter, 'tiktok-studio-caption-input', 'caption');
    expect(caption.editable.getAttribute('contenteditable')).toBe('plaintext-only');
    expect(caption.match).toMatchObject({ role: 'post', field: 'body' });
    expect(caption.submit?.getAttribute('data-e2e')).toBe('post_video_button');
    expect(tiktokAdapter.threadContext(caption.match, caption.editable)).toBeNull();
    // The same box as a Draft.js editor, and in the [data-e2e="caption"] wrapper the evidence also names.
    caption.editable.setAttribute('contenteditable', 'true');
    expect(tiktokAdapter.matchBox(caption.editable)?.role).toBe('post');
    caption.editable.parentElement!.setAttribute('data-e2e', 'caption');
    expect(tiktokAdapter.matchBox(caption.editable)?.role).toBe('post');
    // A box that is not editable is no caption.
    caption.editable.setAttribute('contenteditable', 'false');
    expect(tiktokAdapter.matchBox(caption.editable)).toBeNull();
  });

  it('Douyin creator: 发布 found by role and name in a shadow-root portal, not 暂存离开', () => {
    const body = box(douyinAdapter, 'douyin-creator-portal', 'description');
    expect(body.submit?.textContent).toBe('发布');
    expect(body.submit?.getRootNode()).toBeInstanceOf(ShadowRoot);
  });

  it('Zhihu with hashed classes: Draft.js fingerprint + 发布, a reply inside a [data-id] comment', () => {
    const comment = box(zhihuAdapter, 'zhihu-hashed', 'comment');
    expect(comment.match.role).toBe('comment');
    expect(comment.submit?.textContent).toBe('发布');
    const reply = box(zhihuAdapter, 'zhihu-hashed', 'reply');
    expect(reply.match.role).toBe('reply');
    expect(zhihuAdapter.threadContext(reply.match, reply.editable)?.author).toBe('张三');
  });
});
