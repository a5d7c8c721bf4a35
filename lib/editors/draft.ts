// Draft.js (X, TikTok, Zhihu, Douyin's older composers). `.DraftEditor-root` wraps `.public-DraftEditor-content`
// (the contenteditable) whose `[data-contents]` holds one `[data-block]` per block. Empty blocks render
// `<br data-text="true">`; a block ending in a soft newline renders one extra '\n'.
import { createRichStrategy, isNonEditableIsland, preferPasteForLines } from './rich';

const CONTENT = '.public-DraftEditor-content';

export function draftRootOf(element: Element): HTMLElement | null {
  const content = element.closest<HTMLElement>(CONTENT);
  if (content) return content;
  const wrapper = element.closest('.DraftEditor-root');
  if (wrapper) return wrapper.querySelector<HTMLElement>(CONTENT);
  const contents = element.closest('[data-contents]') ?? element.querySelector(':scope > [data-contents]');
  return contents?.closest<HTMLElement>('[contenteditable="true"]') ?? null;
}

export const draftStrategy = createRichStrategy({
  kind: 'draft',
  rootOf: draftRootOf,
  layout: { skip: isNonEditableIsland, doubledTrailingNewline: true },
  // execCommand doubles or loses text in an EMPTY Draft editor (draft-js #36); paste is reliable there.
  methods: (context) =>
    preferPasteForLines(context.before === '' ? ['paste', 'execCommand'] : ['execCommand', 'paste'], context),
});
