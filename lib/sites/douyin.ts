import type { SiteAdapter, ThreadContext } from './types';
import {
  absoluteUrl,
  closestAcrossShadow,
  controlLabelled,
  countIn,
  definedCounts,
  findPublishButton,
  isPlainEnter,
  nearestContainerWith,
  nearestMatch,
  pageShowsText,
  queryInOrder,
  textIn,
} from './dom';

// Douyin: the video page's comment input is a Draft.js editor (placeholder 留下你的精彩评论吧) sent with Enter or the
// "发送" control; the creator "publish work" page has a title input and a Slate description editor with "发布". That
// button lives in a micro-frontend / React portal (outside the editor's subtree, possibly in a shadow root), so it is
// found the way the uploaders find it: a button whose name is exactly 发布, anywhere in the page.
const selectors = {
  boxComment:
    '.comment-input-container [contenteditable="true"], [class*="comment-input"] [contenteditable="true"]',
  boxCreatorTitle: '.semi-input-wrapper input[placeholder*="标题"], input[placeholder*="作品标题"]',
  boxCreatorBody:
    '.editor-kit-container[contenteditable="true"], [data-slate-editor="true"][contenteditable="true"]',
  commentInput: '.comment-input-container, [class*="comment-input"]',
  // The live send control is an icon whose click listener sits on the last span (douyin-live); the gate replays a held
  // click on this element, so it must be that span where it exists.
  commentSubmit:
    '.commentInput-right-ct > div > span:last-child, .commentInput-right-ct, [class*="commentInput-right"]',
  // The live class carries a hash suffix (content-confirm-container-Wp91G7), so the bare class no longer matches.
  creatorSubmit: '.content-confirm-container button, [class*="content-confirm-container"] button',
  creatorSubmitByRole: 'button, [role="button"]',
  commentItem: '[data-e2e="comment-item"]',
  // Tried in this order: the 2026-09 markup puts an image-only avatar link to the author before the info wrap, so a
  // bare a[href*="/user/"] finds no name there.
  commentAuthor:
    '.comment-item-info-wrap a[href*="/user/"], .comment-item-info-wrap > div, .comment-author, a[href*="/user/"]',
  commentText:
    '[data-e2e="comment-item"] .comment-item-info-wrap + div, [data-e2e="comment-item"] .comment-content, [data-e2e="comment-item"] [class*="comment-content"]',
  videoInfo: '[data-e2e="detail-video-info"]',
  publishTime: '[data-e2e="detail-video-publish-time"]',
  likes: '[data-e2e="video-player-digg"]',
  comments: '[data-e2e="feed-comment-icon"]',
  collects: '[data-e2e="video-player-collect"]',
  shares: '[data-e2e="video-player-share"]',
  toast: '.semi-toast-content, [class*="toast"]',
} as const;

const ORIGIN = 'https://www.douyin.com';
/** The creator page's publish button reads exactly this (SAU: get_by_role("button", name="发布", exact=True)). */
const CREATOR_PUBLISH = /^发布$/;
const VIDEO_PATH = /^\/(?:video|note)\/(\d+)/;

/** "发布时间：2025-03-01 08:00" → ms (the page's local time). */
function publishTime(text: string | undefined): number | undefined {
  const match = text?.match(/(\d{4})-(\d{2})-(\d{2})\s+(\d{2}):(\d{2})/);
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number);
  return new Date(y, mo - 1, d, h, mi).getTime();
}

export const douyinAdapter: SiteAdapter = {
  id: 'douyin',
  name: { en: 'Douyin', zh: '抖音' },
  hosts: ['douyin.com'],
  testUrls: [
    'https://www.douyin.com/video/1',
    'https://creator.douyin.com/creator-micro/content/publish',
    'https://www.douyin.com/user/self',
  ],
  pageKind(url) {
    const path = url.pathname;
    if (url.hostname.startsWith('creator.'))
      return /\/content\/(publish|upload|post)/.test(path) ? 'creator-publish' : null;
    if (VIDEO_PATH.test(path)) return 'post';
    if (/^\/user\//.test(path)) return 'profile';
    if (path === '/' || path === '/jingxuan') return 'home';
    return null;
  },
  matchBox(editable) {
    const title =
      editable.tagName === 'INPUT' ? closestAcrossShadow(editable, selectors.boxCreatorTitle) : null;
    const body = title ? null : closestAcrossShadow(editable, selectors.boxCreatorBody);
    if (title || body) {
      const box = (title ?? body) as Element;
      const container = nearestContainerWith(box, selectors.creatorSubmit, 10) ?? box.ownerDocument.body;
      return { role: 'post', field: title ? 'title' : 'body', container };
    }
    const comment = closestAcrossShadow(editable, selectors.boxComment);
    if (!comment) return null;
    const container =
      nearestContainerWith(comment, selectors.commentSubmit, 8) ?? comment.closest(selectors.commentInput);
    if (!container) return null;
    return {
      role: comment.closest(selectors.commentItem) ? 'reply' : 'comment',
      field: 'comment',
      container,
    };
  },
  submitControl(box, editable) {
    if (box.role === 'post') {
      return (
        controlLabelled(editable.ownerDocument, CREATOR_PUBLISH, selectors.creatorSubmitByRole) ??
        box.container.querySelector<HTMLElement>(selectors.creatorSubmit)
      );
    }
    const selector = selectors.commentSubmit;
    return (
      queryInOrder<HTMLElement>(box.container, selector) ??
      nearestMatch(editable, selector) ??
      findPublishButton(box.container)
    );
  },
  isSubmitKey: (event, box) => box.role !== 'post' && isPlainEnter(event),
  threadContext(box, editable): ThreadContext | null {
    if (box.role === 'post') return null;
    const doc = editable.ownerDocument;
    const item = box.role === 'reply' ? editable.closest(selectors.commentItem) : null;
    if (item) {
      const author = queryInOrder(item, selectors.commentAuthor);
      const link = author?.closest('a[href]') ?? author?.querySelector('a[href]');
      return {
        author: textIn(author),
        url: absoluteUrl(link?.getAttribute('href'), doc, ORIGIN),
        text: textIn(item, '.comment-item-info-wrap + div, .comment-content'),
      };
    }
    const pageUrl = new URL(doc.URL);
    return {
      at: publishTime(textIn(doc, selectors.publishTime)),
      url:
        VIDEO_PATH.test(pageUrl.pathname) && /douyin\.com$/.test(pageUrl.hostname) ? pageUrl.href : undefined,
      text: textIn(doc, `${selectors.videoInfo} h1`),
    };
  },
  confirmsPublish(text, doc) {
    if (pageShowsText(doc, selectors.commentText, text)) return true;
    // After publishing a work the creator centre moves to its "manage works" page (SAU waits for that URL). Its works
    // list is not read: public tools read it through the work_list API or React props, so no class of it is evidenced.
    if (/\/creator-micro\/content\/manage/.test(doc.URL)) return true;
    return [...doc.querySelectorAll(selectors.toast)].some((toast) =>
      /发布成功|评论成功/.test(toast.textContent ?? ''),
    );
  },
  engagement(doc, url) {
    const postId = url.pathname.match(VIDEO_PATH)?.[1];
    if (!postId) return null;
    return {
      postId,
      counts: definedCounts({
        likes: countIn(doc, selectors.likes),
        replies: countIn(doc, selectors.comments),
        favourites: countIn(doc, selectors.collects),
        reposts: countIn(doc, selectors.shares),
      }),
    };
  },
  selectors,
  selectorLabels: { creatorSubmitByRole: CREATOR_PUBLISH },
  evidence: {
    boxComment: ['douyin-comment'],
    boxCreatorTitle: ['SAU', 'MP'],
    boxCreatorBody: ['MP', 'SAU'],
    commentInput: ['douyin-live', 'douyin-comment'],
    commentSubmit: ['douyin-live', 'douyin-comment'],
    creatorSubmitByRole: ['SAU', 'wechat-skill'],
    commentItem: ['douyin-live', 'douyin-comment'],
    commentText: ['douyin-live'],
    videoInfo: ['douyin-live'],
    likes: ['douyin-live', 'douyin-web'],
    comments: ['douyin-live', 'douyin-web'],
    collects: ['douyin-live', 'douyin-web'],
    shares: ['douyin-web', 'aidcp-douyin-2026-07'],
    creatorSubmit: ['douyin-confirm'],
    commentAuthor: ['douyin-live', 'douyin-author'],
    publishTime: ['douyin-publish-time'],
    toast: ['douyin-toast'],
  },
};
