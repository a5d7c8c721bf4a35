import { labelOf, PUBLISH_VERBS } from './dom';

// Structure first: the publish control of a box no adapter knows is the nearest control, climbing from the box, whose
// label is a publish verb. "Control" is a button, [role=button], a link, input[type=submit] or a custom element host
// (Xiaohongshu's <xhs-publish-btn> keeps its button in a closed shadow root: the host is all a page script can see).

const CONTROL = 'button, [role="button"], a, input[type="submit"]';

function isCustomElementHost(element: Element): boolean {
  return element.localName.includes('-');
}

/** A control's own label; a custom element host whose shadow root is closed shows only its light-DOM text or aria-label. */
function isPublishControl(element: Element): boolean {
  // Disabled controls count: sites disable Post while the box is empty, which is exactly when a box is first focused.
  if (element.closest('[contenteditable="true"], [contenteditable=""]')) return false;
  return PUBLISH_VERBS.test(labelOf(element));
}

/** Publish controls under `scope`, also inside open shadow roots, in document order. */
function publishControlsIn(scope: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of scope.querySelectorAll<HTMLElement>('*')) {
    if ((element.matches(CONTROL) || isCustomElementHost(element)) && isPublishControl(element))
      found.push(element);
    if (element.shadowRoot) found.push(...publishControlsIn(element.shadowRoot));
  }
  return found;
}

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

const EDITABLE =
  '[contenteditable="true"], [contenteditable=""], textarea, input:not([type]), input[type="text"]';

/**
 * A control belongs to the editors of the first ancestor around it that holds any: the share dialog's "Post" is the
 * dialog's, not a comment box's further down the page. True when that ancestor holds `box`.
 */
function belongsTo(control: Element, box: Element, limit: Element): boolean {
  for (let node = parentAcrossShadow(control); node; node = parentAcrossShadow(node)) {
    const scope = node.shadowRoot ?? node;
    if (node.contains(box) || (node.shadowRoot && deepContains(node.shadowRoot, box))) return true;
    if (scope.querySelector(EDITABLE) || node.querySelector(EDITABLE)) return false;
    if (node === limit) return false;
  }
  return false;
}

function deepContains(root: ShadowRoot, element: Element): boolean {
  for (
    let node: Node | null = element;
    node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)
  ) {
    if (node === root) return true;
  }
  return false;
}

/**
 * Climbs from `box` (through shadow hosts) to the nearest ancestor holding a publish control; returns both. Controls
 * nested in a custom element host that itself matches are reported as the host (its click is what the page sees).
 */
export function nearestPublishControl(
  box: Element,
  maxDepth = 12,
): { container: Element; control: HTMLElement } | null {
  let node = parentAcrossShadow(box);
  for (
    let depth = 0;
    node && depth < maxDepth && node !== box.ownerDocument.documentElement;
    depth++, node = parentAcrossShadow(node)
  ) {
    const controls = publishControlsIn(node.shadowRoot ?? node).concat(
      node.shadowRoot ? publishControlsIn(node) : [],
    );
    const control = controls.find(
      (candidate) => !candidate.contains(box) && belongsTo(candidate, box, node!),
    );
    if (control) return { container: node, control };
  }
  return null;
}
