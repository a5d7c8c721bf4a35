import type { Finding } from '@/lib/engine';
import type { TextSnapshot } from '@/lib/editors/types';

// Paints findings without touching the editor's DOM: the CSS Custom Highlight API takes Ranges over the
// editor's own text nodes. Editors without a DOM inside (textarea/input) and browsers without the API get
// positioned boxes drawn by the overlay instead (see components/overlay/FallbackMarks.tsx).

type Mark = Finding['severity'] | 'overflow';

const NAMES: Record<Mark, string> = {
  block: 'onbrand-block',
  warn: 'onbrand-warn',
  info: 'onbrand-info',
  // The part past the platform's limit gets a plain tint, as the sites' own counters show it.
  overflow: 'onbrand-overflow',
};

/** The part past the platform's limit (drawn as a tint, not an underline). */
export const isOverflow = (finding: Finding): boolean => finding.kind === 'length';

/**
 * How much of an overflow is tinted: enough to see where the cut falls; the badge's counter says how much to cut.
 * The browser repaints all highlighted text of an editor on every keystroke in it, so a tint over a pasted
 * article (thousands of characters past the limit) would cost milliseconds per key.
 */
export const OVERFLOW_TINT_MAX = 200;

/** The span a finding is painted over. */
export function paintedSpan(finding: Finding): { start: number; end: number } {
  return isOverflow(finding)
    ? { start: finding.start, end: Math.min(finding.end, finding.start + OVERFLOW_TINT_MAX) }
    : finding;
}

const STYLE = `
::highlight(onbrand-block) { text-decoration: underline wavy #d92d20; text-decoration-thickness: 1.5px; background-color: rgba(217, 45, 32, 0.10); }
::highlight(onbrand-warn) { text-decoration: underline wavy #dc6803; text-decoration-thickness: 1.5px; background-color: rgba(220, 104, 3, 0.08); }
::highlight(onbrand-info) { text-decoration: underline dotted #1570ef; text-decoration-thickness: 1.5px; }
::highlight(onbrand-overflow) { background-color: rgba(217, 45, 32, 0.16); }
`;

export const highlightApiAvailable = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/** The rules added per tree (checked on every paint: a site may re-render its head and drop them). */
const styles = new WeakMap<Node, HTMLStyleElement>();

/** `::highlight()` rules must live in the tree that holds the text: the document, or the editor's shadow root. */
function ensureStyle(root: Node): void {
  const target = root instanceof ShadowRoot ? root : (document.head ?? document.documentElement);
  if (styles.get(target)?.parentNode === target) return;
  const style =
    target.querySelector<HTMLStyleElement>(':scope > style[data-onbrand-highlights]') ??
    document.createElement('style');
  style.dataset.onbrandHighlights = '';
  style.textContent = STYLE;
  target.appendChild(style);
  styles.set(target, style);
}

interface PaintedRange {
  mark: Mark;
  range: Range;
  text: string;
}

/** What is registered now for each box, by `mark:start:end` (the Highlight objects are shared by the page). */
const paintedByBox = new Map<HTMLElement, Map<string, PaintedRange>>();
const registered = new Map<Mark, Highlight>();

function highlightFor(mark: Mark): Highlight {
  let highlight = registered.get(mark);
  if (!highlight) {
    highlight = new Highlight();
    registered.set(mark, highlight);
    CSS.highlights.set(NAMES[mark], highlight);
  }
  return highlight;
}

/**
 * Paints `findings` of one box. Returns false when the box needs fallback boxes (no Ranges for its kind or
 * no Highlight API), so the overlay draws them.
 *
 * Only what changed is touched: typing elsewhere in the draft leaves findings where they were and live Ranges
 * follow the text, so those stay registered; a finding that moved or grew gets a new Range. Each change to a
 * highlight makes the browser repaint the text it covers.
 */
export function paintHighlights(editable: HTMLElement, snapshot: TextSnapshot, findings: Finding[]): boolean {
  if (!highlightApiAvailable()) return false;
  const painted = paintedByBox.get(editable) ?? new Map<string, PaintedRange>();
  const next = new Map<string, PaintedRange>();
  for (const finding of findings) {
    const { start, end } = paintedSpan(finding);
    if (end <= start) continue;
    const mark: Mark = isOverflow(finding) ? 'overflow' : finding.severity;
    const key = `${mark}:${start}:${end}`;
    const kept = painted.get(key);
    if (kept && kept.range.toString() === kept.text) {
      next.set(key, kept);
      continue;
    }
    const range = snapshot.rangeFor(start, end);
    if (!range) {
      clearHighlights(editable);
      return false;
    }
    next.set(key, { mark, range, text: range.toString() });
  }
  if (next.size) ensureStyle(editable.getRootNode());
  for (const [key, entry] of painted) {
    if (next.get(key) !== entry) registered.get(entry.mark)?.delete(entry.range);
  }
  for (const [key, entry] of next) {
    if (painted.get(key) !== entry) highlightFor(entry.mark).add(entry.range);
  }
  if (next.size) paintedByBox.set(editable, next);
  else paintedByBox.delete(editable);
  return true;
}

/** Removes one box's highlights, or every box's (the assistant stopping). */
export function clearHighlights(editable?: HTMLElement): void {
  if (editable) {
    for (const entry of paintedByBox.get(editable)?.values() ?? [])
      registered.get(entry.mark)?.delete(entry.range);
    paintedByBox.delete(editable);
    return;
  }
  paintedByBox.clear();
  if (!highlightApiAvailable()) return;
  for (const mark of registered.keys()) CSS.highlights.delete(NAMES[mark]);
  registered.clear();
}
