import type { Finding } from '@/lib/engine';
import type { TextSnapshot } from '@/lib/editors/types';

// Paints findings without touching the editor's DOM: the CSS Custom Highlight API takes Ranges over the
// editor's own text nodes. Editors without a DOM inside (textarea/input) and browsers without the API get
// positioned boxes drawn by the overlay instead (see components/overlay/FallbackMarks.tsx).

const NAMES = { block: 'onbrand-block', warn: 'onbrand-warn', info: 'onbrand-info' } as const;

const STYLE = `
::highlight(onbrand-block) { text-decoration: underline wavy #d92d20; text-decoration-thickness: 1.5px; background-color: rgba(217, 45, 32, 0.10); }
::highlight(onbrand-warn) { text-decoration: underline wavy #dc6803; text-decoration-thickness: 1.5px; background-color: rgba(220, 104, 3, 0.08); }
::highlight(onbrand-info) { text-decoration: underline dotted #1570ef; text-decoration-thickness: 1.5px; }
`;

export const highlightApiAvailable = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/** `::highlight()` rules must live in the tree that holds the text: the document, or the editor's shadow root. */
function ensureStyle(root: Node): void {
  const target = root instanceof ShadowRoot ? root : document.head ?? document.documentElement;
  if (target.querySelector(':scope > style[data-onbrand-highlights]')) return;
  const style = document.createElement('style');
  style.dataset.onbrandHighlights = '';
  style.textContent = STYLE;
  target.appendChild(style);
}

/**
 * Paints `findings` of one box. Returns false when the box needs fallback boxes (no Ranges for its kind or
 * no Highlight API), so the overlay draws them.
 */
let painted: { key: string; ranges: Range[]; texts: string[] } | null = null;

export function paintHighlights(editable: HTMLElement, snapshot: TextSnapshot, findings: Finding[]): boolean {
  // Typing elsewhere in the draft leaves the findings where they were, and live Ranges follow the text: keep the
  // painted highlights unless a finding changed or a range no longer covers its text.
  const key = findings.map((f) => `${f.severity}:${f.start}:${f.end}`).join('|');
  if (painted?.key === key && painted.ranges.every((range, i) => range.toString() === painted!.texts[i])) return true;
  clearHighlights();
  if (!highlightApiAvailable() || findings.length === 0) return highlightApiAvailable();
  const ranges: Record<keyof typeof NAMES, Range[]> = { block: [], warn: [], info: [] };
  for (const finding of findings) {
    if (finding.end <= finding.start) continue;
    const range = snapshot.rangeFor(finding.start, finding.end);
    if (!range) return false;
    ranges[finding.severity].push(range);
  }
  ensureStyle(editable.getRootNode());
  for (const severity of Object.keys(NAMES) as (keyof typeof NAMES)[]) {
    if (ranges[severity].length) CSS.highlights.set(NAMES[severity], new Highlight(...ranges[severity]));
  }
  const all = [...ranges.block, ...ranges.warn, ...ranges.info];
  painted = { key, ranges: all, texts: all.map((range) => range.toString()) };
  return true;
}

export function clearHighlights(): void {
  painted = null;
  if (!highlightApiAvailable()) return;
  for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
}
