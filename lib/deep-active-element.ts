// The focused element through open shadow roots (LinkedIn and Bilibili put their editors inside them).
// Dependency-free: the page-load content script imports it and must stay tiny.

/** The element that really has focus, looking through open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
