import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach } from 'vitest';
import {
  exportTemplates,
  matchTrigger,
  mergeTemplates,
  parseTemplateLibrary,
  starterLibrary,
  DEFAULT_TRIGGER,
  type Template,
} from '@/lib/templates';
import {
  TEMPLATES_KEY,
  loadTemplates,
  recordUse,
  saveTemplates,
  libraryFromStored,
  onTemplatesChanged,
} from '@/lib/templates/store';

describe('parseTemplateLibrary', () => {
  it('accepts the starter library and its export round-trips', () => {
    const lib = starterLibrary(5);
    const parsed = parseTemplateLibrary(exportTemplates(lib));
    expect(parsed).toEqual({ ok: true, library: { ...lib, usage: {} } });
  });

  it('names the field of each error', () => {
    const lib = starterLibrary(0);
    const broken = structuredClone(lib) as unknown as { templates: Record<string, unknown>[] };
    broken.templates[2].language = 'fr';
    broken.templates[4].shortcut = 'has space';
    delete broken.templates[6].body;
    const result = parseTemplateLibrary(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual([
      'templates[2].language',
      'templates[4].shortcut',
      'templates[6].body',
    ]);
  });

  it('rejects non-JSON text, wrong versions, a bad trigger and duplicate ids', () => {
    expect(parseTemplateLibrary('{nope')).toMatchObject({ ok: false, errors: [{ path: '(root)' }] });
    expect(parseTemplateLibrary({ version: 2, templates: [] })).toMatchObject({
      ok: false,
      errors: [{ path: 'version' }],
    });
    expect(parseTemplateLibrary({ version: 1, templates: [], trigger: 'ab' })).toMatchObject({
      ok: false,
      errors: [{ path: 'trigger' }],
    });
    const [first] = starterLibrary(0).templates;
    const dup = parseTemplateLibrary({ version: 1, templates: [first, first] });
    expect(dup).toMatchObject({ ok: false, errors: [{ path: 'templates[1].id' }] });
  });

  it('defaults the trigger and usage an export leaves out', () => {
    expect(parseTemplateLibrary({ version: 1, templates: [] })).toEqual({
      ok: true,
      library: { version: 1, templates: [], trigger: DEFAULT_TRIGGER, usage: {} },
    });
  });
});

describe('mergeTemplates', () => {
  it('replaces same ids in place and appends new ones', () => {
    const lib = starterLibrary(0);
    const changed: Template = { ...lib.templates[1], name: 'Changed' };
    const extra: Template = { ...lib.templates[0], id: 'mine', name: 'Mine' };
    const merged = mergeTemplates(lib, [changed, extra]);
    expect(merged).toMatchObject({ added: 1, replaced: 1 });
    expect(merged.library.templates[1].name).toBe('Changed');
    expect(merged.library.templates.at(-1)?.id).toBe('mine');
    expect(merged.library.templates).toHaveLength(lib.templates.length + 1);
  });
});

describe('the starter set', () => {
  it('has the eight replies and greetings in English and Chinese, with unique shortcuts', () => {
    const lib = starterLibrary(0);
    expect(lib.templates).toHaveLength(16);
    expect(lib.templates.filter((t) => t.language === 'en')).toHaveLength(8);
    expect(lib.templates.filter((t) => t.language === 'zh')).toHaveLength(8);
    expect(new Set(lib.templates.map((t) => t.shortcut)).size).toBe(16);
    expect(new Set(lib.templates.map((t) => t.id)).size).toBe(16);
    expect(parseTemplateLibrary(lib).ok).toBe(true);
  });
});

describe('matchTrigger', () => {
  it('finds trigger + shortcut at the caret', () => {
    expect(matchTrigger('Hello ;;thx', ';;')).toEqual({ shortcut: 'thx', start: 6 });
    expect(matchTrigger(';;gx', ';;')).toEqual({ shortcut: 'gx', start: 0 });
    expect(matchTrigger('好的;;感谢', ';;')).toEqual({ shortcut: '感谢', start: 2 });
  });

  it('reports the bare trigger (to open the picker) and custom triggers', () => {
    expect(matchTrigger('Hi ;;', ';;')).toEqual({ shortcut: '', start: 3 });
    expect(matchTrigger('x //ship', '//')).toEqual({ shortcut: 'ship', start: 2 });
  });

  it('ignores text that does not end with trigger + shortcut', () => {
    expect(matchTrigger(';;thx ', ';;')).toBeNull();
    expect(matchTrigger('Hello thx', ';;')).toBeNull();
    expect(matchTrigger('a;thx', ';;')).toBeNull();
    expect(matchTrigger('', ';;')).toBeNull();
    expect(matchTrigger(';;' + 'a'.repeat(31), ';;')).toBeNull();
  });

  it('looks only at the end of a long draft', () => {
    expect(matchTrigger('x'.repeat(100_000) + ' ;;dm', ';;')).toEqual({ shortcut: 'dm', start: 100_001 });
  });
});

describe('template storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with the starter set and keeps a saved empty list empty', async () => {
    expect((await loadTemplates(starterLibrary)).templates).toHaveLength(16);
    const lib = await loadTemplates(starterLibrary);
    await saveTemplates({ ...lib, templates: [] });
    expect((await loadTemplates(starterLibrary)).templates).toEqual([]);
  });

  it('refuses to save an invalid library and falls back to the starter set on unreadable data', async () => {
    const lib = await loadTemplates(starterLibrary);
    await expect(saveTemplates({ ...lib, trigger: 'abc' })).rejects.toThrow(/trigger/);
    expect((await libraryFromStored({ version: 9 }, starterLibrary)).templates).toHaveLength(16);
  });

  it('recordUse counts insertions with the time of the last one', async () => {
    await recordUse('starter-thanks-en', starterLibrary, 100);
    await recordUse('starter-thanks-en', starterLibrary, 200);
    await recordUse('unknown', starterLibrary, 300);
    const stored = (await fakeBrowser.storage.local.get(TEMPLATES_KEY))[TEMPLATES_KEY] as { usage: object };
    expect(stored.usage).toEqual({ 'starter-thanks-en': { count: 2, lastUsed: 200 } });
  });

  // Libraries saved before the storage item existed sit under the same key with no meta key beside them.
  it('reads a library stored before the storage item, and watchers see each change and a removal', async () => {
    const old = { ...starterLibrary(0), templates: starterLibrary(0).templates.slice(0, 2), usage: {} };
    await fakeBrowser.storage.local.set({ [TEMPLATES_KEY]: old });
    expect(await loadTemplates(starterLibrary)).toEqual(old);
    const seen: number[] = [];
    const stop = onTemplatesChanged((library) => seen.push(library.templates.length), starterLibrary);
    await saveTemplates({ ...old, templates: old.templates.slice(0, 1) });
    await fakeBrowser.storage.local.remove(TEMPLATES_KEY);
    await expect.poll(() => seen).toEqual([1, 16]);
    stop();
    expect(Object.keys(await fakeBrowser.storage.local.get())).toEqual([]);
  });
});
