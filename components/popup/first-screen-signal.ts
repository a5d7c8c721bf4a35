// How popup-first-screen.js tells the popup's entry that the saved first screen is on screen (first-screen.ts).
// Dependency-free on purpose: the entry imports it before the app, and anything it shares with the dashboard
// would pull the shared chunk (Preact, strings, schemas) in ahead of that first frame.

/** A global on the popup's own window: extension code on both sides, no site can see it. */
type FirstScreenWindow = typeof globalThis & { onbrandFirstScreen?: Promise<unknown> };

/** In popup.html: settles once the copy's frame has been painted, or as soon as there is no copy to show. */
export function announceFirstScreen(shown: Promise<boolean>): void {
  (globalThis as FirstScreenWindow).onbrandFirstScreen = shown.then((painting) =>
    painting
      ? new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            // A task after the frame's callbacks: the frame has been painted by then.
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve();
            channel.port2.postMessage(0);
          }),
        )
      : undefined,
  );
}

/** For the popup's entry: what to wait for before loading the app. Settled at once if the early script has not run. */
export function firstScreenSettled(): Promise<unknown> {
  return (globalThis as FirstScreenWindow).onbrandFirstScreen ?? Promise.resolve();
}
