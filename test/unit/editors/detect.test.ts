// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectEditor, findEditableFromEvent } from '@/lib/editors';

function mount(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.replaceChildren(host);
  return host;
}

const q = <T extends Element = HTMLElement>(selector: string) => {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`missing ${selector}`);
  return element;
};

describe('detectEditor picks the editor by DOM fingerprint, most specific first', () => {
  it.each([
    [
      'draft',
      '<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" id="root"><div data-contents="true"><span id="inner">x</span></div></div></div>',
    ],
    [
      'lexical',
      '<div contenteditable="true" data-lexical-editor="true" id="root"><p><span id="inner">x</span></p></div>',
    ],
    [
      'quill',
      '<div class="ql-container"><div class="ql-editor" contenteditable="true" id="root"><p id="inner">x</p></div></div>',
    ],
    [
      'prosemirror',
      '<div class="tiptap ProseMirror" contenteditable="true" id="root"><p id="inner">x</p></div>',
    ],
    [
      'slate',
      '<div data-slate-editor="true" contenteditable="true" id="root"><div data-slate-node="element"><span id="inner">x</span></div></div>',
    ],
    ['contenteditable', '<div contenteditable="true" id="root"><div><b id="inner">x</b></div></div>'],
    ['textarea', '<textarea id="root"></textarea><span id="inner"></span>'],
  ])('%s', (kind, html) => {
    mount(html);
    const root = q('#root');
    const inner = kind === 'textarea' ? root : q('#inner');
    expect(detectEditor(inner)).toMatchObject({ kind, root });
    expect(detectEditor(root)).toMatchObject({ kind, root });
  });

  it('a Draft.js wrapper resolves to its contenteditable, and [data-contents] alone is enough', () => {
    mount(
      '<div class="DraftEditor-root" id="wrapper"><div class="DraftEditor-editorContainer"><div class="public-DraftEditor-content" contenteditable="true" id="root"></div></div></div>',
    );
    expect(detectEditor(q('#wrapper'))).toMatchObject({ kind: 'draft', root: q('#root') });
    mount(
      '<div contenteditable="true" id="root"><div data-contents="true"><div data-block="true" id="block"></div></div></div>',
    );
    expect(detectEditor(q('#block'))).toMatchObject({ kind: 'draft', root: q('#root') });
  });

  it('a rich editor nested in an outer contenteditable is still detected as itself', () => {
    mount(
      '<div contenteditable="true"><div class="ql-editor" contenteditable="true" id="root"><p id="inner">x</p></div></div>',
    );
    expect(detectEditor(q('#inner'))).toMatchObject({ kind: 'quill', root: q('#root') });
  });

  it('a plain contenteditable resolves to its outermost editing host', () => {
    mount(
      '<div contenteditable="true" id="root"><p contenteditable="true"><span id="inner">x</span></p></div>',
    );
    expect(detectEditor(q('#inner'))).toMatchObject({ kind: 'contenteditable', root: q('#root') });
  });

  it('inputs: text, search and untyped are editors; other types, disabled and read-only fields are not', () => {
    mount(
      '<input id="a"><input id="b" type="search"><input id="c" type="TEXT"><input id="d" type="email"><input id="e" type="checkbox"><textarea id="f" disabled></textarea><input id="g" readonly>',
    );
    expect(detectEditor(q('#a'))?.kind).toBe('input');
    expect(detectEditor(q('#b'))?.kind).toBe('input');
    expect(detectEditor(q('#c'))?.kind).toBe('input');
    expect(detectEditor(q('#d'))).toBeNull();
    expect(detectEditor(q('#e'))).toBeNull();
    expect(detectEditor(q('#f'))).toBeNull();
    expect(detectEditor(q('#g'))).toBeNull();
  });

  it('non-editable content is not an editor', () => {
    mount(
      '<article><p id="inner">post text</p></article><div contenteditable="false"><span id="off">x</span></div>',
    );
    expect(detectEditor(q('#inner'))).toBeNull();
    expect(detectEditor(q('#off'))).toBeNull();
    expect(detectEditor(null)).toBeNull();
  });
});

describe('findEditableFromEvent sees into open shadow roots', () => {
  it('finds the editor inside a shadow root through composedPath()', () => {
    const host = mount('<div id="shadow-host"></div>').querySelector('#shadow-host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div class="ql-editor" contenteditable="true"><p>hi</p></div>';
    const editorRoot = shadow.querySelector('.ql-editor') as HTMLElement;
    let found: ReturnType<typeof findEditableFromEvent> = null;
    document.addEventListener(
      'focusin',
      (event) => {
        found = findEditableFromEvent(event);
      },
      { once: true },
    );
    editorRoot
      .querySelector('p')
      ?.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(found).toMatchObject({ kind: 'quill', root: editorRoot });
  });
});
