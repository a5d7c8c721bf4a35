// Focus tracking that sees into open shadow roots (LinkedIn and Bilibili put their editors inside them).
// Kept dependency-free: the page-load content script imports it and must stay tiny.

export function isEditableElement(element: Element | null | undefined): element is HTMLElement {
  if (!element || !(element instanceof HTMLElement)) return false;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (element instanceof HTMLInputElement) {
    return ['text', 'search', ''].includes(element.type) && !element.readOnly && !element.disabled;
  }
  return element.isContentEditable;
}

import { loadedForBox, notedClicks, typedBoxes } from './page-handshake';

export { deepActiveElement } from '../deep-active-element';

/** The editable element an event happened in (composedPath crosses open shadow boundaries). */
export function editableFromEvent(event: Event): HTMLElement | null {
  for (const node of event.composedPath()) {
    if (node instanceof HTMLElement && isEditableElement(node)) {
      // For rich editors the focus lands on the contenteditable root; inner nodes are editable too.
      let root: HTMLElement = node;
      while (root.parentElement && root.parentElement.isContentEditable) root = root.parentElement;
      return root;
    }
  }
  return null;
}

/**
 * How long after a person's pointer or key press a focus still counts as theirs (a click focuses at once; a site's
 * own handler may focus the box a little later, e.g. after opening its reply dialog).
 */
export const USER_FOCUS_WINDOW_MS = 1000;

/**
 * Watches for a person's pointer and key presses in `target`. Focus events are trusted even when a page script
 * calls `focus()`, so a focus counts as the user's only right after a trusted press; `isTrusted` cannot be forged
 * by page scripts (their dispatched events and `.click()` carry false).
 */
export function watchUserGestures(target: EventTarget, signal?: AbortSignal): { recent(): boolean } {
  let last = -Infinity;
  const note = (event: Event) => {
    if (event.isTrusted) last = performance.now();
  };
  for (const type of ['pointerdown', 'keydown', 'touchstart'])
    target.addEventListener(type, note, { capture: true, passive: true, signal });
  return { recent: () => performance.now() - last < USER_FOCUS_WINDOW_MS };
}

/** A trusted press inside an editable box: the person is in that box, however its focus arrived. */
export function userPressIn(event: Event): HTMLElement | null {
  return event.isTrusted ? editableFromEvent(event) : null;
}

/** What a person's input into a box looks like (`input` is not among them: a script's execCommand fires it, trusted). */
export const USER_INPUT_EVENTS = ['keydown', 'beforeinput', 'paste', 'drop', 'compositionstart'] as const;

/**
 * Boxes a person typed, pasted, dropped or composed in before the assistant arrived: the page-load script notes
 * them, the assistant's box sessions start from it (shared through page-handshake.ts). Without it, what was typed
 * while the assistant loaded would not count.
 */
export function noteUserInput(target: EventTarget, signal?: AbortSignal): void {
  const note = (event: Event) => {
    // Every keystroke after the first in a box targets the box noted then: no composed-path walk again.
    if (typedBoxes().has(event.target as Element)) return;
    const box = userPressIn(event);
    if (box) typedBoxes().add(box);
  };
  for (const type of USER_INPUT_EVENTS)
    target.addEventListener(type, note, { capture: true, passive: true, signal });
}

export function hadUserInput(box: Element): boolean {
  return typedBoxes().has(box);
}

/**
 * Whether `box` is (in or around) the one whose person's focus or press made the page-load script ask for the
 * assistant (noted through page-handshake.ts). The assistant starts in that box when it arrives, however long that
 * took: the click's user activation lasts 5 s, and a busy machine or a large kit can take longer to inject and
 * compile.
 */
export function loadedFor(box: Element): boolean {
  const noted = loadedForBox();
  return Boolean(noted && (noted === box || noted.contains(box) || box.contains(noted)));
}

/** How many of the person's clicks before the assistant arrived it can still look back on. */
const NOTED_CLICKS = 16;

/**
 * What the person clicked (the element under the pointer, shadow roots included), newest last, noted by the
 * page-load script and shared like the typed boxes: a click made before the assistant arrived (Xiaohongshu's 回复,
 * which focuses the comment box and so loads the assistant, then a click in the box) is still seen by it. Trusted
 * clicks only.
 */
export function noteUserClicks(target: EventTarget, signal?: AbortSignal): void {
  target.addEventListener(
    'click',
    (event) => {
      const origin = event.composedPath()[0];
      if (!event.isTrusted || !(origin instanceof Element)) return;
      const clicks = notedClicks();
      clicks.push(new WeakRef(origin));
      if (clicks.length > NOTED_CLICKS) clicks.shift();
    },
    { capture: true, passive: true, signal },
  );
}

/** The person's clicks before now, newest first (those still in memory). */
export function recentUserClicks(): Element[] {
  return notedClicks()
    .map((ref) => ref.deref())
    .filter((element): element is Element => element !== undefined)
    .reverse();
}

/** Forgets the noted clicks (once a reply is sent, the 回复 before it answers nothing any more). */
export function forgetUserClicks(): void {
  notedClicks().length = 0;
}
