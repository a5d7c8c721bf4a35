import type { SiteAdapter } from './types';
import { hostFrameOf, isContentEditableElement, nearestContainerWith, pageShowsText } from './dom';

// WeChat Official Accounts article editor (mp.weixin.qq.com): #title (64), #author (8) and #js_description (digest,
// 120) in the top document; the body is the UEditor iframe #ueditor_0 whose <body> is contenteditable (the newer
// editor renders a ProseMirror body in the page instead). The assistant also runs inside that iframe, so a body box
// is recognised from the iframe's own document, and its publish control ("群发"/"发表") is looked up in the parent.
const selectors = {
  boxTitle: '#title, textarea.js_title',
  boxAuthor: '#author, input.js_author',
  boxDigest: '#js_description, textarea[name="digest"]',
  boxBody: 'body[contenteditable="true"], #ueditor_0, #js_editor .ProseMirror[contenteditable="true"]',
  editorFrame: '#ueditor_0',
  proseMirrorBody: '#js_editor .ProseMirror[contenteditable="true"], .rich_media_content.ProseMirror[contenteditable="true"]',
  submit: '#js_send, button.mass_send',
  toolbar: '.tool_area_wrp, .tool_bar',
  sentItem: '.appmsg_item, .weui-desktop-mass-appmsg__title',
  tips: '#js_tips, .weui-desktop-toast, .tips_global',
} as const;

/** The document that holds the editor's fields and buttons: the parent page when called from inside #ueditor_0. */
function editorPage(doc: Document): Document {
  const frame = hostFrameOf(doc);
  return frame ? frame.ownerDocument : doc;
}

function fieldOf(editable: HTMLElement): 'title' | 'author' | 'digest' | 'body' | null {
  if (editable.matches(selectors.boxTitle)) return 'title';
  if (editable.matches(selectors.boxAuthor)) return 'author';
  if (editable.matches(selectors.boxDigest)) return 'digest';
  if (editable.tagName === 'BODY' && isContentEditableElement(editable)) return 'body';
  if (editable.closest(selectors.proseMirrorBody)) return 'body';
  return null;
}

export const wechatAdapter: SiteAdapter = {
  id: 'wechat',
  name: { en: 'WeChat Official Accounts', zh: '微信公众号' },
  hosts: ['mp.weixin.qq.com'],
  testUrls: ['https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=77', 'https://mp.weixin.qq.com/cgi-bin/appmsg'],
  pageKind(url) {
    if (url.pathname.startsWith('/cgi-bin/appmsg')) return url.searchParams.get('action') === 'list_card' ? null : 'creator-publish';
    return null;
  },
  matchBox(editable) {
    const field = fieldOf(editable);
    if (!field) return null;
    const page = editorPage(editable.ownerDocument);
    // From inside the iframe the fields' container is the parent page; the iframe element stands in for the body.
    const anchor = field === 'body' && page !== editable.ownerDocument ? (hostFrameOf(editable.ownerDocument) as Element) : editable;
    const container = nearestContainerWith(anchor, selectors.submit, 20) ?? page.body ?? editable.ownerDocument.body;
    return { role: 'post', field, container };
  },
  submitControl(box, editable) {
    return box.container.querySelector<HTMLElement>(selectors.submit) ?? editorPage(editable.ownerDocument).querySelector<HTMLElement>(selectors.submit);
  },
  // The editor publishes only through 群发/发表 and its confirmation dialog.
  isSubmitKey: () => false,
  threadContext: () => null,
  confirmsPublish(text, doc) {
    const page = editorPage(doc);
    if (pageShowsText(page, selectors.sentItem, text)) return true;
    return [...page.querySelectorAll(selectors.tips)].some((tip) => /群发成功|发表成功|已发表|发送成功/.test(tip.textContent ?? ''));
  },
  selectors,
};
