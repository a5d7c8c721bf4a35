import { describe, expect, it } from 'vitest';
import { parseAst } from 'vite';
import { allMessages } from '@/lib/i18n';
import { messageKeys, unusedEntries } from '../../../lib/i18n/worker-messages';

type Program = Parameters<typeof unusedEntries>[0];

/** `code` with the cuts unusedEntries asks for. */
function pruned(code: string, keys: Set<string>): string {
  const cuts = unusedEntries(parseAst(code) as unknown as Program, code, keys);
  return [...cuts]
    .sort((a, b) => b[0] - a[0])
    .reduce((text, [s, e]) => text.slice(0, s) + text.slice(e), code);
}

describe("the service worker's UI strings (lib/i18n/worker-messages.ts)", () => {
  it('knows every key of the tables that is written out (not the ones built from the platforms)', () => {
    const keys = messageKeys();
    const written = Object.keys(allMessages().en).filter((key) => !key.startsWith('platform.'));
    expect([...keys].sort()).toEqual(written.sort());
  });

  it('keeps, in both languages, the keys the worker names or builds from a prefix, and drops the rest', () => {
    const keys = new Set(['menu.insert', 'menu.other', 'kit.json.end', 'kit.json.control', 'dash.title']);
    const code = [
      `const tables = { en: { "menu.insert": "Insert template…", "menu.other": "Other", "kit.json.end": "end",`,
      `  "kit.json.control": "control", "dash.title": "Dashboard" },`,
      `  zh: { "menu.insert": "插入模板…", "menu.other": "其他", "kit.json.end": "结尾", "kit.json.control": "控制字符",`,
      `  "dash.title": "仪表板" } };`,
      `const t = (key) => tables.en[key];`,
      `const routes = { "calendar.save": "not a message table" };`,
      `export const menu = t("menu.insert");`,
      'export const reason = (kind) => t(`kit.json.${kind}`);',
    ].join('\n');
    const out = pruned(code, keys);
    expect(() => parseAst(out)).not.toThrow();
    for (const kept of ['"menu.insert"', '"kit.json.end"', '"kit.json.control"', '插入模板…', '结尾'])
      expect(out).toContain(kept);
    for (const dropped of ['"menu.other"', '"dash.title"', '其他', '仪表板'])
      expect(out).not.toContain(dropped);
    expect(out).toContain('"calendar.save": "not a message table"');
  });

  it('leaves a table whose every key is used as it was', () => {
    const code = 'export const en = { "a.b": "x" }; export const use = "a.b";';
    expect(pruned(code, new Set(['a.b']))).toBe(code);
  });
});
