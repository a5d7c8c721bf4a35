import type { SiteAdapter, ThreadContext } from './types';
import {
  absoluteUrl,
  closestAcrossShadow,
  countIn,
  definedCounts,
  matchesAround,
  nearestMatch,
  pageShowsText,
  parseCount,
  textIn,
} from './dom';

// YouTube: comment and reply boxes are ytd-commentbox with a plain contenteditable #contenteditable-root and
// #submit-button; a reply box sits inside the ytd-comment-thread-renderer it answers. YouTube Studio's upload
// dialog has title and description textboxes (#textbox inside #title-textarea / #description-textarea).
const selectors = {
  boxComment: 'ytd-commentbox #contenteditable-root[contenteditable="true"]',
  boxStudioTitle: '#title-textarea #textbox[contenteditable="true"]',
  boxStudioDescription: '#description-textarea #textbox[contenteditable="true"]',
  commentBox: 'ytd-commentbox',
  submit: '#submit-button',
  studioDialog: 'ytcp-uploads-dialog, ytcp-video-metadata-editor, #dialog',
  studioSubmit: '#done-button, #save, ytcp-button#done-button',
  thread: 'ytd-comment-thread-renderer',
  comment: 'ytd-comment-view-model, ytd-comment-renderer',
  authorText: '#author-text',
  publishedTime: '#published-time-text a',
  contentText: '#content-text',
  watch: 'ytd-watch-flexy',
  videoTitle: 'ytd-watch-metadata h1, h1.ytd-watch-metadata, h1.title',
  channelName:
    'ytd-watch-metadata ytd-channel-name a, #owner ytd-channel-name a, ytd-video-owner-renderer ytd-channel-name a',
  likeButton:
    'like-button-view-model button, #segmented-like-button button, ytd-toggle-button-renderer#like button',
  viewCount:
    'ytd-watch-info-text #info span, ytd-video-view-count-renderer .view-count, #info-container #info span',
  commentCount: 'ytd-comments-header-renderer #count .count-text, ytd-comments-header-renderer #count',
} as const;

const ORIGIN = 'https://www.youtube.com';

/** A comment's author, permalink (its "3 days ago" link carries `&lc=<comment id>`) and text. */
function commentContext(comment: Element): ThreadContext {
  return {
    author: textIn(comment, selectors.authorText),
    url: absoluteUrl(
      comment.querySelector(selectors.publishedTime)?.getAttribute('href'),
      comment.ownerDocument,
      ORIGIN,
    ),
    text: textIn(comment, selectors.contentText),
  };
}

export const youtubeAdapter: SiteAdapter = {
  id: 'youtube',
  name: { en: 'YouTube', zh: 'YouTube（油管）' },
  hosts: ['youtube.com'],
  testUrls: [
    'https://www.youtube.com/watch?v=demo',
    'https://www.youtube.com/shorts/abc123',
    'https://www.youtube.com/post/UgkxDemo',
    'https://studio.youtube.com/channel/UC123/videos/upload',
  ],
  pageKind(url) {
    const path = url.pathname;
    if (url.hostname.startsWith('studio.')) return /\/videos|\/video\//.test(path) ? 'creator-publish' : null;
    if (path === '/watch' && url.searchParams.has('v')) return 'post';
    if (/^\/shorts\/[\w-]+/.test(path)) return 'post';
    if (/^\/post\/[\w-]+/.test(path) || /^\/(@[\w.-]+|channel\/[\w-]+)\/community/.test(path)) return 'post';
    return null;
  },
  matchBox(editable) {
    const studioTitle = closestAcrossShadow(editable, selectors.boxStudioTitle);
    const studioBody = studioTitle ? null : closestAcrossShadow(editable, selectors.boxStudioDescription);
    if (studioTitle || studioBody) {
      const field = studioTitle ? 'title' : 'body';
      const box = (studioTitle ?? studioBody) as Element;
      return {
        role: 'post',
        field,
        container: closestAcrossShadow(box, selectors.studioDialog) ?? box.ownerDocument.body,
      };
    }
    const root = closestAcrossShadow(editable, selectors.boxComment);
    const commentBox = root && closestAcrossShadow(root, selectors.commentBox);
    if (!root || !commentBox) return null;
    return {
      role: commentBox.closest(selectors.thread) ? 'reply' : 'comment',
      field: 'comment',
      container: commentBox,
    };
  },
  submitControl(box, editable) {
    if (box.role === 'post')
      return (
        box.container.querySelector<HTMLElement>(selectors.studioSubmit) ??
        nearestMatch(editable, selectors.studioSubmit)
      );
    const renderer = box.container.querySelector<HTMLElement>(selectors.submit);
    // The click handler sits on the inner <button>; clicks on it still land inside the renderer.
    return renderer?.querySelector<HTMLElement>('button') ?? renderer;
  },
  // YouTube's comment box only submits from its button (Enter is a new line).
  isSubmitKey: () => false,
  threadContext(box, editable): ThreadContext | null {
    if (box.role === 'post') return null;
    const doc = editable.ownerDocument;
    if (box.role === 'reply') {
      const thread = editable.closest(selectors.thread);
      const comment = thread?.querySelector(selectors.comment);
      return comment ? commentContext(comment) : null;
    }
    const videoId = doc.querySelector(selectors.watch)?.getAttribute('video-id');
    return {
      author: textIn(doc, selectors.channelName),
      url: videoId ? `${ORIGIN}/watch?v=${videoId}` : undefined,
      text: textIn(doc, selectors.videoTitle),
    };
  },
  confirmsPublish: (text, doc) => pageShowsText(doc, `${selectors.comment} ${selectors.contentText}`, text),
  engagement(doc, url) {
    const postId = url.searchParams.get('v') ?? url.pathname.match(/^\/shorts\/([\w-]+)/)?.[1];
    if (!postId) return null;
    return {
      postId,
      counts: definedCounts({
        likes: countIn(doc, selectors.likeButton),
        views: parseCount(textIn(doc, selectors.viewCount)),
        replies: parseCount(textIn(doc, selectors.commentCount)),
      }),
    };
  },
  comments: (doc) => [...doc.querySelectorAll(`${selectors.thread} ${selectors.comment}`)],
  commentsIn: (nodes) => matchesAround(nodes, `${selectors.thread} ${selectors.comment}`),
  commentContext,
  selectors,
  evidence: {
    boxComment: ['yt-tools', 'IT'],
    boxStudioTitle: ['SAU-youtube', 'MP-video'],
    boxStudioDescription: ['SAU-youtube', 'MP-video'],
    commentBox: ['yt-tools', 'ytkit-2026-02'],
    submit: ['yt-tools', 'sa-2026-01', 'ytkit-2026-02'],
    studioDialog: ['yt-studio', 'opencli-yt-studio-2026-07'],
    studioSubmit: ['SAU-youtube'],
    thread: ['yt-tools', 'IT'],
    comment: ['yt-tools', 'sa-2026-01', 'yclh-2026-02', 'ytkit-2026-02'],
    authorText: ['yt-comments', 'yclh-2026-02', 'ytkit-2026-02'],
    publishedTime: ['yt-comments', 'ytkit-2026-02'],
    contentText: ['yt-comments', 'yclh-2026-02', 'ytkit-2026-02'],
    watch: ['IT'],
    videoTitle: ['IT'],
    channelName: ['IT'],
    likeButton: ['IT'],
    commentCount: ['IT'],
    viewCount: ['yt-views', 'yt-beacon-2026-08'],
  },
};
