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
  const marked = document.createElement('span');
  marked.textContent = from === to ? '\u200b' : value.slice(from, to);
  flow.append(document.createTextNode(value.slice(0, from)), marked, document.createTextNode(value.slice(to) || '\u200b'));

  const parent = container ?? mirrorContainer(document);
  parent.appendChild(mirror);
  try {
    const scrollX = field.scrollLeft;
    const scrollY = field.scrollTop;
    const clip = new DOMRect(box.left + field.clientLeft, box.top + field.clientTop, field.clientWidth, field.clientHeight);
    const rects: DOMRect[] = [];
    for (const rect of Array.from(marked.getClientRects())) {
      const shifted = new DOMRect(rect.left - scrollX, rect.top - scrollY, from === to ? 0 : rect.width, rect.height);
      const visible = from === to ? (shifted.left >= clip.left - 1 && shifted.left <= clip.right + 1 ? shifted : null) : intersect(shifted, clip);
      if (visible && (visible.width > 0 || from === to)) rects.push(visible);
    }
    return from === to ? rects.slice(0, 1) : rects;
  } finally {
    mirror.remove();
  }
}
