import type { BoxMatch, SiteAdapter, ThreadContext } from './types';
import {
  absoluteUrl,
  closestAcrossShadow,
  queryInOrder,
  countIn,
  definedCounts,
  nearestContainerWith,
  nearestMatch,
  pageShowsText,
  textIn,
  timeOf,
} from './dom';

// LinkedIn serves two UIs at once. The older ("Ember") one: the share modal and every comment box are Quill editors
// (.ql-editor) inside .comments-comment-box forms. The newer ("React SSR + SDUI", 2026) one: comment boxes are
// TipTap/ProseMirror editors in [data-testid="ui-core-tiptap-text-editor-wrapper"] inside [componentkey^="commentBox-"]
// / div[data-view-name="comment-box"] with no <form>, posted by button[data-view-name="comment-post"] (replies:
// comment-reply-post); comments are [componentkey^="replaceableComment_"] and classes are hashed. The share box may sit
// in a shadow root (#interop-outlet), which closestAcrossShadow climbs out of. A reply box sits inside its comment.
// The hashed-class post detail (li-react-2026-08) keys none of these by componentkey (its componentkeys are per-render
// UUIDs): comment rows are div[id^="replaceableComment_"], the submit sits in a div[id*="commentButtonSection"] beside
// the editor, with no data-view-name and no aria-label (which tells it from the section's labelled icon buttons),
// and there is no commentBox- wrapper.
// The SDUI share composer (2026-10; li-share-2026-10, li-share-dialog, li-share): a native <dialog> (no role) in an open
// shadow root, rendering the sharing.ShareCompose screen; its TipTap editor carries componentkey="ShareBox_textEditor"
// itself; its Post button is the dialog's only text-only <button> (the others hold an icon), with a localized label.
const selectors = {
  boxEditor: '.ql-editor[contenteditable="true"]',
  boxTiptap:
    '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"], .tiptap.ProseMirror[contenteditable="true"]',
  boxShare: '.share-creation-state__text-editor .ql-editor, .share-box-v2__modal .ql-editor',
  boxShareAlt: '[componentkey="ShareBox_textEditor"] [contenteditable="true"]',
  boxShareSdui: '[componentkey="ShareBox_textEditor"][contenteditable="true"]',
  boxComment: '.comments-comment-box .ql-editor, .comments-comment-texteditor .ql-editor',
  shareModal: '.share-box-v2__modal, .share-creation-state, [role="dialog"]',
  // A <dialog> is the share composer only when it renders the share screen or its editor (comments open in dialogs too).
  composeDialog: 'dialog',
  composeScreen: '[data-sdui-screen*="sharing.ShareCompose"]',
  commentBox: '.comments-comment-box, .comments-comment-box__form',
  commentBoxV2: '[componentkey^="commentBox-"], div[data-view-name="comment-box"]',
  shareSubmit: '.share-actions__primary-action',
  // The candidates; composeSubmit() keeps the text-only one.
  composeSubmitSdui: 'dialog button',
  commentSubmit:
    '.comments-comment-box__submit-button, .comments-comment-box__submit-button--cr, form.comments-comment-box__form button[type="submit"]',
  commentSubmitV2:
    'button[data-view-name="comment-post"], button[data-view-name="comment-reply-post"], [componentkey*="commentButtonSection"] button, div[id*="commentButtonSection"] button:not([aria-label])',
  commentButtonSection: 'div[id*="commentButtonSection"]',
  update: '.feed-shared-update-v2, [data-urn^="urn:li:activity:"]',
  updateV2: '[role="listitem"], div[id^="expanded"][id$="FeedType_FEED_DETAIL"]',
  // The hashed-class post detail's shell: every TipTap box in it outside a dialog is a comment or reply box.
  detailShell: 'div[id^="expanded"][id$="FeedType_FEED_DETAIL"]',
  comment: '.comments-comment-entity, .comments-comment-item, article[data-id^="urn:li:comment:"]',
  commentV2: '[componentkey^="replaceableComment_"], div[id^="replaceableComment_"]',
  commentActorV2: 'a[data-view-name="comment-actor-picture"], a[data-view-name="reply-actor-picture"]',
  commentAuthor: '.comments-comment-meta__description-title, .comments-post-meta__name-text',
  commentText: '.comments-comment-item__main-content',
  commentBodyV2: '[data-testid="expandable-text-box"]',
  commentTextV2:
    '[componentkey^="replaceableComment_"] [data-testid="expandable-text-box"], [componentkey^="replaceableComment_"] p, div[id^="replaceableComment_"] [data-testid="expandable-text-box"]',
  updateText: '.feed-shared-update-v2__description, .update-components-text',
  // SDUI feed: each post is a listitem whose body is the expandable text box (no update classes).
  updateTextV2: '[role="listitem"] [data-testid="expandable-text-box"]',
  toast: '.artdeco-toast-item',
  toastSdui: '[role="status"]',
  reactions:
    '.social-details-social-counts__reactions-count, .social-details-social-counts__social-proof-fallback-number',
  comments: '.social-details-social-counts__comments',
  reposts: '.social-details-social-counts__item--reposts, button[aria-label$="reposts"]',
} as const;

const ORIGIN = 'https://www.linkedin.com';

/** The share composer around `box`: the Ember modal / [role=dialog], or the SDUI <dialog> holding the share screen. */
function shareModalOf(box: Element): Element | null {
  const modal = closestAcrossShadow(box, selectors.shareModal);
  if (modal) return modal;
  const dialog = closestAcrossShadow(box, selectors.composeDialog);
  return dialog?.querySelector(`${selectors.composeScreen}, ${selectors.boxShareSdui}`) ? dialog : null;
}

/** The SDUI composer's Post button: its last text-only button (every other one holds an icon), disabled or not. */
function composeSubmit(dialog: Element): HTMLElement | null {
  const buttons = [...dialog.querySelectorAll<HTMLElement>('button')].filter(
    (button) =>
      !button.querySelector('svg, img') &&
      button.textContent?.trim() &&
      !button.closest('[contenteditable="true"]'),
  );
  return buttons.at(-1) ?? null;
}

/** The new UI's comment: its author is the name link next to the actor picture (same profile href). */
function commentV2Context(comment: Element): ThreadContext {
  const actor = comment.querySelector(selectors.commentActorV2);
  const href = actor?.getAttribute('href');
  const nameLink = href
    ? [...comment.querySelectorAll(`a[href="${CSS.escape(href)}"]`)].find(
        (a) => a !== actor && a.textContent?.trim(),
      )
    : undefined;
  const fromMenu = comment
    .querySelector('[aria-label^="View more options for"]')
    ?.getAttribute('aria-label')
    ?.replace(/^View more options for\s+/, '')
    .replace(/[\u2019']s comment\.?$/i, '');
  return {
    author: textIn(nameLink) ?? fromMenu ?? actor?.getAttribute('aria-label') ?? undefined,
    at: timeOf(comment.querySelector('time[datetime]')),
    text: textIn(comment.querySelector('[data-testid="expandable-text-box"]') ?? comment.querySelector('p')),
  };
}

function matchV2(editable: HTMLElement): BoxMatch | null {
  const box =
    closestAcrossShadow(editable, selectors.boxTiptap) ??
    closestAcrossShadow(editable, selectors.boxShareSdui);
  if (!box) return null;
  // Without a commentBox- wrapper (hashed-class post detail) a comment box is the nearest one holding a comment submit
  // beside the editor, or any box in the post detail's shell: there the submit exists only once the box has text
  // (li-react-2026-08). A share dialog's box never is, however far up a comment submit sits.
  const inDialog = Boolean(shareModalOf(box));
  const nearSubmit = inDialog ? null : nearestContainerWith(box, selectors.commentSubmitV2, 4);
  const commentBox =
    box.closest(selectors.commentBoxV2) ??
    nearSubmit ??
    (inDialog ? null : box.closest(selectors.detailShell));
  if (commentBox) {
    // Before its submit exists, a shell box's container is the row beside its button section (never the shell,
    // whose other boxes have buttons of their own).
    const container =
      nearestContainerWith(box, selectors.commentSubmitV2, 8) ??
      nearestContainerWith(box, selectors.commentButtonSection, 4) ??
      commentBox;
    return { role: box.closest(selectors.commentV2) ? 'reply' : 'comment', field: 'comment', container };
  }
  const modal = shareModalOf(box);
  if (!modal) return null;
  return {
    role: 'post',
    field: 'body',
    container: nearestContainerWith(box, selectors.shareSubmit, 10) ?? modal,
  };
}

export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  name: { en: 'LinkedIn', zh: '领英' },
  hosts: ['linkedin.com'],
  testUrls: [
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000000/',
    'https://www.linkedin.com/company/onbrand/posts/',
  ],
  pageKind(url) {
    const path = url.pathname;
    if (/^\/feed\/update\//.test(path) || /^\/posts\//.test(path)) return 'post';
    if (/^\/feed\/?$/.test(path)) return 'home';
    if (/^\/(company|in|showcase)\/[^/]+/.test(path)) return 'profile';
    return null;
  },
  matchBox(editable) {
    const v2 = matchV2(editable);
    if (v2) return v2;
    const box =
      closestAcrossShadow(editable, selectors.boxEditor) ??
      closestAcrossShadow(editable, selectors.boxShareAlt);
    if (!box) return null;
    const commentBox = box.closest(selectors.commentBox);
    if (commentBox) {
      const container = nearestContainerWith(box, selectors.commentSubmit, 6) ?? commentBox;
      return { role: box.closest(selectors.comment) ? 'reply' : 'comment', field: 'comment', container };
    }
    const modal = shareModalOf(box);
    if (!modal) return null;
    return {
      role: 'post',
      field: 'body',
      container: nearestContainerWith(box, selectors.shareSubmit, 10) ?? modal,
    };
  },
  submitControl(box, editable) {
    if (box.role === 'post')
      return (
        box.container.querySelector<HTMLElement>(selectors.shareSubmit) ??
        (box.container.matches(selectors.composeDialog) ? composeSubmit(box.container) : null) ??
        nearestMatch(editable, selectors.shareSubmit, 8)
      );
    // The nearest one: a reply box's comment-reply-post, not the post's comment-post further up.
    const section = box.container.querySelector(selectors.commentButtonSection);
    const selector =
      section ||
      box.container.closest(selectors.commentBoxV2) ||
      box.container.matches(selectors.commentBoxV2) ||
      box.container.querySelector(selectors.commentSubmitV2)
        ? selectors.commentSubmitV2
        : selectors.commentSubmit;
    const own = queryInOrder<HTMLElement>(box.container, selector);
    // A box with its own button section has no submit until it holds text; a nearer search would find another box's.
    return own ?? (section ? null : nearestMatch(editable, selector, 8));
  },
  // LinkedIn posts and comments only from their buttons; Enter is a new line.
  isSubmitKey: () => false,
  threadContext(box, editable): ThreadContext | null {
    if (box.role === 'post') return null;
    const doc = editable.ownerDocument;
    const commentV2 = box.role === 'reply' ? editable.closest(selectors.commentV2) : null;
    if (commentV2) return commentV2Context(commentV2);
    const comment = box.role === 'reply' ? editable.closest(selectors.comment) : null;
    const update = editable.closest(selectors.update);
    const urn = update?.getAttribute('data-urn') ?? undefined;
    const updateUrl = urn ? absoluteUrl(`/feed/update/${urn}/`, doc, ORIGIN) : undefined;
    if (comment) {
      const commentUrn = comment.getAttribute('data-id');
      return {
        author: textIn(comment, selectors.commentAuthor),
        at: timeOf(comment.querySelector('time[datetime]')),
        url:
          updateUrl && commentUrn ? `${updateUrl}?commentUrn=${encodeURIComponent(commentUrn)}` : updateUrl,
        text: textIn(comment, selectors.commentText),
      };
    }
    const updateV2 = update ? null : editable.closest(selectors.updateV2);
    if (updateV2) {
      return {
        author: textIn(
          updateV2,
          'a[data-view-name="feed-actor-name"], a[href*="/in/"] span, a[href*="/company/"] span',
        ),
        text: textIn(updateV2, '[data-testid="expandable-text-box"]'),
      };
    }
    if (!update) return null;
    return {
      author: textIn(
        update,
        '.update-components-actor__title span[dir="ltr"], .update-components-actor__name',
      ),
      url: updateUrl,
      text: textIn(update, selectors.updateText),
    };
  },
  answeredElement(box, editable) {
    if (box.role !== 'reply') return null;
    // A reply box sits inside the comment it answers (both UIs), after the comment's text; replies posted there
    // are comments of their own, so the text is the first one that belongs to this comment.
    const own = (comment: Element | null, selector: string, body: string) =>
      comment
        ? ([...comment.querySelectorAll(body)].find((el) => el.closest(selector) === comment) ?? null)
        : null;
    return (
      own(editable.closest(selectors.commentV2), selectors.commentV2, selectors.commentBodyV2) ??
      own(editable.closest(selectors.comment), selectors.comment, selectors.commentText)
    );
  },
  confirmsPublish(text, doc) {
    if (
      pageShowsText(
        doc,
        `${selectors.commentText}, ${selectors.updateText}, ${selectors.updateTextV2}, ${selectors.commentTextV2}`,
        text,
      )
    )
      return true;
    return [...doc.querySelectorAll(`${selectors.toast}, ${selectors.toastSdui}`)].some((toast) =>
      /post successful|posted|发布成功/i.test(toast.textContent ?? ''),
    );
  },
  engagement(doc, url) {
    const urn = decodeURIComponent(url.pathname).match(/urn:li:(?:activity|share|ugcPost):\d+/)?.[0];
    if (!urn) return null;
    const update = doc.querySelector(`[data-urn="${urn}"]`) ?? doc;
    return {
      postId: urn,
      counts: definedCounts({
        likes: countIn(update, selectors.reactions),
        replies: countIn(update, selectors.comments),
        reposts: countIn(update, selectors.reposts),
      }),
    };
  },
  comments: (doc) => [...doc.querySelectorAll(selectors.commentV2)],
  commentContext: commentV2Context,
  selectors,
  evidence: {
    boxEditor: ['MP', 'li-share', 'li-legacy', 'li-classic-2026-08'],
    boxTiptap: ['li-tiptap', 'li-share', 'li-react-2026-08'],
    boxShare: ['MP'],
    boxShareAlt: ['li-share'],
    boxComment: ['li-legacy', 'li-reply-legacy'],
    shareModal: ['MP'],
    boxShareSdui: ['li-share-2026-10', 'li-share', 'li-share-editor', 'li-share-dialog'],
    composeDialog: ['li-share', 'li-share-dialog'],
    composeScreen: ['li-share', 'li-share-dialog'],
    composeSubmitSdui: ['li-share-2026-10', 'li-share', 'li-share-dialog'],
    commentBox: ['li-legacy', 'li-tiptap', 'li-classic-2026-08'],
    commentBoxV2: ['li-tiptap', 'li-sdui', 'trusthuman-2026-02'],
    shareSubmit: ['MP', 'li-share'],
    commentSubmit: ['li-legacy', 'li-classic-2026-08'],
    commentSubmitV2: ['li-sdui', 'li-assist', 'li-sdui-dated', 'li-react-2026-08'],
    commentButtonSection: ['li-react-2026-08'],
    detailShell: ['li-react-2026-08'],
    update: ['li-feed', 'li-live-2026-06', 'li-classic-2026-08'],
    updateV2: ['li-sdui', 'li-react-2026-08'],
    comment: ['li-legacy-comments', 'li-classic-2026-08'],
    commentV2: ['li-tiptap', 'li-sdui-dated', 'li-comments-2026-08', 'li-probe-2026-06', 'li-react-2026-08'],
    commentActorV2: ['li-sdui', 'li-sdui-dated', 'trusthuman-2026-02'],
    commentAuthor: ['li-legacy-comments', 'sa-2026-03'],
    commentText: ['li-legacy-comments', 'li-classic-2026-08'],
    updateText: ['li-feed', 'sa-2026-03', 'trusthuman-2026-02', 'opencli-v1.8.6'],
    updateTextV2: ['li-feed-sdui', 'trusthuman-2026-01'],
    toast: ['li-toast', 'trusthuman-css-2026-01'],
    toastSdui: ['li-share-dialog'],
    reactions: ['li-counts', 'sa-2026-03', 'opencli-v1.8.6'],
    comments: ['li-counts', 'sa-2026-03'],
    reposts: ['li-counts'],
    commentTextV2: ['li-comment-text', 'li-react-2026-08'],
    commentBodyV2: ['li-comment-text', 'li-react-2026-08'],
  },
};
