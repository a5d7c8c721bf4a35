import type { SiteAdapter, ThreadContext } from './types';
import {
  absoluteUrl,
  closestAcrossShadow,
  compactText,
  countIn,
  deepQuery,
  deepQueryAll,
  deepText,
  definedCounts,
  findPublishButton,
  nearestContainerWith,
  nearestMatch,
  pageShowsText,
  textIn,
} from './dom';

// Bilibili: the video page's comment box is textarea.reply-box-textarea with the ".reply-box-send" "发布" control
// (the newer comment area nests bili-comment-box web components, whose shadow roots closestAcrossShadow climbs);
// the upload page (member.bilibili.com) has a title input (请输入稿件标题, 80 characters) and a Quill description
// with "立即投稿". In the shadow-DOM comment area every part is a web component with its own open shadow root:
// bili-comments → bili-comments-header-renderer → bili-comment-box → bili-comment-rich-textarea → .brt-editor (a
// 2026-08 source says the header renderer is gone; the box is found from the editor up, so no step depends on it); the
// box's "发布" is `#pub button` in bili-comment-box's shadow root (toolbar buttons come before it); a reply box sits in
// bili-comment-thread-renderer's #reply-container; a comment's author and text sit in bili-comment-renderer →
// bili-comment-user-info #user-name / bili-rich-text #contents.
const selectors = {
  boxComment: 'textarea.reply-box-textarea, .reply-box textarea',
  boxCommentHost: 'bili-comments',
  commentElement: 'bili-comment-box',
  boxShadowEditor: 'bili-comment-rich-textarea',
  shadowSubmit: '#pub button',
  shadowThread: 'bili-comment-thread-renderer',
  shadowUser: '#user-name a, #user-name',
  shadowText: 'bili-rich-text',
  boxUploadTitle:
    'input[placeholder*="稿件标题"], .video-title-container input, input.input-val[type="text"][maxlength="80"]',
  boxUploadDesc:
    '.desc-container .ql-editor[contenteditable="true"], .archive-info-editor .ql-editor[contenteditable="true"], .ql-editor[data-placeholder*="相关信息"]',
  replyBox: '.reply-box, .main-reply-box, bili-comment-box',
  commentSubmit: '.reply-box-send, bili-comment-box #pub button, button.send-btn',
  uploadSubmit: '.submit-add, .submit-container .submit-add',
  uploadForm: '.video-complete, .upload-v2-container, #video-up-app',
  replyItem: '.reply-item, .sub-reply-item, bili-comment-thread-renderer, bili-comment-renderer',
  replyAuthor: '.user-name, .sub-user-name',
  replyText: '.reply-content',
  replyTime: '.reply-time, .sub-reply-time',
  videoTitle: 'h1.video-title, .video-info-title h1',
  upName: '.up-name, .up-detail-top a',
  likes: '.video-like-info, .video-like .video-toolbar-item-text',
  coins: '.video-coin-info',
  favourites: '.video-fav-info',
  shares: '.video-share-info-text, .video-share-info',
  views: '.view-text, .video-info-detail .view',
  replies: '.total-reply, .nav-title-text + .total-reply',
  success: '.upload-success, .success-content, .step-des',
} as const;

const ORIGIN = 'https://www.bilibili.com';
const VIDEO_PATH = /^\/video\/(BV\w+|av\d+)/;

/** "2025-03-01 20:11" → ms in the page's local time; relative labels ("刚刚") are not dates. */
function replyTime(text: string | undefined): number | undefined {
  const match = text?.match(/(\d{4})-(\d{2})-(\d{2})(?:\s+(\d{2}):(\d{2}))?/);
  if (!match) return undefined;
  const [y, mo, d, h = 0, mi = 0] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  return new Date(y, mo - 1, d, h, mi).getTime();
}

/** A reply item's author (linked to their space page), time and text. */
function replyContext(item: Element): ThreadContext {
  const userId = item.querySelector('[data-user-id]')?.getAttribute('data-user-id');
  return {
    author: textIn(item, selectors.replyAuthor),
    at: replyTime(textIn(item, selectors.replyTime)),
    url: userId ? `https://space.bilibili.com/${userId}` : undefined,
    text: textIn(item, selectors.replyText),
  };
}

/** A shadow-DOM thread: its top comment's author and text, read through the nested shadow roots. */
function shadowThreadContext(thread: Element): ThreadContext {
  const renderer = thread.shadowRoot?.querySelector('#comment, bili-comment-renderer') ?? thread;
  const user = deepQuery(renderer.shadowRoot ?? renderer, selectors.shadowUser);
  const text = deepQuery(renderer.shadowRoot ?? renderer, selectors.shadowText);
  const profile = user?.closest('a')?.getAttribute('href') ?? user?.querySelector('a')?.getAttribute('href');
  return {
    author: user ? deepText(user) || undefined : undefined,
    url: profile ? absoluteUrl(profile, thread.ownerDocument, 'https://space.bilibili.com') : undefined,
    text: text ? deepText(text) || undefined : undefined,
  };
}

export const bilibiliAdapter: SiteAdapter = {
  id: 'bilibili',
  name: { en: 'Bilibili', zh: '哔哩哔哩' },
  hosts: ['bilibili.com'],
  testUrls: [
    'https://www.bilibili.com/video/BV1demo',
    'https://member.bilibili.com/platform/upload/video/frame',
    'https://t.bilibili.com/',
  ],
  pageKind(url) {
    const path = url.pathname;
    if (url.hostname.startsWith('member.'))
      return /\/upload\//.test(path) || /\/york\/video-up/.test(path) ? 'creator-publish' : null;
    if (url.hostname.startsWith('t.')) return path === '/' ? 'home' : /^\/\d+/.test(path) ? 'post' : null;
    if (VIDEO_PATH.test(path) || /^\/opus\/\d+/.test(path)) return 'post';
    return null;
  },
  matchBox(editable) {
    const title =
      editable.tagName === 'INPUT' ? closestAcrossShadow(editable, selectors.boxUploadTitle) : null;
    const desc = title ? null : closestAcrossShadow(editable, selectors.boxUploadDesc);
    if (title || desc) {
      const box = (title ?? desc) as Element;
      const container =
        nearestContainerWith(box, selectors.uploadSubmit, 20) ??
        box.closest(selectors.uploadForm) ??
        box.ownerDocument.body;
      return { role: 'post', field: title ? 'title' : 'body', container };
    }
    const textarea =
      editable.tagName === 'TEXTAREA' ? closestAcrossShadow(editable, selectors.boxComment) : null;
    const box = textarea ?? closestAcrossShadow(editable, selectors.commentElement);
    if (!box) return null;
    const container =
      nearestContainerWith(box, selectors.commentSubmit, 6) ?? closestAcrossShadow(box, selectors.replyBox);
    if (!container) return null;
    return {
      role: closestAcrossShadow(container, selectors.replyItem) ? 'reply' : 'comment',
      field: 'comment',
      container,
    };
  },
  submitControl(box, editable) {
    const selector = box.role === 'post' ? selectors.uploadSubmit : selectors.commentSubmit;
    // The newer comment box keeps its "发布" button in its own shadow root.
    // `#pub button` first: a selector list would return the first button in tree order (the emoji/toolbar row).
    const inShadow =
      box.container.shadowRoot?.querySelector<HTMLElement>(selectors.shadowSubmit) ??
      box.container.shadowRoot?.querySelector<HTMLElement>('#pub, button');
    return (
      box.container.querySelector<HTMLElement>(selector) ??
      inShadow ??
      nearestMatch(editable, selector) ??
      findPublishButton(box.container)
    );
  },
  // Bilibili's comment box and upload form send only from their buttons.
  isSubmitKey: () => false,
  threadContext(box, editable): ThreadContext | null {
    if (box.role === 'post') return null;
    const doc = editable.ownerDocument;
    const item = box.role === 'reply' ? closestAcrossShadow(box.container, selectors.replyItem) : null;
    if (item?.matches(selectors.shadowThread)) return shadowThreadContext(item);
    if (item) return replyContext(item);
    const pageUrl = new URL(doc.URL);
    const video = pageUrl.pathname.match(VIDEO_PATH);
    return {
      author: textIn(doc, selectors.upName),
      url:
        video && /bilibili\.com$/.test(pageUrl.hostname)
          ? absoluteUrl(`/video/${video[1]}`, doc, ORIGIN)
          : undefined,
      text: textIn(doc, selectors.videoTitle),
    };
  },
  confirmsPublish(text, doc) {
    if (pageShowsText(doc, `${selectors.replyItem} ${selectors.replyText}`, text)) return true;
    const wanted = compactText(text);
    if (
      wanted &&
      deepQueryAll(doc, selectors.shadowText).some((rich) => compactText(deepText(rich)).includes(wanted))
    )
      return true;
    return [...doc.querySelectorAll(selectors.success)].some((element) =>
      /投稿成功|稿件投递成功|发布成功/.test(element.textContent ?? ''),
    );
  },
  engagement(doc, url) {
    const postId = url.pathname.match(VIDEO_PATH)?.[1];
    if (!postId) return null;
    return {
      postId,
      counts: definedCounts({
        likes: countIn(doc, selectors.likes),
        favourites: countIn(doc, selectors.favourites),
        reposts: countIn(doc, selectors.shares),
        views: countIn(doc, selectors.views),
        replies: countIn(doc, selectors.replies),
      }),
    };
  },
  comments: (doc) => [
    ...doc.querySelectorAll('.reply-item, .sub-reply-item'),
    ...deepQueryAll(doc, selectors.shadowThread),
  ],
  commentContext: (comment) =>
    comment.matches(selectors.shadowThread) ? shadowThreadContext(comment) : replyContext(comment),
  selectors,
  evidence: {
    boxComment: ['BC-comment', 'BE-legacy', 'BE-v2.11.2'],
    boxCommentHost: [
      'bilibili',
      'BC-comment',
      'bili-skill-2026-06',
      'bili-comments-2026-08',
      'ub-bili-2026-09',
    ],
    commentElement: [
      'bilibili',
      'BC-comment',
      'BE-shadow',
      'bili-skill-2026-06',
      'BCB-2026-06',
      'bili-comment-2026-09',
    ],
    boxShadowEditor: ['bilibili', 'BC-comment', 'bili-skill-2026-06', 'BCB-2026-06'],
    shadowSubmit: ['bilibili', 'BE-shadow', 'bili-skill-2026-06', 'bili-comment-2026-09'],
    shadowThread: ['bilibili', 'BCB-2026-06', 'ub-bili-2026-09'],
    shadowUser: ['BE-shadow', 'BC-comment', 'BE-v2.11.2'],
    shadowText: ['BE-details', 'bili-skill-2026-06', 'BCB-2026-06', 'ub-bili-2026-09'],
    replyBox: ['BE', 'BC-comment', 'bili-comment-2026-09'],
    commentSubmit: ['BE-legacy', 'BE-shadow', 'bili-skill-2026-06', 'bili-comment-2026-09'],
    replyItem: ['BE', 'BE-shadow', 'BCB-2026-06', 'ub-bili-2026-09'],
    replyAuthor: ['BC-comment', 'BE-legacy', 'BE-v2.11.2'],
    replyText: ['BC-comment', 'BE-legacy', 'BCB-2026-06'],
    replyTime: ['BE-legacy', 'BE-v2.11.2'],
    videoTitle: ['BC-video', 'bili-toolbar'],
    upName: ['BE-details', 'bili-toolbar'],
    likes: ['bili-toolbar'],
    coins: ['bili-toolbar'],
    favourites: ['bili-toolbar'],
    shares: ['bili-toolbar'],
    views: ['bili-toolbar'],
    replies: ['BE-legacy', 'BE-v2.11.2'],
    boxUploadTitle: ['MP-bili-upload', 'bili-upload-live'],
    boxUploadDesc: ['bili-upload-live', 'bili-upload-desc'],
    uploadSubmit: ['MP-bili-upload', 'bili-upload-live'],
    uploadForm: ['bili-upload-page', 'sau-bili-pr-2026-06'],
    success: ['bili-upload-done'],
  },
};
