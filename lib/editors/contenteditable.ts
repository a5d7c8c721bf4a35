// Any other contenteditable (YouTube, Xiaohongshu comments, WeChat's UEditor body): the site keeps its model from
// `input` events. execCommand keeps the browser's undo stack; a DOM edit + `input` event is the fallback.
import { createRichStrategy, isNonEditableIsland } from './rich';

const EDITABLE = '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/** The editing host: the outermost contenteditable element around `element`. */
export function editingHostOf(element: Element): HTMLElement | null {
  let host = element.closest<HTMLElement>(EDITABLE);
  if (!host) return null;
  for (
    let outer = host.parentElement?.closest<HTMLElement>(EDITABLE);
    outer;
    outer = outer.parentElement?.closest<HTMLElement>(EDITABLE)
  ) {
    host = outer;
  }
  return host;
}

export const contenteditableStrategy = createRichStrategy({
  kind: 'contenteditable',
  rootOf: editingHostOf,
  layout: { skip: isNonEditableIsland, collapseWhitespace: true },
  methods: () => ['execCommand', 'domInput'],
});
