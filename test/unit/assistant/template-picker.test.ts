import { describe, expect, it, vi } from 'vitest';
import {
  answerAll,
  baseContext,
  editorKeyAction,
  pickerMatches,
  replyLanguage,
  scriptLanguage,
  templateUseRecord,
  wrapIndex,
  writeTemplate,
  type PickerSession,
} from '@/lib/assistant/template-picker-decisions';
import type { EditorStrategy, TextSelection } from '@/lib/editors/types';
import { activityRecordSchema } from '@/lib/records/schema';
import { fillTemplate, type Template, type TemplateLibrary } from '@/lib/templates';
import type { SiteAdapter } from '@/lib/sites/types';

const template = (
  fields: Pick<Template, 'id' | 'name' | 'body' | 'language' | 'shortcut'> & Partial<Template>,
): Template => ({
  tags: [],
  platforms: [],
  createdAt: 1,
  updatedAt: 1,
  ...fields,
});
const THANKS = template({
  id: 'thanks',
  name: 'Thanks',
  body: 'Thanks {author}!',
  language: 'en',
  shortcut: 'thx',
});
const GANXIE = template({
  id: 'ganxie',
  name: '感谢支持',
  body: '谢谢{author}！',
  language: 'zh',
  shortcut: 'gx',
});
const ORDER = template({
  id: 'order',
  name: 'Order',
  body: 'Order {?order number} for {author}: {|}shipped.',
  language: 'en',
  shortcut: 'ord',
});
const WEIBO_DM = template({
  id: 'wdm',
  name: '私信',
  body: '请私信我们',
  language: 'zh',
  shortcut: 'sx',
  platforms: ['weibo'],
});
const LIBRARY: TemplateLibrary = {
  version: 1,
  trigger: ';;',
  usage: { thanks: { count: 3, lastUsed: 5 } },
  templates: [THANKS, GANXIE, ORDER, WEIBO_DM],
};

/** A plain-text editor with the strategy's contract: replace() writes once and leaves the caret after the text. */
function fakeEditor(
  initial: string,
  behaviour: (before: string, expected: string) => string | null = (_, expected) => expected,
) {
  let text = initial;
  let selection: TextSelection | null = { start: initial.length, end: initial.length };
  const strategy = {
    kind: 'textarea',
    read: () => ({ text, rangeFor: () => null, rectsFor: () => [] }),
    getSelection: () => selection,
    setSelection: (_root: HTMLElement, next: TextSelection) => void (selection = next),
    replace: vi.fn(async (_root: HTMLElement, start: number, end: number, insert: string) => {
      const expected = text.slice(0, start) + insert + text.slice(end);
      const result = behaviour(text, expected);
      if (result === null) return false;
      text = result;
      selection = { start: start + insert.length, end: start + insert.length };
      return result === expected;
    }),
  } as unknown as EditorStrategy;
  return { root: {} as HTMLElement, strategy, text: () => text, selection: () => selection };
}

const adapter = (id: SiteAdapter['id'], thread: { author?: string; text?: string } | null) =>
  ({ id, threadContext: () => thread }) as unknown as SiteAdapter;

describe('picker relevance', () => {
  it("lists the box's language first; the other language's templates follow, still reachable", () => {
    const session = { adapter: adapter('weibo', null) } as unknown as PickerSession;
    for (const [query, language] of [
      ['', 'en'],
      ['x', 'en'],
      ['x', 'zh'],
      ['', 'zh'],
      ['s', 'en'],
    ] as const) {
      const languages = pickerMatches(LIBRARY, { query, language, session }).map((m) => m.template.language);
      const firstOther = languages.findIndex((l) => l !== language && l !== 'both');
      if (firstOther >= 0) expect(languages.slice(firstOther).every((l) => l !== language)).toBe(true);
    }
    // ";;" in an English box on Weibo: the English templates first, though the Chinese "sx" is made for Weibo.
    expect(pickerMatches(LIBRARY, { query: '', language: 'en', session }).map((m) => m.template.id)).toEqual([
      'thanks',
      'order',
      'wdm',
      'ganxie',
    ]);
    // A Chinese-only match is still reachable from an English box.
    expect(
      pickerMatches(LIBRARY, { query: 'gx', language: 'en', session }).map((m) => m.template.id),
    ).toContain('ganxie');
  });

  it("a reminder's suggestion: the template it names first, then those its kind's tags mark", () => {
    const session = { adapter: adapter('weibo', null) } as unknown as PickerSession;
    const tagged = {
      ...LIBRARY,
      templates: LIBRARY.templates.map((t) => (t.id === 'order' ? { ...t, tags: ['holiday'] } : t)),
    };
    const ids = (extra: object) =>
      pickerMatches(tagged, { query: '', language: 'en', session, ...extra }).map((m) => m.template.id);
    expect(ids({ suggestion: 'holiday' })).toEqual(['order', 'thanks', 'wdm', 'ganxie']);
    expect(ids({ suggestion: 'holiday', suggestedTemplate: 'ganxie' })).toEqual([
      'ganxie',
      'order',
      'thanks',
      'wdm',
    ]);
    // A search shows the search's order.
    expect(
      pickerMatches(tagged, {
        query: 'gx',
        language: 'en',
        session,
        suggestion: 'holiday',
        suggestedTemplate: 'thanks',
      })[0].template.id,
    ).toBe('ganxie');
  });
});

describe('reply language', () => {
  it('reads the script of the draft, then the answered comment, then the UI language', () => {
    expect(scriptLanguage('谢谢你的支持')).toBe('zh');
    expect(scriptLanguage('Thanks a lot')).toBe('en');
    expect(scriptLanguage('👍 123')).toBeUndefined();
    // A brand name in Latin letters inside a Chinese sentence is still Chinese.
    expect(scriptLanguage('感谢支持Onbrand')).toBe('zh');
    expect(replyLanguage('', '请问什么时候发货？', 'en')).toBe('zh');
    expect(replyLanguage('Hi ', '请问什么时候发货？', 'zh-CN')).toBe('en');
    expect(replyLanguage('', undefined, 'zh-CN')).toBe('zh');
    expect(replyLanguage('', '', 'en')).toBe('en');
  });
});

describe('list and highlight', () => {
  const session = { adapter: adapter('weibo', null) } as unknown as PickerSession;
  it('with no query lists this platform and language first, then the most used', () => {
    expect(pickerMatches(LIBRARY, { session, query: '', language: 'zh' }).map((m) => m.template.id)).toEqual([
      'wdm',
      'ganxie',
      'thanks',
      'order',
    ]);
    expect(pickerMatches(LIBRARY, { session, query: '', language: 'en' }).map((m) => m.template.id)).toEqual([
      'thanks',
      'order',
      'wdm',
      'ganxie',
    ]);
  });
  it('filters by pinyin initials and shortcut', () => {
    expect(pickerMatches(LIBRARY, { session, query: 'gxzc', language: 'en' })[0].template.id).toBe('ganxie');
    expect(pickerMatches(LIBRARY, { session, query: 'ord', language: 'zh' })[0].template.id).toBe('order');
    expect(pickerMatches(null, { session, query: '', language: 'en' })).toEqual([]);
  });
  it('wraps the highlight at both ends', () => {
    expect(wrapIndex(0, -1, 4)).toBe(3);
    expect(wrapIndex(3, 1, 4)).toBe(0);
    expect(wrapIndex(1, 1, 4)).toBe(2);
    expect(wrapIndex(0, 1, 0)).toBe(0);
  });
});

describe('keys typed in the box around a trigger', () => {
  const exact = (shortcut: string) => LIBRARY.templates.find((t) => t.shortcut === shortcut);
  const matches = pickerMatches(LIBRARY, {
    session: { adapter: adapter('x', null) } as unknown as PickerSession,
    query: 'th',
    language: 'en',
  });
  it('Enter and Tab take the highlighted template while the list shows', () => {
    expect(editorKeyAction('Enter', 'th', { matches, highlighted: 0 }, exact)).toEqual({
      kind: 'choose',
      template: THANKS,
    });
    expect(editorKeyAction('Tab', 'th', { matches, highlighted: 0 }, exact)).toEqual({
      kind: 'choose',
      template: THANKS,
    });
  });
  it('with the list dismissed, Enter/Tab/space insert only an exact shortcut', () => {
    expect(editorKeyAction('Enter', 'ord', null, exact)).toEqual({ kind: 'choose', template: ORDER });
    expect(editorKeyAction('Enter', 'or', null, exact)).toBeNull();
    expect(editorKeyAction('Enter', '', null, exact)).toBeNull();
    expect(editorKeyAction('Enter', null, null, exact)).toBeNull();
  });
  it('space inserts an exact shortcut and otherwise stays a space', () => {
    expect(editorKeyAction(' ', 'thx', { matches, highlighted: 0 }, exact)).toEqual({
      kind: 'choose',
      template: THANKS,
    });
    expect(editorKeyAction(' ', 'th', { matches, highlighted: 0 }, exact)).toBeNull();
  });
  it('arrows move and Escape closes only while the list shows; other keys pass through', () => {
    expect(editorKeyAction('ArrowDown', 'th', { matches, highlighted: 0 }, exact)).toEqual({
      kind: 'move',
      delta: 1,
    });
    expect(editorKeyAction('ArrowUp', 'th', { matches, highlighted: 0 }, exact)).toEqual({
      kind: 'move',
      delta: -1,
    });
    expect(editorKeyAction('ArrowDown', 'zz', { matches: [], highlighted: 0 }, exact)).toBeNull();
    expect(editorKeyAction('ArrowDown', 'th', null, exact)).toBeNull();
    expect(editorKeyAction('Escape', 'th', { matches, highlighted: 0 }, exact)).toEqual({ kind: 'close' });
    expect(editorKeyAction('Escape', 'th', null, exact)).toBeNull();
    expect(editorKeyAction('a', 'th', { matches, highlighted: 0 }, exact)).toBeNull();
  });
});

describe('values for filling', () => {
  it('takes {author} from the thread, {brand} from the kit, {my_name} from settings', () => {
    const session = {
      adapter: adapter('x', { author: ' @alice ' }),
      box: {},
      editable: {},
    } as unknown as PickerSession;
    expect(baseContext(session, 'Acme', 'Lin', 7)).toEqual({
      author: '@alice',
      brand: 'Acme',
      myName: 'Lin',
      now: 7,
      custom: {},
    });
    const noThread = { adapter: adapter('douyin', null), box: {}, editable: {} } as unknown as PickerSession;
    expect(baseContext(noThread, undefined, '', 7)).toEqual({
      author: undefined,
      brand: '',
      myName: '',
      now: 7,
      custom: {},
    });
  });
  it('applies the form answers in order and fills without raw braces', () => {
    const context = answerAll(
      { brand: 'Acme', myName: '', now: 0, custom: {} },
      [{ kind: 'custom', label: 'order number' }, { kind: 'author' }],
      [' 12345 ', 'Sam'],
    );
    expect(context.author).toBe('Sam');
    expect(fillTemplate(ORDER, 'x', context, 'en')).toEqual({
      text: 'Order 12345 for Sam: shipped.',
      caretOffset: 21,
      missing: [],
    });
  });
  it('a template-use record is a valid activity record', () => {
    const record = templateUseRecord('weibo', 'thanks', 1_700_000_000_000);
    expect(activityRecordSchema().safeParse(record).success).toBe(true);
    expect(record).toMatchObject({
      kind: 'template-use',
      platform: 'weibo',
      templateId: 'thanks',
      at: 1_700_000_000_000,
    });
  });
});

describe('writing into the editor', () => {
  const filled = (text: string, caretOffset = text.length) => ({ text, caretOffset, missing: [] });

  it('replaces exactly the typed trigger and puts the caret at the {|} marker', async () => {
    const editor = fakeEditor('Hi ;;ord');
    const outcome = await writeTemplate(
      editor,
      { typed: { start: 3, end: 8, text: ';;ord' }, saved: null },
      filled('Order 1: shipped.', 9),
    );
    expect(outcome).toBe('ok');
    expect(editor.text()).toBe('Hi Order 1: shipped.');
    expect(editor.selection()).toEqual({ start: 12, end: 12 });
  });
  it('refuses when the typed trigger is no longer there (nothing written)', async () => {
    const editor = fakeEditor('Hi ;;or');
    expect(
      await writeTemplate(editor, { typed: { start: 3, end: 8, text: ';;ord' }, saved: null }, filled('X')),
    ).toBe('moved');
    expect(editor.strategy.replace).not.toHaveBeenCalled();
    expect(editor.text()).toBe('Hi ;;or');
  });
  it('inserts at the saved caret (browse mode), replacing a saved selection', async () => {
    const editor = fakeEditor('Hello world');
    await writeTemplate(editor, { typed: null, saved: { start: 6, end: 11 } }, filled('there'));
    expect(editor.text()).toBe('Hello there');
    expect(editor.selection()).toEqual({ start: 11, end: 11 });
  });
  it('inserts at the end when no selection is known', async () => {
    const editor = fakeEditor('Hello');
    editor.strategy.getSelection = () => null;
    await writeTemplate(editor, { typed: null, saved: null }, filled(' you'));
    expect(editor.text()).toBe('Hello you');
  });
  it('accepts the browser turning a trailing U+00A0 into a space, and reports real failures', async () => {
    const nbsp = fakeEditor('Hi\u00A0', (_, expected) => expected.replace('\u00A0', ' '));
    expect(await writeTemplate(nbsp, { typed: null, saved: null }, filled('there'))).toBe('ok');
    expect(nbsp.text()).toBe('Hi there');
    expect(nbsp.selection()).toEqual({ start: 8, end: 8 });
    const refused = fakeEditor('Hi ', () => null);
    expect(await writeTemplate(refused, { typed: null, saved: null }, filled('there'))).toBe('failed');
    expect(refused.text()).toBe('Hi ');
  });
});
