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
  timeOf,
} from './dom';
import { INSTAGRAM_COMMENT, INSTAGRAM_SHARE, labelPattern } from './ui-labels';

// Instagram: the comment box is a React-controlled textarea inside a form, posted by a "Post" div[role=button] or
// Enter; the new-post dialog's caption is a Lexical contenteditable ("Write a caption…" in English; found by structure in
// other UI languages) shared with a "Share"/"分享" button. Labels are only a last resort, listed per UI language in
// ui-labels.ts.
const selectors = {
  boxComment: 'form textarea[aria-label^="Add a comment"], form textarea[placeholder^="Add a comment"]',
  boxCommentAny: 'section form textarea, article form textarea',
  boxCaption: '[role="dialog"] [contenteditable="true"][aria-label^="Write a caption"]',
  boxCaptionLexical:
    '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"], [role="dialog"] [contenteditable="true"][aria-placeholder]',
  commentSubmit: 'form [role="button"], form button[type="submit"]',
  captionSubmit: '[role="dialog"] [role="button"], [role="dialog"] button',
  postArticle: 'article',
  commentItem: 'ul li',
  postCaption: 'h1[dir="auto"]',
  likes: 'section a[href$="/liked_by/"], a[href$="/liked_by/"] span',
} as const;

const SHARE_LABEL = labelPattern(INSTAGRAM_SHARE);
const POST_LABEL = labelPattern(INSTAGRAM_COMMENT);

const ORIGIN = 'https://www.instagram.com';
const POST_PATH = /^\/(?:[\w.]+\/)?(p|reel|reels|tv)\/([\w-]+)/;

export const instagramAdapter: SiteAdapter = {
  id: 'instagram',
  name: { en: 'Instagram', zh: 'Instagram（照片墙）' },
  hosts: ['instagram.com'],
  testUrls: [
    'https://www.instagram.com/',
    'https://www.instagram.com/p/ABC123/',
    'https://www.instagram.com/reel/XYZ789/',
    'https://www.instagram.com/create/select/',
  ],
  pageKind(url) {
    const path = url.pathname;
    if (path === '/') return 'home';
    if (POST_PATH.test(path)) return 'post';
    if (path.startsWith('/create/')) return 'compose';
    if (/^\/(direct|accounts|explore\/search)/.test(path)) return null;
    if (/^\/[\w.]+\/?$/.test(path)) return 'profile';
    return null;
  },
  matchBox(editable) {
    const caption =
      closestAcrossShadow(editable, selectors.boxCaption) ??
      closestAcrossShadow(editable, selectors.boxCaptionLexical);
    if (caption) {
      const dialog = caption.closest('[role="dialog"]') ?? caption.parentElement;
      return dialog ? { role: 'post', field: 'body', container: dialog } : null;
    }
    if (
      editable.tagName !== 'TEXTAREA' ||
      !editable.matches(`${selectors.boxComment}, ${selectors.boxCommentAny}`)
    )
      return null;
    const form = editable.closest('form');
    return form ? { role: 'comment', field: 'comment', container: form } : null;
  },
  submitControl(box, editable) {
    if (box.role === 'post') {
      const share = [...box.container.querySelectorAll<HTMLElement>(selectors.captionSubmit)].find((el) =>
        SHARE_LABEL.test(el.textContent?.trim() ?? ''),
      );
      return share ?? findPublishButton(box.container);
    }
    // Structure: the form's text control (the emoji button holds only an icon); its label in any UI language.
    const candidates = [...box.container.querySelectorAll<HTMLElement>(selectors.commentSubmit)].filter(
      (el) => !el.contains(editable),
    );
    return (
      candidates.find((el) => POST_LABEL.test(el.textContent?.trim() ?? '')) ??
      candidates.find((el) => !el.querySelector('svg') && (el.textContent?.trim() ?? '') !== '') ??
      candidates[0] ??
      nearestMatch(editable, selectors.commentSubmit, 4)
    );
  },
  isSubmitKey: (event, box) => box.role === 'comment' && isPlainEnter(event),
  threadContext(box, editable): ThreadContext | null {
    if (box.role === 'post') return null;
    const article =
      editable.closest(selectors.postArticle) ?? nearestContainerWith(editable, selectors.postCaption, 10);
    if (!article) return null;
    const doc = editable.ownerDocument;
    const permalink = article.querySelector('a[href*="/p/"], a[href*="/reel/"]');
    const ownTime = permalink?.querySelector('time') ?? article.querySelector('header time');
    const pageUrl =
      POST_PATH.test(new URL(doc.URL).pathname) && /instagram\.com$/.test(new URL(doc.URL).hostname)
        ? doc.URL
        : undefined;
    return {
      author: textIn(article, 'header a'),
      at: timeOf(ownTime),
      url: absoluteUrl(permalink?.getAttribute('href'), doc, ORIGIN) ?? pageUrl,
      text: textIn(article, selectors.postCaption),
    };
  },
  confirmsPublish: (text, doc) => pageShowsText(doc, selectors.commentItem, text),
  engagement(doc, url) {
    const postId = url.pathname.match(POST_PATH)?.[2];
    if (!postId) return null;
    return { postId, counts: definedCounts({ likes: countIn(doc, selectors.likes) }) };
  },
  selectors,
  evidence: {
    boxComment: ['ig-bots', 'ig-tools-2026-08'],
    boxCommentAny: ['ig-bots', 'sa-2026-01'],
    boxCaption: ['ig-publish', 'ig-tools-2026-08'],
    boxCaptionLexical: ['MP'],
    commentSubmit: ['ig-bots', 'ig-tools-2026-08'],
    captionSubmit: ['MP', 'ig-tools-2026-08'],
    likes: ['ig-likes', 'sa-2026-01'],
    postArticle: ['ig-comment-list', 'ig-caption', 'sa-2026-01'],
    commentItem: ['ig-comment-list', 'sa-2026-01'],
    postCaption: ['ig-caption'],
  },
};
