import { useLayoutEffect, useRef, type RefObject } from 'react';
import { effect } from '@preact/signals-react';
import { layoutTick } from '@/lib/assistant/ui-state';
import { placePanel, type Rect } from '@/lib/assistant/placement';

/**
 * Positions a fixed panel by its measured size so it covers none of `keepClear()` (the span, the caret line, the
 * answered comment), following scrolling frame by frame without re-rendering (it sets its own style).
 * `anchor()` returning null hides the panel (its box left the page). It follows scrolling only while its panel is
 * rendered: a closed card or selection check keeps no scroll listener alive (a scrolling feed then never calls in).
 */
export function usePlacement(
  ref: RefObject<HTMLElement | null>,
  anchor: () => Rect | null,
  keepClear: () => Rect[],
): void {
  // The latest closures: the panel's content and anchor change with each render, its subscription does not.
  const latest = useRef({ anchor, keepClear });
  const following = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    latest.current = { anchor, keepClear };
    if (!ref.current) return stopFollowing(following);
    if (following.current) return place(ref.current, anchor, keepClear);
    // Places the panel now, then on every scroll frame and resize.
    following.current = effect(() => {
      void layoutTick.value;
      place(ref.current, latest.current.anchor, latest.current.keepClear);
    });
  });
  useLayoutEffect(() => () => stopFollowing(following), []);
}

function stopFollowing(following: { current: (() => void) | null }): void {
  following.current?.();
  following.current = null;
}

function place(element: HTMLElement | null, anchor: () => Rect | null, keepClear: () => Rect[]): void {
  if (!element) return;
  const at = anchor();
  element.style.visibility = at ? '' : 'hidden';
  if (!at) return;
  const spot = placePanel({ width: element.offsetWidth, height: element.offsetHeight }, at, keepClear(), {
    width: innerWidth,
    height: innerHeight,
  });
  element.dataset.side = spot.side;
  Object.assign(element.style, { top: `${spot.top}px`, left: `${spot.left}px`, bottom: '', right: '' });
}
