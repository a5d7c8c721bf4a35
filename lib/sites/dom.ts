// Small DOM helpers shared by the site adapters.

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

const SUBMIT_WORDS = /^(post|reply|send|publish|tweet|comment|submit|share|发布|发送|回复|评论|发表|提交|群发)$/i;

/** The button in `container` whose label is a publish verb (generic sites and fallbacks). */
export function findPublishButton(container: Element): HTMLElement | null {
  const candidates = container.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"]');
  for (const candidate of candidates) {
    const label = (candidate.getAttribute('aria-label') ?? candidate.textContent ?? (candidate as HTMLInputElement).value ?? '').trim();
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
  const factor = unit === 'k' ? 1e3 : unit === 'm' ? 1e6 : unit === '万' || unit === 'w' ? 1e4 : unit === '亿' ? 1e8 : 1;
  return Math.round(value * factor);
}

/** Reads a `<time datetime>` (or a title/data attribute) as ms since epoch. */
export function timeOf(element: Element | null | undefined): number | undefined {
  if (!element) return undefined;
  const value = element.getAttribute('datetime') ?? element.getAttribute('title') ?? element.getAttribute('data-time');
  if (!value) return undefined;
  const ms = /^\d{10}$/.test(value) ? Number(value) * 1000 : /^\d{13}$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}
