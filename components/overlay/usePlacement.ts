import { useLayoutEffect, type RefObject } from 'react';
import { effect } from '@preact/signals-react';
import { layoutTick } from '@/lib/assistant/ui-state';
import { placePanel, type Rect } from '@/lib/assistant/placement';

/**
 * Positions a fixed panel by its measured size so it covers none of `keepClear()` (the span, the caret line, the
 * answered comment), following scrolling frame by frame without re-rendering (it sets its own style).
 * `anchor()` returning null hides the panel (its box left the page).
 */
export function usePlacement(ref: RefObject<HTMLElement | null>, anchor: () => Rect | null, keepClear: () => Rect[], deps: unknown[]): void {
  useLayoutEffect(
    () =>
      effect(() => {
        void layoutTick.value;
        const element = ref.current;
        if (!element) return;
        const at = anchor();
        element.style.visibility = at ? '' : 'hidden';
        if (!at) return;
        const place = placePanel({ width: element.offsetWidth, height: element.offsetHeight }, at, keepClear(), { width: innerWidth, height: innerHeight });
        element.dataset.side = place.side;
        Object.assign(element.style, { top: `${place.top}px`, left: `${place.left}px`, bottom: '', right: '' });
      }),
    deps,
  );
}
