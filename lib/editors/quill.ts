// Quill (LinkedIn). `.ql-editor` is the contenteditable; its instance is reachable only from the page's world,
// and LinkedIn enforces Trusted Types, so text goes in as plain text through execCommand or paste.
import { createRichStrategy, isNonEditableIsland, preferPasteForLines } from './rich';

export const quillStrategy = createRichStrategy({
  kind: 'quill',
  rootOf: (element) => element.closest<HTMLElement>('.ql-editor'),
  layout: { skip: (element) => isNonEditableIsland(element) || element.classList.contains('ql-ui') },
  methods: (context) => preferPasteForLines(['execCommand', 'paste'], context),
});
