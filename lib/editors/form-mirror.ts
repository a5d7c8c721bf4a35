// Geometry of characters inside a textarea/input, which expose no DOM for their text: a hidden mirror element
// with the field's computed text styles, placed exactly over the field, is measured and removed again. The mirror
// lives in a host element Onbrand owns (never inside the site's editor), in a closed shadow root so the site's
// CSS cannot restyle it.

const COPIED_PROPERTIES = [
  'direction', 'box-sizing', 'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'font-style', 'font-variant', 'font-weight',
  'font-stretch', 'font-size', 'font-size-adjust', 'line-height', 'font-family', 'font-feature-settings',
  'font-kerning', 'text-align', 'text-transform', 'text-indent', 'text-decoration', 'letter-spacing', 'word-spacing',
  'tab-size', 'word-break', 'overflow-wrap', 'hyphens', 'white-space-collapse', 'text-wrap-mode', 'text-rendering',
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

function sharedMirror(field: FormField, style: CSSStyleDeclaration, box: DOMRect, isInput: boolean, container: Element | ShadowRoot): SharedMirror {
  const value = field.value;
  const geometry = `${box.left},${box.top},${box.width},${box.height},${field.scrollHeight > field.clientHeight}`;
  if (shared && shared.field === field && shared.value === value && shared.geometry === geometry && shared.container === container && shared.mirror.isConnected) {
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
 * Client rects of [start, end) of the field's value, clipped to the field's visible text area. A collapsed
 * range gives one zero-width caret rect. `container` lets a caller host the mirror in its own element.
 */
export function fieldRects(field: FormField, start: number, end: number, container?: Element | ShadowRoot): DOMRect[] {
  const document = field.ownerDocument;
  const view = document.defaultView;
  if (!view || !field.isConnected) return [];
  const style = view.getComputedStyle(field);
  const box = field.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return [];
  const isInput = field.tagName === 'INPUT';
  const value = field.value;
  const from = Math.max(0, Math.min(start, end, value.length));
  const to = Math.min(value.length, Math.max(start, end));
  const parent = container ?? mirrorContainer(document);

  const clipTo = (measured: DOMRect[]): DOMRect[] => {
    const scrollX = field.scrollLeft;
    const scrollY = field.scrollTop;
    const clip = new DOMRect(box.left + field.clientLeft, box.top + field.clientTop, field.clientWidth, field.clientHeight);
    const rects: DOMRect[] = [];
    for (const rect of measured) {
      const shifted = new DOMRect(rect.left - scrollX, rect.top - scrollY, from === to ? 0 : rect.width, rect.height);
      const visible = from === to ? (shifted.left >= clip.left - 1 && shifted.left <= clip.right + 1 ? shifted : null) : intersect(shifted, clip);
      if (visible && (visible.width > 0 || from === to)) rects.push(visible);
    }
    return from === to ? rects.slice(0, 1) : rects;
  };

  if (from !== to) {
    const { text } = sharedMirror(field, style, box, isInput, parent);
    const range = document.createRange();
    range.setStart(text, from);
    range.setEnd(text, to);
    return clipTo(Array.from(range.getClientRects()));
  }

  // A caret: a zero-width marker between the two halves of the text gives its line box.
  const { mirror, flow } = buildMirror(field, style, box, isInput);
  const marked = document.createElement('span');
  marked.textContent = '\u200b';
  flow.append(document.createTextNode(value.slice(0, from)), marked, document.createTextNode(value.slice(to) || '\u200b'));
  parent.appendChild(mirror);
  try {
    return clipTo(Array.from(marked.getClientRects()));
  } finally {
    mirror.remove();
  }
}
