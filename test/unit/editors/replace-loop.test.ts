import { describe, expect, it } from 'vitest';
import { runReplace, type ReplaceSteps } from '@/lib/editors/replace-loop';
import type { TextSelection } from '@/lib/editors/types';

/** A field-like editor whose text changes synchronously on dispatch, as a textarea's does. */
function field(initial: string, keeps?: (steps: { selection: TextSelection | null }) => Promise<boolean>) {
  const state = { text: initial, selection: null as TextSelection | null };
  const steps = (start: number, end: number, text: string, caret?: TextSelection): ReplaceSteps => ({
    before: state.text,
    text,
    start,
    end,
    caret,
    writable: true,
    methods: ['setRangeText'],
    focus: () => {},
    select: (selection) => {
      state.selection = selection;
      return true;
    },
    getSelection: () => state.selection,
    dispatch: (_method, selection) => {
      state.text = state.text.slice(0, selection.start) + text + state.text.slice(selection.end);
      state.selection = { start: selection.start + text.length, end: selection.start + text.length };
    },
    read: () => state.text,
    wait: { observe: null, quietMs: 50, timeoutMs: 500 },
    keeps: keeps && (() => keeps(state)),
  });
  return { state, steps };
}

describe('runReplace', () => {
  it('puts the caret where asked before it yields to the page (a key pressed next lands there)', async () => {
    // "Tell users hi|": users → customers with the person's caret at the end. The controlled-field check yields
    // a task, and a key pressed right after the fix runs before it: the caret must already be at the end.
    let caretWhenYielding: TextSelection | null = null;
    const editor = field('Tell users hi', async (state) => {
      caretWhenYielding = state.selection;
      return true;
    });
    const outcome = await runReplace(editor.steps(5, 10, 'customers', { start: 17, end: 17 }));
    expect(outcome.ok).toBe(true);
    expect(editor.state.text).toBe('Tell customers hi');
    expect(caretWhenYielding).toEqual({ start: 17, end: 17 });
    expect(editor.state.selection).toEqual({ start: 17, end: 17 });
  });

  it('leaves the caret just after the inserted text by default', async () => {
    const editor = field('Tell users hi', async () => true);
    await runReplace(editor.steps(5, 10, 'customers'));
    expect(editor.state.selection).toEqual({ start: 14, end: 14 });
  });
});
