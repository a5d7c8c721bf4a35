// ProseMirror / TipTap (Xiaohongshu creator). `.ProseMirror` is the contenteditable; empty paragraphs hold a
// `br.ProseMirror-trailingBreak`; widgets are non-editable islands.
import { createRichStrategy, isNonEditableIsland, preferPasteForLines } from './rich';

export const prosemirrorStrategy = createRichStrategy({
  kind: 'prosemirror',
  rootOf: (element) => element.closest<HTMLElement>('.ProseMirror'),
  layout: { skip: isNonEditableIsland },
  methods: (context) => preferPasteForLines(['execCommand', 'paste'], context),
});
