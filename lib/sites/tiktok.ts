import type { SiteAdapter, ThreadContext } from './types';
import {
  absoluteUrl,
  closestAcrossShadow,
  countIn,
  definedCounts,
  findPublishButton,
  isPlainEnter,
  nearestContainerWith,
  nearestMatch,
  pageShowsText,
  textIn,
} from './dom';

// TikTok: the comment input is a Draft.js editor inside [data-e2e="comment-input"] posted by [data-e2e="comment-post"]
// or Enter; TikTok Studio's upload caption is a Draft.js editor in the caption container, or (2026-07) a Draft.js or
// plaintext-only box in [data-e2e="caption-input"] / [data-e2e="caption"], posted by "Post"; after posting, Studio
// moves to /tiktokstudio/content.
const selectors = {
  boxComment: '[data-e2e="comment-input"] [contenteditable="true"]',
  boxCaption:
    '[data-e2e="caption_container"] [contenteditable="true"], .caption-editor [contenteditable="true"], ' +
    ':is([data-e2e="caption-input"], [data-e2e="caption"]) :is([contenteditable="true"], [contenteditable="plaintext-only"])',
  commentInput: '[data-e2e="comment-input"]',
  commentSubmit: '[data-e2e="comment-post"]',
  captionSubmit: '[data-e2e="post_video_button"]',
  // The video page's drawer has no comment-item test id: a thread is a DivCommentObjectWrapper (its comment, then the
  // DivReplyContainer a reply box opens in).
  commentItem:
    '[data-e2e="comment-item"], [class*="CommentItemContainer"], [data-e2e="comment-list-item"], [class*="DivCommentObjectWrapper"]',
  commentUser: '[data-e2e^="comment-username-"]',
  commentText: '[data-e2e="comment-level-1"], [data-e2e="comment-level-2"]',
  commentTime: '[data-e2e^="comment-time-"]',
  videoDesc: '[data-e2e="browse-video-desc"], [data-e2e="video-desc"]',
  likes: '[data-e2e="like-count"], [data-e2e="browse-like-count"]',
  comments: '[data-e2e="comment-count"], [data-e2e="browse-comment-count"]',
  shares: '[data-e2e="share-count"]',
  favourites: '[data-e2e="undefined-count"], [data-e2e="favorite-count"]',
} as const;

const ORIGIN = 'https://www.tiktok.com';
const VIDEO_PATH = /^\/@([\w.-]+)\/(?:video|photo)\/(\d+)/;

export const tiktokAdapter: SiteAdapter = {
  id: 'tiktok',
  name: { en: 'TikTok', zh: 'TikTok（国际版抖音）' },
  hosts: ['tiktok.com'],
  testUrls: [
    'https://www.tiktok.com/@onbrand/video/1',
    'https://www.tiktok.com/tiktokstudio/upload',
    'https://www.tiktok.com/@onbrand',
  ],
  pageKind(url) {
    const path = url.pathname;
    if (VIDEO_PATH.test(path)) return 'post';
    if (/^\/(tiktokstudio|creator-center)\/upload/.test(path)) return 'creator-publish';
    if (/^\/@[\w.-]+\/?$/.test(path)) return 'profile';
    return null;
  },
  matchBox(editable) {
    const caption = closestAcrossShadow(editable, selectors.boxCaption);
    if (caption) {
      const container =
        nearestContainerWith(caption, selectors.captionSubmit, 20) ?? caption.ownerDocument.body;
      return { role: 'post', field: 'body', container };
    }
    const box = closestAcrossShadow(editable, selectors.boxComment);
    if (!box) return null;
    const container =
      nearestContainerWith(box, selectors.commentSubmit, 6) ?? box.closest(selectors.commentInput);
    if (!container) return null;
    return { role: box.closest(selectors.commentItem) ? 'reply' : 'comment', field: 'comment', container };
  },
  submitControl(box, editable) {
    if (box.role === 'post')
      return (
        box.container.querySelector<HTMLElement>(selectors.captionSubmit) ?? findPublishButton(box.container)
      );
    return (
      box.container.querySelector<HTMLElement>(selectors.commentSubmit) ??
      nearestMatch(editable, selectors.commentSubmit, 6)
    );
  },
  isSubmitKey: (event, box) => box.role !== 'post' && isPlainEnter(event),
  threadContext(box, editable): ThreadContext | null {
    if (box.role === 'post') return null;
    const doc = editable.ownerDocument;
    const item = box.role === 'reply' ? editable.closest(selectors.commentItem) : null;
    if (item) {
      return {
        author: textIn(item, selectors.commentUser),
        url: absoluteUrl(item.querySelector(selectors.commentUser)?.getAttribute('href'), doc, ORIGIN),
        text: textIn(item, selectors.commentText),
      };
    }
    const pageUrl = new URL(doc.URL);
    const video = pageUrl.pathname.match(VIDEO_PATH);
    return {
      author: video ? `@${video[1]}` : undefined,
      url: video && /tiktok\.com$/.test(pageUrl.hostname) ? pageUrl.href : undefined,
      text: textIn(doc, selectors.videoDesc),
    };
  },
  confirmsPublish: (text, doc) =>
    /\/tiktokstudio\/content/.test(doc.URL) || pageShowsText(doc, selectors.commentText, text),
  engagement(doc, url) {
    const postId = url.pathname.match(VIDEO_PATH)?.[2];
    if (!postId) return null;
    return {
      postId,
      counts: definedCounts({
        likes: countIn(doc, selectors.likes),
        replies: countIn(doc, selectors.comments),
        reposts: countIn(doc, selectors.shares),
        favourites: countIn(doc, selectors.favourites),
      }),
    };
  },
  selectors,
  // The drawer reply (round 11): tt-capture-2026-09 dates the drawer's threads ([class*="DivCommentObjectWrapper"] >
  // DivCommentItemWrapper, Reply p[data-e2e="comment-reply-1"]); where an opened reply box sits is undated: one bot
  // types into "[class*=DivReplyContainer] [contenteditable]" inside the thread, another picks the reply composer and
  // the Post nearest it, a third waits for the first [data-e2e="comment-input"]. A box inside the thread is a reply to
  // its comment; a reply typed in the drawer's foot stays a comment on the video (no thread to name).
  evidence: {
    boxComment: ['tt-bots', 'aidcp-tiktok-2026-07'],
    commentInput: ['tt-bots', 'aidcp-tiktok-2026-07'],
    commentSubmit: ['tt-bots', 'sa-2026-02', 'harness-tiktok-2026-06'],
    captionSubmit: ['tt-studio', 'SAU-tiktok', 'TTU', 'opencli-tiktok-2026-07'],
    commentItem: ['tt-bots', 'tt-capture-2026-09', 'tt-drawer-reply'],
    commentUser: ['tt-comments', 'tt-capture-2026-09'],
    commentText: ['tt-comments', 'tt-capture-2026-09'],
    commentTime: ['tt-comments', 'tt-capture-2026-09'],
    videoDesc: ['tt-web', 'tt-capture-2026-09'],
    likes: ['tt-web', 'sa-2026-03', 'opencli-v1.8.6'],
    comments: ['tt-web', 'tt-capture-2026-09'],
    shares: ['tt-web', 'sa-2026-03'],
    favourites: ['tt-web', 'sa-2026-01'],
    boxCaption: ['tt-caption', 'opencli-tiktok-caption-2026-07'],
  },
};
