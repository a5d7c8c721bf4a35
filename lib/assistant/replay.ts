/**
 * Whether `node` is `ancestor` or lies inside it, also across open shadow roots (a click inside a custom element's
 * shadow tree lands on an element `contains()` does not see). Duck-typed: nodes of a parent frame (WeChat's
 * publish button, seen from the editor's iframe) are not instances of this frame's classes.
 */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let current: Node | null = node; current;) {
    if (current === ancestor) return true;
    const parent: Node | null = current.parentNode;
    const host: Element | undefined =
      parent?.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (parent as ShadowRoot).host : undefined;
    current = host ?? parent;
  }
  return false;
}

/**
 * Where a held click goes out again after "Post anyway" (or a team approval): the element the person clicked,
 * when it still lies inside the publish control, otherwise the control itself. A site may listen on a child of
 * its control (Douyin's send icon span inside the send area): a click replayed on the control alone bubbles up
 * from the control and never reaches that child's listener, so the post would silently not go out.
 *
 * Only a trusted click is followed to its element; a page script's `.click()` that was held is replayed on the
 * control, so a script cannot choose where the person's "Post anyway" lands.
 */
export function replayTarget(control: HTMLElement | null, held: Event, clicked: Element): Element | null {
  if (!control) return null;
  if (!held.isTrusted || clicked === control || !clicked.isConnected) return control;
  return composedContains(control, clicked) ? clicked : control;
}

/** Sends the held click again to `replayTarget(...)`, with the person's pointer position and modifier keys. */
export function replayClick(control: HTMLElement | null, held: MouseEvent, clicked: Element): void {
  const target = replayTarget(control, held, clicked);
  if (!target) return;
  if (target === control) return control.click();
  const init: MouseEventInit = {
    bubbles: true,
    cancelable: true,
    composed: true,
    view: held.view,
    detail: held.detail,
    screenX: held.screenX,
    screenY: held.screenY,
    clientX: held.clientX,
    clientY: held.clientY,
    ctrlKey: held.ctrlKey,
    shiftKey: held.shiftKey,
    altKey: held.altKey,
    metaKey: held.metaKey,
    button: held.button,
    buttons: held.buttons,
  };
  // Chromium's clicks are PointerEvents; a site reading pointerType sees the same kind of event again.
  const pointer = held as Partial<PointerEvent>;
  const event =
    typeof PointerEvent === 'function' && typeof pointer.pointerType === 'string'
      ? new PointerEvent('click', { ...init, pointerId: pointer.pointerId, pointerType: pointer.pointerType })
      : new MouseEvent('click', init);
  target.dispatchEvent(event);
}
