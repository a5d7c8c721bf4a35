import type { SiteAdapter, ThreadContext } from './types';
import {
  absoluteUrl,
  controlLabelled,
  findPublishButton,
  isModEnter,
  matchesAround,
  nearestContainerWith,
  nearestMatch,
  pageShowsText,
  textIn,
  timeOf,
} from './dom';

// Weibo (Vue 3 app with hashed CSS-module classes, so selectors match the stable prefix): a card's comment box is a
// textarea with a "评论" Composer_btn. The publisher is found the way every public source finds it: the textarea with
// the placeholder 有什么新鲜事想分享给大家？ outside a feed card, sent by the control whose text is 发送 (the feed's
// woo button) or 发布 (the video upload page). Its wrapper and button classes are not used: no public source shows
// them, and the class pattern is moving ("_name_hash"). Ctrl+Enter publishes in both.
const selectors = {
  // The feed's comment box in the "_name_hash" classes has no Form_input class: it is textarea#comment-textarea-<mid>.
  boxTextarea:
    'textarea[class*="Form_input"], textarea[id^="comment-textarea-"], textarea[placeholder="有什么新鲜事想分享给大家？"]',
  boxPublisher: 'textarea[placeholder="有什么新鲜事想分享给大家？"]',
  card: 'article[class*="Feed_wrap"], article.woo-panel-main',
  // The publisher's send control, by role; its label (PUBLISHER_SEND) decides.
  publisherSubmit: 'button, [role="button"]',
  commentSubmit: '[class*="Composer_btn"]',
  // Older CSS-module names (head_name, detail_wbtext) and the "_name_hash" ones (a._name_…, ._wbtext_…): both served.
  cardAuthor: '[class*="head_name"], a[class*="_name_"]',
  // The feed's CSS-module classes are moving to the "_name_hash" pattern: the time link is now a[class^="_time_"].
  cardTime: '[class*="head-info_time"], a[class^="_time_"]',
  cardText: '[class*="detail_wbtext"], [class*="_wbtext_"]',
  commentText: '.wbpro-list .text',
  comment: '.wbpro-list',
  commentAuthor: '.text > a[usercard], .text > a',
  toast: '.woo-toast-body, [class*="Toast"], [class*="woo-toast"]',
} as const;

const ORIGIN = 'https://weibo.com';
const PUBLISHER_SEND = /^(?:发送|发布)$/;
/** How far above the publisher textarea its send control may sit (textarea → inner → box → tool row → button). */
const PUBLISHER_DEPTH = 8;

/** The publisher's send control nearest above `editable`, and the ancestor that holds it. */
function publisherControl(editable: Element): { container: Element; control: HTMLElement } | null {
  let node = editable.parentElement;
  for (let depth = 0; node && depth < PUBLISHER_DEPTH; depth++, node = node.parentElement) {
    const control = controlLabelled(node, PUBLISHER_SEND, selectors.publisherSubmit);
    if (control) return { container: node, control };
  }
  return null;
}

/** A comment reads "<author>：<text>"; its permalink is the post's (Weibo gives comments none of their own). */
function commentContext(comment: Element): ThreadContext {
  const body = comment.querySelector('.text');
  const author = textIn(comment, selectors.commentAuthor);
  const full = textIn(body) ?? '';
  const text =
    author && full.startsWith(author) ? full.slice(author.length).replace(/^\s*[：:]\s*/, '') : full;
  const card = comment.closest(selectors.card);
  return {
    author,
    url: absoluteUrl(
      card?.querySelector(selectors.cardTime)?.getAttribute('href'),
      comment.ownerDocument,
      ORIGIN,
    ),
    text: text || undefined,
  };
}

export const weiboAdapter: SiteAdapter = {
  id: 'weibo',
  name: { en: 'Weibo', zh: '微博' },
  hosts: ['weibo.com'],
  testUrls: [
    'https://weibo.com/',
    'https://weibo.com/1234567890/Abc123xyz',
    'https://weibo.com/u/1234567890',
  ],
  pageKind(url) {
    const path = url.pathname;
    if (path === '/' || path === '/home') return 'home';
    if (/^\/\d+\/[A-Za-z0-9]+\/?$/.test(path) || /^\/detail\/\d+/.test(path)) return 'post';
    if (/^\/u\/\d+/.test(path) || /^\/n\/[^/]+/.test(path)) return 'profile';
    return null;
  },
  matchBox(editable) {
    if (editable.tagName !== 'TEXTAREA') return null;
    const card = editable.closest(selectors.card);
    if (!card && editable.matches(selectors.boxPublisher)) {
      // A publisher whose send control moved is still the publisher: site health names the submit part.
      const container = publisherControl(editable)?.container ?? editable.parentElement;
      return container ? { role: 'post', field: 'body', container } : null;
    }
    if (!card || !editable.matches(selectors.boxTextarea)) return null;
    const container =
      nearestContainerWith(editable, `${selectors.commentSubmit}, button`, 4) ?? editable.parentElement;
    return container ? { role: 'comment', field: 'comment', container } : null;
  },
  submitControl(box, editable) {
    if (box.role === 'post') return publisherControl(editable)?.control ?? null;
    return (
      box.container.querySelector<HTMLElement>(selectors.commentSubmit) ??
      findPublishButton(box.container) ??
      nearestMatch(editable, selectors.commentSubmit, 6)
    );
  },
  isSubmitKey: (event) => isModEnter(event),
  threadContext(box, editable): ThreadContext | null {
    if (box.role === 'post') return null;
    const card = editable.closest(selectors.card);
    if (!card) return null;
    const time = card.querySelector(selectors.cardTime);
    return {
      author: textIn(card, selectors.cardAuthor),
      at: timeOf(time),
      url: absoluteUrl(time?.getAttribute('href'), editable.ownerDocument, ORIGIN),
      text: textIn(card, selectors.cardText),
    };
  },
  answeredElement(box, editable) {
    if (box.role === 'post') return null;
    return editable.closest(selectors.card)?.querySelector(selectors.cardText) ?? null;
  },
  confirmsPublish(text, doc) {
    if (pageShowsText(doc, `${selectors.cardText}, ${selectors.commentText}`, text)) return true;
    return [...doc.querySelectorAll(selectors.toast)].some((toast) =>
      /发布成功|评论成功|发送成功/.test(toast.textContent ?? ''),
    );
  },
  comments: (doc) => [...doc.querySelectorAll(selectors.comment)],
  commentsIn: (nodes) => matchesAround(nodes, selectors.comment),
  commentContext,
  selectors,
  selectorLabels: { publisherSubmit: PUBLISHER_SEND },
  evidence: {
    boxTextarea: ['weibo', 'MP', 'SAU-weibo', 'weibo-publish-pw', 'weibo-comment-box'],
    boxPublisher: ['MP', 'SAU-weibo', 'weibo-publish-pw'],
    publisherSubmit: ['MP', 'SAU-weibo', 'weibo-publish-pw'],
    card: ['weibo-time', 'weibo-hashed', 'ub-weibo-2026-09'],
    commentSubmit: ['weibo'],
    cardAuthor: ['weibo-scrapers', 'weibo-hashed', 'weibo-comment-box', 'pynseq-weibo-2026-07'],
    cardTime: ['weibo-time', 'weibo-hashed'],
    cardText: ['weibo-scrapers', 'weibo-hashed', 'weibo-comment-box'],
    comment: ['weibo-comments', 'weibo-hashed', 'ub-weibo-2026-09'],
    commentText: ['weibo-comments', 'weibo-hashed', 'ub-weibo-2026-09'],
    commentAuthor: ['weibo-comments', 'ub-weibo-2026-09'],
    toast: ['weibo-toast'],
  },
};
