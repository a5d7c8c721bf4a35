// Slate (Douyin creator). `[data-slate-editor]` is the contenteditable. Empty lines are a
// `[data-slate-zero-width]` '\uFEFF' + <br>; the placeholder is a non-editable span. A DOM change (including the
// one execCommand makes) is visual only, so text goes in through synthetic paste, then beforeinput.
import { createRichStrategy, isNonEditableIsland } from './rich';

export const slateStrategy = createRichStrategy({
  kind: 'slate',
  rootOf: (element) => element.closest<HTMLElement>('[data-slate-editor]'),
  layout: {
    skip: (element) => isNonEditableIsland(element) || element.hasAttribute('data-slate-placeholder'),
    doubledTrailingNewline: true,
  },
  methods: () => ['paste', 'beforeinput'],
});
