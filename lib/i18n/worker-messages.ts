import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

// background.js carries only the UI strings the service worker itself shows (issue 18): its notifications, its
// context-menu titles, its toolbar badge's tooltip, the kit-file errors it returns. Every other surface's string is
// dropped from the worker's copy of the tables, in both languages. What counts as shown is read from the built
// worker itself, so a new `translate(locale, 'some.key')` there keeps its string with no list to update: a key is
// kept when it appears as a string anywhere in the worker's code outside the tables, or when a string there that
// ends in '.' starts it (a key built as `kit.json.${kind}`). Keys built in the tables themselves (`platform.x`) stay.

const MESSAGES_DIR = path.resolve('lib/i18n/messages');

/** Every key of the English tables (lib/i18n/messages/*.ts, first argument of each defineMessages call). */
export function messageKeys(dir = MESSAGES_DIR): Set<string> {
  const keys = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const full = path.join(dir, file);
    const source = ts.createSourceFile(full, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.expression.getText(source) === 'defineMessages') {
        const english = node.arguments[0];
        if (english && ts.isObjectLiteralExpression(english))
          for (const property of english.properties)
            if (ts.isPropertyAssignment(property) && ts.isStringLiteral(property.name))
              keys.add(property.name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return keys;
}

interface Node {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  !!value && typeof value === 'object' && typeof (value as Node).type === 'string';

const stringOf = (node: unknown): string | undefined =>
  isNode(node) && node.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;

/**
 * The ranges of `code` to cut: each table entry (`'key': 'text'`, its comma included) whose key the rest of the
 * code never names. Pure, for the unit test.
 */
export function unusedEntries(program: Node, code: string, keys: ReadonlySet<string>): [number, number][] {
  const entries: { key: string; start: number; end: number }[] = [];
  const used = new Set<string>();
  const prefixes: string[] = [];
  const note = (text: string) => {
    used.add(text);
    if (text.endsWith('.')) prefixes.push(text);
  };
  const visit = (node: Node) => {
    if (node.type === 'Property' && !node.computed) {
      const key = stringOf(node.key);
      const text = stringOf(node.value);
      if (key !== undefined && text !== undefined && keys.has(key)) {
        entries.push({ key, start: node.start, end: node.end });
        return;
      }
    }
    const text = stringOf(node);
    if (text !== undefined) note(text);
    if (node.type === 'TemplateElement') {
      const value = node.value as { cooked?: string | null; raw: string };
      note(value.cooked ?? value.raw);
    }
    for (const field of Object.values(node)) {
      if (Array.isArray(field)) for (const child of field) if (isNode(child)) visit(child);
      if (isNode(field)) visit(field);
    }
  };
  visit(program);
  const cuts: [number, number][] = [];
  for (const entry of entries) {
    if (used.has(entry.key) || prefixes.some((prefix) => entry.key.startsWith(prefix))) continue;
    let end = entry.end;
    while (/\s/.test(code[end] ?? '')) end++;
    cuts.push([entry.start, code[end] === ',' ? end + 1 : entry.end]);
  }
  return cuts;
}

/** The plugin: active only in the builds of entrypoints/background.ts and of the worker's kit file part. */
export function workerMessages(): Plugin {
  let active = false;
  let keys: Set<string> | undefined;
  return {
    name: 'onbrand-worker-messages',
    options(options) {
      active = /entrypoints[\\/](background|part-kit-file)\.ts/.test(JSON.stringify(options.input ?? ''));
    },
    renderChunk(code) {
      if (!active) return null;
      keys ??= messageKeys();
      const cuts = unusedEntries(this.parse(code) as unknown as Node, code, keys);
      if (cuts.length === 0) return null;
      const edited = new MagicString(code);
      for (const [start, end] of cuts) edited.remove(start, end);
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}
