import { effect } from '@preact/signals-react';
import { closestAcrossShadow } from '@/lib/sites/dom';
import { activeSession } from './ui-state';

/**
 * Keeps the overlay's host where the person can see and reach it. A modal <dialog> sits in the browser's top layer
 * and makes the rest of the page inert (LinkedIn's SDUI share composer, opened with showModal() in a 2026 model of
 * the live page): while the active box is in one, the host is inside that dialog, and back at the end of <html> once
 * it closes or the box is another. The closed shadow root moves with its host: nothing of the overlay becomes
 * readable to the page's scripts.
 */
export function keepHostAboveModalDialogs(host: HTMLElement, signal: AbortSignal): void {
  let inDialog: Element | null = null;
  const place = () => {
    const session = activeSession.peek();
    const dialog = (session && closestAcrossShadow(session.editable, 'dialog:modal')) || null;
    if (dialog === inDialog) return;
    inDialog = dialog;
    (dialog ?? document.documentElement).append(host);
    // Closed: no longer :modal, so the host goes back (or into the modal dialog around it).
    dialog?.addEventListener('close', place, { once: true, signal });
  };
  signal.addEventListener(
    'abort',
    effect(() => void (activeSession.value, place())),
  );
  // The same box's dialog shown modally again after it closed: focus moves into it.
  document.addEventListener('focusin', place, { capture: true, passive: true, signal });
}
