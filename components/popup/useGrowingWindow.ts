import { useCallback, useEffect, useRef, useState, type FocusEvent } from 'react';

/** Rows rendered at first: more than a 600 px popup shows, so the first screen is complete. */
export const FIRST_ROWS = 24;
/** Rows added each time the end of the rendered part nears the view or the keyboard focus. */
const MORE_ROWS = 48;
/** Keyboard focus this close to the last rendered row renders the next ones, so Tab never leaves the list early. */
const FOCUS_MARGIN = 3;

/**
 * A list that renders its first rows at once and the rest as they are about to be seen: when the sentinel after
 * the last rendered row comes within a screen of the view, or the keyboard focus nears it. Rows are never taken
 * away again (a day's list is bounded), which keeps focus, open menus and the reading position stable. The
 * caller gives each row aria-setsize / aria-posinset so assistive technology knows the whole list's size.
 */
export function useGrowingWindow(total: number) {
  const [end, setEnd] = useState(() => Math.min(total, FIRST_ROWS));
  const sentinel = useRef<HTMLLIElement | null>(null);
  const more = useCallback(() => setEnd((current) => Math.min(total, current + MORE_ROWS)), [total]);

  useEffect(() => setEnd((current) => Math.min(total, Math.max(current, FIRST_ROWS))), [total]);

  useEffect(() => {
    const target = sentinel.current;
    if (!target || end >= total) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && more(), {
      rootMargin: '100% 0px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [end, total, more]);

  /** For the list's onFocus: focus inside one of the last rendered rows renders the next ones. */
  const onFocus = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const row = (event.target as Element).closest('[aria-posinset]');
      const position = Number(row?.getAttribute('aria-posinset'));
      if (position && position > end - FOCUS_MARGIN) more();
    },
    [end, more],
  );

  return { end, sentinel, onFocus };
}
