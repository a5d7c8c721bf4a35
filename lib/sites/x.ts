import type { BoxMatch, SiteAdapter, ThreadContext } from './types';
import {
  absoluteUrl,
  closestAcrossShadow,
  countIn,
  definedCounts,
  isModEnter,
  matchesAround,
  nearestContainerWith,
  nearestMatch,
  pageShowsText,
  precedingMatch,
  textIn,
  timeOf,
} from './dom';

// X (and twitter.com): the Draft.js composer carries data-testid="tweetTextarea_0" (…_1, _2 in a thread), the
// inline button is tweetButtonInline and the dialog's is tweetButton; posts are article[data-testid="tweet"]. Mobile web
// renders a plain <textarea> inside the tweetTextarea_ test id instead. Everything is found by data-testid, which X
// does not translate; the conversation's aria-label is localized, so replies are found by structure.
const selectors = {
  boxComposer: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  boxMobileTextarea: '[data-testid^="tweetTextarea_"] textarea, textarea[data-testid^="tweetTextarea_"]',
  boxComposerContainer: '[data-testid^="tweetTextarea_"][data-testid$="RichTextInputContainer"]',
  submit: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  dialog: '[role="dialog"]',
  tweet: 'article[data-testid="tweet"]',
  tweetText: '[data-testid="tweetText"]',
  userName: '[data-testid="User-Name"]',
  statusLink: 'a[href*="/status/"]',
  toast: '[data-testid="toast"]',
  replyCount: '[data-testid="reply"]',
  repostCount: '[data-testid="retweet"], [data-testid="unretweet"]',
  likeCount: '[data-testid="like"], [data-testid="unlike"]',
  bookmarkCount: '[data-testid="bookmark"], [data-testid="removeBookmark"]',
  viewCount: 'a[href$="/analytics"]',
  conversation:
    '[aria-label^="Timeline: Conversation"], [aria-label^="时间线：对话"], [aria-label^="時間軸：對話"]',
} as const;

const ORIGIN = 'https://x.com';
const STATUS_PATH = /^\/[A-Za-z0-9_]{1,15}\/status\/(\d+)/;

/** A reply box sits on a status page (inline) or in the dialog opened by a tweet's Reply button. */
function isReplyBox(editable: HTMLElement): boolean {
  const dialog = editable.closest(selectors.dialog);
  if (dialog) return Boolean(dialog.querySelector(selectors.tweet));
  return (
    STATUS_PATH.test(new URL(editable.ownerDocument.URL, ORIGIN).pathname) ||
    Boolean(precedingMatch(editable, selectors.tweet))
  );
}

function answeredTweet(editable: HTMLElement): Element | null {
  const dialog = editable.closest(selectors.dialog);
  return precedingMatch(editable, selectors.tweet, dialog ?? editable.ownerDocument);
}

/** The focal post last found per page, checked again before reuse (X may reuse an article for another post). */
const focalFound = new WeakMap<Document, { postId: string; tweet: Element }>();

/** The post a status page is about: the article linking to its own status id. */
function focalTweet(doc: Document, postId: string): Element | undefined {
  const ownLink = `${selectors.statusLink}[href$="/status/${postId}"]`;
  // The reply scan asks on every change of the thread: the query over the whole page (every link of thousands of
  // replies) runs only when the post found last time is gone or no longer links to this status.
  const known = focalFound.get(doc);
  if (known?.postId === postId && known.tweet.isConnected && known.tweet.querySelector(ownLink))
    return known.tweet;
  // One native query, not a link search per article.
  const tweet = doc.querySelector(`${selectors.tweet} ${ownLink}`)?.closest(selectors.tweet) ?? undefined;
  if (tweet) focalFound.set(doc, { postId, tweet });
  return tweet;
}

/** The labelled conversation lists last found per page, with the address they were found on. */
const conversationFound = new WeakMap<Document, { url: string; lists: Element[] }>();

/**
 * The conversation lists by their label. The reply scan asks on every change of the thread: the attribute query over
 * the whole page (thousands of replies) runs again only when the page moved on or a list found last time is gone.
 */
function labelledConversation(doc: Document): Element[] {
  const known = conversationFound.get(doc);
  if (
    known?.url === doc.URL &&
    known.lists.every((list) => list.isConnected && list.matches(selectors.conversation))
  )
    return known.lists;
  const lists = [...doc.querySelectorAll(selectors.conversation)];
  // Not rendered yet: nothing is kept, so the next change looks again.
  if (lists.length) conversationFound.set(doc, { url: doc.URL, lists });
  else conversationFound.delete(doc);
  return lists;
}

/**
 * Where a status page's replies are: the conversation's lists, and the post they answer. The conversation's label is
 * localized: in a UI language not listed, it is the section around the focal post.
 */
function conversationOf(doc: Document): { lists: Element[]; focal: Element | undefined } {
  const postId = new URL(doc.URL, ORIGIN).pathname.match(STATUS_PATH)?.[1];
  const focalById = postId ? focalTweet(doc, postId) : undefined;
  const labelled = labelledConversation(doc);
  const lists = labelled.length
    ? labelled
    : [focalById?.closest('section, [role="region"]')].filter((list): list is Element => Boolean(list));
  // Without the focal post's link, the conversation's first post is the one answered.
  const focal =
    focalById ?? lists.map((list) => list.querySelector(selectors.tweet)).find(Boolean) ?? undefined;
  return { lists, focal };
}

/** A reply of the conversation: inside one of its lists, not the post answered, not in a dialog. */
function isReply(tweet: Element, { lists, focal }: ReturnType<typeof conversationOf>): boolean {
  return tweet !== focal && lists.some((list) => list.contains(tweet)) && !tweet.closest(selectors.dialog);
}

/** A post's @handle (the User-Name block shows the display name first, then the handle). */
function handleOf(tweet: Element): string | undefined {
  return [...tweet.querySelectorAll(`${selectors.userName} a span`)]
    .map((s) => s.textContent ?? '')
    .find((t) => t.startsWith('@'));
}

/** Author, time, permalink and text of one post or reply. */
function tweetContext(tweet: Element): ThreadContext {
  const time = tweet.querySelector('time');
  return {
    author: handleOf(tweet) ?? textIn(tweet, `${selectors.userName} a span`),
    at: timeOf(time),
    url: absoluteUrl(
      time?.closest('a')?.getAttribute('href') ??
        tweet.querySelector(selectors.statusLink)?.getAttribute('href'),
      tweet.ownerDocument,
      ORIGIN,
    ),
    text: tweet.querySelector(selectors.tweetText)?.textContent ?? undefined,
  };
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  name: { en: 'X (Twitter)', zh: 'X（推特）' },
  hosts: ['x.com', 'twitter.com'],
  testUrls: [
    'https://x.com/home',
    'https://x.com/compose/post',
    'https://x.com/onbrand/status/1',
    'https://twitter.com/home',
  ],
  pageKind(url) {
    const path = url.pathname;
    if (path === '/home') return 'home';
    if (path.startsWith('/compose/')) return 'compose';
    if (STATUS_PATH.test(path)) return 'post';
    if (/^\/messages/.test(path)) return null;
    if (
      /^\/[A-Za-z0-9_]{1,15}\/?$/.test(path) &&
      !['/explore', '/search', '/notifications', '/settings', '/i'].includes(path.replace(/\/$/, ''))
    )
      return 'profile';
    return null;
  },
  matchBox(editable) {
    const box =
      closestAcrossShadow(editable, selectors.boxComposer) ??
      (editable.tagName === 'TEXTAREA' ? closestAcrossShadow(editable, selectors.boxMobileTextarea) : null);
    if (!box) return null;
    // The element that holds both the editor and its Post/Reply button (the toolbar row, the dialog).
    const container =
      nearestContainerWith(box, selectors.submit, 15) ?? box.closest(selectors.dialog) ?? box.parentElement;
    if (!container) return null;
    return { role: isReplyBox(editable) ? 'reply' : 'post', field: 'body', container };
  },
  submitControl: (box, editable) =>
    box.container.querySelector<HTMLElement>(selectors.submit) ?? nearestMatch(editable, selectors.submit),
  isSubmitKey: (event) => isModEnter(event),
  threadContext(box: BoxMatch, editable): ThreadContext | null {
    if (box.role !== 'reply') return null;
    const tweet = answeredTweet(editable);
    return tweet ? tweetContext(tweet) : null;
  },
  answeredElement(box, editable) {
    if (box.role !== 'reply') return null;
    const tweet = answeredTweet(editable);
    return tweet?.querySelector(selectors.tweetText) ?? tweet;
  },
  confirmsPublish(text, doc) {
    if (pageShowsText(doc, `${selectors.tweet} ${selectors.tweetText}`, text)) return true;
    // "Your post was sent." appears when the new post is not in view (dialog composer, other timelines).
    return [...doc.querySelectorAll(selectors.toast)].some((toast) =>
      /post was sent|reply was sent|已发送|帖子已发送|已傳送|貼文已傳送/i.test(toast.textContent ?? ''),
    );
  },
  engagement(doc, url) {
    const postId = url.pathname.match(STATUS_PATH)?.[1];
    if (!postId) return null;
    const tweet = focalTweet(doc, postId);
    if (!tweet) return null;
    return {
      postId,
      counts: definedCounts({
        replies: countIn(tweet, selectors.replyCount),
        reposts: countIn(tweet, selectors.repostCount),
        likes: countIn(tweet, selectors.likeCount),
        favourites: countIn(tweet, selectors.bookmarkCount),
        views: countIn(tweet, selectors.viewCount),
      }),
    };
  },
  postAuthor(doc, url) {
    const match = url.pathname.match(/^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/);
    if (!match) return null;
    const tweet = focalTweet(doc, match[2]);
    // X redirects /<any>/status/<id> to the author's handle, so the path is the fallback before the post renders.
    return (tweet && handleOf(tweet)) ?? `@${match[1]}`;
  },
  comments(doc) {
    const conversation = conversationOf(doc);
    const tweets = new Set(conversation.lists.flatMap((list) => [...list.querySelectorAll(selectors.tweet)]));
    return [...tweets].filter((tweet) => isReply(tweet, conversation));
  },
  commentsIn(nodes, doc) {
    const tweets = matchesAround(nodes, selectors.tweet);
    if (!tweets.length) return [];
    const conversation = conversationOf(doc);
    return tweets.filter((tweet) => isReply(tweet, conversation));
  },
  commentContext: tweetContext,
  selectors,
  evidence: {
    boxComposer: ['CPFT', 'MP'],
    boxMobileTextarea: ['CPFT'],
    submit: ['CPFT', 'MP'],
    dialog: ['CPFT-2026-08'],
    tweet: ['CPFT'],
    tweetText: ['CPFT'],
    userName: ['CPFT'],
    toast: ['x-toast', 'sa-2026-01', 'trusthuman-2026-02', 'opencli-x-2026-08'],
    replyCount: ['CPFT'],
    repostCount: ['CPFT'],
    likeCount: ['CPFT'],
    bookmarkCount: ['CPFT-2026-08'],
    viewCount: ['CPFT'],
    conversation: ['x-conversation', 'x-zh-tw', 'trusthuman-2026-02'],
    boxComposerContainer: ['x-richtext'],
    statusLink: ['x-status', 'x-beacon-2026-08'],
  },
};
