import type { BoxMatch, SiteAdapter, ThreadContext } from './types';
import {
  absoluteUrl,
  closestAcrossShadow,
  isPlainEnter,
  labelOf,
  nearestContainerWith,
  nearestMatch,
  pageShowsText,
  textIn,
} from './dom';
import { FACEBOOK_COMMENT, FACEBOOK_POST, ariaLabelSelector, labelPattern } from './ui-labels';

// Facebook: the "Create post" dialog and every comment box are Lexical editors (div[contenteditable][role=textbox]).
// Comments are div[role=article] labelled "Comment by NAME …" in English (other UI languages label them otherwise), so
// a comment is recognised by structure: an article nested in another article, or one carrying a ?comment_id= link.
// Submit controls are found by id or structure first; labels are matched in every UI language of ui-labels.ts
// (English, Chinese, Japanese, Korean and the European languages the sources show). A reply box sits inside the
// comment it answers.
const selectors = {
  boxEditor: '[contenteditable="true"][role="textbox"]',
  boxLexical: '[data-lexical-editor="true"]',
  composerDialog: '[role="dialog"]',
  article: '[role="article"]',
  commentArticle: '[role="article"][aria-label^="Comment by"], [role="article"][aria-label^="Reply by"]',
  commentLink: 'a[href*="comment_id="]',
  postSubmit: ariaLabelSelector(FACEBOOK_POST),
  commentSubmit:
    '#focused-state-composer-submit, [aria-label="Comment"][role="button"], [aria-label="Reply"][role="button"], [aria-label="Post comment"][role="button"]',
  // Post text: the older data-ad-preview anchors and the data-ad-rendering-role="story_message" that 2026 readers use.
  postMessage:
    '[data-ad-preview="message"], [data-ad-comet-preview="message"], [data-ad-rendering-role="story_message"]',
  commentText: '[role="article"] div[dir="auto"]',
  commentBody: 'div[dir="auto"]',
  permalink:
    'a[href*="comment_id="], a[href*="/posts/"], a[href*="/permalink/"], a[href*="story_fbid="], a[href*="/videos/"], a[href*="/photos/"]',
  messenger: '[aria-label="Message"], [aria-label^="Messenger"]',
} as const;

const ORIGIN = 'https://www.facebook.com';

function isComment(article: Element): boolean {
  if (article.matches(selectors.commentArticle)) return true;
  if (article.parentElement?.closest(selectors.article)) return true;
  // Its own comment_id link, not one of a nested reply's.
  return [...article.querySelectorAll(selectors.commentLink)].some(
    (link) => link.closest(selectors.article) === article,
  );
}

/** Comment submit labels in every UI language of ui-labels.ts, for boxes whose button has no stable id. */
const COMMENT_SUBMIT_LABEL = labelPattern(FACEBOOK_COMMENT);

/** "Comment by Ann", "Ann 的评论", "Ann 的留言", "Ann的回复" → "Ann". */
function authorFromLabel(label: string | null): string | undefined {
  if (!label) return undefined;
  const name = label
    .replace(/^(Comment|Reply) by\s+/i, '')
    .replace(/\s*的(评论|留言|回复|回覆|評論)$/, '')
    .replace(/\s+\d.*$/, '');
  return name.trim() || undefined;
}

export const facebookAdapter: SiteAdapter = {
  id: 'facebook',
  name: { en: 'Facebook', zh: 'Facebook（脸书）' },
  hosts: ['facebook.com'],
  testUrls: [
    'https://www.facebook.com/',
    'https://www.facebook.com/onbrand/posts/1',
    'https://www.facebook.com/permalink.php?story_fbid=1&id=2',
  ],
  pageKind(url) {
    const path = url.pathname;
    if (path === '/' || path === '/home.php') return 'home';
    if (
      /\/posts\/|\/permalink\/|^\/permalink\.php|\/videos\/|\/photos\/|^\/photo/.test(path) ||
      url.searchParams.has('story_fbid')
    )
      return 'post';
    if (/^\/(messages|marketplace|gaming|watch\/live)/.test(path)) return null;
    if (/^\/[\w.-]+\/?$/.test(path) || /^\/groups\/[\w.-]+\/?$/.test(path)) return 'profile';
    return null;
  },
  matchBox(editable) {
    const box = closestAcrossShadow(editable, selectors.boxEditor);
    if (
      !box ||
      box.matches(selectors.messenger) ||
      box.closest('[aria-label^="Chat"], [data-pagelet*="Chat"]')
    )
      return null;
    const dialog = box.closest(selectors.composerDialog);
    const article = box.closest(selectors.article);
    if (dialog && !article) {
      return {
        role: 'post',
        field: 'body',
        container: nearestContainerWith(box, selectors.postSubmit, 15) ?? dialog,
      };
    }
    if (!article) return null;
    const container =
      nearestContainerWith(box, selectors.commentSubmit, 6) ??
      box.closest('form') ??
      box.parentElement?.parentElement ??
      article;
    return { role: isComment(article) ? 'reply' : 'comment', field: 'comment', container };
  },
  submitControl(box, editable) {
    const selector = box.role === 'post' ? selectors.postSubmit : selectors.commentSubmit;
    const found =
      box.container.querySelector<HTMLElement>(selector) ?? nearestMatch<HTMLElement>(editable, selector, 6);
    if (found || box.role === 'post') return found;
    return (
      [...box.container.querySelectorAll<HTMLElement>('[role="button"], button')].find((el) =>
        COMMENT_SUBMIT_LABEL.test(labelOf(el)),
      ) ?? null
    );
  },
  // Comments and replies send on Enter (Shift+Enter is a new line); the post dialog only posts from its button.
  isSubmitKey: (event, box) => box.role !== 'post' && isPlainEnter(event),
  threadContext(box: BoxMatch, editable): ThreadContext | null {
    if (box.role === 'post') return null;
    const article = editable.closest(selectors.article);
    if (!article) return null;
    const doc = editable.ownerDocument;
    if (isComment(article)) {
      return {
        author: textIn(article, 'a[role="link"] span') ?? authorFromLabel(article.getAttribute('aria-label')),
        url: absoluteUrl(article.querySelector('a[href*="comment_id="]')?.getAttribute('href'), doc, ORIGIN),
        text: textIn(article, 'div[dir="auto"]'),
      };
    }
    return {
      author: textIn(article, 'h2 a, h3 a, strong'),
      url: absoluteUrl(
        article
          .querySelector('a[href*="/posts/"], a[href*="/permalink/"], a[href*="story_fbid="]')
          ?.getAttribute('href'),
        doc,
        ORIGIN,
      ),
      text: textIn(article, selectors.postMessage),
    };
  },
  answeredElement(box, editable) {
    if (box.role !== 'reply') return null;
    // A reply box opens inside the comment it answers, below the comment's text; nested replies are articles of
    // their own, so the comment's text is its first div[dir=auto] that belongs to it and is not the box.
    const article = editable.closest(selectors.article);
    if (!article) return null;
    return (
      [...article.querySelectorAll(selectors.commentBody)].find(
        (el) =>
          el.closest(selectors.article) === article &&
          !el.closest('[contenteditable="true"]') &&
          !box.container.contains(el),
      ) ?? null
    );
  },
  confirmsPublish: (text, doc) =>
    pageShowsText(doc, `${selectors.commentText}, ${selectors.postMessage}`, text),
  selectors,
  evidence: {
    boxEditor: ['MP', 'fb-bots', 'aidcp-fb-2026-07'],
    boxLexical: ['MP', 'sa-2026-02', 'trusthuman-2026-02'],
    composerDialog: ['fb-fr', 'fb-intl', 'fcmf-2026-07'],
    article: ['fb-comment-intl', 'fb-live-2026-09'],
    commentArticle: ['fb-scrapers', 'fb-bot-2026-05'],
    commentLink: ['fb-scrapers', 'harness-fb-archival-2026-05'],
    postSubmit: ['MP', 'fb-es', 'fb-fr', 'fb-ja', 'fb-ko', 'fb-intl'],
    commentSubmit: ['fb-bots', 'trusthuman-2026-02', 'fb-bot-2026-05'],
    postMessage: ['fb-message', 'fb-live-2026-09'],
    commentText: ['fb-comment-text', 'fb-live-2026-09'],
    commentBody: ['fb-comment-text', 'fb-reply-box', 'fb-live-2026-09'],
    permalink: ['fb-permalink', 'aidcp-fb-2026-07'],
    messenger: ['fb-messenger'],
  },
};
