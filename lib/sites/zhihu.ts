import type { SiteAdapter, ThreadContext } from './types';
import {
  absoluteUrl,
  closestAcrossShadow,
  countIn,
  definedCounts,
  findPublishButton,
  labelOf,
  nearestContainerWith,
  nearestMatch,
  pageShowsText,
  parseCount,
  textIn,
  matchesAround,
} from './dom';

// Zhihu: comment editors are Draft.js (.public-DraftEditor-content) inside the comment footer with a primary "发布"
// button; the answer editor (.AnswerForm) and the column editor (zhuanlan.zhihu.com/write: title textarea + body)
// are posts. Answers carry their author and id in data-zop JSON. The comment area's classes are now hashed (emotion
// `css-…`), and the CommentEditorV2/CommentItemV2 names have no recent confirmation: a comment box is recognised by the
// Draft.js fingerprint outside the answer and column editors, its container by the nearest 发布 button, and a comment
// by its [data-id] item around .CommentContent.
const selectors = {
  boxComment:
    '.CommentEditorV2-input [contenteditable="true"], [class*="CommentEditor"] [contenteditable="true"], .CommentsV2-footer [contenteditable="true"]',
  boxDraft: '.public-DraftEditor-content[contenteditable="true"]',
  boxAnswer: '.AnswerForm [contenteditable="true"], .AnswerForm-editor [contenteditable="true"]',
  boxArticleTitle: '.WriteIndex-titleInput textarea, textarea[placeholder*="标题"]',
  boxArticleBody: '.PostEditor [contenteditable="true"], .WriteIndex-editor [contenteditable="true"]',
  commentFooter: '.CommentsV2-footer, .CommentEditorV2--normal, [class*="CommentEditor"]',
  commentSubmit: '.CommentEditorV2-singleButton, .CommentsV2-footer .Button--primary',
  answerSubmit: '.AnswerForm-submit, .AnswerForm .Button--primary',
  articleSubmit: '.PublishPanel-triggerButton, .WriteIndex-publishButton',
  answer: '.ContentItem.AnswerItem, .ContentItem[data-zop]',
  comment: '.CommentItemV2, [data-id].CommentItemV2, .CommentContent',
  commentItem: 'div[data-id]',
  commentText: '.CommentItemV2-content, .CommentContent',
  answerText: '.RichContent-inner .RichText',
  upvote: '.VoteButton--up',
  commentCount: '.ContentItem-actions button[class*="ContentItem-action"]',
} as const;

const ORIGIN = 'https://www.zhihu.com';
const ANSWER_PATH = /^\/question\/(\d+)\/answer\/(\d+)/;

function zop(answer: Element | null): { authorName?: string; itemId?: number | string } {
  try {
    return JSON.parse(answer?.getAttribute('data-zop') ?? '{}') as {
      authorName?: string;
      itemId?: number | string;
    };
  } catch {
    return {};
  }
}

const PUBLISH = /^发布$/;

/** The nearest ancestor holding a button labelled 发布 (the comment box's own). */
function publishContainer(box: Element): Element | null {
  let node = box.parentElement;
  for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
    if ([...node.querySelectorAll('button')].some((button) => PUBLISH.test(labelOf(button)))) return node;
  }
  return null;
}

/** The comment items of these comment texts, each once. */
function commentItemsOf(texts: readonly Element[]): Element[] {
  return [
    ...new Set(texts.map((text) => commentItemOf(text)).filter((item): item is Element => Boolean(item))),
  ];
}

/** The comment a box or text sits in: a CommentItemV2, or a [data-id] item that holds .CommentContent. */
function commentItemOf(element: Element): Element | null {
  const legacy = element.closest('.CommentItemV2');
  if (legacy) return legacy;
  for (
    let item = element.closest(selectors.commentItem);
    item;
    item = item.parentElement?.closest(selectors.commentItem) ?? null
  ) {
    if (item.querySelector('.CommentContent')) return item;
  }
  return null;
}

export const zhihuAdapter: SiteAdapter = {
  id: 'zhihu',
  name: { en: 'Zhihu', zh: '知乎' },
  hosts: ['zhihu.com'],
  testUrls: [
    'https://www.zhihu.com/question/1/answer/2',
    'https://www.zhihu.com/question/1',
    'https://zhuanlan.zhihu.com/write',
    'https://zhuanlan.zhihu.com/p/123',
  ],
  pageKind(url) {
    const path = url.pathname;
    if (url.hostname.startsWith('zhuanlan.'))
      return path.startsWith('/write') || /^\/p\/\d+\/edit/.test(path)
        ? 'compose'
        : /^\/p\/\d+/.test(path)
          ? 'post'
          : null;
    if (ANSWER_PATH.test(path) || /^\/question\/\d+/.test(path)) return 'post';
    if (path === '/' || path === '/follow' || path === '/hot') return 'home';
    return null;
  },
  matchBox(editable) {
    const title =
      editable.tagName === 'TEXTAREA' ? closestAcrossShadow(editable, selectors.boxArticleTitle) : null;
    if (title)
      return {
        role: 'post',
        field: 'title',
        container: nearestContainerWith(title, selectors.articleSubmit, 15) ?? title.ownerDocument.body,
      };
    const articleBody = closestAcrossShadow(editable, selectors.boxArticleBody);
    if (articleBody)
      return {
        role: 'post',
        field: 'body',
        container:
          nearestContainerWith(articleBody, selectors.articleSubmit, 15) ?? articleBody.ownerDocument.body,
      };
    const answer = closestAcrossShadow(editable, selectors.boxAnswer);
    if (answer)
      return {
        role: 'post',
        field: 'body',
        container: answer.closest('.AnswerForm') ?? answer.ownerDocument.body,
      };
    const comment =
      closestAcrossShadow(editable, selectors.boxComment) ??
      closestAcrossShadow(editable, selectors.boxDraft);
    if (!comment) return null;
    const container =
      nearestContainerWith(comment, selectors.commentSubmit, 6) ??
      publishContainer(comment) ??
      comment.closest(selectors.commentFooter);
    if (!container) return null;
    return { role: commentItemOf(comment) ? 'reply' : 'comment', field: 'comment', container };
  },
  submitControl(box, editable) {
    const selector =
      box.role !== 'post'
        ? selectors.commentSubmit
        : box.container.closest('.AnswerForm') || box.container.matches('.AnswerForm')
          ? selectors.answerSubmit
          : `${selectors.articleSubmit}, ${selectors.answerSubmit}`;
    return (
      box.container.querySelector<HTMLElement>(selector) ??
      nearestMatch(editable, selector) ??
      [...box.container.querySelectorAll<HTMLElement>('button')].find((button) =>
        PUBLISH.test(labelOf(button)),
      ) ??
      findPublishButton(box.container)
    );
  },
  // Zhihu's comment editor only sends from its button.
  isSubmitKey: () => false,
  threadContext(box, editable): ThreadContext | null {
    if (box.role === 'post') return null;
    const doc = editable.ownerDocument;
    const comment = box.role === 'reply' ? commentItemOf(editable) : null;
    if (comment) {
      return {
        author: textIn(comment, '.UserLink-link') ?? textIn(comment, 'a[href*="/people/"]'),
        text: textIn(comment, selectors.commentText),
      };
    }
    const answer = editable.closest(selectors.answer);
    if (!answer) return null;
    const { authorName, itemId } = zop(answer);
    const questionId =
      new URL(doc.URL).pathname.match(/^\/question\/(\d+)/)?.[1] ??
      answer.closest('[data-question-id]')?.getAttribute('data-question-id');
    return {
      author: authorName ?? textIn(answer, '.AuthorInfo .UserLink-link'),
      url:
        itemId !== undefined
          ? absoluteUrl(
              questionId ? `/question/${questionId}/answer/${itemId}` : `/answer/${itemId}`,
              doc,
              ORIGIN,
            )
          : undefined,
      text: textIn(answer, selectors.answerText),
    };
  },
  confirmsPublish: (text, doc) => pageShowsText(doc, selectors.commentText, text),
  engagement(doc, url) {
    const answerId = url.pathname.match(ANSWER_PATH)?.[2];
    if (!answerId) return null;
    const answer =
      [...doc.querySelectorAll(selectors.answer)].find((item) => String(zop(item).itemId) === answerId) ??
      doc;
    const commentButton = [...answer.querySelectorAll(selectors.commentCount)].find((button) =>
      /条评论/.test(button.textContent ?? ''),
    );
    return {
      postId: answerId,
      counts: definedCounts({
        likes: countIn(answer, selectors.upvote),
        replies: parseCount(commentButton?.textContent),
      }),
    };
  },
  comments: (doc) => commentItemsOf([...doc.querySelectorAll('.CommentContent')]),
  // A change inside an item, outside its text (the author line), finds its text through the item.
  commentsIn: (nodes) =>
    commentItemsOf(
      matchesAround(
        nodes.map((node) => commentItemOf(node) ?? node),
        '.CommentContent',
      ),
    ),
  commentContext: (comment) => ({
    author: textIn(comment, '.UserLink-link') ?? textIn(comment, 'a[href*="/people/"]'),
    text: textIn(comment, selectors.commentText),
  }),
  selectors,
  evidence: {
    boxComment: ['zhihu-comments'],
    boxDraft: ['MP-zh', 'zhihu-publisher-2026-10'],
    boxAnswer: ['zhihu-answer'],
    boxArticleTitle: ['MP-zh', 'zhihu-publisher-2026-10'],
    boxArticleBody: ['zhihu-write-body'],
    commentFooter: ['zhihu-comments'],
    commentSubmit: ['zhihu-comments'],
    answerSubmit: ['zhihu-answer'],
    articleSubmit: ['zhihu-article'],
    answer: ['XIU2-zhihu', 'zhihu-custom'],
    comment: ['XIU2-zhihu', 'zhihu-comment-item', 'zhihu-custom'],
    commentItem: ['zhihu-comment-item', 'zhihu-custom'],
    commentText: ['XIU2-zhihu', 'zhihu-comment-item', 'zhihu-custom'],
    answerText: ['XIU2-zhihu', 'zhihu-custom-2026-07'],
    upvote: ['zhihu-vote', 'zhihu-custom'],
    commentCount: ['XIU2-zhihu'],
  },
};
