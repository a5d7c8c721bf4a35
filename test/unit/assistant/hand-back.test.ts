// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BoxSession } from '@/lib/assistant/box-session';
import { textareaStrategy } from '@/lib/editors/textarea';
import { genericAdapter } from '@/lib/sites/generic';
import { buildStarterKit, compileKit } from '@/lib/engine';

// Issue 16: a key pressed right after a card action (Ignore, a fix, Undo, Not a problem here, Escape) must reach the
// box. The hand-back is synchronous: when returnToCaret() returns, the box has focus and the caret is back where the
// person left it — nothing waits for a task, a check or the kit's write.

function session(text: string) {
  document.body.innerHTML = '<form><textarea></textarea><button type="button">Ignore</button></form>';
  const area = document.querySelector('textarea')!;
  area.value = text;
  const box = { role: 'post' as const, field: 'body' as const, container: document.querySelector('form')! };
  const kit = compileKit(buildStarterKit({ name: 'Test', packs: [] }));
  const s = new BoxSession(area, area, textareaStrategy, genericAdapter, box, kit, () => {});
  return { s, area, button: document.querySelector('button')! };
}

describe('returnToCaret', () => {
  it('puts focus and the caret back in the box before it returns', () => {
    const { s, area, button } = session('This damn plan is cheap');
    area.focus();
    area.setSelectionRange(23, 23);
    // The card's button took focus (the caret is remembered as focus leaves the box).
    button.focus();
    expect(document.activeElement).toBe(button);
    area.setSelectionRange(0, 0);
    s.returnToCaret();
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([23, 23]);
    s.dispose();
  });

  it('leaves the caret alone when focus never left the box (the person moved it since)', () => {
    const { s, area, button } = session('This damn plan is cheap');
    area.focus();
    area.setSelectionRange(4, 4);
    button.focus();
    area.focus();
    // Undo's button keeps focus in the box: the caret the person moved to is theirs.
    area.setSelectionRange(10, 10);
    s.returnToCaret();
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([10, 10]);
    s.dispose();
  });
});
