import type { SiteAdapter } from './types';
import {
  closestAcrossShadow,
  hostFrameOf,
  isContentEditableElement,
  nearestContainerWith,
  nearestMatch,
  pageShowsText,
} from './dom';

// WeChat Official Accounts article editor (mp.weixin.qq.com). Two editors are served:
// - the new one (appmsg_edit; since 2026-09 also appmsg_edit_v2 with type=77, "新的创作": tassello-2026-09,
//   multi-publisher-2026-10): ProseMirror everywhere. The body is
//   `.mock-iframe-body .rich_media_content > .ProseMirror`
//   (a "mock iframe", sometimes inside the `.editor-v-root` shadow root), the title is a ProseMirror overlay over a
//   mirrored #title textarea (`#js_title_main .title-editor-overlay .ProseMirror`), the digest is `textarea.js_desc`
//   or, for 小绿书 posts, `.share-text__input .ProseMirror`; "保存为草稿" is <span id="js_submit">;
// - the older UEditor (served at appmsg_edit_v2 before): #title, #author, #js_description in the page and
//   the body in iframe #ueditor_0 whose <body> is contenteditable. The assistant also runs inside that iframe,
//   so a body box is recognised from the iframe's own document, and its publish control is looked up in the
//   parent.
// Publishing is "群发"/"发表" (#js_send); sources document only the save button, so 发表 is unconfirmed.
const selectors = {
  boxTitle: '#title, textarea.js_title',
  boxTitleOverlay:
    '#js_title_main .title-editor-overlay .ProseMirror, .ProseMirror[data-placeholder*="标题"]',
  boxAuthor: '#author, input.js_author',
  boxDigest: '#js_description, textarea[name="digest"], textarea.js_desc',
  boxDigestOverlay: '.share-text__input .ProseMirror',
  boxBody: 'body[contenteditable="true"], #ueditor_0',
  boxBodyProseMirror:
    '.mock-iframe-body .rich_media_content > .ProseMirror, #js_editor .ProseMirror[contenteditable="true"]',
  editorShadowHost: '.editor-v-root',
  editorFrame: '#ueditor_0',
  submit: '#js_send, button.mass_send',
  save: '#js_submit',
  toolbar: '.tool_area_wrp, .tool_bar',
  sentItem: '.appmsg_item, .weui-desktop-mass-appmsg__title',
  tips: '#js_tips, .weui-desktop-toast, .tips_global',
} as const;

type Field = 'title' | 'author' | 'digest' | 'body';

/** The document that holds the editor's fields and buttons: the parent page when called from inside #ueditor_0. */
function editorPage(doc: Document): Document {
  const frame = hostFrameOf(doc);
  return frame ? frame.ownerDocument : doc;
}

function fieldOf(editable: HTMLElement): Field | null {
  if (editable.matches(selectors.boxTitle) || closestAcrossShadow(editable, selectors.boxTitleOverlay))
    return 'title';
  if (editable.matches(selectors.boxAuthor)) return 'author';
  if (editable.matches(selectors.boxDigest) || closestAcrossShadow(editable, selectors.boxDigestOverlay))
    return 'digest';
  if (editable.tagName === 'BODY' && isContentEditableElement(editable)) return 'body';
  // The shadow root of .editor-v-root has no `.mock-iframe-body` ancestor outside it: closestAcrossShadow climbs out.
  if (closestAcrossShadow(editable, '.rich_media_content > .ProseMirror, #js_editor .ProseMirror'))
    return 'body';
  return null;
}

export const wechatAdapter: SiteAdapter = {
  id: 'wechat',
  name: { en: 'WeChat Official Accounts', zh: '微信公众号' },
  hosts: ['mp.weixin.qq.com'],
  testUrls: [
    'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=77',
    'https://mp.weixin.qq.com/cgi-bin/appmsg',
  ],
  pageKind(url) {
    if (url.pathname.startsWith('/cgi-bin/appmsg'))
      return url.searchParams.get('action') === 'list_card' ? null : 'creator-publish';
    return null;
  },
  matchBox(editable) {
    const field = fieldOf(editable);
    if (!field) return null;
    const page = editorPage(editable.ownerDocument);
    // From inside the iframe the fields' container is the parent page; the iframe element stands in for the body.
    const anchor =
      field === 'body' && page !== editable.ownerDocument
        ? (hostFrameOf(editable.ownerDocument) as Element)
        : editable;
    const container =
      (anchor.getRootNode() instanceof ShadowRoot
        ? null
        : nearestContainerWith(anchor, selectors.submit, 20)) ??
      page.body ??
      editable.ownerDocument.body;
    return { role: 'post', field, container };
  },
  submitControl(box, editable) {
    return (
      box.container.querySelector<HTMLElement>(selectors.submit) ??
      nearestMatch(editable, selectors.submit, 30) ??
      editorPage(editable.ownerDocument).querySelector<HTMLElement>(selectors.submit)
    );
  },
  // The editor publishes only through 群发/发表 and its confirmation dialog.
  isSubmitKey: () => false,
  threadContext: () => null,
  confirmsPublish(text, doc) {
    const page = editorPage(doc);
    if (pageShowsText(page, selectors.sentItem, text)) return true;
    return [...page.querySelectorAll(selectors.tips)].some((tip) =>
      /群发成功|发表成功|已发表|发送成功/.test(tip.textContent ?? ''),
    );
  },
  selectors,
  evidence: {
    boxTitle: ['wechat-skill', 'tassello-2026-09', 'multi-publisher-2026-10'],
    boxTitleOverlay: ['wechat', 'wechat-skill', 'multi-publisher-2026-10'],
    boxAuthor: ['wechat', 'baoyu-wechat-author-2026-01', 'opencli-weixin-2026-06'],
    boxDigest: ['wechat', 'wechat-skill', 'tassello-2026-09'],
    boxDigestOverlay: ['wechat-skill', 'opencli-weixin-sticker-2026-07'],
    boxBody: ['wechat'],
    boxBodyProseMirror: ['wechat', 'wechat-skill', 'opencli-weixin-2026-06', 'wechat-draft-2026-09'],
    editorShadowHost: ['wechat'],
    editorFrame: ['wechat'],
    save: [
      'wechat-skill',
      'opencli-weixin-sticker-2026-07',
      'wechat-draft-2026-09',
      'wechat-publisher-2026-07',
    ],
    submit: ['wechat-send', 'wechat-send-2026-08', 'wechat-publisher-2026-07'],
    toolbar: ['wechat-toolbar'],
    tips: ['wechat-tips', 'baoyu-wechat-2026-01', 'opencli-weixin-tips-2026-07'],
    sentItem: ['wechat-sent', 'wechat-sent-2026-08'],
  },
};
