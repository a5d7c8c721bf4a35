import type { Page } from '@playwright/test';

/** One compose/reply box on a fixture page, and how a person publishes from it. */
export interface SiteBox {
  site: string;
  url: string;
  /** `window.fixture.editors[editor]` on the page. */
  editor: string;
  kind: string;
  /** The site's own submit control for this box. */
  submit: string;
  /** Something to click first (LinkedIn opens its share box in a modal). */
  open?: string;
}

export const SITE_BOXES: SiteBox[] = [
  {
    site: 'x',
    url: 'https://x.com/home',
    editor: 'compose',
    kind: 'draft',
    submit: '[data-testid="tweetButtonInline"]',
  },
  {
    site: 'x-reply',
    url: 'https://x.com/onbrand/status/1',
    editor: 'reply',
    kind: 'draft',
    submit: '[data-testid="tweetButtonInline"]',
  },
  {
    site: 'facebook',
    url: 'https://facebook.com/',
    editor: 'composer',
    kind: 'lexical',
    submit: 'div[aria-label="Post"][role=button]',
  },
  {
    site: 'instagram',
    url: 'https://instagram.com/p/ABC123/',
    editor: 'comment',
    kind: 'textarea',
    submit: 'form div[role=button]:has-text("Post")',
  },
  {
    site: 'linkedin',
    url: 'https://linkedin.com/feed/',
    editor: 'share',
    kind: 'quill',
    submit: 'button.share-actions__primary-action',
    open: '#start-post',
  },
  {
    site: 'reddit',
    url: 'https://reddit.com/r/onbrand/comments/abc123/hello/',
    editor: 'comment',
    kind: 'lexical',
    submit: 'button[slot="submit-button"]',
  },
  {
    site: 'youtube',
    url: 'https://youtube.com/watch?v=demo',
    editor: 'comment',
    kind: 'contenteditable',
    submit: '#submit-button button',
  },
  {
    site: 'tiktok',
    url: 'https://tiktok.com/@onbrand/video/1',
    editor: 'comment',
    kind: 'draft',
    submit: '[data-e2e="comment-post"]',
  },
  {
    site: 'weibo',
    url: 'https://weibo.com/',
    editor: 'compose',
    kind: 'textarea',
    submit: 'button.woo-button-main:has-text("发送")',
  },
  {
    site: 'xiaohongshu',
    url: 'https://xiaohongshu.com/explore/abc',
    editor: 'comment',
    kind: 'contenteditable',
    submit: 'button.btn.submit',
  },
  {
    site: 'xiaohongshu-creator',
    url: 'https://creator.xiaohongshu.com/publish/publish/',
    editor: 'body',
    kind: 'prosemirror',
    submit: 'button.publishBtn',
  },
  {
    site: 'douyin',
    url: 'https://douyin.com/video/1',
    editor: 'comment',
    kind: 'draft',
    submit: '.commentInput-right-ct[role=button]',
  },
  {
    site: 'douyin-creator',
    url: 'https://creator.douyin.com/creator-micro/content/publish/',
    editor: 'description',
    kind: 'slate',
    submit: 'button:has-text("发布")',
  },
  {
    site: 'zhihu',
    url: 'https://zhihu.com/question/1/answer/2',
    editor: 'comment',
    kind: 'draft',
    submit: 'button.Button--primary:has-text("发布")',
  },
  {
    site: 'bilibili',
    url: 'https://bilibili.com/video/BV1demo/',
    editor: 'comment',
    kind: 'textarea',
    submit: '.reply-box-send',
  },
];

/** Reads the editor's MODEL text through the page's own fixture API (main world). */
export function modelText(page: Page, editor: string): Promise<string> {
  return page.evaluate(
    (name) =>
      (window as unknown as { fixture: { editors: Record<string, { getText(): string }> } }).fixture.editors[
        name
      ].getText(),
    editor,
  );
}

export function publishedPosts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { fixture: { posts(): string[] } }).fixture.posts());
}

export function editorLocator(page: Page, box: SiteBox) {
  return page.locator(`[data-fixture-editor="${box.editor}"]`);
}

/** Opens the page and puts the caret in the box the way a person would. */
export async function focusBox(page: Page, box: SiteBox): Promise<void> {
  await page.goto(box.url);
  await page.waitForFunction(() => 'fixture' in window);
  if (box.open) await page.locator(box.open).first().click();
  await editorLocator(page, box).click();
}
