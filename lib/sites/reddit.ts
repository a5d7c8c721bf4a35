import type { SiteAdapter, ThreadContext } from './types';
import {
  absoluteUrl,
  closestAcrossShadow,
  definedCounts,
  isModEnter,
  matchesAround,
  nearestContainerWith,
  nearestMatch,
  pageShowsText,
  parseCount,
  textIn,
  timeOf,
} from './dom';

// Reddit (shreddit web components): comment boxes are shreddit-composer with a Lexical editor in slot="rte" and a
// button[slot="submit-button"]; a reply composer sits inside the shreddit-comment it answers. The submit page has a
// title (faceplate-textarea-input name="title", a textarea in its shadow root) and the same composer as the body.
// old.reddit.com uses plain textareas. Newer post pages (2025–26) use shreddit-simple-composer / shreddit-comment-composer,
// which keep the editor ([role=textbox][contenteditable]) and their submit button inside their own (open) shadow root.
const selectors = {
  boxRte: 'shreddit-composer [contenteditable="true"], [slot="rte"][contenteditable="true"]',
  boxTitle: 'faceplate-textarea-input[name="title"], textarea[name="title"]',
  boxOldComment: '.usertext-edit textarea[name="text"]',
  boxShadowComposer: 'shreddit-simple-composer, shreddit-comment-composer',
  shadowSubmit: 'button[type="submit"], button[slot="submit-button"], button[data-testid="submit"]',
  composer: 'shreddit-composer, .usertext-edit',
  postForm: 'r-post-composer-form, shreddit-post-composer, #post-composer, form#newlink',
  submit:
    'button[slot="submit-button"], shreddit-composer button[type="submit"], .usertext-buttons button[type="submit"]',
  postSubmit:
    '#inner-post-submit-button, r-post-form-submit-button, button[type="submit"][form], .submit button[name="submit"]',
  post: 'shreddit-post',
  comment: 'shreddit-comment, .thing.comment',
  commentText: 'shreddit-comment [slot="comment"], .thing.comment .usertext-body',
  postText: 'shreddit-post [slot="text-body"]',
} as const;

const ORIGIN = 'https://www.reddit.com';
const POST_PATH = /^\/r\/[\w]+\/comments\/(\w+)/;

function isOnSubmitPage(element: Element): boolean {
  return (
    Boolean(closestAcrossShadow(element, selectors.postForm)) ||
    /\/submit\/?$/.test(new URL(element.ownerDocument.URL).pathname)
  );
}

/** A shreddit-comment carries its author, time and permalink as attributes; the body is its own slot="comment". */
function commentContext(comment: Element): ThreadContext {
  return {
    author: comment.getAttribute('author') ?? textIn(comment, '.author') ?? undefined,
    at:
      timeOf(comment.querySelector('time[datetime]')) ??
      (Date.parse(comment.getAttribute('created') ?? '') || undefined),
    url: absoluteUrl(
      comment.getAttribute('permalink') ?? comment.getAttribute('data-permalink'),
      comment.ownerDocument,
      ORIGIN,
    ),
    text: textIn(
      comment.querySelector(':scope > [slot="comment"]') ??
        comment.querySelector('[slot="comment"], .usertext-body'),
    ),
  };
}

export const redditAdapter: SiteAdapter = {
  id: 'reddit',
  name: { en: 'Reddit', zh: 'Reddit（红迪）' },
  hosts: ['reddit.com'],
  testUrls: [
    'https://www.reddit.com/r/onbrand/comments/abc123/hello/',
    'https://www.reddit.com/r/onbrand/submit/',
    'https://www.reddit.com/r/onbrand/',
    'https://old.reddit.com/r/onbrand/comments/abc123/hello/',
  ],
  pageKind(url) {
    const path = url.pathname;
    if (POST_PATH.test(path)) return 'post';
    if (/^\/(r\/\w+\/|user\/[\w-]+\/)?submit\/?/.test(path)) return 'compose';
    if (/^\/r\/\w+\/?$/.test(path) || path === '/') return 'home';
    return null;
  },
  matchBox(editable) {
    const root = editable.getRootNode();
    const shadowHost =
      root instanceof ShadowRoot && root.host.matches(selectors.boxShadowComposer) ? root.host : null;
    if (shadowHost) {
      return {
        role: shadowHost.closest(selectors.comment) ? 'reply' : 'comment',
        field: 'comment',
        container: shadowHost,
      };
    }
    const title = closestAcrossShadow(editable, selectors.boxTitle);
    if (title && !title.closest(selectors.composer)) {
      const form =
        closestAcrossShadow(title, selectors.postForm) ?? title.closest('form') ?? title.parentElement;
      return form ? { role: 'post', field: 'title', container: form } : null;
    }
    const rte = closestAcrossShadow(editable, `${selectors.boxRte}, ${selectors.boxOldComment}`);
    if (!rte) return null;
    if (isOnSubmitPage(rte) && !rte.closest(selectors.comment)) {
      const form =
        closestAcrossShadow(rte, selectors.postForm) ?? rte.closest('form') ?? rte.ownerDocument.body;
      return { role: 'post', field: 'body', container: form };
    }
    const composer = rte.closest(selectors.composer) ?? nearestContainerWith(rte, selectors.submit, 6);
    if (!composer) return null;
    return {
      role: rte.closest(selectors.comment) ? 'reply' : 'comment',
      field: 'comment',
      container: composer,
    };
  },
  submitControl(box, editable) {
    if (box.role === 'post') {
      // The real button is #inner-post-submit-button, in the light DOM or in its host's shadow root.
      const inner = box.container.querySelector<HTMLElement>('#inner-post-submit-button');
      const host = box.container.querySelector<HTMLElement>('r-post-form-submit-button');
      const inHost = host?.shadowRoot?.querySelector<HTMLElement>('button');
      return inner ?? inHost ?? host ?? box.container.querySelector<HTMLElement>(selectors.postSubmit);
    }
    // The simple composer's button lives next to its editor, in the host's shadow root.
    const inShadow = box.container.shadowRoot?.querySelector<HTMLElement>(selectors.shadowSubmit);
    if (inShadow) return inShadow;
    const selector = selectors.submit;
    return box.container.querySelector<HTMLElement>(selector) ?? nearestMatch(editable, selector, 8);
  },
  isSubmitKey: (event, box) => box.role !== 'post' && isModEnter(event),
  threadContext(box, editable): ThreadContext | null {
    if (box.role === 'post') return null;
    const doc = editable.ownerDocument;
    const comment = box.role === 'reply' ? closestAcrossShadow(editable, 'shreddit-comment') : null;
    if (comment) return commentContext(comment);
    const post = doc.querySelector(selectors.post);
    if (!post) return null;
    return {
      author: post.getAttribute('author') ?? undefined,
      at:
        Date.parse(
          post
            .getAttribute('created-timestamp')
            ?.replace(/(\.\d{3})\d*/, '$1')
            .replace(/([+-]\d{2})(\d{2})$/, '$1:$2') ?? '',
        ) || undefined,
      url: absoluteUrl(post.getAttribute('permalink'), doc, ORIGIN),
      text:
        [post.getAttribute('post-title'), textIn(post, '[slot="text-body"]')].filter(Boolean).join('\n') ||
        undefined,
    };
  },
  confirmsPublish: (text, doc) => pageShowsText(doc, `${selectors.commentText}, ${selectors.postText}`, text),
  engagement(doc, url) {
    const postId = url.pathname.match(POST_PATH)?.[1];
    const post = doc.querySelector(selectors.post);
    if (!postId || !post) return null;
    return {
      postId,
      counts: definedCounts({
        likes: parseCount(post.getAttribute('score')),
        replies: parseCount(post.getAttribute('comment-count')),
      }),
    };
  },
  comments: (doc) => [...doc.querySelectorAll(selectors.comment)],
  commentsIn: (nodes) => matchesAround(nodes, selectors.comment),
  commentContext,
  selectors,
  evidence: {
    boxRte: ['reddit-bots', 'reddit', 'reddit-post-form'],
    boxTitle: ['MP', 'rdx-2026-08', 'res-2026-07'],
    boxOldComment: ['TBX', 'res-2026-07'],
    boxShadowComposer: ['reddit', 'rdx-2026-08'],
    shadowSubmit: ['reddit', 'reddit-bots'],
    composer: ['reddit', 'reddit-bots', 'TBX', 'reddit-post-form'],
    submit: ['reddit', 'reddit-bots', 'TBX', 'reddit-post-form'],
    postSubmit: ['MP'],
    post: ['reddit-text', 'reddit-post-form'],
    comment: ['reddit-bots', 'TBX', 'reddit-post-form'],
    commentText: ['TBX', 'reddit-post-form'],
    postText: ['reddit-text', 'reddit-post-form'],
    postForm: ['reddit-post-form'],
  },
};
