import { signal, type ReadonlySignal } from '@preact/signals-react';

const inView = new WeakMap<Element, ReadonlySignal<boolean>>();

/**
 * Whether `box` is on screen, one signal per box for every part drawn at it (the badge, the fallback marks): a
 * box scrolled out of view takes them along, and they stop following scrolling until it is back. The box is
 * observed only while something reads the signal.
 */
export function boxInView(box: Element): ReadonlySignal<boolean> {
  let shown = inView.get(box);
  if (shown) return shown;
  let observer: IntersectionObserver | null = null;
  const visible = signal(true, {
    watched: () => {
      observer = new IntersectionObserver((entries) => {
        visible.value = entries[entries.length - 1].isIntersecting;
      });
      observer.observe(box);
    },
    unwatched: () => {
      observer?.disconnect();
      observer = null;
    },
  });
  inView.set(box, (shown = visible));
  return shown;
}
