import type { BoxSession } from './box-session';

/**
 * Judges whether a box's publish control can be found, once the box holds text: some sites render the control only
 * then (LinkedIn's hashed-class post page adds its Comment button after the first character, evidence
 * li-react-2026-08), so an empty box without one is not drift. While the control is missing it is looked for again
 * after each check, a frame later (once the site has rendered); once found it is never looked for again, so a box
 * whose control is there from the start costs nothing per keystroke.
 */
export function watchSubmitControl(
  session: BoxSession,
  found: () => boolean,
  verdict: (found: boolean) => void,
): void {
  if (found()) return verdict(true);
  let missingSaid = false;
  let frame = 0;
  const look = () => {
    frame = 0;
    if (found()) {
      stop();
      verdict(true);
    } else if (!missingSaid && session.checked.peek()?.snapshot.text.trim()) {
      missingSaid = true;
      verdict(false);
    }
  };
  const stopChecks = session.checked.subscribe(() => {
    frame ||= requestAnimationFrame(look);
  });
  const stop = () => {
    stopChecks();
    cancelAnimationFrame(frame);
  };
  session.signal.addEventListener('abort', stop, { once: true });
}
