// Geometry of characters inside a textarea/input, which expose no DOM for their text: a hidden mirror element
// with the field's computed text styles, placed exactly over the field, is measured and removed again. The mirror
// lives in a host element Onbrand owns (never inside the site's editor), in a closed shadow root so the site's
// CSS cannot restyle it.

const COPIED_PROPERTIES = [
  'direction',
  'box-sizing',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-size',
  'font-size-adjust',
  'line-height',
  'font-family',
  'font-feature-settings',
  'font-kerning',
  'text-align',
  'text-transform',
  'text-indent',
  'text-decoration',
  'letter-spacing',
  'word-spacing',
  'tab-size',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'white-space-collapse',
  'text-wrap-mode',
  'text-rendering',
];

const HOST_ATTRIBUTE = 'data-onbrand-mirror-host';
const hosts = new WeakMap<Document, ShadowRoot>();

/** A fixed, invisible, zero-size host under <html>, created once per document. */
function mirrorContainer(document: Document): ShadowRoot {
  const existing = hosts.get(document);
  if (existing?.host.isConnected) return existing;
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText =
    'position:fixed!important;left:0!important;top:0!important;width:0!important;height:0!important;' +
    'overflow:visible!important;visibility:hidden!important;pointer-events:none!important;contain:none!important;' +
    'transform:none!important;z-index:-1!important;';
  const shadow = host.attachShadow({ mode: 'closed' });
  document.documentElement.appendChild(host);
  hosts.set(document, shadow);
  return shadow;
}

export type FormField = HTMLTextAreaElement | HTMLInputElement;

function intersect(rect: DOMRect, clip: DOMRect): DOMRect | null {
  const left = Math.max(rect.left, clip.left);
  const right = Math.min(rect.right, clip.right);
  const top = Math.max(rect.top, clip.top);
  const bottom = Math.min(rect.bottom, clip.bottom);
  if (right < left || bottom < top) return null;
  return new DOMRect(left, top, right - left, bottom - top);
}

interface Mirror {
  mirror: HTMLDivElement;
  /** Where the text goes (the mirror itself, or its inner line for an input). */
  flow: HTMLElement;
}

/** A hidden element laid out like the field's text area, placed over it (not yet in the document). */
function buildMirror(field: FormField, style: CSSStyleDeclaration, box: DOMRect, isInput: boolean): Mirror {
  const document = field.ownerDocument;
  const mirror = document.createElement('div');
  for (const property of COPIED_PROPERTIES) {
    const copied = style.getPropertyValue(property);
    if (copied) mirror.style.setProperty(property, copied);
  }
  Object.assign(mirror.style, {
    position: 'fixed',
    left: `${box.left}px`,
    top: `${box.top}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
    boxSizing: 'border-box',
    borderStyle: 'solid',
    borderColor: 'transparent',
    margin: '0',
    visibility: 'hidden',
    overflow: 'hidden',
    whiteSpace: isInput ? 'pre' : 'pre-wrap',
  });
  if (!isInput) {
    mirror.style.overflowWrap = style.overflowWrap === 'normal' ? 'break-word' : style.overflowWrap;
    // Keep the same wrapping width when the field shows a vertical scrollbar.
    if (field.scrollHeight > field.clientHeight) mirror.style.overflowY = 'scroll';
  }
  const flow = isInput ? document.createElement('div') : mirror;
  if (isInput) {
    // Inputs center their single line vertically in the content box.
    Object.assign(mirror.style, { display: 'flex', alignItems: 'center' });
    flow.style.whiteSpace = 'pre';
    mirror.appendChild(flow);
  }
  return { mirror, flow };
}

/**
 * The mirror of the last measured field, holding its whole value in one text node, kept until the current task's
 * microtasks run. A render that marks many findings in a long draft then lays the mirror out once and measures
 * every range on it, instead of building, laying out and removing a mirror per finding.
 */
interface SharedMirror extends Mirror {
  field: FormField;
  value: string;
  geometry: string;
  container: Element | ShadowRoot;
  text: Text;
}
let shared: SharedMirror | null = null;

function sharedMirror(
  field: FormField,
  style: CSSStyleDeclaration,
  box: DOMRect,
  isInput: boolean,
  container: Element | ShadowRoot,
): SharedMirror {
  const value = field.value;
  const geometry = `${box.left},${box.top},${box.width},${box.height},${field.scrollHeight > field.clientHeight}`;
  if (
    shared &&
    shared.field === field &&
    shared.value === value &&
    shared.geometry === geometry &&
    shared.container === container &&
    shared.mirror.isConnected
  ) {
    return shared;
  }
  shared?.mirror.remove();
  const built = buildMirror(field, style, box, isInput);
  const text = field.ownerDocument.createTextNode(`${value}\u200b`);
  built.flow.append(text);
  container.appendChild(built.mirror);
  const entry: SharedMirror = { ...built, field, value, geometry, container, text };
  shared = entry;
  queueMicrotask(() => {
    entry.mirror.remove();
    if (shared === entry) shared = null;
  });
  return entry;
}

/**
 * Rects of a span measured on the mirror, relative to the field's box, and the part of the value they depend on.
 * While the value still starts with that prefix and the box keeps its size, the span has not moved: typing
 * further on in a long draft needs no new mirror layout.
 */
interface MeasuredSpan {
  rects: DOMRect[];
  prefix: string;
  /** Any change to the value may move the span. */
  exact: boolean;
}
const measuredSpans = new WeakMap<FormField, { layout: string; spans: Map<string, MeasuredSpan> }>();

/** Bumped when web fonts finish loading: glyph widths, and so every measured span, may have changed. */
const fontGenerations = new WeakMap<Document, { value: number }>();
function fontGeneration(document: Document): number {
  let generation = fontGenerations.get(document);
  if (!generation) {
    const counter = { value: 0 };
    generation = counter;
    fontGenerations.set(document, counter);
    document.fonts?.addEventListener('loadingdone', () => counter.value++);
  }
  return generation.value;
}

const WHITESPACE = /\s/;
const IDEOGRAPHIC = /[\u2e80-\u303f\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
/** Punctuation a line may not start with (no break before it). */
const NO_BREAK_BEFORE = /[，。、！？；：）」』》】〕…,.!?;:)\]}]/;

/**
 * The first line-break opportunity at or after `index` (before a space, or next to an ideograph), or -1.
 * Lines break greedily: in left-aligned text nothing after such a point can move the characters before it.
 */
function breakOpportunityFrom(value: string, index: number, ideographsBreak: boolean): number {
  for (let i = index; i < value.length; i++) {
    if (WHITESPACE.test(value[i])) return i;
    if (
      ideographsBreak &&
      !NO_BREAK_BEFORE.test(value[i]) &&
      (IDEOGRAPHIC.test(value[i]) || (i > 0 && IDEOGRAPHIC.test(value[i - 1])))
    )
      return i;
  }
  return -1;
}

function measureSpan(
  field: FormField,
  style: CSSStyleDeclaration,
  box: DOMRect,
  isInput: boolean,
  parent: Element | ShadowRoot,
  from: number,
  to: number,
): MeasuredSpan {
  const value = field.value;
  const { text } = sharedMirror(field, style, box, isInput, parent);
  const range = field.ownerDocument.createRange();
  range.setStart(text, from);
  range.setEnd(text, to);
  const measured = Array.from(range.getClientRects());
  const rects = measured.map((r) => new DOMRect(r.left - box.left, r.top - box.top, r.width, r.height));
  const last = measured[measured.length - 1];
  if (!last) return { rects, prefix: value, exact: true };

  const leftAligned =
    style.direction !== 'rtl' && (style.textAlign === 'start' || style.textAlign === 'left');
  if (leftAligned) {
    if (isInput) return { rects, prefix: value.slice(0, to), exact: false };
    // Two characters past the break point: the next one decides whether a break there is allowed (。，).
    const point = breakOpportunityFrom(value, to, style.wordBreak !== 'keep-all');
    return point < 0
      ? { rects, prefix: value, exact: true }
      : { rects, prefix: value.slice(0, point + 2), exact: false };
  }
  if (isInput) return { rects, prefix: value, exact: true };
  // Centred, right-aligned or justified lines depend on all their text: find where the span's last line ends
  // (binary search for the first character below it) and keep the text up to the start of the next line.
  const below = (index: number) => {
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    const charRects = range.getClientRects();
    return charRects.length > 0 && charRects[charRects.length - 1].top > last.top + last.height / 2;
  };
  let low = to;
  let high = value.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (below(middle)) high = middle;
    else low = middle + 1;
  }
  if (low >= value.length) return { rects, prefix: value, exact: true };
  return { rects, prefix: value.slice(0, low + 2), exact: false };
}

interface FieldGeometry {
  style: CSSStyleDeclaration;
  box: DOMRect;
  value: string;
  /** The visible text area, in client coordinates. */
  clip: DOMRect;
  scrollX: number;
  scrollY: number;
  /** Everything a measured span's rects depend on besides the text before it. */
  layout: string;
}

let lastGeometry: { field: FormField; geometry: FieldGeometry } | null = null;

/**
 * The field's box, style and scroll, read once for all the spans marked in one pass (a check marks every finding
 * of the draft in a row). Kept until the current task's microtasks run (after that the page may have moved it)
 * and while the value is the same (a change made within the task, like an inserted template, may move the text).
 */
function geometryOf(field: FormField): FieldGeometry {
  if (lastGeometry?.field === field && lastGeometry.geometry.value === field.value)
    return lastGeometry.geometry;
  const style = field.ownerDocument.defaultView!.getComputedStyle(field);
  const box = field.getBoundingClientRect();
  const geometry: FieldGeometry = {
    style,
    box,
    value: field.value,
    clip: new DOMRect(
      box.left + field.clientLeft,
      box.top + field.clientTop,
      field.clientWidth,
      field.clientHeight,
    ),
    scrollX: field.scrollLeft,
    scrollY: field.scrollTop,
    layout: `${box.width},${box.height},${field.scrollHeight > field.clientHeight},${style.font},${style.letterSpacing},${fontGeneration(field.ownerDocument)}`,
  };
  lastGeometry = { field, geometry };
  queueMicrotask(() => (lastGeometry = null));
  return geometry;
}

/**
 * Client rects of [start, end) of the field's value, clipped to the field's visible text area. A collapsed
 * range gives one zero-width caret rect. `container` lets a caller host the mirror in its own element.
 */
export function fieldRects(
  field: FormField,
  start: number,
  end: number,
  container?: Element | ShadowRoot,
): DOMRect[] {
  const document = field.ownerDocument;
  if (!document.defaultView || !field.isConnected) return [];
  const { style, box, value, clip, scrollX, scrollY, layout } = geometryOf(field);
  if (box.width === 0 && box.height === 0) return [];
  const isInput = field.tagName === 'INPUT';
  const from = Math.max(0, Math.min(start, end, value.length));
  const to = Math.min(value.length, Math.max(start, end));
  const parent = container ?? mirrorContainer(document);

  const clipTo = (measured: DOMRect[]): DOMRect[] => {
    const rects: DOMRect[] = [];
    for (const rect of measured) {
      const shifted = new DOMRect(
        rect.left - scrollX,
        rect.top - scrollY,
        from === to ? 0 : rect.width,
        rect.height,
      );
      const visible =
        from === to
          ? shifted.left >= clip.left - 1 && shifted.left <= clip.right + 1
            ? shifted
            : null
          : intersect(shifted, clip);
      if (visible && (visible.width > 0 || from === to)) rects.push(visible);
    }
    return from === to ? rects.slice(0, 1) : rects;
  };

  if (from !== to) {
    let cache = measuredSpans.get(field);
    // Edits before the findings give them new offsets: old entries are dropped now and then, not tracked.
    if (!cache || cache.layout !== layout || cache.spans.size > 256)
      measuredSpans.set(field, (cache = { layout, spans: new Map() }));
    const key = `${from}:${to}`;
    let span = cache.spans.get(key);
    if (!span || !value.startsWith(span.prefix) || (span.exact && value.length !== span.prefix.length)) {
      span = measureSpan(field, style, box, isInput, parent, from, to);
      cache.spans.set(key, span);
    }
    return clipTo(span.rects.map((r) => new DOMRect(r.left + box.left, r.top + box.top, r.width, r.height)));
  }

  // A caret: a zero-width marker between the two halves of the text gives its line box.
  const { mirror, flow } = buildMirror(field, style, box, isInput);
  const marked = document.createElement('span');
  marked.textContent = '\u200b';
  flow.append(
    document.createTextNode(value.slice(0, from)),
    marked,
    document.createTextNode(value.slice(to) || '\u200b'),
  );
  parent.appendChild(mirror);
  try {
    return clipTo(Array.from(marked.getClientRects()));
  } finally {
    mirror.remove();
  }
}
