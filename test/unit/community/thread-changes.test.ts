// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ThreadChanges } from '@/lib/community/thread-changes';

const record = (target: Node, added: Node[] = [], removed: Node[] = []) =>
  ({ target, addedNodes: added, removedNodes: removed }) as unknown as MutationRecord;

function page() {
  document.body.innerHTML =
    '<article id="comment">first</article><div contenteditable="true" id="box"><p id="line">hi</p></div>' +
    '<div contenteditable="false" id="off"><span id="inside">x</span></div>';
  const $ = (id: string) => document.getElementById(id)!;
  const changes = new ThreadChanges();
  changes.take(); // the first scan reads the whole thread
  return { $, changes };
}

describe('ThreadChanges', () => {
  it("ignores a reply box's own DOM changes (each keystroke of a rich editor), so no scan is scheduled", () => {
    const { $, changes } = page();
    const span = document.createElement('span');
    $('line').append(span);
    expect(changes.note([record($('line'), [span]), record($('box'), [], [$('line')])])).toBe(false);
    expect(changes.take()).toEqual({ whole: false, nodes: [], removed: false });
  });

  it('notes a comment that arrives, also in the same batch as a keystroke', () => {
    const { $, changes } = page();
    const reply = document.createElement('article');
    document.body.append(reply);
    const inEditor = document.createElement('span');
    $('line').append(inEditor);
    expect(changes.note([record($('line'), [inEditor]), record(document.body, [reply])])).toBe(true);
    expect(changes.take()).toEqual({ whole: false, nodes: [reply], removed: false });
  });

  it('still sees changes under contenteditable="false"', () => {
    const { $, changes } = page();
    const text = document.createTextNode('y');
    $('inside').append(text);
    expect(changes.note([record($('inside'), [text])])).toBe(true);
    expect(changes.take()).toEqual({ whole: false, nodes: [$('inside')], removed: false });
  });
});
