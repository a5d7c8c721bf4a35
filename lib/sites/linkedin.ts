import type { SiteAdapter, ThreadContext } from './types';
import { absoluteUrl, closestAcrossShadow, countIn, definedCounts, nearestContainerWith, nearestMatch, pageShowsText, textIn, timeOf } from './dom';

// LinkedIn: the share modal and every comment box are Quill editors (.ql-editor). The share box may sit in a
// shadow root (#interop-outlet), which closestAcrossShadow climbs out of. A reply box sits inside the comment it answers.
const selectors = {
  boxEditor: '.ql-editor[contenteditable="true"]',
  boxShare: '.share-creation-state__text-editor .ql-editor, .share-box-v2__modal .ql-editor',
  boxComment: '.comments-comment-box .ql-editor, .comments-comment-texteditor .ql-editor',
  shareModal: '.share-box-v2__modal, .share-creation-state, [role="dialog"]',
  commentBox: '.comments-comment-box, .comments-comment-box__form',
  shareSubmit: '.share-actions__primary-action',
  commentSubmit: '.comments-comment-box__submit-button, .comments-comment-box__submit-button--cr, form.comments-comment-box__form button[type="submit"]',
  update: '.feed-shared-update-v2, [data-urn^="urn:li:activity:"]',
  comment: '.comments-comment-entity, .comments-comment-item, article[data-id^="urn:li:comment:"]',
  commentAuthor: '.comments-comment-meta__description-title, .comments-post-meta__name-text',
  commentText: '.comments-comment-item__main-content',
  updateText: '.feed-shared-update-v2__description, .update-components-text',
  toast: '.artdeco-toast-item',
  reactions: '.social-details-social-counts__reactions-count, .social-details-social-counts__social-proof-fallback-number',
  comments: '.social-details-social-counts__comments',
  reposts: '.social-details-social-counts__item--reposts, button[aria-label$="reposts"]',
} as const;

const ORIGIN = 'https://www.linkedin.com';

export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  name: { en: 'LinkedIn', zh: '领英' },
  hosts: ['linkedin.com'],
  testUrls: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000000/', 'https://www.linkedin.com/company/onbrand/posts/'],
  pageKind(url) {
    const path = url.pathname;
    if (/^\/feed\/update\//.test(path) || /^\/posts\//.test(path)) return 'post';
    if (/^\/feed\/?$/.test(path)) return 'home';
    if (/^\/(company|in|showcase)\/[^/]+/.test(path)) return 'profile';
    return null;
  },
  matchBox(editable) {
    const box = closestAcrossShadow(editable, selectors.boxEditor);
    if (!box) return null;
    const commentBox = box.closest(selectors.commentBox);
    if (commentBox) {
      const container = nearestContainerWith(box, selectors.commentSubmit, 6) ?? commentBox;
      return { role: box.closest(selectors.comment) ? 'reply' : 'comment', field: 'comment', container };
    }
    const modal = closestAcrossShadow(box, selectors.shareModal);
    if (!modal) return null;
    return { role: 'post', field: 'body', container: nearestContainerWith(box, selectors.shareSubmit, 10) ?? modal };
  },
  submitControl(box, editable) {
    const selector = box.role === 'post' ? selectors.shareSubmit : selectors.commentSubmit;
    return box.container.querySelector<HTMLElement>(selector) ?? nearestMatch(editable, selector, 8);
  },
  // LinkedIn posts and comments only from their buttons; Enter is a new line.
  isSubmitKey: () => false,
  threadContext(box, editable): ThreadContext | null {
    if (box.role === 'post') return null;
    const doc = editable.ownerDocument;
    const comment = box.role === 'reply' ? editable.closest(selectors.comment) : null;
    const update = editable.closest(selectors.update);
    const urn = update?.getAttribute('data-urn') ?? undefined;
    const updateUrl = urn ? absoluteUrl(`/feed/update/${urn}/`, doc, ORIGIN) : undefined;
    if (comment) {
      const commentUrn = comment.getAttribute('data-id');
      return {
        author: textIn(comment, selectors.commentAuthor),
        at: timeOf(comment.querySelector('time[datetime]')),
        url: updateUrl && commentUrn ? `${updateUrl}?commentUrn=${encodeURIComponent(commentUrn)}` : updateUrl,
        text: textIn(comment, selectors.commentText),
      };
    }
    if (!update) return null;
    return {
      author: textIn(update, '.update-components-actor__title span[dir="ltr"], .update-components-actor__name'),
      url: updateUrl,
      text: textIn(update, selectors.updateText),
    };
  },
  confirmsPublish(text, doc) {
    if (pageShowsText(doc, `${selectors.commentText}, ${selectors.updateText}`, text)) return true;
    return [...doc.querySelectorAll(selectors.toast)].some((toast) => /post successful|posted|发布成功/i.test(toast.textContent ?? ''));
  },
  engagement(doc, url) {
    const urn = decodeURIComponent(url.pathname).match(/urn:li:(?:activity|share|ugcPost):\d+/)?.[0];
    if (!urn) return null;
    const update = doc.querySelector(`[data-urn="${urn}"]`) ?? doc;
    return {
      postId: urn,
      counts: definedCounts({ likes: countIn(update, selectors.reactions), replies: countIn(update, selectors.comments), reposts: countIn(update, selectors.reposts) }),
    };
  },
  selectors,
};
