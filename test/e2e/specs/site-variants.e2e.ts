import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { seedKit } from '../support/kit';
import { storedRecords } from '../support/records';
import { modelText, publishedPosts } from '../support/site-pages';
import { overlay } from '../support/overlay';

// Every site variant the 2025–26 evidence describes (lib/sites/evidence.ts), on fixture pages under the real hostnames
// built with the real editor libraries: a blocking draft is held at the site's own publish control, Edit keeps the
// model, Post anyway publishes, and exactly one publish record lands — with who was answered, for replies. The popup
// then shows no "layout changed" notice: the adapter recognises every part of these pages.

interface Variant {
  name: string;
  url: string;
  /** `window.fixture.editors[editor]`. */
  editor: string;
  /** The site's publish control as a person clicks it (open shadow roots are pierced; a closed one is clicked on its host). */
  submit: string;
  platform: string;
  postKind: 'post' | 'comment' | 'reply';
  /** For replies: the author the record says was answered. */
  answered?: string;
  /** The URL the site moves to after publishing (single-page apps). */
  afterUrl?: RegExp;
  /** The site renders the publish control only once the box has text: the assistant must see the box empty first. */
  submitAppearsWithText?: boolean;
}

const VARIANTS: Variant[] = [
  {
    name: 'LinkedIn SDUI comment (TipTap, no form)',
    url: 'https://linkedin.com/posts/onbrand-sdui/',
    editor: 'comment',
    submit: 'button[data-view-name="comment-post"]',
    platform: 'linkedin',
    postKind: 'comment',
  },
  {
    name: 'LinkedIn SDUI reply',
    url: 'https://linkedin.com/posts/onbrand-sdui/',
    editor: 'reply',
    submit: 'button[data-view-name="comment-reply-post"]',
    platform: 'linkedin',
    postKind: 'reply',
    answered: 'Priya Nair',
  },
  {
    name: 'LinkedIn hashed-class post detail comment (submit in div[id*=commentButtonSection], no componentkey)',
    url: 'https://linkedin.com/posts/onbrand-hashed/',
    editor: 'comment',
    submit: 'div[id*="commentButtonSection"] button:has(span:text-is("Comment"))',
    platform: 'linkedin',
    postKind: 'comment',
    submitAppearsWithText: true,
  },
  {
    name: 'LinkedIn hashed-class post detail reply (in div[id^=replaceableComment_])',
    url: 'https://linkedin.com/posts/onbrand-hashed/',
    editor: 'reply',
    submit: 'div[id*="commentButtonSection"] button:has(span:text-is("Reply"))',
    platform: 'linkedin',
    postKind: 'reply',
    answered: 'Priya Nair',
    submitAppearsWithText: true,
  },
  {
    name: 'LinkedIn share box, TipTap editor ([componentkey="ShareBox_textEditor"], no Quill)',
    url: 'https://linkedin.com/posts/onbrand-sdui/',
    editor: 'share',
    submit: 'button.share-actions__primary-action',
    platform: 'linkedin',
    postKind: 'post',
  },
  {
    name: "LinkedIn SDUI share composer (native <dialog> in #interop-outlet's open shadow root, componentkey on the TipTap editable, text-only Post)",
    url: 'https://linkedin.com/feed/sdui/',
    editor: 'share',
    submit: '#interop-outlet dialog button:text-is("Post")',
    platform: 'linkedin',
    postKind: 'post',
  },
  {
    // A modal dialog is in the top layer and the rest of the page inert: the badge and the gate must be inside it.
    name: 'LinkedIn SDUI share composer opened modally (showModal(): the top layer, the page around it inert)',
    url: 'https://linkedin.com/feed/sdui/?modal',
    editor: 'share',
    submit: '#interop-outlet dialog button:text-is("Post")',
    platform: 'linkedin',
    postKind: 'post',
  },
  {
    name: 'WeChat ProseMirror body in the .editor-v-root shadow root',
    url: 'https://mp.weixin.qq.com/cgi-bin/appmsg_edit/',
    editor: 'body',
    submit: '#js_send',
    platform: 'wechat',
    postKind: 'post',
  },
  {
    name: 'Xiaohongshu <xhs-publish-btn> (closed shadow root)',
    url: 'https://creator.xiaohongshu.com/publish/v2/',
    editor: 'body',
    submit: 'xhs-publish-btn',
    platform: 'xiaohongshu',
    postKind: 'post',
    afterUrl: /\/publish\/success/,
  },
  {
    name: 'Xiaohongshu .publish-page-publish-btn button',
    url: 'https://creator.xiaohongshu.com/publish/legacy/',
    editor: 'body',
    submit: '.publish-page-publish-btn button.bg-red',
    platform: 'xiaohongshu',
    postKind: 'post',
    afterUrl: /\/publish\/success/,
  },
  {
    name: 'Reddit shreddit-simple-composer (shadow root)',
    url: 'https://reddit.com/r/onbrand/comments/def456/simple/',
    editor: 'comment',
    submit: 'shreddit-simple-composer button[type="submit"]',
    platform: 'reddit',
    postKind: 'comment',
  },
  {
    name: 'Reddit shreddit-comment-composer reply',
    url: 'https://reddit.com/r/onbrand/comments/def456/simple/',
    editor: 'reply',
    submit: 'shreddit-comment-composer button[type="submit"]',
    platform: 'reddit',
    postKind: 'reply',
    answered: 'throwaway_42',
  },
  {
    name: 'Bilibili bili-comment-box (nested shadow roots)',
    url: 'https://bilibili.com/video/BV2shadow/',
    editor: 'comment',
    submit: 'bili-comments-header-renderer #pub button',
    platform: 'bilibili',
    postKind: 'comment',
  },
  {
    name: 'Bilibili 2026-08 comment area without bili-comments-header-renderer (#commentbox, #comment-area, #footer > #pub)',
    url: 'https://bilibili.com/video/BV3nohead/',
    editor: 'comment',
    submit: 'bili-comments #commentbox #pub button',
    platform: 'bilibili',
    postKind: 'comment',
  },
  {
    name: 'Bilibili reply in bili-comment-thread-renderer',
    url: 'https://bilibili.com/video/BV2shadow/',
    editor: 'reply',
    submit: 'bili-comment-thread-renderer #pub button',
    platform: 'bilibili',
    postKind: 'reply',
    answered: '哔友小王',
  },
  {
    name: 'Facebook zh-CN post dialog (发帖)',
    url: 'https://facebook.com/onbrand/posts/2/',
    editor: 'composer',
    submit: '[aria-label="发帖"][role="button"]',
    platform: 'facebook',
    postKind: 'post',
  },
  {
    name: 'Facebook zh-CN comment (评论)',
    url: 'https://facebook.com/onbrand/posts/2/',
    editor: 'comment',
    submit: '[aria-label="评论"][role="button"]',
    platform: 'facebook',
    postKind: 'comment',
  },
  {
    name: 'Facebook zh-CN reply (回复, "… 的评论")',
    url: 'https://facebook.com/onbrand/posts/2/',
    editor: 'reply',
    submit: '[aria-label="回复"][role="button"]',
    platform: 'facebook',
    postKind: 'reply',
    answered: '李雷',
  },
  {
    name: 'Facebook zh-TW post dialog (發佈)',
    url: 'https://facebook.com/onbrand/posts/4/',
    editor: 'composer',
    submit: '[role="dialog"] [aria-label="發佈"][role="button"]',
    platform: 'facebook',
    postKind: 'post',
  },
  {
    name: 'Facebook zh-TW comment (留言)',
    url: 'https://facebook.com/onbrand/posts/4/',
    editor: 'comment',
    submit: '[aria-label="留言"][role="button"]',
    platform: 'facebook',
    postKind: 'comment',
  },
  {
    name: 'Facebook zh-TW reply (發佈, "…的留言")',
    url: 'https://facebook.com/onbrand/posts/4/',
    editor: 'reply',
    submit: '.x1n2onr6 [aria-label="發佈"][role="button"]',
    platform: 'facebook',
    postKind: 'reply',
    answered: '陳美玲',
  },
  {
    name: 'Facebook French UI post dialog (Publier)',
    url: 'https://facebook.com/onbrand/posts/3/',
    editor: 'composer',
    submit: '[role="dialog"] [aria-label="Publier"][role="button"]',
    platform: 'facebook',
    postKind: 'post',
  },
  {
    name: 'Facebook French UI comment (Publier, no English or Chinese label)',
    url: 'https://facebook.com/onbrand/posts/3/',
    editor: 'comment',
    submit: '.comment-composer [aria-label="Publier"][role="button"]',
    platform: 'facebook',
    postKind: 'comment',
  },
  {
    name: 'Facebook French UI reply ("Commentaire de …")',
    url: 'https://facebook.com/onbrand/posts/3/',
    editor: 'reply',
    submit: '.x1n2onr6 [aria-label="Publier"][role="button"]',
    platform: 'facebook',
    postKind: 'reply',
    answered: 'Camille Martin',
  },
  {
    name: 'Instagram zh-TW comment (發佈)',
    url: 'https://instagram.com/p/ZHTW1/',
    editor: 'comment',
    submit: 'form div[role="button"]:text-is("發佈")',
    platform: 'instagram',
    postKind: 'comment',
  },
  {
    name: 'Instagram zh-CN comment (发布)',
    url: 'https://instagram.com/p/ZHCN1/',
    editor: 'comment',
    submit: 'form div[role="button"]:text-is("发布")',
    platform: 'instagram',
    postKind: 'comment',
  },
  {
    name: 'X zh-CN reply (时间线：对话)',
    url: 'https://x.com/onbrand/status/2',
    editor: 'reply',
    submit: '[data-testid="tweetButtonInline"]',
    platform: 'x',
    postKind: 'reply',
    answered: '@onbrand',
  },
  {
    name: 'X zh-TW reply (時間軸：對話)',
    url: 'https://x.com/onbrand/status/3',
    editor: 'reply',
    submit: '[data-testid="tweetButtonInline"]',
    platform: 'x',
    postKind: 'reply',
    answered: '@onbrand',
  },
  {
    name: 'X mobile web textarea',
    url: 'https://x.com/compose/post',
    editor: 'compose',
    submit: '[data-testid="tweetButton"]',
    platform: 'x',
    postKind: 'post',
  },
  {
    name: 'TikTok reply in comment-item',
    url: 'https://tiktok.com/@onbrand/video/2',
    editor: 'reply',
    submit: '[data-e2e="comment-item"] [data-e2e="comment-post"]',
    platform: 'tiktok',
    postKind: 'reply',
    answered: 'Dance Queen',
  },
  {
    name: 'TikTok reply in the video page drawer (DivCommentObjectWrapper > DivReplyContainer, no comment-item)',
    url: 'https://tiktok.com/@onbrand/video/3',
    editor: 'reply',
    submit: '[class*="DivReplyContainer"] [data-e2e="comment-post"]',
    platform: 'tiktok',
    postKind: 'reply',
    answered: 'Dance Queen',
  },
  {
    name: 'TikTok comment in the video page drawer footer',
    url: 'https://tiktok.com/@onbrand/video/3',
    editor: 'comment',
    submit: '[class*="DivCommentFooter"] [data-e2e="comment-post"]',
    platform: 'tiktok',
    postKind: 'comment',
    answered: '@onbrand',
  },
  {
    name: 'TikTok Studio caption → /tiktokstudio/content',
    url: 'https://tiktok.com/tiktokstudio/upload/',
    editor: 'caption',
    submit: '[data-e2e="post_video_button"]',
    platform: 'tiktok',
    postKind: 'post',
    afterUrl: /\/tiktokstudio\/content/,
  },
  {
    name: 'TikTok Studio 2026-07 caption: a bare plaintext-only textbox in [data-e2e="caption-input"] → /tiktokstudio/content',
    url: 'https://tiktok.com/tiktokstudio/upload/caption-input/',
    editor: 'caption',
    submit: '[data-e2e="post_video_button"]',
    platform: 'tiktok',
    postKind: 'post',
    afterUrl: /\/tiktokstudio\/content/,
  },
  {
    name: 'Douyin creator 发布 in a shadow-root portal',
    url: 'https://creator.douyin.com/creator-micro/content/post/',
    editor: 'description',
    submit: 'garfish-app button:text-is("发布")',
    platform: 'douyin',
    postKind: 'post',
    afterUrl: /content\/manage/,
  },
  {
    name: 'Douyin reply in the 2026-09 comment markup (avatar link first, icon-only send)',
    url: 'https://douyin.com/video/2',
    editor: 'reply',
    submit: '[data-e2e="comment-item"] .commentInput-right-ct span:last-child',
    platform: 'douyin',
    postKind: 'reply',
    answered: '穿搭小陈',
  },
  {
    name: 'Weibo publisher in the "_name_hash" classes (found by its placeholder and 发送, no Form_wbox / Tool_btn)',
    url: 'https://weibo.com/v2026/',
    editor: 'compose',
    submit: 'button:has(span.woo-button-content:text-is("发送"))',
    platform: 'weibo',
    postKind: 'post',
  },
  {
    name: 'Weibo feed comment in the "_name_hash" classes (textarea#comment-textarea-…, 评论 button, _name_/_wbtext_)',
    url: 'https://weibo.com/7654321098/Hashed2026',
    editor: 'comment',
    submit: 'article button:has(span.woo-button-content:text-is("评论"))',
    platform: 'weibo',
    postKind: 'comment',
    answered: '甜品铺子',
  },
  {
    name: 'Zhihu hashed-class comment (Draft.js + 发布)',
    url: 'https://zhihu.com/question/1/answer/3',
    editor: 'comment',
    submit: '.css-comment-footer button:text-is("发布")',
    platform: 'zhihu',
    postKind: 'comment',
  },
  {
    name: 'Zhihu hashed-class reply',
    url: 'https://zhihu.com/question/1/answer/3',
    editor: 'reply',
    submit: '[data-id] .css-1x6g3u1 button:text-is("发布")',
    platform: 'zhihu',
    postKind: 'reply',
    answered: '张三',
  },
];

async function open(page: Page, variant: Variant): Promise<void> {
  await page.goto(variant.url);
  await page.waitForFunction(
    (name) =>
      Boolean(
        (window as unknown as { fixture?: { editors: Record<string, unknown> } }).fixture?.editors[name],
      ),
    variant.editor,
  );
  await page.locator(`[data-fixture-editor="${variant.editor}"]`).click();
}

for (const variant of VARIANTS) {
  test(`${variant.name}: check, gate, publish → one record`, async ({ ext, openExtensionPage }) => {
    const dashboard = await openExtensionPage('options.html');
    await seedKit(dashboard);
    const page = await ext.context.newPage();
    await open(page, variant);
    if (variant.submitAppearsWithText) {
      // The assistant meets the box while it is empty and has no publish control yet.
      await overlay(page).getByTestId('onbrand-badge').waitFor('visible');
      expect(await page.locator(variant.submit).count()).toBe(0);
    }
    await page.keyboard.type('Hello damn');
    await expect.poll(() => overlay(page).getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
    await expect.poll(() => overlay(page).getByTestId('badge-no-submit').count()).toBe(0);

    await page.locator(variant.submit).first().click();
    await overlay(page).getByTestId('gate-dialog').waitFor('visible');
    await overlay(page).getByTestId('gate-edit').click();
    expect(await modelText(page, variant.editor)).toBe('Hello damn');
    expect(await publishedPosts(page)).toEqual([]);

    await page.locator(variant.submit).first().click();
    await overlay(page).getByTestId('gate-reason').fill('Quoting a customer');
    await overlay(page).getByTestId('gate-post-anyway').click();
    await expect.poll(() => publishedPosts(page)).toEqual(['Hello damn']);
    if (variant.afterUrl) await expect(page).toHaveURL(variant.afterUrl);
    const publishes = async () => (await storedRecords(dashboard)).filter((r) => r.kind === 'publish');
    await expect.poll(async () => (await publishes()).length, { timeout: 15_000 }).toBe(1);
    const [record] = await publishes();
    expect(record).toMatchObject({
      platform: variant.platform,
      postKind: variant.postKind,
      text: 'Hello damn',
      overrideReason: 'Quoting a customer',
    });
    if (variant.answered)
      expect(record.kind === 'publish' && record.repliedTo?.author).toBe(variant.answered);

    // No false alarm: after the confirm grace, the popup (acting on the last web tab) shows no notice.
    await page.waitForTimeout(3_500);
    expect(await publishes()).toHaveLength(1);
    await page.bringToFront();
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByTestId('site-message')).toBeVisible();
    await expect(popup.getByTestId('site-changed-notice')).toHaveCount(0);
  });
}
