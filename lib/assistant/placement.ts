// Where a panel goes so that it covers nothing the person is looking at: the span it explains, the caret line,
// the comment being answered. Sides are tried in order (below, above, right, left of the anchor); the first that
// fits the viewport and overlaps none of the rects to keep clear wins, else the one that overlaps least.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above' | 'right' | 'left';
}

const GAP = 6;
const MARGIN = 8;

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

export function placePanel(
  size: { width: number; height: number },
  anchor: Rect,
  keepClear: readonly Rect[],
  viewport: { width: number; height: number },
): Placement {
  // Everything to keep clear, taken as one band: a panel beside the anchor must also clear the caret line.
  const clearTop = Math.min(anchor.top, ...keepClear.map((r) => r.top));
  const clearBottom = Math.max(anchor.bottom, ...keepClear.map((r) => r.bottom));
  const clearLeft = Math.min(anchor.left, ...keepClear.map((r) => r.left));
  const clearRight = Math.max(anchor.right, ...keepClear.map((r) => r.right));
  const xAlong = clamp(anchor.left, MARGIN, viewport.width - size.width - MARGIN);
  const yAlong = clamp(anchor.top, MARGIN, viewport.height - size.height - MARGIN);
  const candidates: Placement[] = [
    { side: 'below', left: xAlong, top: clearBottom + GAP },
    { side: 'above', left: xAlong, top: clearTop - GAP - size.height },
    { side: 'right', left: clearRight + GAP, top: yAlong },
    { side: 'left', left: clearLeft - GAP - size.width, top: yAlong },
  ];
  const fits = (p: Placement) =>
    p.left >= 0 &&
    p.top >= 0 &&
    p.left + size.width <= viewport.width &&
    p.top + size.height <= viewport.height;
  const covered = (p: Placement) => {
    const box = { left: p.left, top: p.top, right: p.left + size.width, bottom: p.top + size.height };
    return [anchor, ...keepClear].reduce((sum, rect) => sum + overlap(box, rect), 0);
  };
  const clear = candidates.find((p) => fits(p) && covered(p) === 0);
  if (clear) return clear;
  // No side fits whole: keep things clear first, on screen as much as possible (clamped into the viewport).
  const clamped = candidates.map((p) => ({
    ...p,
    left: clamp(p.left, MARGIN, viewport.width - size.width - MARGIN),
    top: clamp(p.top, MARGIN, viewport.height - size.height - MARGIN),
  }));
  return clamped.reduce((best, p) => (covered(p) < covered(best) ? p : best));
}

export const rectOf = (r: DOMRect | Rect): Rect => ({
  left: r.left,
  top: r.top,
  right: r.right,
  bottom: r.bottom,
});
