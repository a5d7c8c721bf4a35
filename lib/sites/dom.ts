// Small DOM helpers shared by the site adapters.
import { PUBLISH_VERBS as PUBLISH_VERB_LABELS, labelPattern } from './ui-labels';
import { isComposing } from '../editors/composition';

/** closest() that also climbs out of shadow roots to their hosts. */
export function closestAcrossShadow(element: Element, selector: string): Element | null {
  let node: Element | null = element;
  while (node) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Walks up from `element` until an ancestor contains a match for `selector`; returns that ancestor. */
export function nearestContainerWith(element: Element, selector: string, maxDepth = 8): Element | null {
  let node: Element | null = element.parentElement;
  for (let depth = 0; node && depth < maxDepth; depth++, node = node.parentElement) {
    if (node.querySelector(selector)) return node;
  }
  return null;
}

const SUBMIT_WORDS = labelPattern(PUBLISH_VERB_LABELS);

/** The button in `container` whose label is a publish verb (generic sites and fallbacks). */
export function findPublishButton(container: Element): HTMLElement | null {
  const candidates = container.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"]');
  for (const candidate of candidates) {
    const label = (
      candidate.getAttribute('aria-label') ??
      candidate.textContent ??
      (candidate as HTMLInputElement).value ??
      ''
    ).trim();
    if (SUBMIT_WORDS.test(label) || candidate.getAttribute('type') === 'submit') return candidate;
  }
  return null;
}

/** Parses a count as sites print it: "1,234", "1.2K", "3.4万", "2亿". */
export function parseCount(raw: string | null | undefined): number | undefined {
  if (!raw) return undefined;
  const match = raw.replace(/,/g, '').match(/(\d+(?:\.\d+)?)\s*([kKmM万亿wW])?/);
  if (!match) return undefined;
  const value = Number.parseFloat(match[1]);
  const unit = match[2]?.toLowerCase();
  const factor =
    unit === 'k' ? 1e3 : unit === 'm' ? 1e6 : unit === '万' || unit === 'w' ? 1e4 : unit === '亿' ? 1e8 : 1;
  return Math.round(value * factor);
}

/** Reads a `<time datetime>` (or a title/data attribute) as ms since epoch. */
export function timeOf(element: Element | null | undefined): number | undefined {
  if (!element) return undefined;
  const value =
    element.getAttribute('datetime') ?? element.getAttribute('title') ?? element.getAttribute('data-time');
  if (!value) return undefined;
  const ms = /^\d{10}$/.test(value)
    ? Number(value) * 1000
    : /^\d{13}$/.test(value)
      ? Number(value)
      : Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

// ---- Helpers for the site adapters (matching boxes, reading threads, confirming publishes) ----

/** The parent element, or the host of the shadow root the element sits in. */
function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The match for `selector` nearest to `from`: inside the first ancestor (shadow hosts included) that holds one. */
export function nearestMatch<T extends Element = HTMLElement>(
  from: Element,
  selector: string,
  maxDepth = 12,
): T | null {
  let node: Element | null = parentAcrossShadow(from);
  for (let depth = 0; node && depth < maxDepth; depth++, node = parentAcrossShadow(node)) {
    const found = node.querySelector<T>(selector);
    if (found) return found;
  }
  return null;
}

/** Text without any whitespace, so "line one\nline two" matches a post rendered as two spans. */
export function compactText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u200b\ufeff]+/g, '');
}

/** The element's text as one trimmed string (line breaks between block children kept as spaces are not needed here). */
export function textIn(root: ParentNode | null | undefined, selector?: string): string | undefined {
  if (!root) return undefined;
  const element = selector ? root.querySelector(selector) : (root as Element);
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/**
 * True when the element is inside an editor (published items never count while still being edited). Any editable
 * state but "false" counts: TikTok Studio's caption box is contenteditable="plaintext-only" (site-evidence, 2026).
 */
function isInsideEditor(element: Element): boolean {
  return Boolean(element.closest('[contenteditable]:not([contenteditable="false"]), textarea, input'));
}

/**
 * True when an element matching `itemSelector` (a published post or comment as the site renders it) holds `text`.
 * Whitespace is ignored because sites render each line as its own element.
 */
export function pageShowsText(doc: ParentNode, itemSelector: string, text: string): boolean {
  const wanted = compactText(text);
  if (!wanted) return false;
  for (const item of doc.querySelectorAll(itemSelector)) {
    if (isInsideEditor(item)) continue;
    if (compactText(item.textContent).includes(wanted)) return true;
  }
  return false;
}

/** The last element matching `selector` that comes before `anchor` in document order (e.g. the post a reply box answers). */
export function precedingMatch(
  anchor: Element,
  selector: string,
  root: ParentNode = anchor.ownerDocument,
): Element | null {
  let last: Element | null = null;
  for (const candidate of root.querySelectorAll(selector)) {
    if (candidate.contains(anchor)) continue;
    if (candidate.compareDocumentPosition(anchor) & Node.DOCUMENT_POSITION_FOLLOWING) last = candidate;
    else break;
  }
  return last;
}

/** An absolute URL for a site link; snapshot documents (about:blank, localhost) resolve against the site's origin. */
export function absoluteUrl(
  href: string | null | undefined,
  doc: Document,
  siteOrigin: string,
): string | undefined {
  if (!href) return undefined;
  const docUrl = doc.URL ?? '';
  const base =
    /^https?:/.test(docUrl) && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(docUrl) ? docUrl : siteOrigin;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** Keyboard submit: Ctrl/Cmd+Enter (X, LinkedIn, Reddit, YouTube do not send on plain Enter). */
export function isModEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !isComposing(event);
}

/** Keyboard submit: Enter without Shift (chat-like comment boxes: Facebook, Instagram, TikTok, Douyin). */
export function isPlainEnter(event: KeyboardEvent): boolean {
  return (
    event.key === 'Enter' &&
    !event.shiftKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !isComposing(event)
  );
}

/** The first count in an element's aria-label or text ("12 Likes. Like" → 12, "1.2万" → 12000). */
export function countIn(root: ParentNode | null | undefined, selector: string): number | undefined {
  const element = root?.querySelector(selector);
  if (!element) return undefined;
  return parseCount(element.getAttribute('aria-label')) ?? parseCount(element.textContent);
}

/** Drops the keys whose value is undefined, so engagement results only carry counts the page shows. */
export function definedCounts<T extends Record<string, number | undefined>>(
  counts: T,
): Partial<Record<keyof T, number>> {
  const result: Partial<Record<keyof T, number>> = {};
  for (const [key, value] of Object.entries(counts)) if (value !== undefined) result[key as keyof T] = value;
  return result;
}

/**
 * The `<iframe>` element that holds `doc` in its parent page, when the parent is same-origin (WeChat's UEditor body);
 * null in the top frame or when the parent is out of reach.
 */
export function hostFrameOf(doc: Document): Element | null {
  try {
    return (doc.defaultView?.frameElement as Element | null | undefined) ?? null;
  } catch {
    return null;
  }
}

/** True for an editable element that is `contenteditable` (not a form field). */
export function isContentEditableElement(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value === '' || value === 'true' || value === 'plaintext-only';
}

/** The elements matching `selector` at or inside `nodes`, and those the nodes sit in (an adapter's `commentsIn`). */
export function matchesAround(nodes: readonly Element[], selector: string): Element[] {
  const found = new Set<Element>();
  for (const node of nodes) {
    const around = node.closest(selector);
    if (around) found.add(around);
    for (const match of node.querySelectorAll(selector)) found.add(match);
  }
  return [...found];
}

// ---- Shadow-DOM-aware lookups (Reddit, Bilibili, WeChat and Douyin render parts of their boxes in shadow roots) ----

/** Every match for `selector` under `root`, also inside open shadow roots (closed ones are invisible by design). */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const visit = (scope: ParentNode) => {
    for (const match of scope.querySelectorAll<T>(selector)) found.push(match);
    for (const element of scope.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  visit(root);
  return found;
}

export function deepQuery<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | null {
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && deepQuery<T>(element.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
}

/**
 * Publish verbs as the sites label their controls, in every UI language of ui-labels.ts (English, Simplified and
 * Traditional Chinese, Japanese, Korean, Spanish, French, German, Italian, Polish, Russian). Used where a label is
 * the only handle left (structure first everywhere else).
 */
export const PUBLISH_VERBS = labelPattern(PUBLISH_VERB_LABELS);

/** A control's visible label: aria-label, else its text, else an input's value. */
export function labelOf(element: Element): string {
  const aria = element.getAttribute('aria-label');
  if (aria?.trim()) return aria.trim();
  const text = element.textContent?.replace(/\s+/g, ' ').trim();
  if (text) return text;
  return (element as HTMLInputElement).value?.trim?.() ?? '';
}

/** The first control in `root` (open shadow roots included) whose text or aria-label is one of `labels`. */
export function controlLabelled(
  root: ParentNode,
  labels: RegExp,
  selector = 'button, [role="button"]',
): HTMLElement | null {
  return deepQueryAll<HTMLElement>(root, selector).find((element) => labels.test(labelOf(element))) ?? null;
}

/** An element's text including the text inside its (nested, open) shadow roots. */
export function deepText(element: Element): string {
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
    const shadow = (node as Element).shadowRoot;
    if (shadow) for (const child of shadow.childNodes) visit(child);
    for (const child of node.childNodes) visit(child);
  };
  visit(element);
  return text.replace(/\s+/g, ' ').trim();
}

/** The first match of the first alternative in `selectorList` that matches (a plain list returns the first in tree order). */
export function queryInOrder<T extends Element = HTMLElement>(
  root: ParentNode,
  selectorList: string,
): T | null {
  for (const selector of selectorList.split(/,\s*(?![^()]*\))/)) {
    const found = root.querySelector<T>(selector);
    if (found) return found;
  }
  return null;
}
