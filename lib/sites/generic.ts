import type { SiteAdapter } from './types';
import { compactText, findPublishButton, isModEnter, isPlainEnter, nearestContainerWith } from './dom';
import { nearestPublishControl } from './publish-control';

// Any site the user switched on from the popup (an optional host permission granted at that moment), and the
// fallback for a box no adapter recognises on a supported site (a redesign, an unlisted variant). Structure first:
// the box's container is the nearest ancestor holding a control labelled with a publish verb (publish-control.ts);
// that control's click and the box's keyboard submit are gated; a publish is recorded when the box empties or the
// page shows the text.

/** A one-line comment box sends on plain Enter: an <input>, a one-row textarea, or a box that says it is not multi-line. */
function isSingleLine(editable: Element): boolean {
  if (editable.tagName === 'INPUT') return true;
  if (editable.getAttribute('aria-multiline') === 'false') return true;
  return editable.tagName === 'TEXTAREA' && editable.getAttribute('rows') === '1';
}

const EDITABLE = '[contenteditable="true"], [contenteditable=""], textarea, input';

/** The page shows `text` outside every editable field (an element that holds an editor never counts: its draft would). */
function pageShowsPublished(doc: Document, text: string): boolean {
  const wanted = compactText(text);
  if (wanted.length < 4) return false;
  for (const element of doc.querySelectorAll('article, li, p, span, div')) {
    if (!compactText(element.textContent).includes(wanted)) continue;
    if (element.closest(EDITABLE) || element.querySelector(EDITABLE)) continue;
    return true;
  }
  return false;
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  name: { en: 'Other site', zh: '其他网站' },
  hosts: [],
  testUrls: ['https://example.org/'],
  pageKind: () => 'any',
  matchBox(editable) {
    const near = nearestPublishControl(editable);
    const container =
      near?.container ??
      editable.closest('form, [role="dialog"]') ??
      nearestContainerWith(editable, 'button, [role="button"]') ??
      editable.parentElement;
    return container ? { role: 'post', field: 'body', container } : null;
  },
  submitControl: (box, editable) =>
    nearestPublishControl(editable)?.control ?? findPublishButton(box.container),
  isSubmitKey: (event, box) => {
    const editable = event
      .composedPath()
      .find((node): node is Element => node instanceof Element && box.container.contains(node));
    return isModEnter(event) || (Boolean(editable && isSingleLine(editable)) && isPlainEnter(event));
  },
  threadContext: () => null,
  confirmsPublish: (text, doc) => pageShowsPublished(doc, text),
  selectors: {},
};
