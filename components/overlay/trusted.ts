import type { SyntheticEvent } from 'react';

/**
 * Wraps an overlay action so that it runs only for a person's event. The overlay's shadow root is closed, so page
 * scripts hold no reference to its elements; this is the second lock, and it keeps every action's rule visible
 * where the action is wired.
 */
export function trusted<E extends SyntheticEvent>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.nativeEvent.isTrusted) handler(event);
  };
}
