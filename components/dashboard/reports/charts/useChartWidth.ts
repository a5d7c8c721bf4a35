import { useLayoutEffect, useRef, useState } from 'react';

/** Narrowest drawing width: below it labels would collide, so the chart scales down instead. */
const MIN_WIDTH = 360;

/**
 * The width a chart's box has on screen, in CSS pixels, kept current as the window (or the print page) resizes.
 * Charts draw in these units, so one SVG unit is one pixel: the drawing fills its box at any width and its
 * labels keep their CSS size instead of shrinking with a stretched viewBox.
 */
export function useChartWidth(initial = 720) {
  const ref = useRef<HTMLElement | null>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const next = Math.max(MIN_WIDTH, Math.floor(element.clientWidth));
      if (next > 0) setWidth((current) => (current === next ? current : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
