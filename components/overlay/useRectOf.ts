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
