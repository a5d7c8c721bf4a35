// "Report this box": a sanitised skeleton of the page around a box, for the team to turn into a regression test.
// Kept: tag names, role, aria-* attribute names (values only for token-valued ones such as aria-disabled),
// data-testid / data-e2e / componentkey / data-view-name, contenteditable, and open shadow roots flattened as
// declarative <template shadowrootmode="open"> (so the file loads as a unit-test snapshot). Dropped: every text node,
// every other attribute (classes, ids, hrefs, src, values), comments, scripts and styles. The page's origin is the only
// URL kept. The box carries data-onbrand-box.

const KEPT = new Set([
  'role',
  'data-testid',
  'data-e2e',
  'componentkey',
  'data-view-name',
  'contenteditable',
  'slot',
]);
/** aria-* whose values are tokens (true/false/…), never text from the page. */
const TOKEN_ARIA = new Set([
  'aria-disabled',
  'aria-multiline',
  'aria-expanded',
  'aria-hidden',
  'aria-haspopup',
  'aria-pressed',
  'aria-checked',
  'aria-selected',
  'aria-modal',
  'aria-live',
  'aria-autocomplete',
]);
const DROPPED_TAGS = new Set([
  'script',
  'style',
  'link',
  'meta',
  'noscript',
  'svg',
  'img',
  'video',
  'iframe',
  'canvas',
  'template',
]);
const VOID = new Set(['input', 'br', 'hr', 'img', 'wbr']);
const MAX_NODES = 4_000;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function attributesOf(element: Element, isBox: boolean): string {
  const kept: string[] = [];
  for (const { name, value } of element.attributes) {
    if (KEPT.has(name)) kept.push(`${name}="${escapeAttribute(value.slice(0, 120))}"`);
    else if (name.startsWith('aria-'))
      kept.push(TOKEN_ARIA.has(name) ? `${name}="${escapeAttribute(value.slice(0, 20))}"` : `${name}=""`);
  }
  if (isBox) kept.push('data-onbrand-box=""');
  return kept.length ? ` ${kept.join(' ')}` : '';
}

/** The ancestor `levels` steps up from `box`, climbing out of shadow roots. */
function ancestorOf(box: Element, levels: number): Element {
  let node = box;
  for (let i = 0; i < levels; i++) {
    const parent =
      node.parentElement ??
      (node.getRootNode() instanceof ShadowRoot ? (node.getRootNode() as ShadowRoot).host : null);
    if (!parent || parent.localName === 'body' || parent.localName === 'html') break;
    node = parent;
  }
  return node;
}

/** The skeleton of the page around `box` (its ancestor `levels` up and everything below) as an HTML document. */
export function boxSkeleton(box: Element, levels = 8): string {
  let budget = MAX_NODES;
  const serialize = (element: Element): string => {
    if (budget-- <= 0 || DROPPED_TAGS.has(element.localName)) return '';
    const tag = element.localName;
    const open = `<${tag}${attributesOf(element, element === box)}>`;
    if (VOID.has(tag)) return open;
    const shadow = element.shadowRoot
      ? `<template shadowrootmode="open">${[...element.shadowRoot.children].map(serialize).join('')}</template>`
      : '';
    return `${open}${shadow}${[...element.children].map(serialize).join('')}</${tag}>`;
  };
  const origin = box.ownerDocument.location?.origin ?? '';
  return `<!doctype html>\n<html><head><meta name="onbrand-origin" content="${escapeAttribute(origin)}"></head><body>${serialize(ancestorOf(box, levels))}</body></html>\n`;
}
