import type { SiteAdapter, ThreadContext } from './types';
import { chineseTimeLabel } from './chinese-time-label';
import {
  absoluteUrl,
  closestAcrossShadow,
  countIn,
  definedCounts,
  findPublishButton,
  nearestContainerWith,
  nearestMatch,
  pageShowsText,
  textIn,
} from './dom';

// Xiaohongshu: on a note page the comment input is a plain contenteditable p#content-textarea with "发送"
// (button.btn.submit); on the creator "publish note" page the title is an input (20 characters) and the body a
// TipTap/ProseMirror editor (older versions: div#post-textarea), published by the red "发布" button: since 2026-05 the
// <xhs-publish-btn> custom element, whose shadow root is closed (so the host element is the control: a click anywhere on
// it reaches the page as a click on the host), and still the older `.publish-page-publish-btn button` for some users.
// After publishing, the creator page moves to /publish/success. An undated selector list calls
// `.publish-page button.ce-btn.bg-red` a "2026 改版" light-DOM button; the dated runs (2026-05-25, 09-07) find that
// button inside the host's closed shadow root, where no page script sees it, so the host stays the control.
const selectors = {
  boxComment: '#content-textarea[contenteditable="true"], .input-box [contenteditable="true"]',
  boxCreatorTitle: '.titleInput input, .title-container input, input[placeholder*="标题"]',
  boxCreatorBody:
    '.edit-container [contenteditable="true"], .ProseMirror[contenteditable="true"], #post-textarea[contenteditable="true"]',
  commentSubmit: 'button.btn.submit, .right-btn-area .submit',
  creatorSubmit:
    'xhs-publish-btn, .publish-page-publish-btn button.bg-red, button.publishBtn, .submit button',
  creatorForm: '.post-page, .publish-page-container, .creator-container',
  note: '#noteContainer, .note-container',
  commentItem: '.comment-item',
  // A comment's 回复: the note's one comment box then answers that comment (XHS-MCP-reply clicks it, then types in
  // div.input-box p.content-input and sends with div.bottom button.submit).
  replyButton: '.comment-item .right .interactions .reply',
  commentText: '.comment-item .content .note-text, .comment-item .content',
  commentAuthor: '.comment-item .author .name',
  // Its first span is the age ("1小时前", "昨天 15:59", "05-29"); the region follows in .location.
  commentDate: '.comment-item .date',
  publishedNote: '.note-item .desc',
  noteAuthor: '.author-wrapper .username, .author-wrapper .name',
  noteTitle: '#detail-title',
  noteText: '#detail-desc',
  likes:
    '.engage-bar .like-wrapper .count, .interactions .like-wrapper .count, .interact-container .like-wrapper .count',
  collects:
    '.engage-bar .collect-wrapper .count, .interactions .collect-wrapper .count, .interact-container .collect-wrapper .count',
  comments: '.engage-bar .chat-wrapper .count, .interactions .chat-wrapper .count',
  toast: '.d-toast, .toast, .css-toast',
} as const;

const ORIGIN = 'https://www.xiaohongshu.com';
const NOTE_PATH = /^\/(?:explore|discovery\/item|user\/profile\/\w+)\/(\w+)/;

/** One comment's author, age, link (the note's URL: comments have no permalink of their own) and text. */
function commentContext(comment: Element): ThreadContext {
  const date = comment.querySelector(selectors.commentDate);
  return {
    author: textIn(comment, selectors.commentAuthor),
    at: chineseTimeLabel(textIn(date, 'span') ?? textIn(date)),
    url: comment.ownerDocument.URL,
    text: textIn(comment, selectors.commentText),
  };
}

export const xiaohongshuAdapter: SiteAdapter = {
  id: 'xiaohongshu',
  name: { en: 'Xiaohongshu (RED)', zh: '小红书' },
  hosts: ['xiaohongshu.com'],
  testUrls: [
    'https://www.xiaohongshu.com/explore/abc',
    'https://creator.xiaohongshu.com/publish/publish',
    'https://www.xiaohongshu.com/explore',
  ],
  pageKind(url) {
    const path = url.pathname;
    if (url.hostname.startsWith('creator.')) return /^\/publish\//.test(path) ? 'creator-publish' : null;
    if (NOTE_PATH.test(path)) return 'post';
    if (path === '/explore' || path === '/') return 'home';
    return null;
  },
  matchBox(editable) {
    const creatorTitle =
      editable.tagName === 'INPUT' ? closestAcrossShadow(editable, selectors.boxCreatorTitle) : null;
    const creatorBody = creatorTitle ? null : closestAcrossShadow(editable, selectors.boxCreatorBody);
    if ((creatorTitle || creatorBody) && !editable.closest(selectors.note)) {
      const box = (creatorTitle ?? creatorBody) as Element;
      const container =
        nearestContainerWith(box, selectors.creatorSubmit, 10) ?? box.closest(selectors.creatorForm);
      return container ? { role: 'post', field: creatorTitle ? 'title' : 'body', container } : null;
    }
    const comment = closestAcrossShadow(editable, selectors.boxComment);
    if (!comment) return null;
    const container = nearestContainerWith(comment, selectors.commentSubmit, 8);
    return container ? { role: 'comment', field: 'comment', container } : null;
  },
  submitControl(box, editable) {
    const selector = box.role === 'post' ? selectors.creatorSubmit : selectors.commentSubmit;
    if (box.role === 'post') {
      // In order of preference: the web component, the older button, then any 发布 control (a selector list would
      // return whichever comes first in the page).
      for (const one of selector.split(', ')) {
        const control =
          box.container.querySelector<HTMLElement>(one) ?? nearestMatch<HTMLElement>(editable, one, 12);
        if (control) return control;
      }
      return findPublishButton(box.container);
    }
    return (
      box.container.querySelector<HTMLElement>(selector) ??
      nearestMatch(editable, selector) ??
      findPublishButton(box.container)
    );
  },
  // The comment box and the publish page only send from their buttons.
  isSubmitKey: () => false,
  threadContext(box, editable, replyingTo): ThreadContext | null {
    if (box.role === 'post') return null;
    // After a comment's 回复 the shared box answers that comment (replyTarget below), else the note.
    if (replyingTo) return { ...commentContext(replyingTo), answersComment: true };
    const doc = editable.ownerDocument;
    const note = editable.closest(selectors.note) ?? doc;
    const pageUrl = new URL(doc.URL);
    const url =
      NOTE_PATH.test(pageUrl.pathname) && /xiaohongshu\.com$/.test(pageUrl.hostname)
        ? pageUrl.href
        : undefined;
    return {
      author: textIn(note, selectors.noteAuthor),
      url: url ?? absoluteUrl(note.querySelector('a.name')?.getAttribute('href'), doc, ORIGIN),
      text:
        [textIn(note, selectors.noteTitle), textIn(note, selectors.noteText)].filter(Boolean).join('\n') ||
        undefined,
    };
  },
  answeredElement(box, editable, replyingTo) {
    if (box.role === 'post') return null;
    // The note page has one comment box (in the engage bar under the note): it answers the note, or, after a
    // comment's 回复, that comment (the runtime remembers the person's click, replyTarget below).
    if (replyingTo) return replyingTo.querySelector(selectors.commentText) ?? replyingTo;
    const note = editable.closest(selectors.note) ?? editable.ownerDocument;
    return note.querySelector(selectors.noteText) ?? null;
  },
  replyTarget: (clicked) => clicked.closest(selectors.replyButton)?.closest(selectors.commentItem) ?? null,
  commentContext,
  confirmsPublish(text, doc) {
    if (/\/publish\/success/.test(doc.URL)) return true;
    if (pageShowsText(doc, `${selectors.commentText}, ${selectors.publishedNote}`, text)) return true;
    return [...doc.querySelectorAll(selectors.toast)].some((toast) =>
      /发布成功|评论成功/.test(toast.textContent ?? ''),
    );
  },
  engagement(doc, url) {
    const postId = url.pathname.match(NOTE_PATH)?.[1];
    if (!postId) return null;
    return {
      postId,
      counts: definedCounts({
        likes: countIn(doc, selectors.likes),
        favourites: countIn(doc, selectors.collects),
        replies: countIn(doc, selectors.comments),
      }),
    };
  },
  selectors,
  evidence: {
    boxComment: ['XHS-MCP-comments'],
    boxCreatorTitle: ['XHS-MCP', 'SAU', 'xhs-creator-2026-09', 'tassello-2026-09', 'xhs-site-notes-2026-09'],
    boxCreatorBody: ['XHS-MCP', 'SAU', 'xhs-creator-2026-09', 'tassello-2026-09', 'xhs-site-notes-2026-09'],
    commentSubmit: ['XHS-MCP-comments'],
    creatorSubmit: [
      'XHS-MCP',
      'XHS-MCP-publish',
      'wechat-skill',
      'xhs-creator-2026-09',
      'tassello-2026-09',
      'multi-publisher-2026-10',
      'xhs-site-notes-2026-09',
      'xhs-publish-probe-2026-05',
    ],
    note: ['XHS-MCP-comments'],
    commentItem: ['XHS-MCP-comments', 'xhs-site-notes-2026-09'],
    replyButton: ['XHS-MCP-comments', 'XHS-MCP-reply'],
    noteAuthor: [
      'xhs-note',
      'rednote-mcp-2026-02',
      'xhs-mcp-pr568-2026-04',
      'sau-xxk8-xhs-2026-07',
      'opencli-v1.8.6',
    ],
    noteTitle: ['xhs-note', 'xhs-note-2026-08'],
    noteText: ['xhs-note-live', 'xhs-note', 'xhs-note-2026-08'],
    creatorForm: ['xhs-creator-form'],
    commentText: ['xhs-comment-text', 'xhs-site-notes-2026-09'],
    commentAuthor: ['xhs-comment-meta', 'xhs-site-notes-2026-09'],
    commentDate: ['xhs-comment-meta', 'aidcp-xhs-2026-07'],
    publishedNote: ['xhs-note-list'],
    likes: ['xhs-counts', 'xhs-note-2026-08'],
    collects: ['xhs-counts', 'xhs-note-2026-08'],
    comments: ['xhs-counts', 'xhs-note-2026-08'],
    toast: ['xhs-toast'],
  },
};
