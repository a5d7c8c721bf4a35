// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domPointAt, layoutText, rangeForOffsets, textOffsetAt } from '@/lib/editors/dom-text';

// Random editor-like DOMs (blocks, inline wrappers, <br>, text with emoji/CJK/filler): every text offset maps to a
// DOM point and back, and every range covers exactly the characters of its slice.

type Tree = { tag: 'p' | 'div' | 'span' | 'b'; children: Tree[] } | { text: string } | { br: true };

const textArbitrary = fc
  .array(fc.constantFrom('a', 'b', ' ', '好', '的', '👍', '👍🏽', '\uFEFF', 'Z'), {
    minLength: 0,
    maxLength: 5,
  })
  .map((parts) => ({ text: parts.join('') }));

const treeArbitrary: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArbitrary,
    fc.constant({ br: true as const }),
    fc.record({
      tag: fc.constantFrom('p', 'div', 'span', 'b'),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

function render(tree: Tree): Node {
  if ('text' in tree) return document.createTextNode(tree.text);
  if ('br' in tree) return document.createElement('br');
  const element = document.createElement(tree.tag);
  for (const child of tree.children) element.appendChild(render(child));
  return element;
}

describe('dom-text offset mapping (property)', () => {
  it('round-trips offsets and ranges cover exactly their slice', () => {
    fc.assert(
      fc.property(fc.array(treeArbitrary, { maxLength: 5 }), fc.nat(), fc.nat(), (trees, a, b) => {
        const root = document.createElement('div');
        for (const tree of trees) root.appendChild(render(tree));
        document.body.replaceChildren(root);
        const layout = layoutText(root);
        expect(layout.text).not.toContain('\uFEFF');
        for (let offset = 0; offset <= layout.text.length; offset++) {
          expect(textOffsetAt(layout, domPointAt(layout, offset, 'forward'))).toBe(offset);
          expect(textOffsetAt(layout, domPointAt(layout, offset, 'backward'))).toBe(offset);
        }
        const start = layout.text.length === 0 ? 0 : a % (layout.text.length + 1);
        const end = layout.text.length === 0 ? 0 : b % (layout.text.length + 1);
        const [from, to] = start <= end ? [start, end] : [end, start];
        const range = rangeForOffsets(layout, from, to);
        expect(range?.toString().replace(/\uFEFF/g, '')).toBe(layout.text.slice(from, to).replace(/\n/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});
