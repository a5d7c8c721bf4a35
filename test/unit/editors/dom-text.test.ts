// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  domPointAt,
  layoutText,
  rangeForOffsets,
  textOffsetAt,
  type TextLayoutOptions,
} from '@/lib/editors/dom-text';

function editor(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

const skipNonEditable: TextLayoutOptions['skip'] = (element) =>
  element.getAttribute('contenteditable') === 'false' || element.hasAttribute('data-slate-placeholder');

/** Every offset maps to a DOM point and back to itself, in both biases. */
function expectRoundTrip(root: HTMLElement, options: TextLayoutOptions = {}) {
  const layout = layoutText(root, options);
  for (let offset = 0; offset <= layout.text.length; offset++) {
    for (const bias of ['forward', 'backward'] as const) {
      expect(
        textOffsetAt(layout, domPointAt(layout, offset, bias)),
        `offset ${offset} ${bias} in ${JSON.stringify(layout.text)}`,
      ).toBe(offset);
    }
  }
}

describe('layoutText reads text the way editor models hold it', () => {
  it('Draft.js: blocks joined by \\n, the empty block placeholder <br data-text> is not content', () => {
    const root = editor(
      '<div data-contents="true">' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="a"><span data-text="true">abc</span></span></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="b"><br data-text="true"></span></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="c"><span data-text="true">def</span></span></div></div>' +
        '</div>',
    );
    expect(layoutText(root, { doubledTrailingNewline: true }).text).toBe('abc\n\ndef');
    expectRoundTrip(root, { doubledTrailingNewline: true });
  });

  it('Draft.js/Slate: the extra \\n rendered after a block-final soft newline is dropped', () => {
    const root = editor('<div><span data-text="true">ab\ncd\n\n</span></div>');
    expect(layoutText(root, { doubledTrailingNewline: true }).text).toBe('ab\ncd\n');
    expectRoundTrip(root, { doubledTrailingNewline: true });
  });

  it('Lexical: a line break node counts, the terminating and empty-paragraph <br> do not', () => {
    const root = editor(
      '<p><span data-lexical-text="true">abc</span><br><br></p><p><br></p><p><span data-lexical-text="true">x</span><br><span data-lexical-text="true">y</span></p>',
    );
    expect(layoutText(root).text).toBe('abc\n\n\nx\ny');
    expectRoundTrip(root);
  });

  it('Quill / ProseMirror: empty paragraphs and trailing breaks are placeholders', () => {
    expect(layoutText(editor('<p>abc</p><p><br></p><p>d</p>')).text).toBe('abc\n\nd');
    const prose = editor(
      '<p>one</p><p><img class="ProseMirror-separator"><br class="ProseMirror-trailingBreak"></p>',
    );
    expect(layoutText(prose).text).toBe('one\n');
    expectRoundTrip(prose);
  });

  it('Slate: zero-width filler and the placeholder are not content', () => {
    const root = editor(
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true">' +
        '<span data-slate-placeholder="true" contenteditable="false">Write something</span>' +
        '<span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></div>' +
        '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">hi</span></span></span></div>',
    );
    const layout = layoutText(root, { skip: skipNonEditable, doubledTrailingNewline: true });
    expect(layout.text).toBe('\nhi');
    // The caret of the empty first line sits in the zero-width text node.
    const point = domPointAt(layout, 0, 'forward');
    expect(point.node.textContent).toBe('\uFEFF');
    expectRoundTrip(root, { skip: skipNonEditable, doubledTrailingNewline: true });
  });

  it('plain contenteditable (Chromium markup): text before the first <div>, empty <div><br></div> lines', () => {
    const root = editor('abc<div>def</div><div><br></div><div>g</div>');
    expect(layoutText(root, { collapseWhitespace: true }).text).toBe('abc\ndef\n\ng');
    expectRoundTrip(root, { collapseWhitespace: true });
  });

  it('collapses source whitespace where CSS does, keeps typed spaces and nbsp', () => {
    const root = editor('\n  <p>  a  b\u00a0 </p>\n  <p>c</p>\n');
    expect(layoutText(root, { collapseWhitespace: true }).text).toBe('a b\u00a0\nc');
    expectRoundTrip(root, { collapseWhitespace: true });
  });

  it('<br> between lines is one \\n; two <br> at the end are one line break plus the placeholder', () => {
    const root = editor('a<br>b<br><br>');
    expect(layoutText(root).text).toBe('a\nb\n');
    expectRoundTrip(root);
  });

  it('skips \\uFEFF filler inside text (Quill cursor) without shifting offsets', () => {
    const root = editor('<p>ab<span class="ql-cursor">\uFEFF</span>cd</p>');
    const layout = layoutText(root);
    expect(layout.text).toBe('abcd');
    expect(
      rangeForOffsets(layout, 1, 3)
        ?.toString()
        .replace(/\uFEFF/g, ''),
    ).toBe('bc');
    expectRoundTrip(root);
  });
});

describe('offsets are UTF-16 code units end to end', () => {
  it('maps an emoji (surrogate pair + modifier) and CJK to the right DOM range', () => {
    const root = editor('<p><span>a👍🏽 好的</span><b>谢谢</b></p><p>z</p>');
    const layout = layoutText(root);
    expect(layout.text).toBe('a👍🏽 好的谢谢\nz');
    const emoji = layout.text.indexOf('👍🏽');
    expect(rangeForOffsets(layout, emoji, emoji + '👍🏽'.length)?.toString()).toBe('👍🏽');
    const thanks = layout.text.indexOf('谢谢');
    expect(rangeForOffsets(layout, thanks - 2, thanks + 2)?.toString()).toBe('好的谢谢');
    expect(rangeForOffsets(layout, thanks, layout.text.length)?.toString()).toBe('谢谢z');
    expectRoundTrip(root);
  });

  it('a DOM point between two blocks belongs to the block it sits in', () => {
    const root = editor('<p>abc</p><p>def</p>');
    const layout = layoutText(root);
    const second = root.children[1];
    expect(textOffsetAt(layout, { node: second, offset: 0 })).toBe(4);
    expect(textOffsetAt(layout, { node: root, offset: 1 })).toBe(3);
    expect(textOffsetAt(layout, { node: root, offset: 2 })).toBe(7);
  });

  it('a range is refused once the DOM changed under it', () => {
    const root = editor('<p>abc</p>');
    const layout = layoutText(root);
    (root.firstChild?.firstChild as Text).data = 'xyz!';
    expect(rangeForOffsets(layout, 0, 2)).toBeNull();
  });
});
