// Picks the editor strategy by DOM fingerprint (never by site: sites switch editors without notice). The order
// matters: every rich editor is also a contenteditable, so the specific fingerprints are checked first.
import { contenteditableStrategy } from './contenteditable';
import { draftStrategy } from './draft';
import { inputStrategy } from './input';
import { lexicalStrategy } from './lexical';
import { prosemirrorStrategy } from './prosemirror';
import { quillStrategy } from './quill';
import { deepActiveElement } from './selection';
import { slateStrategy } from './slate';
import { textareaStrategy } from './textarea';
import type { EditorKind, EditorStrategy } from './types';

export const STRATEGIES: readonly EditorStrategy[] = [
  draftStrategy,
  lexicalStrategy,
  quillStrategy,
  prosemirrorStrategy,
  slateStrategy,
  contenteditableStrategy,
  textareaStrategy,
  inputStrategy,
];

export interface DetectedEditor {
  kind: EditorKind;
  root: HTMLElement;
  strategy: EditorStrategy;
}

function isDisabledField(root: HTMLElement): boolean {
  return (
    (root.tagName === 'TEXTAREA' || root.tagName === 'INPUT') &&
    ((root as HTMLInputElement).disabled || (root as HTMLInputElement).readOnly)
  );
}

/** The editor that `element` belongs to (the element itself, something inside it, or its wrapper). */
export function detectEditor(element: Element | null | undefined): DetectedEditor | null {
  if (!element || element.nodeType !== 1) return null;
  for (const strategy of STRATEGIES) {
    const root = strategy.rootOf(element);
    if (root && !isDisabledField(root)) return { kind: strategy.kind, root, strategy };
  }
  return null;
}

export function strategyFor(kind: EditorKind): EditorStrategy {
  const strategy = STRATEGIES.find((candidate) => candidate.kind === kind);
  if (!strategy) throw new Error(`No editor strategy for ${kind}`);
  return strategy;
}

/**
 * The editor an event (focusin, input, keydown…) happened in, seen through open shadow roots: composedPath()
 * starts at the real target even when the event was retargeted to a shadow host.
 */
export function findEditableFromEvent(event: Event): DetectedEditor | null {
  for (const target of event.composedPath()) {
    if (!target || (target as Node).nodeType !== 1) continue;
    const found = detectEditor(target as Element);
    if (found) return found;
  }
  const fallback =
    event.target && (event.target as Node).nodeType === 1
      ? deepActiveElement((event.target as Element).ownerDocument)
      : null;
  return fallback ? detectEditor(fallback) : null;
}

/** The editor that has focus right now, if any. */
export function focusedEditor(document: Document = globalThis.document): DetectedEditor | null {
  return detectEditor(deepActiveElement(document));
}
