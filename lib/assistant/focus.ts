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

/** The element that really has focus, through shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

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
