// DOM selection access that also works for editors inside (open) shadow roots, where document.getSelection()
// is retargeted to the host.
import { type DomPoint, domPointAt, type TextLayout, textOffsetAt } from './dom-text';
import type { TextSelection } from './types';
import { deepActiveElement } from '../deep-active-element';

function shadowRootOf(root: Node): ShadowRoot | null {
  const rootNode = root.getRootNode();
  return rootNode.nodeType === 11 && 'host' in rootNode ? (rootNode as ShadowRoot) : null;
}

export function documentSelection(root: Node): Selection | null {
  const document = root.ownerDocument ?? (root as Document);
  return document.getSelection();
}

/** The selection's anchor and focus as seen from inside `root`'s tree (shadow roots included). */
export function selectionPoints(root: HTMLElement): { anchor: DomPoint; focus: DomPoint } | null {
  const selection = documentSelection(root);
  if (!selection || selection.rangeCount === 0) return null;
  const shadow = shadowRootOf(root);
  if (shadow) {
    const legacy = (shadow as ShadowRoot & { getSelection?(): Selection | null }).getSelection?.();
    if (legacy && legacy.rangeCount > 0 && legacy.anchorNode && legacy.focusNode) {
      return {
        anchor: { node: legacy.anchorNode, offset: legacy.anchorOffset },
        focus: { node: legacy.focusNode, offset: legacy.focusOffset },
      };
    }
    const composed =
      typeof selection.getComposedRanges === 'function'
        ? selection.getComposedRanges({ shadowRoots: [shadow] })[0]
        : undefined;
    if (composed) {
      return {
        anchor: { node: composed.startContainer, offset: composed.startOffset },
        focus: { node: composed.endContainer, offset: composed.endOffset },
      };
    }
  }
  if (!selection.anchorNode || !selection.focusNode) return null;
  return {
    anchor: { node: selection.anchorNode, offset: selection.anchorOffset },
    focus: { node: selection.focusNode, offset: selection.focusOffset },
  };
}

/** The selection as text offsets, or null when it is not inside `root`. */
export function readTextSelection(layout: TextLayout): TextSelection | null {
  const points = selectionPoints(layout.root);
  if (!points) return null;
  const inside = (point: DomPoint) => point.node === layout.root || layout.root.contains(point.node);
  if (!inside(points.anchor) || !inside(points.focus)) return null;
  const anchor = textOffsetAt(layout, points.anchor);
  const focus = textOffsetAt(layout, points.focus);
  return { start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
}

export function writeTextSelection(layout: TextLayout, selection: TextSelection): void {
  const start = Math.min(selection.start, selection.end);
  const end = Math.max(selection.start, selection.end);
  const from = domPointAt(layout, start, start === end ? 'backward' : 'forward');
  const to = start === end ? from : domPointAt(layout, end, 'backward');
  documentSelection(layout.root)?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
}

/** The element holding the caret (where a synthetic paste/beforeinput should be dispatched). */
export function caretElement(root: HTMLElement): HTMLElement {
  const points = selectionPoints(root);
  const node = points?.focus.node;
  if (!node || !(node === root || root.contains(node))) return root;
  const element = node.nodeType === 1 ? (node as HTMLElement) : node.parentElement;
  return element && root.contains(element) ? element : root;
}

export { deepActiveElement };

export function focusEditor(root: HTMLElement): void {
  if (
    deepActiveElement(root.ownerDocument) !== root &&
    !root.contains(deepActiveElement(root.ownerDocument))
  ) {
    root.focus({ preventScroll: true });
  }
}
