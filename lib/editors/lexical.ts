// Lexical (Facebook, Reddit). The root carries `data-lexical-editor`; empty paragraphs and paragraphs ending in
// a line break carry a placeholder <br>. Direct DOM edits are reverted, so only execCommand and paste are used.
import { createRichStrategy, isNonEditableIsland, preferPasteForLines } from './rich';

export const lexicalStrategy = createRichStrategy({
  kind: 'lexical',
  rootOf: (element) => element.closest<HTMLElement>('[data-lexical-editor]'),
  layout: { skip: isNonEditableIsland },
  methods: (context) => preferPasteForLines(['execCommand', 'paste'], context),
});
