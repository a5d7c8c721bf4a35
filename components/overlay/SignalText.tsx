import { useLayoutEffect, useRef } from 'react';
import { effect, type ReadonlySignal } from '@preact/signals-react';

/**
 * A text node bound to a signal outside React: a value that changes on every keystroke (the length counter)
 * updates one text node instead of re-rendering its component.
 */
export function SignalText({ text }: { text: ReadonlySignal<string> }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(
    () =>
      effect(() => {
        const value = text.value;
        if (ref.current && ref.current.textContent !== value) ref.current.textContent = value;
      }),
    [text],
  );
  return <span ref={ref} />;
}
