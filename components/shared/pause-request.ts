// "Open the crisis pause's switch": the one way an offer (the popup's crisis notice, the reports' crisis section,
// the dashboard opened from a page's offer) reaches the page's single PauseSwitch, which opens its form and
// focuses it. Never switches anything itself: the person still gives a reason and switches.

const listeners = new Set<() => void>();
/** A request made before the switch was mounted (the dashboard still reading the calendar's zone) waits for it. */
let pending = false;

export function requestPauseSwitch(): void {
  pending = listeners.size === 0;
  for (const listener of listeners) listener();
}

/** For PauseSwitch: called on every request (and at once for one still waiting); returns the unsubscribe. */
export function onPauseSwitchRequest(listener: () => void): () => void {
  listeners.add(listener);
  if (pending) {
    pending = false;
    listener();
  }
  return () => listeners.delete(listener);
}
