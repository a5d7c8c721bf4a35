import { useSignals } from '@preact/signals-react/runtime';
import { layoutTick } from '@/lib/assistant/ui-state';

/**
 * Re-renders on scroll/resize (one tick per animation frame) and returns the element's current box. Without an
 * element (a closed picker, no hovered comment) it does not follow scrolling at all.
 */
export function useRectOf(element: Element | null | undefined): DOMRect | null {
  useSignals();
  if (!element?.isConnected) return null;
  void layoutTick.value;
  return element.getBoundingClientRect();
}

/** The site's dark mode, judged from the text colour of the box itself (sites theme without a standard flag). */
export function isDarkAround(element: Element | null | undefined): boolean {
  if (!element) return false;
  const [r, g, b] = (getComputedStyle(element).color.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b > 150;
}
