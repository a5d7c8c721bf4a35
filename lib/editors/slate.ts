// Slate (Douyin creator). `[data-slate-editor]` is the contenteditable. Empty lines are a
// `[data-slate-zero-width]` '\uFEFF' + <br>; the placeholder is a non-editable span. A DOM change (including the
// one execCommand makes) is visual only, so text goes in through a synthetic beforeinput (Slate flushes its
// pending DOM→model selection sync first) or a synthetic paste (multi-line text, or a single letter, which Slate
// leaves to the browser's native insertion that a synthetic event does not have).
import { createRichStrategy, isNonEditableIsland, preferPasteForLines } from './rich';

export const slateStrategy = createRichStrategy({
  kind: 'slate',
  rootOf: (element) => element.closest<HTMLElement>('[data-slate-editor]'),
  layout: {
    skip: (element) => isNonEditableIsland(element) || element.hasAttribute('data-slate-placeholder'),
    doubledTrailingNewline: true,
  },
  methods: (context) => preferPasteForLines(['beforeinput', 'paste'], context),
  // Slate syncs the DOM selection into its model from a throttled (100 ms) selectionchange handler; a paste
  // dispatched before that lands at the old selection.
  settleMs: 120,
});
