import { useEffect, useLayoutEffect, type RefObject } from 'react';
import { dayBounds, localDateOf } from '@/lib/calendar/time';
import { FIRST_SCREEN_ID, FIRST_SCREEN_ROWS, saveFirstScreen } from './first-screen';

/**
 * The app's side of the first screen (first-screen.ts): removes the saved copy as the app's first render is laid
 * out, and saves what it shows for the next opening, again whenever the calendar revision or the language changes.
 */
export function useFirstScreen(
  main: RefObject<HTMLElement | null>,
  revision: number,
  zone: string,
  locale: string,
) {
  useLayoutEffect(() => document.getElementById(FIRST_SCREEN_ID)?.remove(), []);
  useEffect(() => {
    // Right after the frame that shows it (a popup may be closed at any moment); the copy blanks what comes later.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (!main.current) return;
        const today = dayBounds(localDateOf(Date.now(), zone), zone);
        void saveFirstScreen(main.current, revision, today, FIRST_SCREEN_ROWS).catch(() => undefined);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [main, revision, zone, locale]);
}
